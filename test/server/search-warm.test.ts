/**
 * The search workers' warm-up at start (search-worker.ts `warm`, start.ts):
 * both workers are started and run the built-in queries before a user asks,
 * and no answer of theirs is kept: the search cache is untouched, and a user
 * asking one of the warm-up's queries gets it computed for them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '../../src/storage/create-store.js';
import { SearchWorker, WARM_SEARCHES } from '../../src/server/search-worker.js';
import { bearer, createToken, postJson, seedRecords, startTestServer, type TestServer } from './helpers.js';

describe('search warm-up at start', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ warmBriefs: false, warmSearches: true });
  });
  after(async () => t.stop());

  it('runs every built-in query on both workers and keeps no answer', async () => {
    assert.equal(await t.server.searchesWarm, 2 * WARM_SEARCHES.length);
    const c = t.server.deps.searches;
    assert.deepEqual({ hits: c.hits, misses: c.misses, computed: c.computed, refreshed: c.refreshed, stale: c.stale }, { hits: 0, misses: 0, computed: 0, refreshed: 0, stale: 0 });
    // Both threads are running (a worker not started answers no heap).
    assert.ok((await t.server.deps.searchWorker!.heap()) !== undefined);
    assert.ok((await t.server.deps.searchRefreshWorker!.heap()) !== undefined);
  });

  it('computes a warm-up query asked by a user for that user, on the current articles', async () => {
    await t.server.searchesWarm;
    const write = await createToken(t.db, 'write');
    await postJson(`${t.url}/api/v1/articles`, seedRecords(), bearer(write));
    const q = WARM_SEARCHES[0]!.q;
    const res = await fetch(`${t.url}/api/v1/search?q=${encodeURIComponent(q)}`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { total: number };
    assert.ok(body.total > 0, `the seed articles match "${q}"`);
    assert.equal(t.server.deps.searches.computed, 1);
    assert.equal(t.server.deps.searches.hits, 0);
  });
});

describe('search warm-up off', () => {
  it('starts no worker when warmSearches is false', async () => {
    const t = await startTestServer({ warmBriefs: false, warmSearches: false });
    try {
      assert.equal(await t.server.searchesWarm, 0);
      assert.equal(await t.server.deps.searchWorker!.heap(), undefined);
    } finally {
      await t.stop();
    }
  });
});

describe('SearchWorker.warm', () => {
  it('skips a query that does not parse and counts the searches run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-search-warm-'));
    const file = join(dir, 'news.db');
    createStore({ type: 'sqlite', file }).close();
    const w = new SearchWorker(file);
    try {
      assert.equal(await w.warm([{ q: 'said' }, { q: '' }, { q: 'people', target: 'stories' }]), 2);
      assert.ok((await w.heap()) !== undefined);
    } finally {
      await w.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a search worker closed during its warm-up', () => {
  it('starts no worker again: the warm-up stops, a later search fails at once, and nothing holds the process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-search-close-'));
    const file = join(dir, 'news.db');
    createStore({ type: 'sqlite', file }).close();
    const w = new SearchWorker(file);
    try {
      // The first query is answered, then the worker is closed before the next one is asked.
      const queries = [{ q: 'said' }, { q: 'people' }, { q: 'minister' }];
      const warm = w.warm([queries[0]!]).then(async (n) => {
        await w.close();
        return n + (await w.warm(queries.slice(1)));
      });
      assert.equal(await warm, 1);
      assert.equal(await w.heap(), undefined);
      await assert.rejects(w.search({ query: { kind: 'terms', terms: [] } as never, target: 'articles', limit: 1, offset: 0 }), /closed/);
    } finally {
      await w.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
