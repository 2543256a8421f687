import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';

// Sentences written for these tests; the anchor is Wednesday 2020-03-18.
const dates = (text: string, lang: string): [string, string | undefined][] =>
  extractDatesIntl(text, lang, { date: '2020-03-18' }).map((d) => [d.text, d.date]);

test('Arabic ordinal days of a month', () => {
  assert.deepEqual(dates('في الثالث من مارس أعلنت الحكومة.', 'ar'), [['الثالث من مارس', '2020-03-03']]);
  assert.deepEqual(dates('في الحادي والعشرين من شهر يناير 2020 أعلنت الحكومة.', 'ar'), [['الحادي والعشرين من شهر يناير 2020', '2020-01-21']]);
  assert.deepEqual(dates('في الثاني عشر من ديسمبر أعلنت الحكومة.', 'ar'), [['الثاني عشر من ديسمبر', '2019-12-12']]);
  assert.deepEqual(dates('في الأول من آذار/مارس أعلنت الحكومة.', 'ar'), [['الأول من آذار/مارس', '2020-03-01']]);
  assert.deepEqual(dates('الفصل الثالث من الكتاب', 'ar'), []);
});

test('Chinese numerals in dates', () => {
  assert.deepEqual(dates('二〇二〇年三月三日', 'zh'), [['二〇二〇年三月三日', '2020-03-03']]);
  assert.deepEqual(dates('三月三日，12 人死亡。', 'zh'), [['三月三日', '2020-03-03']]);
  assert.deepEqual(dates('十二月二十五日是圣诞节。', 'zh'), [['十二月二十五日', '2019-12-25']]);
  assert.deepEqual(dates('每年一月一日，人们都会制定新年计划。', 'zh'), [['一月一日', '2020-01-01']]);
});

test('the first of a month in words, and year-first dates with slashes', () => {
  assert.deepEqual(dates('Le premier mars, 12 personnes sont mortes.', 'fr'), [['premier mars', '2020-03-01']]);
  assert.deepEqual(dates('El primero de mayo de 2019 hubo marchas.', 'es'), [['primero de mayo de 2019', '2019-05-01']]);
  assert.deepEqual(dates('Il primo marzo sono morte 12 persone.', 'it'), [['primo marzo', '2020-03-01']]);
  assert.deepEqual(dates('Il primo ministro ha parlato.', 'it'), []);
  assert.deepEqual(dates('في 2020/3/3 أعلنت الحكومة.', 'ar'), [['2020/3/3', '2020-03-03']]);
  assert.deepEqual(dates('Am 2020/03/05 endete die Frist.', 'de'), [['2020/03/05', '2020-03-05']]);
});

test('ordinal marks of the first day: 1o, 1ro, 1ero, 1.º, 1ᵉʳ', () => {
  assert.deepEqual(dates('El 1o de enero murieron 12 personas.', 'es'), [['1o de enero', '2020-01-01']]);
  assert.deepEqual(dates('El 1ro de enero murieron 12 personas.', 'es'), [['1ro de enero', '2020-01-01']]);
  assert.deepEqual(dates('El 1.º de enero murieron 12 personas.', 'es'), [['1.º de enero', '2020-01-01']]);
  assert.deepEqual(dates('Le 1ᵉʳ janvier, 12 personnes sont mortes.', 'fr'), [['1ᵉʳ janvier', '2020-01-01']]);
  assert.deepEqual(dates('Del 1o al 3 de marzo se celebró la feria.', 'es').map((d) => d[1]), ['2020-03-01', '2020-03-03']);
});

test('German days of the month alone after a preposition take the month of the last full date, else the anchor\'s', () => {
  assert.deepEqual(dates('Am 3. stieg der Kurs.', 'de'), [['3.', '2020-03-03']]);
  assert.deepEqual(dates('Am 1.3.2019 fiel der Kurs, am 3. stieg er wieder.', 'de').map((d) => d[1]), ['2019-03-01', '2019-03-03']);
  assert.deepEqual(dates('Vom 3. bis zum 10. bleibt die Schule zu.', 'de').map((d) => d[1]), ['2020-03-03', '2020-03-10']);
  // An ordinal before a noun, and a day whose month follows, are read otherwise.
  assert.deepEqual(dates('Am 3. Spieltag gewann Bayern.', 'de'), []);
  assert.deepEqual(dates('Am 3. und 4. Juli fand die Messe statt.', 'de').map((d) => d[1]), ['2020-07-03', '2020-07-04']);
  // A later smaller day whose month follows: no day alone either ("am 25. und 3. Mai").
  assert.deepEqual(dates('am 25. und 3. Mai', 'de').map((d) => d[0]), ['3. Mai']);
});

test('Turkish words for the day before yesterday and the day after tomorrow', () => {
  assert.deepEqual(dates('Evvelki gün 20 vaka açıklandı.', 'tr'), [['Evvelki gün', '2020-03-16']]);
  assert.deepEqual(dates('Dünden önceki gün 20 vaka açıklandı.', 'tr'), [['Dünden önceki gün', '2020-03-16']]);
  assert.deepEqual(dates('Öbür gün Bakanlar Kurulu toplanacak.', 'tr'), [['Öbür gün', '2020-03-20']]);
  assert.deepEqual(dates('Yarından sonraki gün Bakanlar Kurulu toplanacak.', 'tr'), [['Yarından sonraki gün', '2020-03-20']]);
});
