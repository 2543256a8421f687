/**
 * Issue 13, fourth round: a closing mark with no opening mark and no verb of saying after it closes the words after a
 * splice (a run of spaces before a lower-case word, where the scrape joined page text into the line), as the labelling
 * guide reads quotes whose opening mark a splice removed; a run of spaces before a capital (a headline run into the text)
 * is no splice. A full stop glued between two words still ends the sentence before a quote's attribution.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('a lone closing mark after a splice closes the words since the splice', () => {
  const [q] = quotes('El alcalde habló con la prensa durante la visita.  las obras terminarán antes del verano y nadie quedará fuera”, según el diario local.', 'es');
  assert.equal(q?.[0], 'las obras terminarán antes del verano y nadie quedará fuera');
});

test('a run of spaces before a capital is no splice, and a lone closing mark without one stays no quote', () => {
  assert.deepEqual(quotes('Las obras del puerto  Las obras terminarán antes del verano y nadie quedará fuera”. El alcalde habló con la prensa.', 'es'), []);
  assert.deepEqual(quotes('El alcalde habló con la prensa. Las obras terminarán antes del verano y nadie quedará fuera”. La visita fue breve.', 'es'), []);
});

test('a full stop glued between two words ends the sentence before the one that introduces a quote', () => {
  assert.deepEqual(
    quotes('Las autoridades hablaron con el presidente Donald Trump.Durante la visita el diputado Juan Pérez dijo: "Podemos responder en el momento adecuado".', 'es'),
    [['Podemos responder en el momento adecuado', 'Juan Pérez']],
  );
});

test('an unclosed quotation opening its sentence that a splice cuts is a quote, ending at the splice', () => {
  const text = 'Die Forscher arbeiten seit Monaten daran. "Das Labor hat es geschafft, einen wirksamen Impfstoff zu entwickel  und die Behörden prüfen nun die Daten.';
  assert.deepEqual(quotes(text, 'de').map(([t]) => t), ['Das Labor hat es geschafft, einen wirksamen Impfstoff zu entwickel']);
  // Mid-sentence, an unclosed mark cut by a splice may be any stray mark: nothing is kept.
  assert.deepEqual(quotes('Im Keller des Instituts steht "das Labor hat es geschafft, einen Impfstoff zu entwickel  und die Behörden prüfen nun.', 'de'), []);
});
