/**
 * The brief threads keep a large story's shared-text record (kept-reuse.ts)
 * once a brief is answered, and the next brief of the story, grown by an
 * article, reads it: that brief is the one computed in-process from nothing.
 * A warm-up pass over the synthetic story keeps nothing in the database.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asStoryId } from '../../src/core/ids.js';
import { buildBrief } from '../../src/pipeline/build-briefs.js';
import { HELPER_MIN_ARTICLES } from '../../src/pipeline/brief-helper.js';
import { readKept } from '../../src/stages/provenance/kept-reuse.js';
import { BriefWorker } from '../../src/server/brief-worker.js';
import { storeWarmStory } from '../../src/server/warm-story.js';
import { createStore } from '../../src/storage/create-store.js';
import type { Store } from '../../src/storage/store.js';

const texts = (store: Store, id: string): { id: never; text: string }[] => store.storyArticles(asStoryId(id)).map((s) => ({ id: s.article.id as never, text: s.article.text }));

/** The story's record once it is there (kept after the brief is posted, so shortly after `build` resolves). */
async function recordOf(file: string, id: string): Promise<Uint8Array | undefined> {
  for (let i = 0; i < 200; i++) {
    const store = createStore({ type: 'sqlite', file });
    const r = store.sharedTextStore().get(asStoryId(id));
    store.close();
    if (r !== undefined) return r;
    await new Promise((res) => setTimeout(res, 50));
  }
  return undefined;
}

test('a large story briefed on a brief thread keeps its record; grown by articles, its next brief reads it and equals the in-process brief', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-kept-'));
  const file = join(dir, 'db.db');
  const id = 's_kept_thread';
  try {
    let store = createStore({ type: 'sqlite', file });
    storeWarmStory(store, HELPER_MIN_ARTICLES + 6, 21, asStoryId(id));
    store.close();
    const worker = new BriefWorker(file);
    try {
      // A small synthetic story: the warm-up path (its own store and record) without the 200-article passes.
      await worker.warm(undefined, HELPER_MIN_ARTICLES + 2);
      store = createStore({ type: 'sqlite', file });
      assert.equal(store.sharedTextStore().get(asStoryId(id)), undefined, 'the warm-up kept nothing in the database');
      store.close();
      const first = await worker.build(asStoryId(id), true);
      assert.ok(first);
      const record = await recordOf(file, id);
      store = createStore({ type: 'sqlite', file });
      assert.ok(record !== undefined && readKept(record, texts(store, id))?.whole !== undefined, 'the record covers the story as briefed');
      // Articles arrive: the next brief reads the record (it covers all but their pairs) and is the brief from nothing.
      assert.ok(storeWarmStory(store, 8, 22, asStoryId(id)) > 0);
      const kept = readKept(record, texts(store, id));
      assert.ok(kept !== undefined && kept.whole === undefined && kept.pairs.size > 0);
      const expected = JSON.stringify(buildBrief(store, asStoryId(id)));
      store.close();
      const second = await worker.build(asStoryId(id), true);
      assert.equal(JSON.stringify(second?.brief), expected);
    } finally {
      await worker.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
