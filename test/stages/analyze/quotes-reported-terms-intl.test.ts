/**
 * Issue 13, 2026-12-06 (ninth round): a short phrase in marks after an article is a term ("un « jeu de stratégie »"),
 * except in a clause that a verb of saying and "that" report, where the GUIDE counts it as the reported speaker's word
 * ("a expliqué que le maire avait lancé une « attaque injuste »"). Spanish "advierte" (present) reports like "advirtió".
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('a phrase after an article in a reported clause is the reported speaker\'s word', () => {
  const fr = 'La porte-parole du syndicat, Claire Martin, a expliqué que le maire avait lancé une « attaque injuste » contre les grévistes.';
  assert.deepEqual(quotes(fr, 'fr'), [['attaque injuste', 'Claire Martin']]);
  const es = 'El economista Pedro Gil advierte que una "crisis muy profunda" llegará antes del verano.';
  assert.deepEqual(quotes(es, 'es'), [['crisis muy profunda', 'Pedro Gil']]);
});

test('a phrase after an article with no reporting verb stays a term', () => {
  const fr = 'Le studio a publié un « jeu de stratégie » pour les enfants. Il sort en mars.';
  assert.deepEqual(quotes(fr, 'fr'), []);
  const es = 'La empresa presentó una "nueva normalidad" para sus oficinas. Los empleados vuelven en junio.';
  assert.deepEqual(quotes(es, 'es'), []);
});
