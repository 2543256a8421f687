/**
 * Issue 13, 2026-12-05 night: a Russian feminine verb or pronoun ("— сказала она") after a quote attributed to a man
 * goes to the last woman named, and a foreign woman's surname does not decline ("Джина ДеХесус"), so her first name
 * tells her gender. Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { nameOfGender } from '../../../src/stages/analyze/speaker-subjects-intl.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('Russian: a woman named with an undeclined foreign surname takes the feminine verb after a man\'s quote', () => {
  const text = 'Марк Тейлор и Сара Мэйсон открыли фонд. «Мы начали с малого», — сказал Тейлор. Он работал с Сарой Мэйсон десять лет. «Я хочу помогать другим людям в нашем районе», — сказала она.';
  assert.deepEqual(quotes(text, 'ru'), [['Мы начали с малого', 'Тейлор'], ['Я хочу помогать другим людям в нашем районе', 'Сарой Мэйсон']]);
});

test('Russian: a man\'s surname keeps a man\'s gender even after a first name in -а', () => {
  const lower = new Set<string>();
  assert.equal(nameOfGender('Никита Михалков снял фильм. ', 30, 'f', 'ru', lower), undefined);
  assert.equal(nameOfGender('Никита Михалков снял фильм. ', 30, 'm', 'ru', lower), 'Никита Михалков');
  assert.equal(nameOfGender('Джина ДеХесус открыла фонд. ', 30, 'f', 'ru', lower), 'Джина ДеХесус');
});
