import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { articleIdFor, asStoryId } from '../../src/core/ids.js';
import type { Analysis, CleanArticle } from '../../src/core/types.js';
import { createStore } from '../../src/storage/create-store.js';
import { MIGRATIONS } from '../../src/storage/sqlite/migrations.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';

function article(text: string, title = 'A title'): { article: CleanArticle; analysis: Analysis } {
  const id = articleIdFor(text);
  return {
    article: {
      id,
      title,
      text,
      meta: { publishedFrom: 'none', headings: [], captions: [], credits: [], machineTranslated: false, removed: [] },
    },
    analysis: { articleId: id, language: 'en', sentences: [], entities: [], quotes: [], figures: [], dates: [] },
  };
}

test('an article is stored once; a second put of the same id changes nothing', () => {
  const store = createStore({ type: 'memory' });
  const a = article('Biden and Putin will talk on Tuesday.');
  assert.equal(store.putArticle(a.article, a.analysis, '2021-12-05T00:00:00Z'), true);
  assert.equal(store.putArticle(a.article, a.analysis, '2021-12-06T00:00:00Z'), false);
  assert.equal(store.countArticles(), 1);
  assert.deepEqual(store.getArticle(a.article.id)?.article, a.article);
  assert.equal(store.hasArticle(articleIdFor('something else')), false);
  store.close();
});

test('stories list their articles in stream order, largest story first', () => {
  const store = createStore({ type: 'memory' });
  const xs = ['one text here', 'two text here', 'three text here'].map((t) => article(t));
  for (const x of xs) store.putArticle(x.article, x.analysis, 'now');
  store.setStory(xs[0]!.article.id, asStoryId('s_small'));
  store.setStory(xs[1]!.article.id, asStoryId('s_big'));
  store.setStory(xs[2]!.article.id, asStoryId('s_big'));
  const stories = store.listStories();
  assert.deepEqual(stories.map((s) => s.id), ['s_big', 's_small']);
  assert.deepEqual(stories[0]!.articleIds, [xs[1]!.article.id, xs[2]!.article.id]);
  store.close();
});

test('one story is read by its id: its articles in stream order, nothing of the others', () => {
  const store = createStore({ type: 'memory' });
  const xs = ['first text here', 'second text here', 'third text here', 'fourth text here'].map((t) => article(t));
  for (const x of xs) store.putArticle(x.article, x.analysis, 'now');
  store.setStory(xs[0]!.article.id, asStoryId('s_a'));
  store.setStory(xs[1]!.article.id, asStoryId('s_b'));
  store.setStory(xs[2]!.article.id, asStoryId('s_a'));
  assert.deepEqual(store.getStory(asStoryId('s_a')), { id: 's_a', articleIds: [xs[0]!.article.id, xs[2]!.article.id] });
  assert.deepEqual(store.storyArticles(asStoryId('s_a')).map((a) => [a.article.id, a.storyId]), [
    [xs[0]!.article.id, 's_a'],
    [xs[2]!.article.id, 's_a'],
  ]);
  assert.deepEqual(store.storyArticles(asStoryId('s_a'))[1]!.analysis, xs[2]!.analysis);
  assert.equal(store.getStory(asStoryId('s_none')), undefined);
  assert.deepEqual(store.storyArticles(asStoryId('s_none')), []);
  store.close();
});

test('state blobs and rejections persist across reopening the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-store-'));
  try {
    const file = join(dir, 'x.db');
    const s1 = new SqliteStore(file);
    s1.saveState('cluster', '{"version":1}');
    s1.saveState('cluster', '{"version":2}');
    s1.putRejection({ path: 'a.txt', reason: 'too-short', detail: '12 chars', at: 't' });
    s1.close();
    const s2 = new SqliteStore(file);
    assert.equal(s2.loadState('cluster'), '{"version":2}');
    assert.equal(s2.loadState('missing'), undefined);
    assert.deepEqual(s2.listRejections(), [{ path: 'a.txt', reason: 'too-short', detail: '12 chars', at: 't' }]);
    assert.equal(s2.schemaVersion(), MIGRATIONS[MIGRATIONS.length - 1]!.version);
    s2.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a database from a newer parallax is refused with a clear message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-store-'));
  try {
    const file = join(dir, 'x.db');
    new SqliteStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'now')").run();
    db.close();
    assert.throws(() => new SqliteStore(file), /schema version 999 is newer/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a transaction that throws leaves nothing behind', () => {
  const store = createStore({ type: 'memory' });
  const a = article('A text that will be rolled back.');
  assert.throws(() =>
    store.transaction(() => {
      store.putArticle(a.article, a.analysis, 'now');
      throw new Error('boom');
    }),
  );
  assert.equal(store.countArticles(), 0);
  store.close();
});
