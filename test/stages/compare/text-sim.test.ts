/**
 * Word bags: the scanner that finds a text's words gives the same words as
 * the regular expression it replaced, in every script, with joiners (' ’ . , -)
 * inside words and at their ends.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bagOf, stem } from '../../../src/stages/compare/text-sim.js';
import { isStopWord } from '../../../src/stages/dedupe/text-tokens.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** The bag as the regular expression's matches give it (the definition). */
function reference(text: string): { weights: Map<string, number>; total: number } {
  const weights = new Map<string, number>();
  let total = 0;
  let first = true;
  void first;
  // A match in Chinese or Japanese script stands for the words the segmenter finds in it, none sentence-initial.
  const words = [...text.matchAll(WORD)].flatMap((m, k) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(m[0])
    ? [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(m[0])].filter((s) => s.isWordLike).map((s) => ({ word: s.segment, initial: false }))
    : [{ word: m[0], initial: k === 0 }]);
  for (const { word, initial } of words) {
    first = false;
    const raw = word.replace(/[.,]+$/, '');
    const lower = raw.toLowerCase();
    const isNumber = /^\d/.test(raw);
    if (isStopWord(lower) || isStopWord(lower.replace(/['’].*$/, ''))) continue;
    const key = isNumber ? raw.replace(/[,.]/g, '') : stem(raw);
    if (key.length < 2 && !isNumber) continue;
    const w = isNumber || (!initial && /^\p{Lu}/u.test(raw)) ? 2 : 1;
    if (!weights.has(key)) {
      weights.set(key, w);
      total += w;
    }
  }
  return { weights, total };
}

test('bags hold the words the regular expression finds, in any script and with joiners at either end', () => {
  const texts = [
    "Russia's troops -- about 175,000 of them -- massed near Ukraine's border, U.S. officials said.",
    'Le président a déclaré: « Nous ne céderons pas ». 3,5 millions d’euros… ‘quoted’ — end-',
    'Путин и Байден провели переговоры 7 декабря; 習近平與拜登通話。 ٣ مارس 𝐁𝐨𝐥𝐝 𠀀𠀁 x',
    "'.,- -.,' a-b ..a.. 1.2.3, O'Neill’s rock-'n'-roll ½ ² Ⅻ",
    '',
    '\ud800 lone surrogate \udc00 here',
  ];
  for (const text of texts) {
    const got = bagOf(text);
    const want = reference(text);
    assert.deepEqual([...got.weights], [...want.weights], text);
    assert.equal(got.total, want.total, text);
  }
});

test('a Chinese run is its words, not one word: two renderings of one statement share them', () => {
  const a = bagOf('AMC推迟了《行尸走肉：超越世界》的系列首映，原定于4月12日首播。');
  const b = bagOf('两季限定活动系列《行尸走肉：超越世界》原定于 4 月 12 日在 AMC 首播，但首播已被推迟。');
  for (const w of ['推迟', '首播', '行尸走肉', '12']) {
    assert.ok(a.weights.has(w), w);
    assert.ok(b.weights.has(w), w);
  }
  // One-character words (particles: 了, 的, 于) are no keys, as one-letter words elsewhere.
  assert.ok(!a.weights.has('了'));
});
