/**
 * The foreground brief thread's warm-up: its passes (each a job of its own,
 * one thread), the synthetic story sized to the database's largest, a brief
 * someone waits for going between two passes, and a pass over a
 * stored story: which story the server picks (the largest of at most
 * WARM_STORED_MAX_ARTICLES, from the helper's threshold up), that the pass
 * briefs it before one more synthetic pass, and that the thread then briefs
 * stored stories as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BriefWorker, WARM_PASSES } from '../../src/server/brief-worker.js';
import { createStore } from '../../src/storage/create-store.js';
import { WARM_STORED_MAX_ARTICLES, warmArticles, warmStoredStory } from '../../src/server/start.js';
import { HELPER_MIN_ARTICLES } from '../../src/pipeline/brief-helper.js';
import { storeWarmStory, WARM_STORY_ARTICLES } from '../../src/server/warm-story.js';
import type { Store } from '../../src/storage/store.js';
import { ingestRecords, OTHER_STORY, withTwoStories } from './helpers.js';

test('the warm-up builds its story warmPasses times in one thread, each pass a job of its own', async () => {
  await withTwoStories(async (file, big, small) => {
    for (const passes of [1, 3]) {
      const worker = new BriefWorker(file, { warmPasses: passes });
      try {
        await worker.warm(small.id as never);
        assert.deepEqual(worker.ran, { foreground: passes, background: 0 });
        assert.deepEqual(worker.started, { foreground: 1, background: 0 });
        assert.equal(worker.busy(), false, 'no pass left running once warm');
        assert.equal((await worker.build(big.id as never, true))?.brief.articles.length, big.articles);
        assert.equal(worker.ran.foreground, passes + 1);
      } finally {
        await worker.close();
      }
    }
    // The default is WARM_PASSES.
    const worker = new BriefWorker(file);
    try {
      await worker.warm(small.id as never);
      assert.equal(worker.ran.foreground, WARM_PASSES);
    } finally {
      await worker.close();
    }
  });
});

test('warm() without a story briefs the synthetic warm-up story in the foreground thread, sized as asked; none at 0 articles', async () => {
  await withTwoStories(async (file, big) => {
    const worker = new BriefWorker(file, { warmPasses: 2 });
    try {
      await worker.warm(undefined, 0);
      assert.deepEqual(worker.started, { foreground: 0, background: 0 }, 'no articles: no warm-up, no thread');
      await worker.warm(undefined, 12);
      assert.deepEqual(worker.warmedArticles, [12, 12], 'each pass briefed the synthetic story of 12 articles');
      assert.deepEqual(worker.ran, { foreground: 2, background: 0 });
      assert.deepEqual(worker.started, { foreground: 1, background: 0 });
      // The database's stories are briefed as before, by the warm thread.
      assert.equal((await worker.build(big.id as never, true))?.brief.articles.length, big.articles);
      assert.deepEqual(worker.started, { foreground: 1, background: 0 });
    } finally {
      await worker.close();
    }
  });
});

test('the server warms with a synthetic story as large as its largest story, up to WARM_STORY_ARTICLES', () => {
  const store = createStore({ type: 'memory' });
  try {
    assert.equal(warmArticles(store), 0, 'no stories: no warm-up');
    ingestRecords(store, [OTHER_STORY]);
    assert.equal(warmArticles(store), 1);
    storeWarmStory(store, WARM_STORY_ARTICLES + 5, 1, 's_big' as never);
    assert.equal(warmArticles(store), WARM_STORY_ARTICLES);
  } finally {
    store.close();
  }
});

test('a brief someone waits for goes between two warm-up passes', async () => {
  await withTwoStories(async (file, big, small) => {
    const worker = new BriefWorker(file, { warmPasses: 2 });
    try {
      let warm = false;
      const warmed = worker.warm(small.id as never).then(() => {
        warm = true;
      });
      // Asked while the first pass runs: it runs before the second pass.
      const urgent = worker.build(big.id as never, true);
      assert.equal((await urgent)?.brief.articles.length, big.articles);
      assert.equal(warm, false, 'answered before the second pass ended');
      await warmed;
      assert.equal(worker.ran.foreground, 3, 'two passes and the brief, one thread');
      assert.equal(worker.started.foreground, 1);
    } finally {
      await worker.close();
    }
  });
});

const size = (store: Store, id: string): number => store.storySummary(id as never)?.articles ?? 0;

test('the stored warm-up story is the largest of at most WARM_STORED_MAX_ARTICLES articles, from the helper threshold up', () => {
  const store = createStore({ type: 'memory' });
  try {
    assert.equal(warmStoredStory(store), undefined, 'no stories: the synthetic passes only');
    storeWarmStory(store, HELPER_MIN_ARTICLES - 20, 1, 's_small' as never);
    assert.equal(warmStoredStory(store), undefined, 'below the helper threshold: not worth a pass');
    storeWarmStory(store, HELPER_MIN_ARTICLES + 10, 2, 's_middle' as never);
    storeWarmStory(store, WARM_STORED_MAX_ARTICLES + 5, 3, 's_large' as never);
    assert.ok(size(store, 's_middle') >= HELPER_MIN_ARTICLES && size(store, 's_middle') <= WARM_STORED_MAX_ARTICLES);
    assert.ok(size(store, 's_large') > WARM_STORED_MAX_ARTICLES);
    assert.equal(warmStoredStory(store), 's_middle', 'the larger story is one a reader waits for the longest: never briefed ahead');
  } finally {
    store.close();
  }
});

test('warm() with a stored story briefs it after the synthetic passes, then the synthetic story once more, and the thread then briefs it as asked', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-brief-warm-'));
  const file = join(dir, 'news.db');
  const store = createStore({ type: 'sqlite', file });
  storeWarmStory(store, HELPER_MIN_ARTICLES + 4, 5, 's_stored' as never);
  const articles = size(store, 's_stored');
  store.close();
  const alive = setInterval(() => {}, 1000);
  const worker = new BriefWorker(file, { warmPasses: 2 });
  try {
    await worker.warm(undefined, 12, 's_stored' as never);
    assert.deepEqual(worker.ran, { foreground: 3, background: 0 }, 'three passes: the synthetic story, the stored one, the synthetic story');
    assert.deepEqual(worker.warmedArticles, [12, articles, 12], 'the pass after the synthetic ones briefed the stored story');
    const built = await worker.build('s_stored' as never, true);
    assert.equal(built?.brief.articles.length, articles, 'briefed when asked, on the warm thread');
    // Posted as UTF-8 JSON, parsed on the server thread only when the brief object is first used.
    assert.equal(new TextDecoder().decode(built?.json), JSON.stringify(built?.brief));
    assert.equal(worker.started.foreground, 1);
  } finally {
    await worker.close();
    clearInterval(alive);
    rmSync(dir, { recursive: true, force: true });
  }
});
