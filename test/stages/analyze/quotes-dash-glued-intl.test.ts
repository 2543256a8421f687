/**
 * Issue 13, 2026-12-05 night: Polish dialogue-dash remarks in a scrape that lost its paragraph breaks ("wypoczynek.-
 * Jesteśmy …") and closed by a short attribution whose verb the lexicon lacks ("- wymieniają strażnicy."). Sentences
 * written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { subjectAfterDashVerb } from '../../../src/stages/analyze/dash-quotes-intl.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('a dialogue dash glued to the sentence end opens a first-person remark, closed by a short attribution with an unknown verb', () => {
  const text = 'Park otwarto w sobotę po remoncie alejek.- Prosimy o zachowanie odstępu, my też będziemy pilnować porządku na ścieżkach - apelują strażnicy miejscy. Parking jest płatny. Autor: ABC';
  assert.deepEqual(quotes(text, 'pl'), [['Prosimy o zachowanie odstępu, my też będziemy pilnować porządku na ścieżkach', 'strażnicy miejscy']]);
});

test('a dash inside a remark before a long clause does not end it; a time after the verb names no speaker', () => {
  // The dash opens a parenthetical clause of the remark, not its attribution: no sentence end within four words.
  const text = 'Spotkanie trwało do nocy.\n- My wiemy, że to trudne - nie tylko dla nas, ale dla wszystkich mieszkańców tego miasta i okolic.';
  assert.deepEqual(quotes(text, 'pl').map(([q]) => q), ['My wiemy, że to trudne - nie tylko dla nas, ale dla wszystkich mieszkańców tego miasta i okolic.']);
  assert.equal(subjectAfterDashVerb(' - dodał w sobotę.', 0), undefined);
  assert.equal(subjectAfterDashVerb(' - apelują strażnicy miejscy.', 0), 'strażnicy miejscy');
});

test('an unclosed quotation ends at a sentence end that carries a closing mark of another family (mixed marks)', () => {
  const text = 'Interview «Die Hilfen kommen zu spät." Eine Ökonomin fordert mehr Geld für die Betriebe. Sie warnt vor Pleiten.';
  assert.deepEqual(quotes(text, 'de').map(([q]) => q), ['Die Hilfen kommen zu spät.']);
});

test('a straight quotation closed by a guillemet (mixed marks) is one quotation, not split at its first sentence end', () => {
  const text = 'Le chercheur était clair. "Quand le sol dégèle, tout bouge. Les routes cèdent et les maisons penchent », a déclaré Martin. « Tout cela accélère.';
  assert.deepEqual(quotes(text, 'fr')[0], ['Quand le sol dégèle, tout bouge. Les routes cèdent et les maisons penchent', 'Martin']);
  // A guillemet pair inside the straight quotation stays nested.
  assert.deepEqual(quotes('Il a dit : "Le mot « crise » est faible pour décrire la situation du pays", a ajouté Paul Martin.', 'fr')[0]?.[0], 'Le mot « crise » est faible pour décrire la situation du pays');
});
