/**
 * `buildBriefKeeping`: a large story's brief with its shared text kept
 * between briefs (kept-reuse.ts) is the brief `buildBrief` gives, whether
 * the story is new, grew since its last brief, or is unchanged (then its
 * shared text is not looked for at all); a small story keeps no record.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asStoryId } from '../../src/core/ids.js';
import { buildBrief, buildBriefKeeping, keepSharedText } from '../../src/pipeline/build-briefs.js';
import { HELPER_MIN_ARTICLES, startStoryReuse } from '../../src/pipeline/brief-helper.js';
import { readKept } from '../../src/stages/provenance/kept-reuse.js';
import { createStore } from '../../src/storage/create-store.js';
import { storeWarmStory } from '../../src/server/warm-story.js';

const texts = (store: ReturnType<typeof createStore>, id: string): { id: never; text: string }[] =>
  store.storyArticles(asStoryId(id)).map((s) => ({ id: s.article.id as never, text: s.article.text }));

test('a large story briefed, grown and briefed again keeping its shared text: each brief is the one computed from nothing', () => {
  const store = createStore({ type: 'memory' });
  const id = asStoryId('s_kept');
  assert.equal(storeWarmStory(store, HELPER_MIN_ARTICLES + 10, 3, id), HELPER_MIN_ARTICLES + 10);
  const first = buildBriefKeeping(store, id);
  assert.ok(first);
  assert.equal(JSON.stringify(first.brief), JSON.stringify(buildBrief(store, id)));
  assert.equal(store.sharedTextStore().get(id), undefined, 'nothing kept before keep()');
  assert.equal(first.keep(), true);
  const record = store.sharedTextStore().get(id);
  assert.ok(record !== undefined && readKept(record, texts(store, id))?.whole !== undefined, 'the record covers the story as briefed');
  // New articles arrive (the draw repeats the five originals, already stored): the record covers all but their pairs.
  assert.ok(storeWarmStory(store, 8, 11, id) > 0);
  const grown = texts(store, id);
  const partial = readKept(record, grown);
  assert.ok(partial !== undefined && partial.whole === undefined && partial.pairs.size > grown.length);
  const second = buildBriefKeeping(store, id);
  assert.ok(second);
  assert.equal(JSON.stringify(second.brief), JSON.stringify(buildBrief(store, id)));
  assert.equal(second.keep(), true);
  assert.ok(readKept(store.sharedTextStore().get(id)!, grown)?.whole !== undefined, 'the record replaced');
  // Unchanged since: the shared text is the record's, read back whole (nothing compared, nothing new to keep).
  const third = buildBriefKeeping(store, id);
  assert.equal(JSON.stringify(third!.brief), JSON.stringify(buildBrief(store, id)));
  const kept = readKept(store.sharedTextStore().get(id)!, grown)!;
  const started = startStoryReuse(grown, kept);
  assert.equal(started.result(), kept.whole, 'the record\'s own results, not found again');
  assert.equal(started.record(), undefined);
  store.close();
});

test('a small story keeps no record; a story that does not exist has no brief', () => {
  const store = createStore({ type: 'memory' });
  const id = asStoryId('s_small');
  storeWarmStory(store, 12, 5, id);
  const built = buildBriefKeeping(store, id);
  assert.ok(built);
  assert.equal(JSON.stringify(built.brief), JSON.stringify(buildBrief(store, id)));
  assert.equal(built.keep(), true);
  assert.equal(store.sharedTextStore().get(id), undefined);
  assert.equal(buildBriefKeeping(store, asStoryId('s_none')), undefined);
  store.close();
});

test('keepSharedText keeps the record of a story as before its newest articles arrived, which its next brief reads', () => {
  const store = createStore({ type: 'memory' });
  const id = asStoryId('s_grown');
  storeWarmStory(store, HELPER_MIN_ARTICLES + 4, 7, id);
  assert.equal(keepSharedText(store, id, 3), true);
  const all = texts(store, id);
  const record = store.sharedTextStore().get(id)!;
  assert.ok(readKept(record, all.slice(0, -3))?.whole !== undefined, 'a record of all but the newest three');
  const partial = readKept(record, all);
  assert.ok(partial !== undefined && partial.whole === undefined && partial.pairs.size > 0);
  const built = buildBriefKeeping(store, id)!;
  assert.equal(JSON.stringify(built.brief), JSON.stringify(buildBrief(store, id)));
  // A small story: no record.
  const small = asStoryId('s_few');
  storeWarmStory(store, 10, 8, small);
  assert.equal(keepSharedText(store, small), false);
  assert.equal(store.sharedTextStore().get(small), undefined);
  store.close();
});
