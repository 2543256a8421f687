/**
 * Closing the server waits for the ingests queued before it, but not for the
 * ingest worker's open alone: an open reads the clusterer's tables (or
 * re-clusters in committed pages, resumed at the next start), and on a busy
 * machine it held SIGTERM for up to two minutes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../src/core/result.js';
import { ApiIngest } from '../../src/server/api-ingest.js';
import type { IngestWorker } from '../../src/server/ingest-worker.js';
import type { RecordsResult } from '../../src/server/ingest-run.js';
import { Metrics } from '../../src/server/metrics.js';
import { createStore } from '../../src/storage/create-store.js';

/** A worker whose open and ingests finish only when the test says so. */
function heldWorker() {
  const held: (() => void)[] = [];
  const hold = <T>(value: T): Promise<T> => new Promise((resolve) => held.push(() => resolve(value)));
  const none: RecordsResult = { added: 0, duplicates: 0, failed: 0, rejected: [] } as unknown as RecordsResult;
  const worker = { open: () => hold(undefined), ingest: () => hold(none) } as unknown as IngestWorker;
  return { worker, release: () => held.splice(0).forEach((f) => f()), count: () => held.length };
}

/** Whether `p` settles within a few turns of the event loop. */
async function settles(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  return done;
}

test('drain({ open: false }) does not wait for an open with nothing queued behind it; drain() does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-drain-'));
  const store = createStore({ type: 'sqlite', file: join(dir, 'news.db') });
  try {
    const w = heldWorker();
    const ingest = new ApiIngest(store, systemClock, new Metrics(), w.worker);
    const opened = ingest.open();
    await new Promise((r) => setImmediate(r));
    assert.equal(w.count(), 1, 'the open is under way');
    assert.equal(await settles(ingest.drain({ open: false })), true, 'closing does not wait for the open');
    assert.equal(await settles(ingest.drain()), false, 'a plain drain waits for it');
    w.release();
    await opened;
    assert.equal(await settles(ingest.drain()), true);
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('drain({ open: false }) waits for ingests queued behind the open', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-drain-'));
  const store = createStore({ type: 'sqlite', file: join(dir, 'news.db') });
  try {
    const w = heldWorker();
    const ingest = new ApiIngest(store, systemClock, new Metrics(), w.worker);
    const opened = ingest.open();
    const posted = ingest.ingest({ kind: 'json', records: [] } as never);
    const closing = ingest.drain({ open: false });
    assert.equal(await settles(closing), false, 'a queued ingest is waited for');
    w.release(); // the open
    await opened;
    await new Promise((r) => setImmediate(r));
    w.release(); // the ingest
    await posted;
    assert.equal(await settles(closing), true);
    assert.equal(await settles(ingest.drain({ open: false })), true, 'nothing pending after it');
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
