import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';
import { extractFiguresIntl } from '../../../src/stages/analyze/figures-intl.js';

// Sentences written for these tests; the anchor is Wednesday 2020-03-18 unless said otherwise.
const dates = (text: string, lang: string, anchor = '2020-03-18'): [string, string | undefined][] =>
  extractDatesIntl(text, lang, { date: anchor }).map((d) => [d.text, d.date]);

test('a weekday written beside a date names that date when the two agree', () => {
  assert.deepEqual(dates('14 февраля (пятница) прошёл концерт.', 'ru'), [['14 февраля', '2020-02-14'], ['пятница', '2020-02-14']]);
  assert.deepEqual(dates('Am Donnerstag (2. Januar) berichtete die Polizei.', 'de'), [['Donnerstag', '2020-01-02'], ['2. Januar', '2020-01-02']]);
  assert.deepEqual(dates('Le lundi 17 février, vingt personnes sont mortes.', 'fr').map((d) => d[1]), ['2020-02-17', '2020-02-17']);
  assert.deepEqual(dates('La reunión fue el martes 31 de diciembre.', 'es').map((d) => d[1]), ['2019-12-31', '2019-12-31']);
  assert.deepEqual(dates('Il ministero ha pubblicato lunedì (30 dicembre) un elenco.', 'it').map((d) => d[1]), ['2019-12-30', '2019-12-30']);
  assert.deepEqual(dates('W poniedziałek, 6 stycznia ratownicy wyjechali.', 'pl').map((d) => d[1]), ['2020-01-06', '2020-01-06']);
  assert.deepEqual(dates('Seminer 21 Şubat 2020 Cuma günü yapılacak.', 'tr').map((d) => d[1]), ['2020-02-21', '2020-02-21']);
  assert.deepEqual(dates('وذلك يوم الجمعة 14 فبراير 2020', 'ar').map((d) => d[1]), ['2020-02-14', '2020-02-14']);
  assert.deepEqual(dates('电影将于 3 月 26 日星期四上映。', 'zh').map((d) => d[1]), ['2020-03-26', '2020-03-26']);
  // A weekday that does not agree with the date beside it keeps its own reading.
  assert.deepEqual(dates('Am Montag, 3. März, begann es.', 'de').map((d) => d[1]), ['2020-03-16', '2020-03-03']);
});

test('day and month in numbers without a year', () => {
  assert.deepEqual(dates('Die Bilanz kommt am Mittwoch (29.4.) heraus.', 'de', '2020-04-27'), [['Mittwoch', '2020-04-29'], ['29.4.', '2020-04-29']]);
  assert.deepEqual(dates('Termine: 20., 27.6.', 'de', '2020-06-10').map((d) => d[1]), ['2020-06-20', '2020-06-27']);
  assert.deepEqual(dates('Le campus a fermé du 13/03 au 16/03.', 'fr').map((d) => d[1]), ['2020-03-13', '2020-03-16']);
  assert.deepEqual(dates('Spotkanie odbyło się w 16.03. w Warszawie.', 'pl').map((d) => d[1]), ['2020-03-16']);
  // A decimal with a dot, a score or a fraction is no date.
  assert.deepEqual(dates('Der Index stieg um 5.3 Punkte, das Spiel endete 2:1.', 'de'), []);
  assert.deepEqual(dates('Il a gagné 3/4 des voix.', 'fr'), []);
  // The date is no figure.
  assert.deepEqual(extractFiguresIntl('am 5.3. kamen 20 Gäste', 'de', extractDatesIntl('am 5.3. kamen 20 Gäste', 'de', { date: '2020-03-18' })).map((f) => f.value), [20]);
});

test('Chinese days of the month written alone take the month of the last full date, else the anchor\'s', () => {
  assert.deepEqual(dates('16日，学校关闭。17日，学校重新开放。', 'zh'), [['16日', '2020-03-16'], ['17日', '2020-03-17']]);
  assert.deepEqual(dates('满月在 1 月 11 日。水星在 19 日之后进入夜空。', 'zh').map((d) => d[1]), ['2020-01-11', '2020-01-19']);
  // Durations and names are not days: 为期 3 日, 日本.
  assert.deepEqual(dates('为期 3 日的会议在日本举行。', 'zh'), []);
});

test('parts of a day in the words for today and yesterday', () => {
  assert.deepEqual(dates('昨晚发生了车祸，今晨道路重新开放。', 'zh').map((d) => d[1]), ['2020-03-17', '2020-03-18']);
  assert.deepEqual(dates('El incendio acabó anoche con la vida de treinta animales.', 'es').map((d) => d[1]), ['2020-03-17']);
  assert.deepEqual(dates('Il sindaco parlerà stasera in consiglio.', 'it').map((d) => d[1]), ['2020-03-18']);
});

test('dateline forms: month first with a year, abbreviated months, ordinal endings, paired Arabic names, year first', () => {
  assert.deepEqual(dates('Marzo 3, 2020 - El gobierno anunció', 'es'), [['Marzo 3, 2020', '2020-03-03']]);
  assert.deepEqual(dates('März 3, 2020', 'de'), [['März 3, 2020', '2020-03-03']]);
  assert.deepEqual(dates('Bogotá, 5 ene (EFE).- El Gobierno celebró', 'es'), [['5 ene', '2020-01-05']]);
  assert.deepEqual(dates('Dubai, 31 dic (Reuters) - L’indice ha chiuso', 'it'), [['31 dic', '2019-12-31']]);
  assert.deepEqual(dates('Opublikowano 3 sty 2020', 'pl'), [['3 sty 2020', '2020-01-03']]);
  assert.deepEqual(dates('Москва, 3 мар 2020', 'ru'), [['3 мар 2020', '2020-03-03']]);
  assert.deepEqual(dates('Это было 3-го марта, в четверг.', 'ru').slice(0, 1), [['3-го марта', '2020-03-03']]);
  assert.deepEqual(dates('Stało się to 3-ego marca w nocy', 'pl'), [['3-ego marca', '2020-03-03']]);
  assert.deepEqual(dates('في 3 آذار/مارس 2020', 'ar'), [['3 آذار/مارس 2020', '2020-03-03']]);
  assert.deepEqual(dates('发布时间：2020-3-3，更新：2020.3.4，2020/03/05', 'zh').map((d) => d[1]), ['2020-03-03', '2020-03-04', '2020-03-05']);
  // Month first without a year stays unread ("marzo 3" can be a count); a sea is no month.
  assert.deepEqual(dates('Mar del Plata tiene 3 playas.', 'es'), []);
});

test('a weekday between slashes, in brackets or after a dash beside its date names that date', () => {
  assert.deepEqual(dates('Wernisaż wystawy 10 stycznia 2020 /piątek/ g. 18.00', 'pl', '2020-01-02'), [['10 stycznia 2020', '2020-01-10'], ['piątek', '2020-01-10']]);
  assert.deepEqual(dates('Spotkanie 17.03.2020 [wtorek] w Warszawie.', 'pl').map((d) => d[1]), ['2020-03-17', '2020-03-17']);
  assert.deepEqual(dates('Заседание 16 марта – понедельник.', 'ru').map((d) => d[1]), ['2020-03-16', '2020-03-16']);
  // Not when the two disagree.
  assert.deepEqual(dates('Am Montag - 3. März - begann es.', 'de').map((d) => d[1]), ['2020-03-16', '2020-03-03']);
});
