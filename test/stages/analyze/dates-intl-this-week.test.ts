import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';

// Sentences written for these tests; the anchor is Wednesday 2020-03-18 unless given.
const dates = (text: string, lang: string, date = '2020-03-18'): [string, string | undefined][] =>
  extractDatesIntl(text, lang, { date }).filter((d) => !d.precision).map((d) => [d.text, d.date]);

test('"this" before a weekday is the nearer one unless a past verb keeps it past', () => {
  assert.deepEqual(dates('El consejo se reúne este jueves.', 'es'), [['jueves', '2020-03-19']]);
  assert.deepEqual(dates('Le conseil se réunit ce jeudi.', 'fr'), [['jeudi', '2020-03-19']]);
  assert.deepEqual(dates('Questo venerdì si gioca la partita.', 'it'), [['venerdì', '2020-03-20']]);
  // The past verb decides, also where the next one is nearer.
  assert.deepEqual(dates('El Gobierno aprobó este martes el decreto.', 'es', '2020-03-16'), [['martes', '2020-03-10']]);
  assert.deepEqual(dates('Donald Trump dijo este viernes que el general murió.', 'es'), [['viernes', '2020-03-13']]);
  assert.deepEqual(dates('Le conseil a adopté ce mardi la loi.', 'fr'), [['mardi', '2020-03-17']]);
  // A day already past this week stays past without a tense cue.
  assert.deepEqual(dates('Este lunes se registran 300 casos.', 'es'), [['lunes', '2020-03-16']]);
  // A future with "this": the day of this week, even when it has passed ("desde este martes deben recibir").
  assert.deepEqual(dates('Los trabajadores desde este martes deben recibir un pago.', 'es'), [['martes', '2020-03-17']]);
  assert.deepEqual(dates('Este jueves se reunirá el consejo.', 'es'), [['jueves', '2020-03-19']]);
  // "since this Thursday" without a future is past.
  assert.deepEqual(dates('El Ayuntamiento ofrece desde este jueves un servicio.', 'es'), [['jueves', '2020-03-12']]);
});

test('obligation and the conditional of a plan look ahead where no past verb dates the clause', () => {
  assert.deepEqual(dates('El Congreso debe votar el jueves.', 'es'), [['jueves', '2020-03-19']]);
  assert.deepEqual(dates('El Congreso podría votar el jueves.', 'es'), [['jueves', '2020-03-19']]);
  assert.deepEqual(dates('Il Parlamento dovrebbe votare giovedì.', 'it'), [['giovedì', '2020-03-19']]);
  assert.deepEqual(dates('Il Parlamento voterebbe giovedì.', 'it'), [['giovedì', '2020-03-19']]);
  assert.deepEqual(dates("L'incontro è in programma giovedì.", 'it'), [['giovedì', '2020-03-19']]);
  assert.deepEqual(dates('Le conseil devrait adopter jeudi la loi.', 'fr'), [['jeudi', '2020-03-19']]);
  // The past verb dates the day: the announcement, not the forecast.
  assert.deepEqual(dates("La flotte devrait se contracter, comme l'a annoncé la compagnie jeudi à Luton.", 'fr'), [['jeudi', '2020-03-12']]);
  assert.deepEqual(dates('Il premier avrebbe detto lunedì che il decreto è pronto.', 'it'), [['lunedì', '2020-03-16']]);
  // Nouns in "-ría", "-trait" are no conditionals.
  assert.deepEqual(dates('La mayoría votó el martes a favor.', 'es'), [['martes', '2020-03-17']]);
  assert.deepEqual(dates('Le retrait des troupes a commencé lundi.', 'fr'), [['lundi', '2020-03-16']]);
});

test('announcing is a verb of saying: the day before "that" is the announcement\'s', () => {
  assert.deepEqual(dates('El presidente ha anunciado este lunes que el decreto se aprobará.', 'es'), [['lunes', '2020-03-16']]);
  assert.deepEqual(dates('Il premier ha annunciato lunedì che il decreto sarà approvato.', 'it'), [['lunedì', '2020-03-16']]);
});

test('ranges joined by "until" words, and month names between slashes', () => {
  assert.deepEqual(dates('خلال الفترة من 1 حتى 5 مارس.', 'ar'), [['1', '2020-03-01'], ['5 مارس', '2020-03-05']]);
  assert.deepEqual(dates('Dal 1 fino al 5 marzo ci sono state proteste.', 'it'), [['1', '2020-03-01'], ['5 marzo', '2020-03-05']]);
  assert.deepEqual(dates("Du 1er jusqu'au 5 mars, il y a eu des manifestations.", 'fr'), [['1', '2020-03-01'], ['5 mars', '2020-03-05']]);
  assert.deepEqual(dates('أسعار اللحوم اليوم الثلاثاء 09/يونيو/2020 شهدت', 'ar', '2020-06-09'), [['اليوم', '2020-06-09'], ['الثلاثاء', '2020-06-09'], ['09/يونيو/2020', '2020-06-09']]);
  assert.deepEqual(dates('Publicado el 17-mar-2020 a las 10:30', 'es'), [['17-mar-2020', '2020-03-17']]);
  assert.deepEqual(dates('أسعار الخضار اليوم الأربعاء 19-2- 2020 شهدت', 'ar', '2020-02-19'), [['اليوم', '2020-02-19'], ['الأربعاء', '2020-02-19'], ['19-2- 2020', '2020-02-19']]);
});

test('"until" a weekday is a deadline ahead unless a past verb dates the clause or it ends a range', () => {
  assert.deepEqual(dates('Bis Sonntag bleiben die Geschäfte geschlossen.', 'de'), [['Sonntag', '2020-03-22']]);
  assert.deepEqual(dates('Bis Sonntag blieben die Geschäfte geschlossen.', 'de'), [['Sonntag', '2020-03-15']]);
  assert.deepEqual(dates("Jusqu'à dimanche, les magasins sont fermés.", 'fr'), [['dimanche', '2020-03-22']]);
  assert.deepEqual(dates('Hasta el domingo las tiendas permanecen cerradas.', 'es'), [['domingo', '2020-03-22']]);
  assert.deepEqual(dates('Hasta el domingo las tiendas permanecieron cerradas.', 'es'), [['domingo', '2020-03-15']]);
  assert.deepEqual(dates('Fino a domenica i negozi restano chiusi.', 'it'), [['domenica', '2020-03-22']]);
  assert.deepEqual(dates('До воскресенья магазины были закрыты.', 'ru'), [['воскресенья', '2020-03-15']]);
  assert.deepEqual(dates('Pazar gününe kadar mağazalar kapalı.', 'tr'), [['Pazar', '2020-03-22']]);
  // The end of a range is read like its start.
  assert.deepEqual(dates('Die Zahl stieg von Samstag bis Sonntag um 31.', 'de'), [['Samstag', '2020-03-14'], ['Sonntag', '2020-03-15']]);
});

test('"this week" with a weekday is that day of the publication\'s week, in eight languages', () => {
  const cases: [string, string, string][] = [
    ['es', 'El jueves de esta semana se reunirá el consejo.', 'jueves'],
    ['fr', 'Le jeudi de cette semaine, le conseil se réunit.', 'jeudi'],
    ['it', 'Giovedì di questa settimana si riunisce il consiglio.', 'Giovedì'],
    ['de', 'Diese Woche Donnerstag tagt der Rat.', 'Donnerstag'],
    ['ru', 'В четверг на этой неделе соберется совет.', 'четверг'],
    ['pl', 'W tym tygodniu w czwartek zbierze się rada.', 'czwartek'],
    ['tr', 'Bu hafta Perşembe günü konsey toplanacak.', 'Perşembe'],
    ['ar', 'يجتمع المجلس يوم الخميس من هذا الأسبوع.', 'الخميس'],
  ];
  for (const [lang, text, day] of cases) assert.deepEqual(dates(text, lang).find((d) => d[0].includes(day)), [dates(text, lang).find((d) => d[0].includes(day))![0], '2020-03-19'], lang);
  // A day of this week already past stays in this week.
  assert.deepEqual(dates('El lunes de esta semana se reunió el consejo.', 'es'), [['lunes', '2020-03-16']]);
});
