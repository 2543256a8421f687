import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';
import { extractFiguresIntl } from '../../../src/stages/analyze/figures-intl.js';
import { hijriToDay } from '../../../src/stages/analyze/dates-intl-hijri.js';
import { formatDay } from '../../../src/stages/analyze/dates-calendar.js';

// Sentences written for these tests from how each language writes dates; the anchor is Wednesday 2020-03-18.
const dates = (text: string, lang: string, date = '2020-03-18'): [string, string | undefined][] =>
  extractDatesIntl(text, lang, { date }).filter((d) => !d.precision).map((d) => [d.text, d.date]);

test('numeric dates with dashes and a full year, day first', () => {
  assert.deepEqual(dates('El contagio se produjo el 16-03-2020 en Sevilla.', 'es'), [['16-03-2020', '2020-03-16']]);
  assert.deepEqual(dates('Il 17-3-2020 il governo ha approvato il decreto.', 'it'), [['17-3-2020', '2020-03-17']]);
  // The weekday before it names the same day and does not take the day number for itself.
  assert.deepEqual(dates('سعر الدولار اليوم الثلاثاء 3-3-2020 ارتفع', 'ar', '2020-03-03'), [['اليوم', '2020-03-03'], ['الثلاثاء', '2020-03-03'], ['3-3-2020', '2020-03-03']]);
  // Without a full year a dashed pair is a score or a range, not a date.
  assert.deepEqual(dates('El partido terminó 3-1-20 en el descanso.', 'es'), []);
  // A range whose second day carries the numeric date keeps both days.
  assert.deepEqual(dates('Badanie zrealizowano w dniach 26-27.05.2020 r.', 'pl'), [['26', '2020-05-26'], ['27.05.2020', '2020-05-27']]);
});

test('month-first numeric dates only where day first is no date', () => {
  assert.deepEqual(dates('La Voz de Galicia 04/21/2020 20:08 Varios cientos de personas', 'es'), [['04/21/2020', '2020-04-21']]);
  assert.deepEqual(dates('actualizado: 06/30 / 2020 02:39H', 'es', '2020-06-30'), [['06/30 / 2020', '2020-06-30']]);
  // 04/05/2020 is 4 May in these languages.
  assert.deepEqual(dates('Publié le 04/05/2020 à 10h30', 'fr', '2020-05-04'), [['04/05/2020', '2020-05-04']]);
  // No figure is left inside them.
  const text = 'actualizado: 06/30 / 2020 02:39H';
  assert.deepEqual(extractFiguresIntl(text, 'es', extractDatesIntl(text, 'es', { date: '2020-06-30' })).map((f) => f.text), []);
});

test('a month first without a year only in capitals (captions, datelines)', () => {
  assert.deepEqual(dates('NEWARK, NEW JERSEY - MARZO 06: Marco Scandella n. 6 dei St. Louis Blues', 'it', '2020-04-01'), [['MARZO 06', '2020-03-06']]);
  assert.deepEqual(dates('BERLIN - MÄRZ 12: Die Spieler feiern.', 'de'), [['MÄRZ 12', '2020-03-12']]);
  assert.deepEqual(dates('W Bydgoszczy wystąpiło 10 lutego 10. Kobieta mieszkała sama.', 'pl'), [['10 lutego', '2020-02-10']]);
  assert.deepEqual(dates('Il marzo 6 volte più piovoso.', 'it'), []);
});

test('Roman month numbers and spaced German numerals, with the year', () => {
  assert.deepEqual(dates('Rząd przyjął ustawę 17 III 2020 r.', 'pl'), [['17 III 2020', '2020-03-17']]);
  assert.deepEqual(dates('Rząd przyjął ustawę 17.III.2020 r.', 'pl'), [['17.III.2020', '2020-03-17']]);
  assert.deepEqual(dates('Die Regierung beschloss am 17. 3. 2020 das Gesetz.', 'de'), [['17. 3. 2020', '2020-03-17']]);
  assert.deepEqual(dates('Die Regierung beschloss am 17. Mrz. das Gesetz.', 'de'), [['17. Mrz.', '2020-03-17']]);
  assert.deepEqual(dates('Rozdział 17 III części', 'pl'), []);
});

test('Turkish case endings on months without the apostrophe, lower-case weekdays with "günü"', () => {
  assert.deepEqual(dates('Hükümet 17 Martta yasayı kabul etti.', 'tr'), [['17 Martta', '2020-03-17']]);
  assert.deepEqual(dates('Toplantı 5 Eylülde yapıldı.', 'tr', '2020-10-01'), [['5 Eylülde', '2020-09-05']]);
  assert.deepEqual(dates('Hükümet pazartesi günü yasayı kabul etti.', 'tr'), [['pazartesi', '2020-03-16']]);
  assert.deepEqual(dates('Köyde pazar kuruldu.', 'tr'), []);
});

test('Arabic month names of the Maghreb, the Levant and Iraq, and "من" between day and month', () => {
  assert.deepEqual(dates('وافقت الحكومة في 17 جانفي 2020 على القرار.', 'ar'), [['17 جانفي 2020', '2020-01-17']]);
  assert.deepEqual(dates('وافقت الحكومة في 17 أفريل على القرار.', 'ar', '2020-04-20'), [['17 أفريل', '2020-04-17']]);
  assert.deepEqual(dates('وافقت الحكومة في 7 جويلية 2019 على القرار.', 'ar'), [['7 جويلية 2019', '2019-07-07']]);
  assert.deepEqual(dates('وافقت الحكومة في 7 غشت 2019 على القرار.', 'ar'), [['7 غشت 2019', '2019-08-07']]);
  assert.deepEqual(dates('وافقت الحكومة في 7 دجنبر 2019 على القرار.', 'ar'), [['7 دجنبر 2019', '2019-12-07']]);
  assert.deepEqual(dates('وافقت الحكومة في 7 كانون ثاني 2020 على القرار.', 'ar'), [['7 كانون ثاني 2020', '2020-01-07']]);
  assert.deepEqual(dates('وافقت الحكومة في 7 تشرين أول 2019 على القرار.', 'ar'), [['7 تشرين أول 2019', '2019-10-07']]);
  assert.deepEqual(dates('وافقت الحكومة في 7 مايس 2019 على القرار.', 'ar'), [['7 مايس 2019', '2019-05-07']]);
  assert.deepEqual(dates('وافقت الحكومة في 7 اذار على القرار.', 'ar'), [['7 اذار', '2020-03-07']]);
  assert.deepEqual(dates('وافقت الحكومة في 17 من شهر مارس على القرار.', 'ar'), [['17 من شهر مارس', '2020-03-17']]);
  assert.deepEqual(dates('وأعلنت عن الدفعة 27 من دعم البرنامج.', 'ar'), []);
});

test('Arabic "بالأمس" is yesterday, "باليوم" is no day', () => {
  assert.deepEqual(dates('وافقت الحكومة بالأمس على القرار.', 'ar'), [['بالأمس', '2020-03-17']]);
  assert.deepEqual(dates('يدفع العامل 10 دولارات باليوم.', 'ar'), []);
});

test('Italian parts of today: "questa mattina", "questo pomeriggio", "stamani"', () => {
  assert.deepEqual(dates('Questa mattina il governo ha approvato il decreto.', 'it'), [['Questa mattina', '2020-03-18']]);
  assert.deepEqual(dates('Il consiglio si riunirà questo pomeriggio.', 'it'), [['questo pomeriggio', '2020-03-18']]);
  assert.deepEqual(dates('Stamani il governo ha approvato il decreto.', 'it'), [['Stamani', '2020-03-18']]);
});

test('Hijri dates with their year are the Gregorian day (Umm al-Qura)', () => {
  assert.equal(formatDay(hijriToDay(1441, 9, 2)!), '2020-04-25');
  assert.equal(formatDay(hijriToDay(1441, 7, 23)!), '2020-03-18');
  assert.equal(formatDay(hijriToDay(1440, 12, 10)!), '2019-08-11');
  assert.equal(hijriToDay(1441, 13, 1), undefined);
  assert.deepEqual(dates('السبت 25/4/2020م الموافق 2 رمضان 1441هـ', 'ar', '2020-04-25'), [['السبت', '2020-04-25'], ['25/4/2020', '2020-04-25'], ['2 رمضان 1441هـ', '2020-04-25']]);
  assert.deepEqual(dates('وأقيمت الصلاة في 10 ذي الحجة 1440 هـ.', 'ar'), [['10 ذي الحجة 1440 هـ', '2019-08-11']]);
  // Without the year the month is a season or a number: "صفر" is also zero.
  assert.deepEqual(dates('خلال 30 رمضان من كل عام', 'ar'), []);
  // No figure is left inside a Hijri date.
  const text = 'الموافق 2 رمضان 1441هـ';
  assert.deepEqual(extractFiguresIntl(text, 'ar', extractDatesIntl(text, 'ar', { date: '2020-04-25' })).map((f) => f.text), []);
});

test('a named month with a two-digit year, and Arabic day/month after "في" or "يوم"', () => {
  assert.deepEqual(dates('Publicado el 17-mar-20 a las 10:30', 'es'), [['17-mar-20', '2020-03-17']]);
  assert.deepEqual(dates('وقع الحادث يوم 17/3 في القاهرة.', 'ar'), [['17/3', '2020-03-17']]);
  assert.deepEqual(dates('أكل 1/2 الكعكة.', 'ar'), []);
});

test('"próximo" / "prossimo" after a day and month, and Arabic "الموافق" between a weekday and its date', () => {
  assert.deepEqual(dates('El 10 de marzo próximo se celebrará.', 'es'), [['10 de marzo', '2021-03-10']]);
  assert.deepEqual(dates('Il 10 marzo prossimo si terrà.', 'it'), [['10 marzo', '2021-03-10']]);
  assert.deepEqual(dates('أقيم الحفل يوم الأربعاء الموافق 12 فبراير، في القاهرة.', 'ar'), [['الأربعاء', '2020-02-12'], ['12 فبراير', '2020-02-12']]);
});

test('an Arabic day written with the article before its month ("الـ16 من مارس")', () => {
  assert.deepEqual(dates('وفي الـ16 من مارس أغلقت المدارس.', 'ar'), [['16 من مارس', '2020-03-16']]);
  assert.deepEqual(dates('وفي ال16 من مارس أغلقت المدارس.', 'ar'), [['16 من مارس', '2020-03-16']]);
  // The article before a number that is no day of a month names no date.
  assert.deepEqual(dates('تبدأ الساعة الـ7 مساء.', 'ar'), []);
});
