/**
 * Issue 13, fourth round: an addressee or place after a verb of saying opened by an elided preposition ("ha detto
 * all'Herald dal centro di evacuazione") names no speaker; the subjectless verb carries on the speaker in focus.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { isNotASpeaker } from '../../../src/stages/analyze/speaker-names-intl.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('elided prepositions of address and place open no speaker; "in" and "of" are left to the statement rules', () => {
  for (const p of ["all'Herald dal centro", "dall'ospedale", "à l'AFP"]) assert.ok(isNotASpeaker(p), p);
  for (const p of ["l'avvocato", "nell'avviso", 'il sindaco']) assert.ok(!isNotASpeaker(p), p);
});

test('a subjectless verb with an elided addressee carries on the last speaker', () => {
  assert.deepEqual(
    quotes('"Stiamo spostando migliaia di persone fuori dalla regione", ha affermato Andrea Conti, ministro dei trasporti.\n\n"Abbiamo bisogno che le persone ascoltino e se ne vadano", ha detto all\'Herald dal centro di evacuazione.', 'it'),
    [['Stiamo spostando migliaia di persone fuori dalla regione', 'Andrea Conti'], ['Abbiamo bisogno che le persone ascoltino e se ne vadano', 'Andrea Conti']],
  );
});
