import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbersIntl, normalizeDigits } from '../../../src/stages/analyze/numbers-intl.js';
import { extractFiguresIntl } from '../../../src/stages/analyze/figures-intl.js';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';

const value = (text: string, lang: string): number | undefined => findNumbersIntl(text, lang)[0]?.value;
const figures = (text: string, lang: string) => extractFiguresIntl(text, lang, extractDatesIntl(text, lang, { date: '2021-12-05' }));

test('the issue\'s examples: local grouping, decimal marks and scale words', () => {
  assert.equal(figures('70 000 soldats', 'fr')[0].value, 70000);
  assert.equal(figures('70.000 soldados', 'es')[0].value, 70000);
  assert.equal(figures('13.000 millones de dólares', 'es')[0].value, 13e9);
  assert.equal(figures('13.000 millones de dólares', 'es')[0].unit, 'usd');
  assert.equal(figures('un préstamo de $ 2.500', 'es')[0].value, 2500);
  assert.equal(figures('$ 2.500 pro Kopf', 'de')[0].value, 2500);
  assert.equal(figures('около 70 тысяч военных', 'ru')[0].value, 70000);
});

test('"1 stycznia" and other day + month names are dates, not figures', () => {
  assert.deepEqual(figures('Od 1 stycznia obowiązuje zakaz.', 'pl'), []);
  assert.deepEqual(figures('Am 3. Dezember kamen 500 Menschen.', 'de').map((f) => f.value), [500]);
  assert.deepEqual(figures('Le 1er mai, 20 manifestants.', 'fr').map((f) => f.value), [20]);
  assert.deepEqual(figures('3 декабря 2021 года', 'ru'), []);
  assert.deepEqual(figures("20 Mart'ta 3 gün", 'tr').map((f) => f.value), [3]);
});

test('grouping separators of every kind', () => {
  for (const [t, l] of [['70 000', 'fr'], ['70\u202f000', 'fr'], ['70\u00a0000', 'de'], ['70.000', 'de'], ['70,000', 'en'], ["70'000", 'de'], ['70’000', 'it'], ['70،000', 'ar']] as const) {
    assert.equal(value(t, l), 70000, `${t} (${l})`);
  }
  assert.equal(value('4.880.000 Euro', 'de'), 4880000);
  assert.equal(value('3,160 muertes', 'es'), 3160);
  assert.equal(value('1.700 vaka', 'tr'), 1700);
});

test('decimal marks follow the language', () => {
  assert.equal(value('1,5 Mio. Euro', 'de'), 1.5e6);
  assert.equal(value('37,5 Prozent', 'de'), 37.5);
  assert.equal(value('6.4 por ciento', 'es'), 6.4);
  assert.equal(value('1.5 million', 'fr'), 1.5e6);
  assert.equal(value('$ 6,58', 'it'), 6.58);
  assert.equal(value('5.2 英里', 'zh'), 5.2);
});

test('scale words in each language', () => {
  const cases: readonly (readonly [string, string, number])[] = [
    ['35,1 Milliarden Yen', 'de', 35.1e9], ['3,1 Mrd Euro', 'de', 3.1e9], ['2 milliards', 'fr', 2e9], ['24,7 milioni di dollari', 'it', 24.7e6],
    ['10 mila', 'it', 1e4], ['200 tys. zł', 'pl', 2e5], ['1,5 mld zł', 'pl', 1.5e9], ['1,5 млн', 'ru', 1.5e6], ['2 млрд', 'ru', 2e9],
    ['2 bin TL', 'tr', 2000], ['1,5 milyar dolar', 'tr', 1.5e9], ['400 ألف', 'ar', 4e5], ['1.5 مليار', 'ar', 1.5e9],
    ['约7万名士兵', 'zh', 7e4], ['1.5亿', 'zh', 1.5e8], ['1.5 billion', 'es', 1.5e9], ['31 mil 522 casos', 'es', 31522], ['tres mil 160 defunciones', 'es', 3160],
  ];
  for (const [t, l, v] of cases) assert.equal(value(t, l), v, `${t} (${l})`);
});

test('percent words and signs, before or after the number', () => {
  const cases: readonly (readonly [string, string, number])[] = [
    ['37,5 Prozent', 'de', 37.5], ['5 pour cent', 'fr', 5], ['12 por ciento', 'es', 12], ['12 per cento', 'it', 12], ['41 proc.', 'pl', 41],
    ['35 процентов', 'ru', 35], ['%10', 'tr', 10], ['yüzde 15', 'tr', 15], ['100٪', 'ar', 100], ['百分之30', 'zh', 30], ['22%', 'zh', 22],
  ];
  for (const [t, l, v] of cases) {
    const n = findNumbersIntl(t, l)[0];
    assert.equal(n.value, v, t);
    assert.equal(n.percent, true, t);
  }
});

test('Arabic-Indic digits read as digits without moving offsets', () => {
  assert.equal(normalizeDigits('٣ ديسمبر ٢٠٢١'), '3 ديسمبر 2021');
  assert.equal(normalizeDigits('٣ ديسمبر').length, '٣ ديسمبر'.length);
  assert.equal(value('قتل ٢٥ شخصا', 'ar'), 25);
});

test('years, clock times, ordinals, compounds and disease names are not figures', () => {
  assert.deepEqual(figures('Im Jahr 2020 um 21.50 Uhr', 'de'), []);
  assert.deepEqual(figures('Der 71-jährige Mann', 'de'), []);
  assert.deepEqual(figures('71-letni mężczyzna', 'pl'), []);
  assert.deepEqual(figures('Kovid-19 testi', 'tr'), []);
  assert.deepEqual(figures('第 80 届例会', 'zh'), []);
  assert.deepEqual(figures('Le nombre de décès en 24 heures est de 192.', 'fr').map((f) => f.value), [24, 192]);
});

test('qualifiers and counted words', () => {
  const [f] = figures('rund 45.000 Menschen', 'de');
  assert.equal(f.qualifier, 'about');
  assert.equal(f.counted, 'Menschen');
  assert.equal(figures('mehr als 1300 Menschen', 'de')[0].qualifier, 'more than');
  assert.equal(figures('около 70 тысяч военных', 'ru')[0].qualifier, 'about');
  assert.equal(figures('8 ile 12 lira', 'tr')[0].valueMax, 12);
});
