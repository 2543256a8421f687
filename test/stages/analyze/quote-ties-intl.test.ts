/**
 * Issue 13, 2026-12-06 (ninth round): short phrases in marks that the GUIDE counts as quotes because speech attributes
 * them, with no verb of saying right beside them: a headline that puts the quotation first and its speaker after a colon
 * ("„…“: Minister fordert …") and German indirect speech ("Die Partei habe „großen Respekt“ vor …"). Titles, terms and
 * untied phrases stay out.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { headlineSpeaker, inIndirectSpeech } from '../../../src/stages/analyze/quote-ties-intl.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('a headline quotation with its speaker after the colon is that speaker\'s quote', () => {
  const de = '„Das reicht nicht aus“: Ministerin Weber fordert mehr Geld für Schulen\nDie Ministerin hat am Montag in Berlin ihren Plan vorgestellt.';
  assert.deepEqual(quotes(de, 'de'), [['Das reicht nicht aus', 'Ministerin Weber']]);
  const fr = '« Nous allons tenir bon » : Dupont promet des aides aux agriculteurs\nLe ministre a parlé mardi.';
  assert.deepEqual(quotes(fr, 'fr'), [['Nous allons tenir bon', 'Dupont']]);
});

test('the headline tie needs the quotation at a line start, three words or more, and a subject before a verb', () => {
  assert.equal(headlineSpeaker('„Das reicht nicht aus“: Ministerin Weber fordert mehr', 0, 22), 'Ministerin Weber');
  // Not at a line start: narration that mentions the words.
  assert.equal(headlineSpeaker('Er las „Das reicht nicht aus“: Ministerin Weber fordert mehr', 7, 29), undefined);
  // No lower-case word after the capitalised run: no verb, so no subject.
  assert.equal(headlineSpeaker('„Das reicht nicht aus“: Ministerin Weber', 0, 22), undefined);
  // A two-word show title before a colon is no quote.
  const title = '„Love Island“: Moderatorin verlässt die Sendung\nDer Sender bestätigte den Abschied.';
  assert.deepEqual(quotes(title, 'de'), []);
});

test('German indirect speech attributes a short phrase in marks to the reported speaker', () => {
  const text = '„Die Lage ist ernst“, sagte Parteichef Klaus Berger am Montag. Die Partei habe „großen Respekt“ vor der Entscheidung der Kommission.';
  assert.deepEqual(quotes(text, 'de'), [['Die Lage ist ernst', 'Parteichef Klaus Berger'], ['großen Respekt', 'Parteichef Klaus Berger']]);
  assert.equal(inIndirectSpeech('Die Partei habe ', ' vor der Entscheidung.'), true);
  assert.equal(inIndirectSpeech('Die Stadt hat vor der ', ' geworben.'), false);
  // A Konjunktiv inside another quotation is that quotation's, not the sentence's.
  assert.equal(inIndirectSpeech('„Man habe keine Wahl“, und die Stadt plant ', '.'), false);
});

test('a short phrase in a German sentence in the indicative, with nothing saying it, stays out', () => {
  const text = 'Die Stadt hat vor der Wahl mit „großen Plänen“ geworben. Der Stadtrat tagt am Montag.';
  assert.deepEqual(quotes(text, 'de'), []);
});
