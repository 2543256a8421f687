/**
 * The synthetic warm-up story of the foreground brief thread: deterministic,
 * at least as large as the briefs that start the helper thread, and shaped
 * like a large wire-driven event (copies, rewrites, translations with their
 * quotes, figures that differ, machine-translation notes), so its brief runs
 * every path a large brief runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HELPER_MIN_ARTICLES } from '../../src/pipeline/brief-helper.js';
import { buildBrief } from '../../src/pipeline/build-briefs.js';
import { storeWarmStory, warmStoryArticles, WARM_STORY_ARTICLES, WARM_STORY_ID } from '../../src/server/warm-story.js';
import { createStore } from '../../src/storage/create-store.js';

test('the warm-up story is the same list for a seed, another for another seed, of distinct bodies', () => {
  const a = warmStoryArticles(120, 1);
  assert.equal(a.length, 120);
  assert.deepEqual(warmStoryArticles(120, 1), a);
  assert.equal(new Set(a.map((r) => r.body)).size, a.length, 'no body twice');
  const b = warmStoryArticles(120, 2);
  assert.deepEqual(b.slice(0, 5), a.slice(0, 5), 'the originals first either way');
  assert.notDeepEqual(b.slice(5), a.slice(5), 'the derivatives differ');
  // Sizes nest: a smaller story is the start of a larger one.
  assert.deepEqual(warmStoryArticles(30, 1), a.slice(0, 30));
});

test('the stored warm-up story has as many articles as asked (above the helper threshold), in four languages, and no id a stored story can have', () => {
  assert.ok(WARM_STORY_ARTICLES >= HELPER_MIN_ARTICLES);
  assert.doesNotMatch(WARM_STORY_ID, /^s_[0-9a-f]+$/);
  const store = createStore({ type: 'memory' });
  try {
    assert.equal(storeWarmStory(store), WARM_STORY_ARTICLES);
    const stored = store.storyArticles(WARM_STORY_ID);
    assert.equal(stored.length, WARM_STORY_ARTICLES);
    assert.deepEqual([...new Set(stored.map((s) => s.analysis.language))].sort(), ['de', 'en', 'es', 'fr']);
    assert.ok(stored.some((s) => s.article.meta.machineTranslated), 'machine-translation notes');
    assert.ok(stored.some((s) => s.article.meta.published === undefined), 'undated articles (their dates inferred)');
    assert.ok(stored.some((s) => s.article.meta.source === undefined), 'articles without an outlet');
    const brief = buildBrief(store, WARM_STORY_ID)!;
    assert.equal(brief.articles.length, WARM_STORY_ARTICLES);
    const kinds = new Set(brief.reuse.map((r) => r.kind));
    for (const k of ['verbatim', 'edited', 'translation']) assert.ok(kinds.has(k as never), `reuse of kind ${k}: ${[...kinds].join(', ')}`);
    // Figures that differ between reports (the toll 14 and 17, evacuees 3,200 and 4,000, damage estimates).
    assert.ok(brief.figures.some((f) => new Set(f.values.map((v) => v.value)).size > 1), 'a figure reported with different values');
    // Quotes and their translations: some remark is grouped from articles in two languages or more.
    const language = new Map(stored.map((s) => [s.article.id as string, s.analysis.language]));
    const remarkLanguages = brief.speakers.flatMap((s) => s.remarks.map((r) => new Set(r.map((q) => language.get(q.articleId))).size));
    assert.ok(Math.max(...remarkLanguages) >= 2, 'a remark quoted in translation');
  } finally {
    store.close();
  }
});

test('another seed stores other articles (a new story for every warm-up pass)', () => {
  const one = createStore({ type: 'memory' });
  const two = createStore({ type: 'memory' });
  try {
    storeWarmStory(one, 40, 1);
    storeWarmStory(two, 40, 2);
    const ids = (s: typeof one): string[] => s.storyArticles(WARM_STORY_ID).map((a) => a.article.id);
    assert.equal(ids(one).length, 40);
    assert.deepEqual(ids(one).slice(0, 5), ids(two).slice(0, 5), 'the originals');
    assert.ok(ids(two).filter((id) => !ids(one).includes(id)).length >= 25, 'most derivatives are other texts');
  } finally {
    one.close();
    two.close();
  }
});
