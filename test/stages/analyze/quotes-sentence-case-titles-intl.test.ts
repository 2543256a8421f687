/**
 * Issue 13, 2026-12-06 (eighth round): Spanish words in marks that open with a capitalised article inside a sentence
 * (after a lower-case word or a comma: "así como "La orden del fénix" y …"), with nothing tying them to speech and no
 * punctuation inside, are a title in sentence case, not a remark. A verb of saying, a colon or "que" before them, or
 * their opening the sentence, keeps them a quote.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const quotes = (text: string): string[] => extractQuotesIntl(text, splitSentences(text, 'es'), 'es').map((q) => q.text);

test('a capitalised article opening words in marks mid-sentence makes them a title', () => {
  assert.deepEqual(quotes('La plataforma estrenó la segunda parte de "Las aventuras del joven mago", que ya estaba disponible, así como "La ciudad de los sueños perdidos" y otras películas.'), []);
});

test('speech keeps them a quote', () => {
  assert.deepEqual(quotes('El ministro dijo que "La economía va a crecer este año" en una entrevista.'), ['La economía va a crecer este año']);
  assert.deepEqual(quotes('El ministro fue claro: "La economía va a crecer este año".'), ['La economía va a crecer este año']);
  assert.deepEqual(quotes('"La economía va a crecer este año", afirmó el ministro.'), ['La economía va a crecer este año']);
});
