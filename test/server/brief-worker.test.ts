/**
 * The brief worker's two threads: a brief someone waits for runs on the
 * foreground thread (kept warm, the server's priority) beside a background
 * brief, which is never stopped for it; a reader asking for a story the
 * background queued or is building gets it from the foreground. Background
 * briefs run at the lowest priority, a brief over the heap limit fails as a
 * typed 503 on either thread, a thread left with a large heap is ended, and
 * closing ends both threads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getPriority } from 'node:os';
import { execFileSync } from 'node:child_process';
import { BACKGROUND_NICE, BriefTooLarge, BriefWorker } from '../../src/server/brief-worker.js';
import { withTwoStories } from './helpers.js';
import { renderJson } from '../../src/stages/brief/index.js';
import { createStore } from '../../src/storage/create-store.js';

/** Whether `chrt --idle` works here (Linux with util-linux): the background thread then takes the idle class. */
function hasChrt(): boolean {
  try {
    execFileSync('chrt', ['--version'], { stdio: 'ignore' });
    return process.platform === 'linux';
  } catch {
    return false;
  }
}

test('a brief someone waits for is built on the foreground thread while a background brief runs, which is not stopped', async () => {
  await withTwoStories(async (file, big, small) => {
    const worker = new BriefWorker(file);
    try {
      const background = worker.build(big.id as never, false);
      assert.equal(worker.backgroundBusy(), true, 'the background brief is under way');
      const urgent = worker.build(small.id as never, true);
      assert.equal(worker.busy(), true, 'the foreground thread took the urgent brief at once');
      const [bg, ur] = await Promise.all([background, urgent]);
      assert.equal(ur?.brief.articles.length, small.articles);
      assert.equal(bg?.brief.articles.length, big.articles);
      assert.deepEqual(worker.started, { foreground: 1, background: 1 }, 'one thread each: the background one was never ended and restarted');
    } finally {
      await worker.close();
    }
  });
});

test("the JSON rendering is given to onPage before the brief arrives, and is the brief's rendering", async () => {
  await withTwoStories(async (file, big) => {
    const worker = new BriefWorker(file);
    try {
      let page: { bytes: Uint8Array; version: number } | undefined;
      let pageFirst = false;
      const built = await worker.build(big.id as never, true, (bytes, version) => {
        page = { bytes, version };
      }).then((b) => {
        pageFirst = page !== undefined;
        return b;
      });
      assert.ok(pageFirst, 'the page came before the brief');
      // As UTF-8 bytes, decoded only when a reader needs the text (brief-rendered.ts).
      assert.equal(new TextDecoder().decode(page?.bytes), renderJson(built!.brief));
      assert.equal(page?.version, built?.version);
      assert.equal(built?.rendered?.page, page?.bytes, 'the entry keeps the same rendering');
    } finally {
      await worker.close();
    }
  });
});

test('the foreground thread is warmed once and reused by every brief someone waits for', async () => {
  await withTwoStories(async (file, big, small) => {
    const worker = new BriefWorker(file);
    try {
      await worker.warm(small.id as never);
      assert.deepEqual(worker.started, { foreground: 1, background: 0 });
      assert.equal(worker.busy(), false);
      for (const s of [big, small, big]) assert.equal((await worker.build(s.id as never, true))?.brief.articles.length, s.articles);
      assert.deepEqual(worker.started, { foreground: 1, background: 0 }, 'no new thread: the warm one built all three');
      assert.equal(worker.alive().foreground, true, 'kept between briefs');
      // A second warm-up while warm only builds again in the same thread.
      await worker.warm(small.id as never);
      assert.equal(worker.started.foreground, 1);
    } finally {
      await worker.close();
    }
  });
});


test('a reader asking for a story the background has queued gets it from the foreground thread', async () => {
  await withTwoStories(async (file, big, small) => {
    const worker = new BriefWorker(file);
    try {
      const first = worker.build(big.id as never, false);
      const queued = worker.build(small.id as never, false);
      worker.hurry(small.id as never);
      assert.equal(worker.busy(), true, 'moved to the foreground at once');
      assert.equal((await queued)?.brief.articles.length, small.articles);
      assert.equal(worker.lastNice.foreground, getPriority(0), 'built at the server thread\'s priority');
      assert.equal((await first)?.brief.articles.length, big.articles);
      assert.equal(worker.started.background, 1);
    } finally {
      await worker.close();
    }
  });
});

test('a reader asking for the story the background is building gets it built in the foreground too', async () => {
  await withTwoStories(async (file, big) => {
    const worker = new BriefWorker(file);
    try {
      const background = worker.build(big.id as never, false);
      worker.hurry(big.id as never);
      worker.hurry(big.id as never);
      assert.equal(worker.doubled, 1, 'once, however often asked');
      assert.equal(worker.busy(), true);
      assert.equal((await background)?.brief.articles.length, big.articles);
      // Both threads were on it; whichever finished first answered.
      assert.deepEqual(worker.started, { foreground: 1, background: 1 });
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
      assert.equal(worker.lastNice.background, Math.max(own, BACKGROUND_NICE));
      // And Linux's idle scheduling class where chrt (util-linux) can set it; the foreground thread keeps the normal one.
      assert.equal(worker.backgroundIdleClass(), hasChrt());
      assert.equal((await worker.build(small.id as never, true))?.brief.articles.length, small.articles);
      assert.equal(worker.lastNice.foreground, own);
    } finally {
      await worker.close();
    }
  });
});

test('a brief beyond the heap limit fails as BriefTooLarge (a 503) on either thread, and the process goes on', async () => {
  await withTwoStories(async (file, big) => {
    const worker = new BriefWorker(file, { heapMb: 8 });
    try {
      await assert.rejects(worker.build(big.id as never, true), (err: unknown) => err instanceof BriefTooLarge && err.statusCode === 503 && /--brief-heap-mb/.test(err.message));
      await assert.rejects(worker.build(big.id as never, false), BriefTooLarge);
      // The next brief gets a new thread (and fails the same way at this limit): nothing is left hanging.
      await assert.rejects(worker.build(big.id as never, true), BriefTooLarge);
      assert.deepEqual(worker.started, { foreground: 2, background: 1 });
    } finally {
      await worker.close();
    }
  });
});

test('a thread whose heap a brief left above recycleMb is ended; the foreground one is warmed again', async () => {
  await withTwoStories(async (file, big, small) => {
    const worker = new BriefWorker(file, { recycleMb: 0, foregroundRecycleMb: 0 });
    try {
      // At a limit of 0 every brief recycles its thread; after the warm-up itself no new warm-up follows (it would never end).
      await worker.warm(small.id as never);
      assert.deepEqual({ recycled: worker.recycled, alive: worker.alive().foreground }, { recycled: 1, alive: false });
      assert.equal((await worker.build(big.id as never, false))?.brief.articles.length, big.articles);
      assert.equal(worker.recycled, 2);
      assert.equal(worker.alive().background, false, 'the background thread gave its memory back');
      assert.equal((await worker.build(small.id as never, true))?.brief.articles.length, small.articles);
      assert.equal(worker.recycled, 3);
      // Recycled after an urgent brief: a new foreground thread is warmed with the same story at once.
      await worker.whenWarm();
      assert.equal(worker.started.foreground, 3);
      assert.equal(worker.recycled, 4);
    } finally {
      await worker.close();
    }
  });
});

test('the foreground thread is kept after a brief that would recycle the background one', async () => {
  await withTwoStories(async (file, big) => {
    const worker = new BriefWorker(file, { recycleMb: 0 });
    try {
      assert.equal((await worker.build(big.id as never, true))?.brief.articles.length, big.articles);
      assert.equal((await worker.build(big.id as never, false))?.brief.articles.length, big.articles);
      assert.equal(worker.recycled, 1, 'the background thread only');
      assert.deepEqual(worker.alive(), { foreground: true, background: false });
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
      assert.equal(worker.backgroundBusy(), false, 'the background brief waits');
      assert.equal(worker.started.background, 0);
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

test('closing ends both threads and fails what was not done', async () => {
  await withTwoStories(async (file, big, small) => {
    const worker = new BriefWorker(file);
    await worker.warm(small.id as never);
    // Their failures are awaited from the start (a rejection nobody handles yet would fail the test run).
    const background = assert.rejects(worker.build(big.id as never, false), /brief worker closed/);
    const queued = assert.rejects(worker.build(small.id as never, false), /brief worker closed/);
    assert.deepEqual(worker.alive(), { foreground: true, background: true });
    await worker.close();
    assert.deepEqual(worker.alive(), { foreground: false, background: false });
    await background;
    await queued;
    await assert.rejects(worker.build(small.id as never, true), /brief worker closed/, 'nothing starts after close');
  });
});
