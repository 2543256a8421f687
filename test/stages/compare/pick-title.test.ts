/**
 * The story's title: its most typical headline; in a story in several languages, its most typical English one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief } from './story-helper.js';

const BODY = 'The city council of Springfield voted on Monday to close the Riverside power plant by 2030, ending decades of debate over its emissions and its 420 jobs.';

test('in a story in one language a short headline may title it: the English preference is for stories in several languages', () => {
  const b = brief([
    { title: 'Plant closure', body: BODY, source: 'Paper A' },
    { title: 'Plant closure', body: `${BODY} Opponents warned of higher prices.`, source: 'Paper B' },
    { title: 'Mayor speaks about the weather today', body: `${BODY} The mayor also spoke about the weather.`, source: 'Paper C' },
  ]);
  assert.deepEqual([...new Set(b.articles.map((a) => a.language))], ['en']);
  assert.equal(b.title, 'Plant closure');
});
