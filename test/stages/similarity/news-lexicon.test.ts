import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicStem, asciiDigits } from '../../../src/stages/similarity/arabic-stem.js';
import { countryOf, hanCountries, monthOf } from '../../../src/stages/similarity/news-lexicon.js';
import { textFeatures } from '../../../src/stages/similarity/text-features.js';
import { transliterate } from '../../../src/stages/similarity/transliterate.js';

test('month names in several languages and cases map to one number', () => {
  for (const w of ['March', 'März', 'mars', 'marzo', 'marca', 'марта', 'Mart', 'مارس']) assert.equal(monthOf(transliterate(w)), 3, w);
  assert.equal(monthOf('mayor'), undefined);
});

test('country names and demonyms share a key across languages and scripts', () => {
  for (const w of ['Germany', 'German', 'Deutschlands', 'allemande', 'Niemcy', 'Германии', 'Almanya']) assert.equal(countryOf(transliterate(w)), 'de', w);
  assert.equal(countryOf('index'), undefined);
  assert.deepEqual(hanCountries('美国总统'), ['us']);
});

test('a date written in words meets the same date in another language and in Chinese', () => {
  const en = textFeatures('The summit opened on 15 March in Geneva.').numbers;
  const ru = textFeatures('Саммит открылся 15 марта в Женеве.').numbers;
  const zh = textFeatures('峰会于3月15日在日内瓦开幕。').numbers;
  for (const f of [en, ru, zh]) assert.ok(f.has('m3d15'), [...f.keys()].join());
  // "may" as a verb is no date.
  assert.ok(![...textFeatures('Officials may decide soon.').numbers.keys()].some((k) => k.startsWith('m')));
});

test('Arabic spelling variants and clitics fold to one stem; Arabic digits read as digits', () => {
  assert.equal(arabicStem('والرئيسة'), arabicStem('رئيسه'));
  assert.equal(arabicStem('أحمد'), arabicStem('احمد'));
  assert.equal(asciiDigits('عام ٢٠٢٢'), 'عام 2022');
});
