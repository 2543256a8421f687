import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/stages/analyze/quotes.js';
import { extractEntities } from '../../../src/stages/analyze/entities.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { governs, namingCues } from '../../../src/stages/analyze/speaker-naming.js';

const said = (t: string): Array<[string, string | undefined]> => {
  const s = splitSentences(t);
  return extractQuotes(t, s, extractEntities(t, s)).map((q) => [q.text, q.speaker]);
};

test('a short quotation a verb of naming governs is its subject’s words', () => {
  assert.deepEqual(said('Hans-Josef Fell describes himself as a “solar freak.” His home runs on panels.'), [['solar freak.', 'Hans-Josef Fell']]);
  assert.deepEqual(said('John Dramani Mahama spoke in Accra. He described it as a ‘looming danger’ to democracy.'), [['looming danger', 'John Dramani Mahama']]);
  assert.deepEqual(said('Benjamin Netanyahu won the primary, with Netanyahu calling it a "huge win".'), [['huge win', 'Benjamin Netanyahu']]);
});

test('a thing named, a passive and a demand are not words someone said', () => {
  assert.deepEqual(said('Residents formed a group called “Friends of the Park” last year.'), []);
  assert.deepEqual(said('The storm, dubbed “the beast” by forecasters, hit on Sunday.'), []);
  assert.deepEqual(said('Union leader Anna Berg called for “fair pay” in March.'), []);
  // A name in title case stays a name, whoever gives it.
  assert.deepEqual(said('Anna Berg called the plan “Project Hope” in March.'), []);
});

test('the bridge between verb and quotation', () => {
  assert.equal(governs('called', ' the plan a '), true);
  assert.equal(governs('called', ' for '), false);
  assert.equal(governs('called', ' the plan. Then a '), false);
  assert.equal(governs('described', ' it as a '), true);
  assert.equal(governs('described', ' it '), false);
  assert.equal(governs('called', ' one two three four five six seven '), false);
  assert.deepEqual(namingCues('He called it and she dubbed it.').map((c) => c.word), ['called', 'dubbed']);
});

