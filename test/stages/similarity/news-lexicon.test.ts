import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicStem, asciiDigits } from '../../../src/stages/similarity/arabic-stem.js';
import { countryOf, hanCountries, monthOf } from '../../../src/stages/similarity/news-lexicon.js';
import { textFeatures } from '../../../src/stages/similarity/text-features.js';
import { transliterate } from '../../../src/stages/similarity/transliterate.js';
import { scorePairs } from '../../../src/stages/similarity/score-batch.js';

test('month names in several languages and cases map to one number', () => {
  for (const w of ['March', 'März', 'mars', 'marzo', 'marca', 'марта', 'Mart', 'مارس']) assert.equal(monthOf(transliterate(w)), 3, w);
  assert.equal(monthOf('mayor'), undefined);
});

test('country names and demonyms share a key across languages and scripts', () => {
  for (const w of ['Germany', 'German', 'Deutschlands', 'allemande', 'Niemcy', 'Германии', 'Almanya']) assert.equal(countryOf(transliterate(w)), 'de', w);
  assert.equal(countryOf('index'), undefined);
  // Each of fourteen countries in the nine other languages (the Spanish Ucrania and británico, the Russian США and Сирия,
  // the Arabic الأمريكية and إيطاليا were missing until 2026-12-06).
  const names: Record<string, string[]> = {
    ua: ['Ucrania', 'Ukraine', 'Ucraina', 'Ukraina', 'Украина', 'Ukrayna', 'أوكرانيا'],
    us: ['Estadounidense', 'Amerikanische', 'Statunitense', 'Amerykański', 'США', 'ABD', 'الأمريكية'],
    gb: ['Británico', 'Großbritannien', 'Britannique', 'Brytyjski', 'Великобритания', 'İngiltere', 'بريطانيا'],
    sy: ['Siria', 'Syrien', 'Syrie', 'Syria', 'Сирия', 'Suriye', 'سوريا'],
    it: ['Italia', 'Italien', 'Italie', 'Włochy', 'Италия', 'İtalya', 'إيطاليا'],
  };
  for (const [key, ws] of Object.entries(names)) for (const w of ws) assert.equal(countryOf(transliterate(w)), key, w);
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

test('a batch removes each language pair\'s chance level but keeps order within it', () => {
  const base = ['Quake hits Chile coast', 'Election results in Peru', 'Floods in Bavaria', 'Strike at Paris airports', 'New vaccine approved', 'Bank raises interest rates', 'Wildfire near Athens', 'Chess champion retires', 'Volcano erupts in Iceland'];
  const pairs = base.map((t, i) => ({ id: String(i), lang1: 'en', lang2: 'en', text1: t, text2: i % 2 === 0 ? t : base[(i + 1) % base.length] }));
  const scores = scorePairs(pairs);
  assert.equal(scores.length, pairs.length);
  for (const s of scores) assert.ok(s.score >= 0 && s.score <= 1);
  // Same-story pairs (even ids) still rank above the unrelated ones.
  const same = scores.filter((_, i) => i % 2 === 0).map((s) => s.score);
  const other = scores.filter((_, i) => i % 2 === 1).map((s) => s.score);
  assert.ok(Math.min(...same) > Math.max(...other));
});

test('news words share one concept key across English, German, French, Spanish, Italian and Polish', async () => {
  const { conceptOf } = await import('../../../src/stages/similarity/news-concepts.js');
  for (const w of ['election', 'Wahlen', 'élections', 'elecciones', 'elezioni', 'wyborach']) assert.equal(conceptOf(transliterate(w)), 'election', w);
  for (const w of ['earthquake', 'Erdbeben', 'séisme', 'terremoto', 'trzęsienie']) assert.equal(conceptOf(transliterate(w)), 'earthquake', w);
  for (const w of ['Polizei', 'police', 'policía', 'polizia', 'policja']) assert.equal(conceptOf(transliterate(w)), 'police', w);
  assert.equal(conceptOf(transliterate('Mittwoch')), conceptOf(transliterate('miércoles')));
  // Short entries match whole words only; long ones do not swallow unrelated longer words.
  assert.equal(conceptOf('warning'), undefined);
  assert.equal(conceptOf('electricity'), undefined);
  assert.equal(conceptOf('government'), 'government');
});

test('a dictionary word adds its concept beside its own stem', () => {
  const en = textFeatures('Voters cast ballots as the election ended.').words;
  const pl = textFeatures('Głosowanie zakończyło wybory w kraju.').words;
  assert.ok(en.has('x:election') && pl.has('x:election'));
  assert.ok([...en.keys()].some((k) => k.startsWith('elec')), [...en.keys()].join());
});
