/**
 * The foreground brief thread's last warm-up pass over a stored story: which
 * story the server picks (the largest of at most WARM_STORED_MAX_ARTICLES,
 * from the helper's threshold up), and that the pass briefs it, posts
 * nothing, and leaves the thread briefing stored stories as before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BriefWorker } from '../../src/server/brief-worker.js';
import { createStore } from '../../src/storage/create-store.js';
import { WARM_STORED_MAX_ARTICLES, warmStoredStory } from '../../src/server/start.js';
import { HELPER_MIN_ARTICLES } from '../../src/pipeline/brief-helper.js';
import { storeWarmStory } from '../../src/server/warm-story.js';
import type { Store } from '../../src/storage/store.js';

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

test('warm() with a stored story briefs it in the last pass, and the thread then briefs it as asked', async () => {
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
    assert.deepEqual(worker.ran, { foreground: 2, background: 0 }, 'two passes: the synthetic story, then the stored one');
    assert.equal(worker.warmedArticles, articles, 'the last pass briefed the stored story');
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
