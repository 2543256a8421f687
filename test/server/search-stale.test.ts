/**
 * While articles keep arriving, a kept search answer in use is recomputed
 * once it is `maxStaleMs` old rather than at every refresh (search-cache.ts),
 * a single change after a quiet spell still shows at the next refresh, a
 * refresh (an answer standing in) is asked of the low-priority worker, and
 * every kept answer says how old its snapshot is (X-Parallax-Data-Age-Ms).
 * Clocks are stepped by the tests; nothing is timed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../src/core/result.js';
import { ingestArticles } from '../../src/pipeline/ingest-articles.js';
import { main } from '../../src/cli/main.js';
import { ReadSnapshot } from '../../src/server/read-snapshot.js';
import { DEFAULT_MAX_STALE_MS, SearchCache } from '../../src/server/search-cache.js';
import { REFRESH_NICE, SearchWorker } from '../../src/server/search-worker.js';
import { DATA_AGE_HEADER } from '../../src/server/kept-body.js';
import { parseSearchQuery } from '../../src/storage/search-query.js';
import { createStore } from '../../src/storage/create-store.js';
import type { SearchResults } from '../../src/storage/service-types.js';
import type { Store } from '../../src/storage/store.js';
import { bearer, createToken, ingestRecords, postJson, seedRecords, startTestServer } from './helpers.js';

const harvest = (() => {
  const parsed = parseSearchQuery('harvest');
  assert.ok(parsed.ok);
  return parsed.value;
})();

const WORDS = ['apple', 'barley', 'cider', 'dairy', 'ewe', 'fence', 'grain', 'hedge', 'irrigation', 'jam', 'kiln', 'ladder', 'meadow', 'nursery', 'orchard', 'plough', 'quince', 'rye', 'silo', 'tractor', 'vineyard', 'wheat', 'yield', 'zucchini'];
let added = 0;
/** One more article about a harvest, in words of its own (near-identical texts would be stored once). */
function addOrchard(store: Store): void {
  added++;
  const words = Array.from({ length: 60 }, (_, i) => WORDS[(added * 7 + i * (added + 3)) % WORDS.length]).join(' ');
  ingestArticles([{ format: 'jsonl', path: `x#L${added}`, title: `Harvest report ${added}: ${words.slice(0, 40)}`, body: `The harvest of farm ${added} was counted.\n${words}.\nFarm ${added} reported ${added * 13} tonnes.`, source: `Source ${added}` }], { store, clock: systemClock });
}

test('the snapshot is busy when the counter moved at two reads within the window, and not after a quiet spell', () => {
  let counter = 0;
  let now = 0;
  const s = new ReadSnapshot(() => counter, 1000, () => now);
  s.current();
  assert.equal(s.readTime(), 0);
  counter++;
  now = 1000;
  s.current();
  assert.equal(s.busy(5000), false, 'one change is not a stream');
  counter++;
  now = 2000;
  s.current();
  assert.equal(s.readTime(), 2000);
  assert.equal(s.busy(5000), true, 'changes at two refreshes in a row');
  assert.equal(s.busy(500), false, 'not within a shorter window');
  now = 7001;
  assert.equal(s.busy(5000), false, 'no change for longer than the window');
  counter++;
  now = 20_000;
  s.current();
  assert.equal(s.busy(5000), false, 'a change after a quiet spell');
});

test('while articles keep arriving a kept answer is recomputed once it is maxStaleMs old, and a change after a quiet spell at the next refresh', () => {
  const store = createStore({ type: 'memory' });
  try {
    let now = 0;
    const cache = new SearchCache(store, { refreshMs: 1000, now: () => now });
    assert.equal(cache.maxStaleMs, DEFAULT_MAX_STALE_MS);
    let computations = 0;
    const run = (): SearchResults =>
      cache.get('harvest', () => {
        computations++;
        return store.search({ query: harvest, limit: 20, offset: 0 });
      });
    const truth = (): number => store.search({ query: harvest, limit: 20, offset: 0 }).total;
    assert.equal(run().total, 0);
    addOrchard(store);
    now = 1000;
    assert.equal(run().total, 1, 'a single change: shown at the next refresh');
    assert.equal(cache.asOf(run()), 1000);
    assert.equal(computations, 2);
    // A stream: an article every second. The answer computed at 1000 stands until it is 5 s old.
    for (now = 2000; now < 6000; now += 1000) {
      addOrchard(store);
      assert.equal(run().total, 1, `held at ${now}`);
    }
    assert.equal(computations, 2, 'nothing recomputed while the answer is younger than the bound');
    assert.equal(cache.held, 4);
    addOrchard(store);
    now = 6000;
    assert.equal(run().total, truth(), 'recomputed once 5 s old');
    assert.equal(computations, 3);
    // The stream ends after one more article: it is searchable within the bound of the answer's snapshot.
    addOrchard(store);
    now = 7000;
    assert.equal(run().total, truth() - 1, 'held: the stream was still on at the last refresh');
    assert.ok(truth() >= 7, 'every article stored');
    now = 11_000;
    assert.equal(run().total, truth(), 'the last article shows once the answer is 5 s old');
    assert.equal(computations, 4);
    // A quiet spell, then one article: shown at the next refresh, not held.
    now = 40_000;
    run();
    addOrchard(store);
    now = 41_000;
    assert.equal(run().total, truth());
    assert.equal(computations, 5);
  } finally {
    store.close();
  }
});

test('computed elsewhere: a first computation is asked as such, a refresh behind a standing answer as a refresh', async () => {
  const store = createStore({ type: 'memory' });
  try {
    let now = 0;
    const cache = new SearchCache(store, { refreshMs: 1000, now: () => now, maxStaleMs: 3000 });
    const asked: boolean[] = [];
    const ask = (): Promise<SearchResults> =>
      cache.getAsync('harvest', async (refresh) => {
        asked.push(refresh);
        return store.search({ query: harvest, limit: 20, offset: 0 });
      });
    assert.equal((await ask()).total, 0);
    addOrchard(store);
    now = 1000;
    assert.equal((await ask()).total, 0, 'the previous answer stands in');
    await new Promise((r) => setImmediate(r));
    assert.equal((await ask()).total, 1, 'the refresh, once done');
    // A stream: held, nothing asked, until the answer (snapshot read at 1000) is 3 s old.
    for (now = 2000; now < 4000; now += 1000) {
      addOrchard(store);
      assert.equal((await ask()).total, 1);
    }
    addOrchard(store);
    now = 4000;
    assert.equal((await ask()).total, 1, 'the held answer stands in for its refresh');
    await new Promise((r) => setImmediate(r));
    assert.equal((await ask()).total, 4);
    assert.deepEqual(asked, [false, true, true]);
    assert.deepEqual([cache.computed, cache.refreshed, cache.held, cache.stale], [1, 2, 2, 2]);
  } finally {
    store.close();
  }
});

test('a search worker asked for a nice value runs its thread at it', { skip: (!existsSync('/proc/self/task') || getPriority(0) >= REFRESH_NICE) && 'no per-thread nice values to read, or no room below' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-search-nice-'));
  const file = join(dir, 'news.db');
  const store = createStore({ type: 'sqlite', file });
  ingestRecords(store, seedRecords());
  store.close();
  const nices = (): number[] =>
    readdirSync('/proc/self/task').flatMap((tid) => {
      try {
        return [Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16])];
      } catch {
        return [];
      }
    });
  const before = nices().filter((n) => n === REFRESH_NICE).length;
  const worker = new SearchWorker(file, REFRESH_NICE);
  try {
    const putin = parseSearchQuery('Putin');
    assert.ok(putin.ok);
    const r = await worker.search({ query: putin.value, target: 'articles', limit: 20, offset: 0 });
    assert.ok(r.total > 0);
    assert.equal(nices().filter((n) => n === REFRESH_NICE).length, before + 1, `one more thread at nice ${REFRESH_NICE}: ${nices().join(' ')}`);
  } finally {
    await worker.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('story list pages and search answers say how old their snapshot is', async () => {
  let now = 5_000_000;
  const t = await startTestServer({ readRefresh: { intervalMs: 1000, now: () => now } });
  try {
    const write = await createToken(t.db, 'write');
    assert.equal((await postJson(`${t.url}/api/v1/articles`, seedRecords(), bearer(write))).status, 200);
    const age = async (path: string): Promise<string | null> => {
      const res = await fetch(`${t.url}${path}`);
      assert.equal(res.status, 200);
      await res.arrayBuffer();
      return res.headers.get(DATA_AGE_HEADER);
    };
    assert.equal(await age('/api/v1/stories'), '0');
    // The first search waits for its computation, made for the snapshot read at 5,000,000.
    assert.equal(await age('/api/v1/search?q=Putin'), '0');
    now += 400;
    assert.equal(await age('/api/v1/stories'), '400');
    assert.equal(await age('/api/v1/search?q=Putin'), '400', 'the kept answer, 400 ms old');
    now += 600;
    assert.equal(await age('/api/v1/stories'), '0', 'a new snapshot at the refresh');
  } finally {
    await t.stop();
  }
});

test('parallax serve --search-stale-ms takes a whole number of ms and refuses anything else in one line', async () => {
  const err: string[] = [];
  const code = await main(['serve', '--db', '/nonexistent/x.db', '--search-stale-ms', '5s'], { stdout: () => {}, stderr: (l) => err.push(l) });
  assert.equal(code, 2);
  assert.match(err.join('\n'), /--search-stale-ms must be a whole number from 0 to 3600000 \(got "5s"\)/);
});
