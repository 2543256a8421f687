/**
 * Issue 13, 2026-12-05 night: the words inside a quotation are the quoted person's, not the narration's, so a name or a
 * verb of saying in one never gives another quotation its speaker. Sentences written for these tests; none is taken
 * from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('a name inside the previous quotation does not speak the next one (a subjectless verb keeps the speaker in focus)', () => {
  const text = 'Sekretarz obrony Mark Esper przekazał, że zapadła decyzja o wysłaniu żołnierzy. - Na polecenie dowódcy zezwoliłem na rozmieszczenie batalionu - przekazał.\n\n' +
    'Podkreślił, że decyzja jest reakcją na "zagrożenie w stosunku do personelu i obiektów USA". - Świadkami tego byliśmy w Bagdadzie. Będziemy chronić naszych ludzi - zaznaczył.';
  assert.deepEqual(quotes(text, 'pl'), [
    ['Na polecenie dowódcy zezwoliłem na rozmieszczenie batalionu', 'Mark Esper'],
    ['zagrożenie w stosunku do personelu i obiektów USA', 'Mark Esper'],
    ['Świadkami tego byliśmy w Bagdadzie. Będziemy chronić naszych ludzi', 'Mark Esper'],
  ]);
});

test('a verb of saying inside a quotation attributes no other quotation', () => {
  // "Er sagte schlechte Dinge" is the quoted man's sentence: neither "Dinge" nor "Sir" is anyone's name here.
  const text = '«Sie sagten: Sir, wir sehen ihn jetzt auf den Kameras.» «Er sagte schlechte Dinge über unser Land.» Der Präsident sprach am Freitag vor Anhängern in Ohio.';
  const got = quotes(text, 'de');
  assert.deepEqual(got.map(([q]) => q), ['Sie sagten: Sir, wir sehen ihn jetzt auf den Kameras.', 'Er sagte schlechte Dinge über unser Land.']);
  assert.deepEqual(got.map(([, s]) => s), [undefined, undefined]);
});
