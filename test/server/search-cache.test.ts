/**
 * Search results are kept per query for a snapshot of the database: the
 * second identical search is answered from the cache; an ingest makes the
 * next one compute afresh once the refresh interval has passed (at once
 * with an interval of 0); computed elsewhere (getAsync), concurrent askers
 * share one computation and the previous snapshot's answer stands in while
 * it runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { systemClock } from '../../src/core/result.js';
import { ingestArticles } from '../../src/pipeline/ingest-articles.js';
import { ReadSnapshot } from '../../src/server/read-snapshot.js';
import { SearchCache } from '../../src/server/search-cache.js';
import { parseSearchQuery } from '../../src/storage/search-query.js';
import { createStore } from '../../src/storage/create-store.js';
import type { SearchResults } from '../../src/storage/service-types.js';
import type { Store } from '../../src/storage/store.js';
import { OTHER_STORY } from './helpers.js';

const harvest = (() => {
  const parsed = parseSearchQuery('harvest');
  assert.ok(parsed.ok);
  return parsed.value;
})();

function addOrchard(store: Store, n = 1): void {
  ingestArticles([{ format: 'jsonl', path: `x#L${n}`, title: OTHER_STORY.title, body: `${OTHER_STORY.text}${n > 1 ? `\nThe harvest festival ran for ${n} days.` : ''}`, source: OTHER_STORY.source }], { store, clock: systemClock });
}

test('with an interval of 0 a search is computed once per version of the database', () => {
  const store = createStore({ type: 'memory' });
  try {
    const cache = new SearchCache(store, { capacity: 2, refreshMs: 0 });
    let computed = 0;
    const run = (key: string) =>
      cache.get(key, () => {
        computed++;
        return store.search({ query: harvest, limit: 20, offset: 0 });
      });
    assert.equal(run('harvest').total, 0);
    assert.equal(run('harvest').total, 0);
    assert.equal(computed, 1);
    addOrchard(store);
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

test('new articles become searchable at the next refresh, not before', () => {
  const store = createStore({ type: 'memory' });
  try {
    let now = 10_000;
    // Recomputed at every refresh (no staleness bound): the interval alone (search-stale.test.ts has the bound).
    const cache = new SearchCache(store, { refreshMs: 1000, now: () => now, maxStaleMs: 0 });
    let computed = 0;
    const run = () =>
      cache.get('harvest', () => {
        computed++;
        return store.search({ query: harvest, limit: 20, offset: 0 });
      });
    assert.equal(run().total, 0);
    addOrchard(store);
    now += 999;
    assert.equal(run().total, 0, 'the kept answer of the snapshot answers until the interval ends');
    assert.equal(computed, 1);
    now += 1;
    assert.equal(run().total, 1, 'visible at the refresh');
    assert.equal(computed, 2);
    // Ten more articles within one interval: one recomputation, not ten.
    for (let i = 2; i < 12; i++) addOrchard(store, i);
    now += 1000;
    const all = store.search({ query: harvest, limit: 20, offset: 0 }).total;
    assert.ok(all > 1);
    assert.equal(run().total, all);
    assert.equal(run().total, all);
    assert.equal(computed, 3);
  } finally {
    store.close();
  }
});

/** A computation the test finishes when it wants. */
function deferred(): { promise: Promise<SearchResults>; resolve: (r: SearchResults) => void } {
  let resolve!: (r: SearchResults) => void;
  const promise = new Promise<SearchResults>((r) => (resolve = r));
  return { promise, resolve };
}

test('computed elsewhere: one computation per query at a time, the previous answer standing in while it runs', async () => {
  const store = createStore({ type: 'memory' });
  try {
    let now = 50_000;
    const snapshot = new ReadSnapshot(() => store.lastStoryChange(), 1000, () => now);
    const cache = new SearchCache(store, { snapshot, maxStaleMs: 0 });
    const runs: ReturnType<typeof deferred>[] = [];
    const refreshes: boolean[] = [];
    const ask = () =>
      cache.getAsync('harvest', (refresh) => {
        const d = deferred();
        runs.push(d);
        refreshes.push(refresh);
        return d.promise;
      });
    const answer = () => store.search({ query: harvest, limit: 20, offset: 0 });
    // The first answer: nothing to stand in, so askers wait, and share one computation.
    const a = ask();
    const b = ask();
    assert.equal(runs.length, 1);
    runs[0]!.resolve(answer());
    assert.equal((await a).total, 0);
    assert.equal((await b).total, 0);

    addOrchard(store);
    now += 1000;
    assert.equal((await ask()).total, 0, 'the previous snapshot answers while the refresh is computed');
    // The snapshot moves again before that computation ends (a busy worker): no second one is queued.
    addOrchard(store, 2);
    now += 1000;
    assert.equal((await ask()).total, 0);
    assert.equal(runs.length, 2, 'one computation per query at a time');
    runs[1]!.resolve(answer());
    await runs[1]!.promise;
    await new Promise((r) => setImmediate(r));
    // Kept at the snapshot it was started for, which is no longer current: the next ask starts the next one.
    const refreshed = await ask();
    assert.equal(refreshed.total, answer().total, 'the finished computation stands in for the current snapshot');
    assert.equal(runs.length, 3);
    runs[2]!.resolve(answer());
    await runs[2]!.promise;
    await new Promise((r) => setImmediate(r));
    assert.equal((await ask()).total, answer().total);
    assert.equal(runs.length, 3, 'kept once computed');
    assert.equal(cache.stale, 3);

    // A recomputation that takes long (a busy machine): the answer in use keeps standing in while it runs; once that
    // answer is twice the bound (here the interval) old, the same search is asked once more at the server's priority
    // (the refresh at the lowest priority may be waiting for a core), and its answer replaces the standing one.
    addOrchard(store, 3);
    now += 1000;
    assert.equal((await ask()).total, answer().total - 1);
    assert.equal(runs.length, 4);
    for (let k = 0; k < 5; k++) {
      now += 2000;
      assert.equal((await ask()).total, answer().total - 1);
    }
    assert.equal(runs.length, 5, 'asked again once, not at every ask');
    assert.deepEqual(refreshes.slice(3), [true, false], 'the repeat at the server\'s priority');
    assert.equal(cache.escalated, 1);
    runs[4]!.resolve(answer());
    await runs[4]!.promise;
    await new Promise((r) => setImmediate(r));
    assert.equal((await ask()).total, answer().total, 'the repeat\'s answer is kept');
    runs[3]!.resolve(answer());
    await runs[3]!.promise;
    await new Promise((r) => setImmediate(r));

    // The answer of a query nobody asked for over a minute is not shown: askers wait.
    addOrchard(store, 4);
    now += 60_001;
    let settled = false;
    const late = ask().then((r) => ((settled = true), r));
    await new Promise((r) => setImmediate(r));
    assert.equal(settled, false, 'a long-unasked query waits for its fresh answer');
    runs[5]!.resolve(answer());
    assert.equal((await late).total, answer().total);
  } finally {
    store.close();
  }
});

test('a failed computation reaches those waiting for it, and the next ask computes again', async () => {
  const store = createStore({ type: 'memory' });
  try {
    const cache = new SearchCache(store, { refreshMs: 0 });
    await assert.rejects(cache.getAsync('q', () => Promise.reject(new Error('search process died'))), /search process died/);
    const r = await cache.getAsync('q', async () => store.search({ query: harvest, limit: 20, offset: 0 }));
    assert.equal(r.total, 0);
  } finally {
    store.close();
  }
});

test('the snapshot reads the counter at most once per interval, and on every call with 0', () => {
  let reads = 0;
  let now = 0;
  const every = new ReadSnapshot(() => ++reads, 0, () => now);
  every.current();
  every.current();
  assert.equal(reads, 2);
  assert.equal(every.mayServeStale(now), false, 'an interval of 0 never shows an older answer');
  reads = 0;
  const paced = new ReadSnapshot(() => ++reads, 1000, () => now);
  assert.equal(paced.current(), 1);
  now = 999;
  assert.equal(paced.current(), 1);
  now = 1000;
  assert.equal(paced.current(), 2);
  now = 60_000;
  assert.equal(paced.mayServeStale(0), true, 'last asked a minute ago');
  assert.equal(paced.mayServeStale(-1), false, 'longer ago');
  now = 500;
  assert.equal(paced.current(), 3, 'a clock stepping back reads again');
  const long = new ReadSnapshot(() => 0, 100_000, () => now);
  now = 300_500;
  assert.equal(long.mayServeStale(500), true, 'three intervals when longer than a minute');
  assert.throws(() => new ReadSnapshot(() => 0, -1), /refresh interval/);
});
