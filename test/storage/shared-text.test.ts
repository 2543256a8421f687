/**
 * The per-story shared-text record (shared-text-types.ts) on each backend:
 * bytes back as stored, replaced per story, kept across a reopen, and gone
 * with its story.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleIdFor, asStoryId } from '../../src/core/ids.js';
import { BACKENDS } from './backends.js';
import { putStoryArticle } from './story-article.js';

for (const b of BACKENDS) {
  const name = (what: string): string => `${b.name}: ${what}`;

  test(name('a story\'s shared-text record: the same bytes back, replaced per story, kept across a reopen, gone with its story'), { skip: b.skip }, () => {
    const at = b.location();
    let store = b.open(at);
    putStoryArticle(store, 'first story text', 's_one');
    putStoryArticle(store, 'second story text', 's_two');
    const t = store.sharedTextStore();
    assert.equal(t.get(asStoryId('s_one')), undefined);
    // Every byte value, a NUL among them.
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    t.put(asStoryId('s_one'), bytes);
    t.put(asStoryId('s_two'), new Uint8Array([0, 1, 2]));
    assert.deepEqual([...(t.get(asStoryId('s_one')) ?? [])], [...bytes]);
    t.put(asStoryId('s_two'), new Uint8Array([9, 8]));
    assert.deepEqual([...(t.get(asStoryId('s_two')) ?? [])], [9, 8]);
    store.close();
    store = b.open(at);
    assert.deepEqual([...(store.sharedTextStore().get(asStoryId('s_one')) ?? [])], [...bytes]);
    // s_two's article joins s_one: s_two is no more, and its record goes with the next write.
    store.setStory(articleIdFor('second story text'), asStoryId('s_one'));
    store.sharedTextStore().put(asStoryId('s_one'), new Uint8Array([7]));
    assert.equal(store.sharedTextStore().get(asStoryId('s_two')), undefined);
    assert.deepEqual([...(store.sharedTextStore().get(asStoryId('s_one')) ?? [])], [7]);
    store.close();
  });
}
