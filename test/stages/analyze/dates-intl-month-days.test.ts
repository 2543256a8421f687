import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';

// Sentences written for these tests; the anchor is Wednesday 2020-03-18.
const dates = (text: string, lang: string): [string, string | undefined][] =>
  extractDatesIntl(text, lang, { date: '2020-03-18' }).filter((d) => !d.precision).map((d) => [d.text, d.date]);

test('a day of last, this or next month named by reference, in eight languages', () => {
  assert.deepEqual(dates('El 12 del mes pasado se registraron 300 casos.', 'es'), [['12 del mes pasado', '2020-02-12']]);
  assert.deepEqual(dates('El 12 del corriente se registraron 300 casos.', 'es'), [['12 del corriente', '2020-03-12']]);
  assert.deepEqual(dates('Il 25 del mese prossimo si terrà la riunione.', 'it'), [['25 del mese prossimo', '2020-04-25']]);
  assert.deepEqual(dates('Il 12 c.m. sono stati registrati 300 casi.', 'it'), [['12 c.m.', '2020-03-12']]);
  assert.deepEqual(dates('Le 12 du mois dernier, 300 cas ont été recensés.', 'fr'), [['12 du mois dernier', '2020-02-12']]);
  assert.deepEqual(dates('Le 12 courant, 300 cas ont été recensés.', 'fr'), [['12 courant', '2020-03-12']]);
  assert.deepEqual(dates('Am 12. des Vormonats wurden 300 Fälle gemeldet.', 'de'), [['12. des Vormonats', '2020-02-12']]);
  assert.deepEqual(dates('12 ub.m. zarejestrowano 300 przypadków.', 'pl'), [['12 ub.m.', '2020-02-12']]);
  assert.deepEqual(dates('12 bm. zarejestrowano 300 przypadków.', 'pl'), [['12 bm.', '2020-03-12']]);
  assert.deepEqual(dates('12 числа прошлого месяца зарегистрировано 300 случаев.', 'ru'), [['12 числа прошлого месяца', '2020-02-12']]);
  assert.deepEqual(dates("Geçen ayın 12'sinde 300 vaka kaydedildi.", 'tr'), [["Geçen ayın 12'sinde", '2020-02-12']]);
  assert.deepEqual(dates("Ayın 25'inde toplantı yapılacak.", 'tr'), [["Ayın 25'inde", '2020-03-25']]);
  assert.deepEqual(dates('وسجلت 300 إصابة يوم 12 من الشهر الجاري.', 'ar'), [['12 من الشهر الجاري', '2020-03-12']]);
  assert.deepEqual(dates('وسجلت 300 إصابة في الثاني عشر من الشهر الماضي.', 'ar'), [['الثاني عشر من الشهر الماضي', '2020-02-12']]);
  assert.deepEqual(dates('وتعقد القمة في 25 من الشهر المقبل.', 'ar'), [['25 من الشهر المقبل', '2020-04-25']]);
});

test('a day alone with its day word is a day of the month around the publication', () => {
  assert.deepEqual(dates('El pasado día 12 se registraron 300 casos.', 'es'), [['El pasado día 12', '2020-03-12']]);
  assert.deepEqual(dates('El próximo día 25 se celebrará la reunión.', 'es'), [['El próximo día 25', '2020-03-25']]);
  assert.deepEqual(dates('Desde el día 12 las tiendas están cerradas.', 'es'), [['Desde el día 12', '2020-03-12']]);
  assert.deepEqual(dates('Il giorno 12 sono stati registrati 300 casi.', 'it'), [['Il giorno 12', '2020-03-12']]);
  assert.deepEqual(dates('12-го числа зарегистрировано 300 случаев.', 'ru'), [['12-го числа', '2020-03-12']]);
  // A month after it makes it a full date, read as such.
  assert.deepEqual(dates('El día 12 de marzo se registraron 300 casos.', 'es'), [['12 de marzo', '2020-03-12']]);
  // "al día", "al giorno" are "per day".
  assert.deepEqual(dates('Toma la pastilla tres veces al día 5 minutos antes.', 'es'), []);
  assert.deepEqual(dates('Scrivi una canzone al giorno 9 Indossa abiti puliti.', 'it'), []);
});

test('Arabic "الجاري" alone after a day is the current month', () => {
  assert.deepEqual(dates('وكانت الوزارة قد أعلنت في 15 الجاري إغلاق المدارس.', 'ar'), [['15 الجاري', '2020-03-15']]);
  assert.deepEqual(dates('أعلنت الوزارة في 15 من الشهر الجاري إغلاق المدارس.', 'ar'), [['15 من الشهر الجاري', '2020-03-15']]);
});
