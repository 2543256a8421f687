/**
 * The brief worker's order: a brief someone waits for never waits behind a
 * background brief, neither one under way (it is stopped and redone later)
 * nor one queued for the same story (it is moved ahead). Background briefs
 * run at the lowest priority, a brief over the heap limit fails as a typed
 * 503, and a worker left with a large heap is ended.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPriority } from 'node:os';
import { BACKGROUND_NICE, BriefTooLarge, BriefWorker } from '../../src/server/brief-worker.js';
import { createStore } from '../../src/storage/create-store.js';
import { ingestRecords, OTHER_STORY, seedRecords } from './helpers.js';

async function withTwoStories(run: (file: string, big: { id: string; articles: number }, small: { id: string; articles: number }) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'px-brief-worker-'));
  const file = join(dir, 'news.db');
  const store = createStore({ type: 'sqlite', file });
  ingestRecords(store, [...seedRecords(), OTHER_STORY]);
  const [big, small] = store.storyPage({ sort: 'size', limit: 2 }).stories;
  store.close();
  // The worker does not hold the process open (a server does): the test does while it waits.
  const alive = setInterval(() => {}, 1000);
  try {
    assert.ok(big && small && big.articles > small.articles);
    await run(file, big, small);
  } finally {
    clearInterval(alive);
    rmSync(dir, { recursive: true, force: true });
  }
}

test('an urgent brief stops the background brief under way, which is redone after it', async () => {
  await withTwoStories(async (file, big, small) => {
    const worker = new BriefWorker(file);
    const order: string[] = [];
    try {
      // Same tick: the background job is under way (its worker still starting) when the urgent one arrives.
      const background = worker.build(big.id as never, false).then((b) => (order.push('background'), b));
      const urgent = worker.build(small.id as never, true).then((b) => (order.push('urgent'), b));
      const [bg, ur] = await Promise.all([background, urgent]);
      assert.deepEqual(order, ['urgent', 'background']);
      assert.equal(worker.preempted, 1);
      assert.equal(ur?.brief.articles.length, small.articles);
      assert.equal(bg?.brief.articles.length, big.articles, 'the stopped background brief is built in full afterwards');
    } finally {
      await worker.close();
    }
  });
});

test('a reader asking for a story the background has queued moves it ahead', async () => {
  await withTwoStories(async (file, big, small) => {
    const worker = new BriefWorker(file);
    const order: string[] = [];
    try {
      const first = worker.build(big.id as never, false).then(() => order.push(big.id));
      const queued = worker.build(small.id as never, false).then(() => order.push(small.id));
      worker.hurry(small.id as never);
      await Promise.all([first, queued]);
      assert.deepEqual(order, [small.id, big.id]);
      assert.equal(worker.preempted, 1);
    } finally {
      await worker.close();
    }
  });
});

test('an urgent brief of the story already under way does not restart it', async () => {
  await withTwoStories(async (file, big) => {
    const worker = new BriefWorker(file);
    try {
      const background = worker.build(big.id as never, false);
      const urgent = worker.build(big.id as never, true);
      const [a, b] = await Promise.all([background, urgent]);
      assert.equal(worker.preempted, 0);
      assert.equal(a?.brief.articles.length, big.articles);
      assert.equal(b?.brief.articles.length, big.articles);
    } finally {
      await worker.close();
    }
  });
});

test('background briefs run at the lowest priority, briefs someone waits for at the server thread\'s own', async () => {
  await withTwoStories(async (file, big, small) => {
    const worker = new BriefWorker(file);
    try {
      const own = getPriority(0);
      assert.equal((await worker.build(big.id as never, false))?.brief.articles.length, big.articles);
      assert.equal(worker.lastNice, Math.max(own, BACKGROUND_NICE));
      // The same worker (root may raise its priority again) or a fresh one (an unprivileged process may not).
      assert.equal((await worker.build(small.id as never, true))?.brief.articles.length, small.articles);
      assert.equal(worker.lastNice, own);
    } finally {
      await worker.close();
    }
  });
});

test('a brief beyond the worker\'s heap limit fails as BriefTooLarge (a 503), and the process goes on', async () => {
  await withTwoStories(async (file, big) => {
    const worker = new BriefWorker(file, { heapMb: 8 });
    try {
      await assert.rejects(worker.build(big.id as never, true), (err: unknown) => err instanceof BriefTooLarge && err.statusCode === 503 && /--brief-heap-mb/.test(err.message));
      // The next brief gets a new worker (and fails the same way at this limit): nothing is left hanging.
      await assert.rejects(worker.build(big.id as never, false), BriefTooLarge);
    } finally {
      await worker.close();
    }
  });
});

test('a worker whose heap a brief left above recycleMb is ended, and the next brief starts a new one', async () => {
  await withTwoStories(async (file, big, small) => {
    const worker = new BriefWorker(file, { recycleMb: 0 });
    try {
      assert.equal((await worker.build(big.id as never, false))?.brief.articles.length, big.articles);
      assert.equal(worker.recycled, 1);
      assert.equal((await worker.build(small.id as never, true))?.brief.articles.length, small.articles);
      assert.equal(worker.recycled, 2);
    } finally {
      await worker.close();
    }
  });
});

test('while reads are busy no background brief starts (a brief someone waits for does), and it starts once they calm down', async () => {
  await withTwoStories(async (file, big, small) => {
    let busy = true;
    const worker = new BriefWorker(file, { readsBusy: () => busy });
    try {
      let done = false;
      const background = worker.build(big.id as never, false).then((b) => ((done = true), b));
      assert.equal((await worker.build(small.id as never, true))?.brief.articles.length, small.articles, 'the urgent brief is built');
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(done, false);
      assert.equal(worker.busy(), false, 'the background brief waits');
      busy = false;
      assert.equal((await background)?.brief.articles.length, big.articles);
    } finally {
      await worker.close();
    }
  });
});

test('a background brief waits for busy reads at most maxDeferMs', async () => {
  await withTwoStories(async (file, big) => {
    const worker = new BriefWorker(file, { readsBusy: () => true, maxDeferMs: 300 });
    try {
      assert.equal((await worker.build(big.id as never, false))?.brief.articles.length, big.articles);
    } finally {
      await worker.close();
    }
  });
});
