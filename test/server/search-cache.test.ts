/**
 * Search results are kept per query until the database changes: the
 * second identical search is answered from the cache, and an ingest (which
 * moves the story change counter) makes the next one compute afresh.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { systemClock } from '../../src/core/result.js';
import { ingestArticles } from '../../src/pipeline/ingest-articles.js';
import { SearchCache } from '../../src/server/search-cache.js';
import { parseSearchQuery } from '../../src/storage/search-query.js';
import { createStore } from '../../src/storage/create-store.js';
import { OTHER_STORY } from './helpers.js';

test('a search is computed once per version of the database', () => {
  const store = createStore({ type: 'memory' });
  try {
    const cache = new SearchCache(store, 2);
    const parsed = parseSearchQuery('harvest');
    assert.ok(parsed.ok);
    let computed = 0;
    const run = (key: string) =>
      cache.get(key, () => {
        computed++;
        return store.search({ query: parsed.value, limit: 20, offset: 0 });
      });
    assert.equal(run('harvest').total, 0);
    assert.equal(run('harvest').total, 0);
    assert.equal(computed, 1);
    ingestArticles([{ format: 'jsonl', path: 'x#L1', title: OTHER_STORY.title, body: OTHER_STORY.text, source: OTHER_STORY.source }], { store, clock: systemClock });
    assert.equal(run('harvest').total, 1, 'an ingest makes the cached answer stale');
    assert.equal(computed, 2);
    run('b');
    run('c');
    run('harvest');
    assert.equal(computed, 5, 'past capacity the least recently used answer is dropped');
    assert.deepEqual([cache.hits, cache.misses], [1, 5]);
  } finally {
    store.close();
  }
});
