import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbersIntl } from '../../../src/stages/analyze/numbers-intl.js';
import { extractFiguresIntl } from '../../../src/stages/analyze/figures-intl.js';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';

// Sentences written for these tests.
const figures = (text: string, lang: string): [string, number][] =>
  extractFiguresIntl(text, lang, extractDatesIntl(text, lang, { date: '2021-03-18' })).map((f) => [f.text, f.value]);
const values = (text: string, lang: string): number[] => figures(text, lang).map(([, v]) => v);

test('a smaller part written after a scale word belongs to the number', () => {
  assert.deepEqual(values('Kampanyaya 5 bin 529 kişi katıldı.', 'tr'), [5529]);
  assert.deepEqual(values('Bütçe 2 milyon 300 bin lira oldu.', 'tr'), [2300000]);
  assert.deepEqual(values('Se registraron 31 mil 522 casos.', 'es'), [31522]);
  assert.deepEqual(values('Costó 3 millones 200 mil pesos.', 'es'), [3200000]);
  // A number after a scale word that is not a thousand-word stays apart.
  assert.deepEqual(values('1,5 Millionen Menschen, davon 300 Kinder.', 'de'), [1.5e6, 300]);
});

test('fractions written with digits are shares', () => {
  assert.deepEqual(values("Cezanın 1/5'i ev hapsinde geçecek.", 'tr'), [0.2]);
  assert.deepEqual(values("Oyların 2/3'ü gerekiyor.", 'tr'), [0.666667]);
  assert.deepEqual(values("Sürenin 1⁄2'si yeterli.", 'tr'), [0.5]);
  assert.deepEqual(values('Près de 2/3 des électeurs ont voté.', 'fr'), [0.666667]);
  assert.deepEqual(values('Il a couru 3½ kilomètres.', 'fr'), [3.5]);
  // A day and month with a case suffix is a date, not a fraction; an improper one is left alone.
  assert.deepEqual(values("Toplantı 1/5'te başlayacak.", 'tr'), []);
  assert.deepEqual(figures('比分 11⁄2', 'zh').map(([t]) => t).includes('11⁄2'), false);
});

test('Indian scale words, Arabic accusative scale words and 10^12 written out', () => {
  assert.deepEqual(values('Il film ha incassato 94,60 crore di rupie.', 'it'), [946000000]);
  assert.deepEqual(values('Aid of 2 lakh rupees', 'de'), [200000]);
  assert.deepEqual(values('تم تسجيل 21 ألفا من الحالات. وبلغ عدد السكان 42 مليونا.', 'ar'), [21000, 42000000]);
  assert.deepEqual(values('Долг достиг 2 триллиона рублей.', 'ru'), [2e12]);
  assert.deepEqual(values('Dług wynosi 1,2 biliona złotych.', 'pl').length, 1);
});

test('days written with one month are dates, not counts', () => {
  assert.deepEqual(values('Sklepy będą otwarte od 22, a kina - od 29 marca.', 'pl'), []);
  assert.deepEqual(values('vom 8. bis 12. April kamen 300 Gäste', 'de'), [300]);
});

test('the numbers the clusterer, provenance and compare read are the ones figures read', () => {
  const read = (text: string, lang: string): number[] => findNumbersIntl(text, lang).map((n) => n.value);
  assert.deepEqual(read('5 bin 529 kişi', 'tr'), [5529]);
  assert.deepEqual(read('94,60 crore', 'it'), [946000000]);
  assert.deepEqual(read('31 mil 522 casos', 'es'), [31522]);
  assert.ok(read("Cezanın 1/5'i", 'tr').includes(0.2));
});

test('Arabic joins the parts of a number with "and"; garbled "ü" is no quarter', () => {
  assert.deepEqual(values('بلغت الإيرادات 42 مليونا و 196 ألفا و 898 ريالا', 'ar'), [42196898]);
  assert.deepEqual(values('وصل الإنتاج إلى 23 ألف و682 طن', 'ar'), [23682]);
  assert.deepEqual(values('In MÃ1⁄4nchen und Ã¼berall', 'de'), []);
});

test('long-scale billions and the 10^15 words: a German, French or Italian "billion" is 10^12', () => {
  const first = (text: string, lang: string): number | undefined => findNumbersIntl(text, lang)[0]?.value;
  assert.equal(first('Die Schulden liegen bei 1 Billion Euro.', 'de'), 1e12);
  assert.equal(first('2,5 Billionen Dollar', 'de'), 2.5e12);
  assert.equal(first('3 Billiarden', 'de'), 3e15);
  assert.equal(first("une dette de 1 billion d'euros", 'fr'), 1e12);
  assert.equal(first('2 billions de dollars', 'fr'), 2e12);
  assert.equal(first('1 milliard', 'fr'), 1e9);
  assert.equal(first('un debito di 2 bilioni di euro', 'it'), 2e12);
  assert.equal(first('3 biliardi', 'it'), 3e15);
  assert.equal(first('1,34 квадриллиона донгов', 'ru'), 1.34e15);
  assert.equal(first('2 biliardy złotych', 'pl'), 2e15);
  assert.equal(first('5 katrilyon lira', 'tr'), 5e15);
  assert.equal(first('1 كوادريليون', 'ar'), 1e15);
  // Short-scale languages keep the English billion.
  assert.equal(first('1,5 billones de dólares', 'es'), 1.5e12);
  assert.equal(first('2 миллиарда рублей', 'ru'), 2e9);
});

test('Mexican "3 mil 500 millones" is 3,500 million (issue 13)', () => {
  assert.deepEqual(values('Cuesta 3 mil 500 millones de pesos.', 'es'), [3.5e9]);
  assert.deepEqual(values('Se registraron 31 mil 522 casos y 5 mil 200 recuperados.', 'es'), [31522, 5200]);
});
