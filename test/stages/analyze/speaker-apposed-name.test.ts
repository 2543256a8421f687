/**
 * A speaker given as a description ending in a person's name in apposition is that person
 * (src/stages/analyze/speaker-apposed-name.ts). Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesFromTokens } from '../../../src/stages/analyze/entities.js';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { apposedNames } from '../../../src/stages/analyze/speaker-apposed-name.js';
import { tokenize } from '../../../src/stages/analyze/tokens.js';
import type { Language } from '../../../src/stages/text-model/languages.js';

function speakers(text: string, lang: Language): (string | undefined)[] {
  const sentences = splitSentences(text, lang);
  const entities = entitiesFromTokens(text, tokenize(text, sentences), lang);
  return apposedNames(extractQuotesIntl(text, sentences, lang), entities, text, lang).map((q) => q.speaker);
}

test('a description ending in a name in apposition is that person ("ha detto venerdì il segretario alla giustizia Menardo Guevarra")', () => {
  assert.deepEqual(speakers('"Lo stiamo facendo ora", ha detto venerdì il segretario alla giustizia Menardo Guevarra.', 'it'), ['Menardo Guevarra']);
});

test('a name in a complement of the description is not the speaker: after a preposition or an office in one', () => {
  assert.deepEqual(speakers('Il portavoce del presidente Marco Rossi ha detto che il governo chiede "un chiarimento immediato" sul caso.', 'it'), ['Il portavoce del presidente Marco Rossi']);
});
