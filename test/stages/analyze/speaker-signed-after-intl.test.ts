/**
 * Issue 13, 2026-12-06 (eighth round): a name standing alone right after the closing mark, before a full stop or a
 * comma ("„… eingereicht“ Ornig."), signs the quotation whose verb of saying was lost; only a name the text writes
 * elsewhere too, and not a place or (German) a common noun: a dateline after a headline ("„…“ Speyer.") signs nothing.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const speakers = (text: string): (string | undefined)[] => extractQuotesIntl(text, splitSentences(text, 'de'), 'de').map((q) => q.speaker);

test('a known name right after the closing mark signs the quote', () => {
  assert.deepEqual(speakers('Die Kritik kam heute von Gemeinderat Markus Ornig, der zu einem Termin auf dem Markt geladen hatte. Die Stände bleiben am Samstag zu. "An diesem Tag werden rund 50 Prozent des Umsatzes erreicht" Ornig. Der Grund ist unklar.'), ['Ornig']);
});

test('a dateline place after a headline quote signs nothing', () => {
  assert.deepEqual(speakers('„Bau durch Protest beschleunigen“ Speyer. Zur Brücke schreibt die Ortsgruppe Speyer an die Redaktion.').filter((w) => w === 'Speyer'), []);
});
