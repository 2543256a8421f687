import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';
import { extractFiguresIntl } from '../../../src/stages/analyze/figures-intl.js';

// Sentences written for these tests; the anchor is Wednesday 2020-03-11 unless said otherwise.
const dates = (text: string, lang: string, anchor = '2020-03-11'): [string, string | undefined][] =>
  extractDatesIntl(text, lang, { date: anchor }).map((d) => [d.text, d.date]);
const day = (text: string, lang: string, word: string, anchor = '2020-03-11'): string | undefined =>
  extractDatesIntl(text, lang, { date: anchor }).find((d) => d.text.includes(word))?.date;

test('a range of days with their weekdays and the month written once', () => {
  assert.equal(day('Die Wallfahrt findet von Freitag, dem 10., bis Sonntag, dem 12. Juli, statt.', 'de', 'Freitag'), '2020-07-10');
  assert.equal(day('La fête aura lieu du vendredi 10 au dimanche 12 juillet.', 'fr', 'vendredi'), '2020-07-10');
  assert.equal(day('El festival será del viernes 10 al domingo 12 de julio.', 'es', 'viernes'), '2020-07-10');
  assert.equal(day('La sagra si terrà da venerdì 10 a domenica 12 luglio.', 'it', 'venerdì'), '2020-07-10');
  // The weekday is part of the earlier day, not a weekday of its own.
  assert.deepEqual(dates('dans la nuit du mardi 24 au mercredi 25 mars', 'fr', '2020-03-26').slice(0, 1), [['mardi 24', '2020-03-24']]);
  assert.equal(day('dans la nuit du mardi 24 au mercredi 25 mars', 'fr', 'mercredi', '2020-03-26'), '2020-03-25');
  // A weekday with a day and no range keeps the nearest matching date.
  assert.equal(day('Das Treffen ist am Freitag, dem 10. hier.', 'de', 'Freitag'), '2020-04-10');
});

test('a quote opened in an earlier sentence does not lend its tense to the report after it', () => {
  // Saturday 2020-06-20: "am Freitag veröffentlichten Video" is yesterday, though the quote says "werden".
  const de = '"Es war schrecklich. Aber sie werden nicht umsonst gestorben sein", sagte Trump in einem am Freitag veröffentlichten Video.';
  assert.equal(day(de, 'de', 'Freitag', '2020-06-20'), '2020-06-19');
  const fr = '« Nous avons perdu. Nous gagnerons la prochaine fois », a dit le coach mardi.';
  assert.equal(day(fr, 'fr', 'mardi'), '2020-03-10');
  // A weekday inside the quote keeps the quote's tense.
  assert.equal(day('"Es ist vorbei. Wir werden am Freitag wieder spielen", sagte er.', 'de', 'Freitag', '2020-06-17'), '2020-06-19');
});

test('verbs and nouns of forecasting look forward', () => {
  assert.deepEqual(dates('气象部门预测周三有中雾，周四有小雨。', 'zh', '2019-12-31').map((d) => d[1]), ['2020-01-01', '2020-01-02']);
  assert.equal(day('Der Wetterdienst prognostiziert für Freitag Regen.', 'de', 'Freitag'), '2020-03-13');
  assert.equal(day('Météo-France prévoit de la pluie samedi.', 'fr', 'samedi'), '2020-03-14');
  assert.equal(day('La agencia pronosticó lluvias hasta el sábado.', 'es', 'sábado'), '2020-03-14');
  assert.equal(day('Il meteo prevede pioggia domenica.', 'it', 'domenica'), '2020-03-15');
  assert.equal(day('Synoptycy przewidują w piątek burze.', 'pl', 'piątek'), '2020-03-13');
  assert.equal(day('Синоптики прогнозируют в пятницу дождь.', 'ru', 'пятниц'), '2020-03-13');
  assert.equal(day('Cuma günü yağmur bekleniyor.', 'tr', 'Cuma'), '2020-03-13');
  assert.equal(day('يتوقع خبراء الأرصاد أمطارا يوم الجمعة.', 'ar', 'الجمعة'), '2020-03-13');
  // Without a forecast the report is of the past.
  assert.equal(day('Am Freitag regnete es.', 'de', 'Freitag'), '2020-03-06');
});

test('the first day of a range may carry its ordinal mark or a glued Arabic "and"', () => {
  assert.deepEqual(dates('Du 1er au 3 mars, la foire a eu lieu.', 'fr').map((d) => d[1]), ['2020-03-01', '2020-03-03']);
  assert.deepEqual(dates('Tra il 1° e il 3 marzo si è tenuta la fiera.', 'it').map((d) => d[1]), ['2020-03-01', '2020-03-03']);
  assert.deepEqual(dates('بين 1 و3 مارس أقيم المعرض.', 'ar').map((d) => d[1]), ['2020-03-01', '2020-03-03']);
  assert.deepEqual(extractFiguresIntl('بين 1 و3 مارس أقيم المعرض.', 'ar', extractDatesIntl('بين 1 و3 مارس أقيم المعرض.', 'ar', { date: '2020-03-11' })), []);
});
