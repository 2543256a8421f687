/**
 * Issue 13, 2026-12-06 (eighth round): Spanish opens an exclamation or a question with "¡" or "¿"; a straight quotation
 * mark (double, or single after a colon) before one opens a quotation as it does before a letter.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const quotes = (text: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, 'es'), 'es').map((q) => [q.text, q.speaker]);

test('a straight mark before "¡" or "¿" opens a quotation', () => {
  assert.deepEqual(quotes('El presidente Pedro Ruiz gritó en la plaza: "¡Viva la república y vivan sus ciudadanos!"'),
    [['¡Viva la república y vivan sus ciudadanos!', 'Pedro Ruiz']]);
  assert.deepEqual(quotes("La actriz Emma Roche subió dos fotos. Comenzó la publicación: '¡Qué año tan largo hemos tenido!' y recibió mil mensajes.").map((q) => q[0]),
    ['¡Qué año tan largo hemos tenido!']);
});
