/**
 * Issue 13, 2026-12-06 night (seventh round): speakers that are no person. When no verb of saying names a quote's
 * speaker, the fallbacks (the subject of the sentence around it, the person the text keeps naming) read a German
 * common noun ("Frauen"), a place ("Sibérie", "w Iraku") or a Turkish possessive phrase ("Suriye'nin İdlib") as one.
 * Such a speaker is left empty rather than guessed, or the person the text keeps naming takes its place; a German
 * word with a name's shape ("Gesundheitsminister Anschober") and a place beside a verb of saying still speak.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { cannotSpeak, writtenAsPlace } from '../../../src/stages/analyze/speaker-nonperson-intl.js';
import { lowerCaseWords } from '../../../src/stages/analyze/speaker-names-intl.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('a German common noun read as the subject is no speaker: the speaker is left empty', () => {
  assert.deepEqual(quotes('Neujahr ist für viele Menschen stressig. Hier sind zwei Frauen und zwei Männer, die im Januar viel Arbeit haben. "Wir erhalten bis zu tausend Anfragen pro Woche und brauchen jeden Mitarbeiter."', 'de'),
    [['Wir erhalten bis zu tausend Anfragen pro Woche und brauchen jeden Mitarbeiter.', undefined]]);
});

test('a German noun gives way to the person the text keeps naming', () => {
  assert.deepEqual(quotes('Die Ministerin Manja Schüle besuchte die Gedenkstätte. Schüle sprach mit Überlebenden, und Schüle legte Blumen nieder. Die Gedenkstätten möchten den Jahrestag der Befreiung begehen. "Wir müssen den Opfern ein Gesicht geben, auch wenn sie nicht mehr da sind."', 'de'),
    [['Wir müssen den Opfern ein Gesicht geben, auch wenn sie nicht mehr da sind.', 'Schüle']]);
});

test('a German word with a name\'s shape still speaks', () => {
  assert.deepEqual(quotes('Gesundheitsminister Anschober war am Montag in Wien. Anschober prüft die Zahlen täglich. "Im Falle einer massiven Erhöhung müssen wir eingreifen."', 'de'),
    [['Im Falle einer massiven Erhöhung müssen wir eingreifen.', 'Anschober']]);
});

test('a place is no speaker', () => {
  assert.deepEqual(quotes('Le sol dégèle en Sibérie. La Sibérie se réchauffe et la Sibérie change. Les chercheurs travaillent sur le terrain. "Nous essayons de trouver des fossiles rapidement."', 'fr'),
    [['Nous essayons de trouver des fossiles rapidement.', undefined]]);
});

test('a Turkish run opened by a genitive is a possessive phrase, not a speaker', () => {
  assert.deepEqual(quotes('Şehit annesi Ayşe Yılmaz törene katıldı. Yılmaz gözyaşlarını tuttu ve Yılmaz oğlunu uğurladı. Suriye\'nin İdlib kentinde yaralanan asker için tören düzenlendi. "Güçlü duracağım, ağlamıyorum"', 'tr'),
    [['Güçlü duracağım, ağlamıyorum', 'Yılmaz']]);
});

test('which words are written as places, and which cannot speak', () => {
  const pl = 'Sytuacja w Iraku jest napięta. Do Iraku wysłano żołnierzy.';
  assert.equal(writtenAsPlace('Irak', pl, 'pl'), true);
  assert.equal(writtenAsPlace('Sytuacja', pl, 'pl'), false);
  const tr = "Uçak Düsseldorf'tan kalktı. Ali Kaya konuştu.";
  assert.equal(writtenAsPlace('Düsseldorf', tr, 'tr'), true);
  assert.equal(writtenAsPlace('Kaya', tr, 'tr'), false);
  // A place beside a verb of saying is that verb's subject ("la Russie a déclaré"): it speaks.
  const fr = 'Les troupes sont en Russie. La Russie a déclaré la guerre.';
  assert.equal(cannotSpeak('Russie', fr, 'fr', lowerCaseWords(fr), () => true), false);
  const fr2 = 'Les troupes sont en Russie. La Russie change.';
  assert.equal(cannotSpeak('Russie', fr2, 'fr', lowerCaseWords(fr2), () => false), true);
  const de = 'Die Schätzung ist falsch. Kanzlerin Merkel kam, und Greta Thunberg kam auch. "Nein", so Drosten.';
  const lower = lowerCaseWords(de);
  assert.equal(cannotSpeak('Schätzung', de, 'de', lower, () => false), true);
  assert.equal(cannotSpeak('Merkel', de, 'de', lower, () => false), false);
  assert.equal(cannotSpeak('Greta', de, 'de', lower, () => false), false);
  assert.equal(cannotSpeak('Drosten', de, 'de', lower, () => false), false);
  // A role is a description of the one who speaks, not a thing.
  assert.equal(cannotSpeak('Vorsitzende', 'Die Vorsitzende des Vereins kam, und die Schätzung blieb.', 'de', lowerCaseWords('Die Vorsitzende des Vereins kam, und die Schätzung blieb.'), () => false), false);
  // A noun before a name is an apposition, not a first name.
  assert.equal(cannotSpeak('Fachportal', 'Das Fachportal Michelin meldet es, und das stimmt.', 'de', lowerCaseWords('Das Fachportal Michelin meldet es, und das stimmt.'), () => false), true);
});

test('a Turkish word the text never writes as a topic or with a case ending only modifies a noun: the person named speaks', () => {
  assert.deepEqual(quotes('Milli sporcu Ayşe Kara yarışa katıldı. Kara, çocuğu havada tuttu ve Kara\'ya madalya verildi. Krvavec halkı tarafından kahraman ilan edilen sporcu törene katıldı. "Emniyet müdürü ve ekibi beni karşıladı"', 'tr'),
    [['Emniyet müdürü ve ekibi beni karşıladı', 'Ayşe Kara']]);
  const lower = lowerCaseWords('Apaydın: Fiyatlar artmalı. Krvavec halkı geldi.');
  assert.equal(cannotSpeak('Apaydın', 'Apaydın: Fiyatlar artmalı. Krvavec halkı geldi.', 'tr', lower, () => false), false);
  assert.equal(cannotSpeak('Krvavec', 'Apaydın: Fiyatlar artmalı. Krvavec halkı geldi.', 'tr', lower, () => false), true);
  const club = 'Kulüpten yapılan açıklamada bilgi verildi. Kulüp maçları erteledi.';
  assert.equal(cannotSpeak('Kulüp', club, 'tr', lowerCaseWords(club), () => false), false);
});

test('a German noun phrase with its own article inside is no speaker; a role heading one is', () => {
  const de = 'Die Gedenkstätten möchten den Jahrestag der Befreiung begehen. Der Sprecher des Ministeriums kam.';
  const lower = lowerCaseWords(de);
  assert.equal(cannotSpeak('Jahrestag der Befreiung', de, 'de', lower, () => false), true);
  assert.equal(cannotSpeak('Sprecher des Ministeriums', de, 'de', lower, () => false), false);
  assert.equal(cannotSpeak('Ursula von der Leyen', de, 'de', lower, () => false), false);
});

test('a Polish adverb after a verb of saying is no speaker: the subjectless verb keeps the speaker before', () => {
  assert.deepEqual(quotes('- Będziemy chronić naszych ludzi w każdym miejscu - powiedział Jan Nowak. - Nie wiemy jeszcze, kiedy wrócimy do domu - mówił dalej.', 'pl'),
    [['Będziemy chronić naszych ludzi w każdym miejscu', 'Jan Nowak'], ['Nie wiemy jeszcze, kiedy wrócimy do domu', 'Jan Nowak']]);
});

test('a place by a verb of saying only inside its place phrase is still a place', () => {
  const de = 'Die Ministerin für Kultur in Brandenburg spricht heute. Viele Menschen waren in Brandenburg.';
  const said = 'Brandenburg sagt, die Lage sei ernst. Viele Menschen waren in Brandenburg.';
  const verbs = /(?<![\p{L}])(?:spricht|sagt)(?![\p{L}])/iu;
  assert.equal(cannotSpeak('Brandenburg', de, 'de', lowerCaseWords(de), () => true, verbs), true);
  assert.equal(cannotSpeak('Brandenburg', said, 'de', lowerCaseWords(said), () => true, verbs), false);
});
