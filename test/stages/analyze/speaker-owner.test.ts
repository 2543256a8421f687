import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/stages/analyze/quotes.js';
import { extractEntities } from '../../../src/stages/analyze/entities.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const said = (t: string): Array<[string, string | undefined]> => {
  const s = splitSentences(t);
  return extractQuotes(t, s, extractEntities(t, s)).map((q) => [q.text, q.speaker]);
};

// speaker-subjects.ts ownerOf
test('a name after "for" or "of" and a noun phrase is that phrase’s complement: the phrase speaks', () => {
  assert.deepEqual(said('“We will win,” a spokesman for Hillary Clinton said.'), [['We will win', 'a spokesman for Hillary Clinton']]);
  assert.deepEqual(said('“We disagree,” the head of the World Health Organization said.'), [['We disagree', 'the head of the World Health Organization']]);
  assert.deepEqual(said('“We will win,” Hillary Clinton said.'), [['We will win', 'Hillary Clinton']]);
});
