/**
 * Issue 13, 2026-12-06 (round 12): an "according to" phrase that opens the quote's sentence speaks its quotation when
 * no verb of saying stands between them, a description as well as a name; a verb of saying after it, or inside it,
 * keeps its own subject. Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { accordingOpening } from '../../../src/stages/analyze/speaker-according-intl.js';
import { SPEECH } from '../../../src/stages/analyze/speech-verbs-intl.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);
const verbs = (lang: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${SPEECH[lang].verbs})(?![\\p{L}])`, 'iu');

test('a description after an opening "according to" speaks the quotation later in its sentence', () => {
  assert.deepEqual(quotes('El parche llegó el lunes. Según los vecinos, las obras del puente "no terminarán antes del verano" por falta de dinero.', 'es'),
    [['no terminarán antes del verano', 'los vecinos']]);
  assert.deepEqual(quotes('La grève continue. Selon les manifestants, la direction « refuse toute discussion sérieuse » depuis des semaines.', 'fr'),
    [['refuse toute discussion sérieuse', 'les manifestants']]);
  assert.deepEqual(quotes('Il servizio riprende domani. Secondo gli utenti, la nuova versione «consuma troppa batteria in poche ore» e si blocca spesso.', 'it'),
    [['consuma troppa batteria in poche ore', 'gli utenti']]);
  assert.deepEqual(quotes('Sprawa wraca do sądu. Według mieszkańców, nowa droga „zniszczy cały park w centrum miasta” na zawsze.', 'pl'),
    [['zniszczy cały park w centrum miasta', 'mieszkańców']]);
  assert.deepEqual(quotes('Ремонт продлится до осени. По словам жильцов, новая крыша «протекает после каждого дождя» уже второй год.', 'ru'),
    [['протекает после каждого дождя', 'жильцов']]);
});

test('a name after an opening "according to" speaks as well, after a conjunction too', () => {
  assert.deepEqual(quotes('El club cerró el acuerdo. Y según Marta Ruiz, el equipo "necesita tiempo para adaptarse" a la nueva liga.', 'es'),
    [['necesita tiempo para adaptarse', 'Marta Ruiz']]);
});

test('a verb of saying after the phrase keeps its own subject', () => {
  assert.equal(accordingOpening('Según el diario local, el alcalde dijo que ', SPEECH.es.according, verbs('es'), 'es'), undefined);
  assert.deepEqual(quotes('Según el diario local, el alcalde Pedro Gómez dijo que la obra "está terminada".', 'es'),
    [['está terminada', 'Pedro Gómez']]);
});

test('a phrase holding a verb of saying, one not opening the sentence, or a Turkish "göre" gives no speaker here', () => {
  assert.equal(accordingOpening('Wie eine Sprecherin am Montag sagte, sei die „', SPEECH.de.according, verbs('de'), 'de'), undefined);
  assert.equal(accordingOpening('El informe publicado ayer, según los expertos, dice que ', SPEECH.es.according, verbs('es'), 'es'), undefined);
  assert.equal(accordingOpening("Bakanlığın açıklamasına göre, okullar ", SPEECH.tr.according, verbs('tr'), 'tr'), undefined);
  assert.equal(accordingOpening('Según los vecinos, las obras ', SPEECH.es.according, verbs('es'), 'es'), 'los vecinos');
});
