import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbersIntl } from '../../../src/stages/analyze/numbers-intl.js';

// Sentences written for these tests.
const values = (text: string, lang: string): number[] => findNumbersIntl(text, lang).map((n) => n.value);

test('scale words in the cases a number governs', () => {
  assert.deepEqual(values('Fundacja przekazała 1,3 miliona złotych i 2,5 tysiąca paczek.', 'pl'), [1.3e6, 2500]);
  assert.deepEqual(values('Budżet wynosi 2,3 miliarda zł, mowa o 2 milionach osób.', 'pl'), [2.3e9, 2e6]);
  assert.deepEqual(values('Он заплатил 1 тысячу рублей, а город выделил 5 миллионам жителей помощь.', 'ru'), [1000, 5e6]);
  assert.deepEqual(values('Vaka sayısı 3 bine, nüfus 210 milyona yaklaştı.', 'tr'), [3000, 2.1e8]);
  assert.deepEqual(values('10 binden fazla kişi, 5 milyonluk bütçe, 2 milyarı aşan borç.', 'tr'), [1e4, 5e6, 2e9]);
  // "bina" is a building, not a thousand.
  assert.deepEqual(values('Depremde 3 bina yıkıldı.', 'tr'), [3]);
});

test('Chinese "more than" between the number and its scale', () => {
  assert.deepEqual(values('全市有300余万人口，投资3000多万元。', 'zh'), [3e6, 3e7]);
});

test('a long run of spaced digits is read number by number, each once', () => {
  const run = '9 '.repeat(2000);
  assert.equal(findNumbersIntl(run, 'pl').length, 2000);
  // Grouping still joins real groups inside such a run.
  assert.deepEqual(values('12 345 678 i 7 000', 'pl'), [12345678, 7000]);
});
