import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';

// Sentences written for these tests; the anchor is Wednesday 2020-03-18: last Friday 03-13, next Friday 03-20.
const day = (text: string, lang: string, word: string, anchor = '2020-03-18'): string | undefined =>
  extractDatesIntl(text, lang, { date: anchor }).find((d) => d.text.includes(word))?.date;

test('"from <weekday>" looks forward', () => {
  assert.equal(day('À partir de lundi, de nouvelles règles s’appliquent.', 'fr', 'lundi'), '2020-03-23');
  assert.equal(day('Los precios bajarán a partir de este jueves.', 'es', 'jueves'), '2020-03-19');
  assert.equal(day('A partire da lunedì cambiano gli orari.', 'it', 'lunedì'), '2020-03-23');
  assert.equal(day('اعتبارا من يوم الاثنين تطبق قواعد جديدة', 'ar', 'الاثنين'), '2020-03-23');
  assert.equal(day('从周一起实施新规定。', 'zh', '周一'), '2020-03-23');
  assert.equal(day('会议定于周五举行。', 'zh', '周五'), '2020-03-20');
});

test('Polish perfective futures of events and verbs of expecting', () => {
  assert.equal(day('W piątek odbędzie się posiedzenie rządu.', 'pl', 'piątek'), '2020-03-20');
  assert.equal(day('Wybory odbędą się w niedzielę.', 'pl', 'niedziel'), '2020-03-22');
  assert.equal(day('Nie spodziewamy się, że szkoły otworzą od 1 września.', 'pl', 'września'), '2020-09-01');
  assert.equal(day('Rząd ogłosił w piątek zamknięcie szkół.', 'pl', 'piątek'), '2020-03-13');
});

test('German verb-second: a present verb after a fronted weekday is the coming day', () => {
  assert.equal(day('Am Freitag beginnt die Messe.', 'de', 'Freitag'), '2020-03-20');
  assert.equal(day('Er stieß ihn um. Am Dienstag steht der Mann vor Gericht.', 'de', 'Dienstag'), '2020-03-24');
  // The perfect, the preterite and strong past forms in -t stay past.
  assert.equal(day('Am Freitag hat die Polizei den Mann festgenommen.', 'de', 'Freitag'), '2020-03-13');
  assert.equal(day('Am Freitag sagte der Minister, es gebe keine Gefahr.', 'de', 'Freitag'), '2020-03-13');
  assert.equal(day('Am Freitag hielt die Kanzlerin eine Rede.', 'de', 'Freitag'), '2020-03-13');
  assert.equal(day('Am Freitag kommt es zum Streik, der am Montag angekündigt wurde.', 'de', 'Freitag'), '2020-03-13');
});

test('a clause after ", but" has its own tense', () => {
  assert.equal(day('Głosowanie potrwa do środy, ale już w piątek członkowie Rady zagłosowali.', 'pl', 'piątek'), '2020-03-13');
  assert.equal(day('La réunion aura lieu en avril, mais vendredi le ministre a démenti.', 'fr', 'vendredi'), '2020-03-13');
  // Chinese 虽然…但… shares one time: the forecast after 但 covers Sunday.
  assert.equal(day('虽然周日看起来相当平静，但这种模式将保持活跃。', 'zh', '周日'), '2020-03-22');
});

test('a weekday beside "yesterday" or "tomorrow" is that day', () => {
  assert.equal(day('اعتبارا من منتصف أمس السبت', 'ar', 'السبت', '2020-03-15'), '2020-03-14');
  assert.equal(day('posibles condiciones adversas mañana jueves', 'es', 'jueves'), '2020-03-19');
  assert.equal(day('Gestern, Dienstag, wurde gewählt.', 'de', 'Dienstag'), '2020-03-17');
});

test('German verb-second: an adverb in -t after the weekday is no present verb', () => {
  assert.equal(day('Am Freitag zuletzt sah man ihn lebend.', 'de', 'Freitag'), '2020-03-13');
  assert.equal(day('Am Freitag nicht mehr zu sehen.', 'de', 'Freitag'), '2020-03-13');
});
