/**
 * The background briefing (brief-refresh.ts): nothing store-wide before
 * `start`; then every story not briefed at its current version, largest
 * first, a viewed story before any other, a changed story only once it has
 * been quiet, and without a worker no story larger than the server's
 * thread may take; no background brief starts while the server answers
 * many reads (for at most maxDeferMs).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { systemClock } from '../../src/core/result.js';
import { createIngester } from '../../src/pipeline/ingest-articles.js';
import { BriefCache } from '../../src/server/brief-cache.js';
import { BriefRefresher, type RefreshOptions } from '../../src/server/brief-refresh.js';
import { Metrics } from '../../src/server/metrics.js';
import { parseJsonlLine } from '../../src/stages/ingest/parse-jsonl.js';
import { createStore } from '../../src/storage/create-store.js';
import type { Store } from '../../src/storage/store.js';
import { OTHER_STORY, seedRecords } from './helpers.js';

const ORCHARD_2 = { ...OTHER_STORY, source: 'Orchard Weekly', url: 'https://example.org/orchard-2', text: `${OTHER_STORY.text}\nThe association will publish its full figures in December.` };

function ingest(store: Store, records: readonly object[], from = 1): void {
  const ing = createIngester({ store, clock: systemClock });
  records.forEach((r, i) => {
    const line = parseJsonlLine('request', from + i, JSON.stringify(r));
    if (line?.kind === 'article') ing.add(line.article);
  });
  ing.finish();
}

async function until(what: string, ok: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function setup(opts: RefreshOptions, readRate?: () => number): { store: Store; cache: BriefCache; refresher: BriefRefresher; built: string[]; big: string; small: string } {
  const store = createStore({ type: 'memory' });
  ingest(store, [...seedRecords(), OTHER_STORY, ORCHARD_2]);
  const [big, small] = store.storyPage({ sort: 'size', limit: 2 }).stories;
  assert.ok(big !== undefined && small !== undefined && big.articles > small.articles && small.articles >= 2);
  const cache = new BriefCache(store, new Metrics());
  const built: string[] = [];
  cache.onBuilt((id) => built.push(id));
  const refresher = new BriefRefresher(store, cache, false, Date.now, { pollMs: 20, share: 1, ...opts }, readRate);
  return { store, cache, refresher, built, big: big.id, small: small.id };
}

test('once started, every story not briefed at its version is briefed, largest first, and recorded', async () => {
  const t = setup({ quietMs: 50, keepFrom: 3 });
  try {
    await new Promise((r) => setTimeout(r, 150));
    assert.deepEqual(t.built, [], 'nothing store-wide before start');
    t.refresher.start();
    await until('both stories briefed', () => t.built.length >= 2);
    assert.deepEqual(t.built, [t.big, t.small]);
    assert.deepEqual(t.store.provenanceStore().stale(2, 10), []);
    assert.equal(t.cache.latest(t.big as never) !== undefined, true, 'a story from keepFrom articles is kept');
    assert.equal(t.cache.latest(t.small as never), undefined, 'a smaller one is only recorded');
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(t.built.length, 2, 'nothing is briefed twice at one version');
  } finally {
    t.refresher.stop();
    t.store.close();
  }
});

test('a viewed story comes first; a changed story waits until it has been quiet', async () => {
  const t = setup({ quietMs: 1500, keepFrom: 3 });
  try {
    t.refresher.viewed(t.small);
    t.refresher.start();
    await until('both stories briefed', () => t.built.length >= 2);
    assert.deepEqual(t.built, [t.small, t.big], 'the viewed story before the larger one');
    const changedAt = Date.now();
    ingest(t.store, [{ ...OTHER_STORY, source: 'Cider Times', url: 'https://example.org/orchard-3', text: `${OTHER_STORY.text}\nCider makers expect a busy winter.` }], 10);
    assert.equal(t.store.storySummary(t.small as never)?.articles, 3, 'the article joined the small story');
    await until('the changed story briefed again', () => t.built.length >= 3);
    assert.ok(Date.now() - changedAt >= 1500, 'not before the quiet time');
    assert.equal(t.built[2], t.small);
    assert.equal(t.cache.latest(t.small as never)?.brief.articles.length, 3, 'a viewed story is kept, whatever its size');
  } finally {
    t.refresher.stop();
    t.store.close();
  }
});

test('without a worker, the background leaves stories larger than the server thread may take', async () => {
  const t = setup({ quietMs: 50, mainThreadMax: 2 });
  try {
    t.refresher.start();
    await until('the small story briefed', () => t.built.length >= 1);
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(t.built, [t.small]);
  } finally {
    t.refresher.stop();
    t.store.close();
  }
});

test('no background brief starts while the server answers more than busyRps requests a second, for at most maxDeferMs', async () => {
  let rate = 500;
  const t = setup({ quietMs: 50, keepFrom: 3, busyRps: 100, maxDeferMs: 60_000 }, () => rate);
  try {
    t.refresher.start();
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(t.built, [], 'reads come first');
    assert.equal(t.refresher.deferred, 1);
    rate = 100;
    await until('both stories briefed once the reads calm down', () => t.built.length >= 2);
    assert.deepEqual(t.built, [t.big, t.small]);
  } finally {
    t.refresher.stop();
    t.store.close();
  }
  // Under reads that never calm down, a brief still starts after maxDeferMs.
  const busy = setup({ quietMs: 50, keepFrom: 3, busyRps: 100, maxDeferMs: 200 }, () => 500);
  try {
    busy.refresher.start();
    await until('briefed after the longest deferral', () => busy.built.length >= 1);
    assert.ok(busy.refresher.deferred >= 1);
  } finally {
    busy.refresher.stop();
    busy.store.close();
  }
});
