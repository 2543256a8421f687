/**
 * Issue 13, 2026-12-06 (eighth round): a Spanish description after the verb of saying runs on into where, when or how it
 * was said ("escribió el zoo en su cuenta de Facebook", "dijo el presidente el jueves pasado"); those adjuncts are cut
 * off a description opened by its article, and a description's own complements ("de la formación", "en funciones")
 * stay.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { withoutTime } from '../../../src/stages/analyze/speaker-subjects-intl.js';

test('adjuncts of place, time and manner are cut off a description', () => {
  assert.equal(withoutTime('el zoo en su cuenta de Facebook'), 'el zoo');
  assert.equal(withoutTime('el ministerio en un comunicado'), 'el ministerio');
  assert.equal(withoutTime('el presidente el jueves pasado'), 'el presidente');
  assert.equal(withoutTime('el entrenador tras la derrota'), 'el entrenador');
  assert.equal(withoutTime('el alcalde ayer'), 'el alcalde');
});

test("a description's own complements and names stay whole", () => {
  assert.equal(withoutTime('el presidente del Gobierno en funciones'), 'el presidente del Gobierno en funciones');
  assert.equal(withoutTime('el responsable de la formación naranja'), 'el responsable de la formación naranja');
  assert.equal(withoutTime('Pedro Sánchez'), 'Pedro Sánchez');
});

test('the speaker of a quote is the description without its adjunct', () => {
  const text = 'El parque cerró sus puertas. "No hay animales supervivientes en el recinto", escribió el zoo en su cuenta de Facebook.';
  assert.deepEqual(extractQuotesIntl(text, splitSentences(text, 'es'), 'es').map((q) => q.speaker), ['el zoo']);
});

test('"según" is no part of the name, and a clause opened by "que" names no one', () => {
  const text = 'La alcaldesa habló en el acto. Según López, solo así es posible “la enorme acción colectiva que requiere la ciudad”.';
  assert.deepEqual(extractQuotesIntl(text, splitSentences(text, 'es'), 'es').map((q) => q.speaker), ['López']);
  const clause = 'Salud Coahuila presentó su plan. "Es una prioridad elevar la calidad de los servicios de salud".Confirmó que este año se fortalecerá el programa de cirugías.';
  assert.deepEqual(extractQuotesIntl(clause, splitSentences(clause, 'es'), 'es').map((q) => q.speaker).filter((w) => w?.startsWith('que ')), []);
});
