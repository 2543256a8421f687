import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { extractFiguresIntl } from '../../../src/stages/analyze/figures-intl.js';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

/** Deterministic pseudo-random text from the characters the rules react to. */
function noise(seed: number, length: number): string {
  const pieces = [
    ' ', ' ', ' ', '\n', 'a', 'Ab', 'Müller', 'сказал', 'قال', '说', '。', '：', '.', ',', ':', '-', ' – ', ' — ', '"', '“', '”', '„', '«', '»', '「', '」',
    '‹', '›', "'", '0', '1', '12', '000', '\u202f', '\u00a0', '٣', '،', '%', '万', '亿', 'mil', 'Mio.', 'тысяч', 'Dezember', 'grudnia', '年', '月', '日',
    'sagte', 'a déclaré', 'dijo', 'powiedział', 'dedi', 'وأضاف', '表示', 'mardi', 'Cuma', 'الجمعة', '周五', 'gestern', 'ليوم',
  ];
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += pieces[x % pieces.length];
  }
  return out;
}

test('nothing an input contains breaks the multilingual rules, and every span points into the text', () => {
  for (const lang of ['de', 'fr', 'es', 'it', 'pl', 'ru', 'tr', 'ar', 'zh']) {
    for (let seed = 1; seed <= 25; seed++) {
      const text = noise(seed * 7919 + lang.charCodeAt(0), 1500);
      const sentences = splitSentences(text, lang);
      const dates = extractDatesIntl(text, lang, { date: '2021-12-05' });
      const spans = [...sentences, ...extractQuotesIntl(text, sentences, lang), ...extractFiguresIntl(text, lang, dates), ...dates];
      for (const s of spans) {
        assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `${lang} seed ${seed}: span ${s.start}-${s.end}`);
      }
      for (const d of dates) if (d.date !== undefined) assert.match(d.date, /^\d{4}-\d{2}-\d{2}$/);
    }
  }
});
