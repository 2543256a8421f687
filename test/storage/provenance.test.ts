/**
 * The per-story provenance record (provenance-types.ts) on each backend:
 * replaced per story, summed over stories that still exist, kept across a
 * reopen, and the stories not recorded at their current version listed
 * largest first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asStoryId } from '../../src/core/ids.js';
import { BACKENDS } from './backends.js';
import { putStoryArticle } from './story-article.js';

for (const b of BACKENDS) {
  const name = (what: string): string => `${b.name}: ${what}`;

  test(name('provenance counts are replaced per story, summed over stories, and kept across a reopen'), { skip: b.skip }, () => {
    const at = b.location();
    let store = b.open(at);
    for (let i = 0; i < 3; i++) putStoryArticle(store, `big story text ${i}`, 's_big');
    for (let i = 0; i < 2; i++) putStoryArticle(store, `small story text ${i}`, 's_small');
    const big = store.storySummary(asStoryId('s_big'))!;
    const small = store.storySummary(asStoryId('s_small'))!;
    const p = store.provenanceStore();
    assert.deepEqual(p.stale(2, 10).map((s) => [s.id, s.articles, s.updatedSeq]), [['s_big', 3, big.updatedSeq], ['s_small', 2, small.updatedSeq]]);
    assert.deepEqual(p.stale(3, 10).map((s) => s.id), ['s_big']);
    assert.deepEqual(p.stale(2, 10, 2).map((s) => s.id), ['s_small'], 'at most maxArticles');
    p.put(asStoryId('s_big'), big.updatedSeq, new Map([['Wire', { origin: 2, copied: 0 }], ['Daily', { origin: 0, copied: 1 }]]));
    p.put(asStoryId('s_small'), small.updatedSeq - 1, new Map([['Wire', { origin: 1, copied: 0 }], ['Quiet', { origin: 0, copied: 0 }]]));
    // Recorded at an older version than its current one: still stale.
    assert.deepEqual(p.stale(2, 10).map((s) => s.id), ['s_small']);
    assert.deepEqual(p.totals(), { stories: 2, outlets: new Map([['Wire', { origin: 3, copied: 0 }], ['Daily', { origin: 0, copied: 1 }]]) });
    // A new version of a story replaces its rows.
    p.put(asStoryId('s_big'), big.updatedSeq, new Map([['Daily', { origin: 1, copied: 0 }]]));
    store.close();
    store = b.open(at);
    const again = store.provenanceStore().totals();
    assert.equal(again.stories, 2);
    assert.deepEqual([...again.outlets].sort(), [['Daily', { origin: 1, copied: 0 }], ['Wire', { origin: 1, copied: 0 }]]);
    // Gaining an article makes a story stale again.
    putStoryArticle(store, 'big story text 3', 's_big');
    assert.deepEqual(store.provenanceStore().stale(2, 10).map((s) => s.id).includes('s_big'), true);
    store.close();
  });
}
