import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';

const dates = (text: string, lang: string, anchor = '2021-12-05'): [string, string | undefined][] =>
  extractDatesIntl(text, lang, { date: anchor }).map((d) => [d.text, d.date]);

test('the issue\'s dates: day and month names in each language', () => {
  assert.deepEqual(dates('le 3 décembre 2021', 'fr'), [['3 décembre 2021', '2021-12-03']]);
  assert.deepEqual(dates('am 3. Dezember 2021', 'de'), [['3. Dezember 2021', '2021-12-03']]);
  assert.deepEqual(dates('3 декабря 2021 г.', 'ru'), [['3 декабря 2021 г.', '2021-12-03']]);
  assert.deepEqual(dates('bis zum 31. August', 'de', '2021-09-10'), [['31. August', '2021-08-31']]);
  assert.deepEqual(dates('il 1 gennaio', 'it', '2021-01-05'), [['1 gennaio', '2021-01-01']]);
  assert.deepEqual(dates('el 3 de diciembre de 2021', 'es'), [['3 de diciembre de 2021', '2021-12-03']]);
  assert.deepEqual(dates('3 grudnia 2021 r.', 'pl'), [['3 grudnia 2021 r.', '2021-12-03']]);
  assert.deepEqual(dates('3 Aralık 2021', 'tr'), [['3 Aralık 2021', '2021-12-03']]);
  assert.deepEqual(dates('٣ ديسمبر ٢٠٢١', 'ar'), [['٣ ديسمبر ٢٠٢١', '2021-12-03']]);
  assert.deepEqual(dates('في 3 كانون الأول', 'ar'), [['3 كانون الأول', '2021-12-03']]);
  assert.deepEqual(dates('2021年12月3日', 'zh'), [['2021年12月3日', '2021-12-03']]);
  assert.deepEqual(dates('1 月 20 日至 26 日', 'zh', '2020-01-31'), [['1 月 20 日', '2020-01-20'], ['26 日', '2020-01-26']]);
});

test('numeric dates are day first; a lone day and month without year takes the nearest, the past preferred', () => {
  assert.deepEqual(dates('Mittwoch, 11.03.2020', 'de').map((d) => d[1]).pop(), '2020-03-11');
  assert.deepEqual(dates('7.05.20', 'pl'), [['7.05.20', '2020-05-07']]);
  assert.deepEqual(dates('le 24 février', 'fr', '2020-05-18'), [['24 février', '2020-02-24']]);
  assert.deepEqual(dates('aura lieu le 25 mai', 'fr', '2020-05-18'), [['25 mai', '2020-05-25']]);
  assert.deepEqual(dates('seit dem 1. April', 'de', '2019-12-30'), [['1. April', '2019-04-01']]);
});

test('weekdays: today, else the last one, unless the clause speaks of the future', () => {
  // Anchor Sunday 2021-12-05.
  assert.deepEqual(dates('Er sagte am Freitag', 'de'), [['Freitag', '2021-12-03']]);
  assert.deepEqual(dates('Das Programm soll am Donnerstag vorgestellt werden.', 'de'), [['Donnerstag', '2021-12-09']]);
  assert.deepEqual(dates('Il a parlé vendredi.', 'fr'), [['vendredi', '2021-12-03']]);
  assert.deepEqual(dates('dijo el pasado jueves', 'es'), [['pasado jueves', '2021-12-02']]);
  assert.deepEqual(dates('comincerà a vendere mercoledì', 'it'), [['mercoledì', '2021-12-08']]);
  assert.deepEqual(dates('poinformował w sobotę', 'pl'), [['sobotę', '2021-12-04']]);
  assert.deepEqual(dates('заявил в пятницу', 'ru'), [['пятницу', '2021-12-03']]);
  assert.deepEqual(dates("Cuma gününden itibaren başlatacaklar", 'tr'), [['Cuma', '2021-12-10']]);
  assert.deepEqual(dates('يوم الجمعة', 'ar'), [['الجمعة', '2021-12-03']]);
  assert.deepEqual(dates('الأحد المقبل', 'ar', '2020-03-16'), [['الأحد المقبل', '2020-03-22']]);
  assert.deepEqual(dates('周四发布', 'zh'), [['周四', '2021-12-02']]);
  assert.deepEqual(dates('本周二', 'zh', '2020-01-01'), [['本周二', '2019-12-31']]);
  assert.deepEqual(dates('am Dienstagvormittag', 'de', '2020-02-25'), [['Dienstagvormittag', '2020-02-25']]);
  assert.deepEqual(dates('este martes 4 desde el juzgado', 'es', '2020-02-05'), [['martes 4', '2020-02-04']]);
});

test('today, yesterday and tomorrow in each language', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['gestern', 'de', '2021-12-04'], ['hier', 'fr', '2021-12-04'], ['ayer', 'es', '2021-12-04'], ['ieri', 'it', '2021-12-04'], ['wczoraj', 'pl', '2021-12-04'],
    ['вчера', 'ru', '2021-12-04'], ['dün', 'tr', '2021-12-04'], ['أمس', 'ar', '2021-12-04'], ['昨天', 'zh', '2021-12-04'],
    ['heute', 'de', '2021-12-05'], ["aujourd'hui", 'fr', '2021-12-05'], ['СЕГОДНЯ', 'ru', '2021-12-05'], ['وغدا', 'ar', '2021-12-06'], ['明天', 'zh', '2021-12-06'],
  ];
  for (const [t, l, d] of cases) assert.deepEqual(dates(t, l).map((x) => x[1]), [d], `${t} (${l})`);
  // "la mañana" is the morning, "Morgen" with a capital the morning, "اليوم الذي" "the day which".
  assert.deepEqual(dates('por la mañana', 'es'), []);
  assert.deepEqual(dates('Am Morgen', 'de'), []);
  assert.deepEqual(dates('وهو اليوم الذي', 'ar'), []);
});

test('without a publication date relative dates stay unresolved', () => {
  const [d] = extractDatesIntl('gestern', 'de', {});
  assert.equal(d.resolution, 'unresolved');
  assert.equal(d.date, undefined);
});
