/**
 * The service's storage: story summaries kept by triggers agree with the
 * articles (also when articles move between stories), a database from
 * before migration 5 is summarised and indexed for search on upgrade, and
 * the search language parses into the tree the backends compile.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { asArticleId, asStoryId } from '../../src/core/ids.js';
import { MIGRATIONS } from '../../src/storage/sqlite/migrations.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { parseSearchQuery } from '../../src/storage/search-query.js';
import { toFtsMatch } from '../../src/storage/sqlite/search-index.js';
import type { StorySummary } from '../../src/storage/service-types.js';

function rawArticle(db: Database.Database, id: string, story: string | null, source: string, published: string, text: string): void {
  db.prepare(
    "INSERT INTO articles (id, title, text, meta, analysis, published, source, language, ingested_at, story_id) VALUES (?, ?, ?, '{}', '{}', ?, ?, 'en', '2024-01-01T00:00:00Z', ?)",
  ).run(id, `Title of ${id}`, text, published, source, story);
}

/** What the summaries must say, computed from the articles themselves. */
function expected(store: SqliteStore): Map<string, { articles: number; sources: number; title: string }> {
  const out = new Map<string, { articles: number; sources: number; title: string }>();
  for (const s of store.listStories()) {
    const arts = store.storyArticles(s.id);
    out.set(s.id, { articles: arts.length, sources: new Set(arts.map((a) => a.article.meta.source ?? a.analysis.language)).size, title: arts[0]!.article.title });
  }
  return out;
}

function summaries(store: SqliteStore): Map<string, { articles: number; sources: number; title: string }> {
  const all: StorySummary[] = [...store.storyPage({ sort: 'size', limit: 1000 }).stories];
  return new Map(all.map((s) => [s.id, { articles: s.articles, sources: s.sourceCount, title: s.title }]));
}

test('a database from before migration 5 gets its story summaries and search index on upgrade', () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-story-index-'));
  const file = join(dir, 'old.db');
  try {
    const db = new Database(file);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((m) => m.version <= 4)) {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations VALUES (?, ?, datetime('now'))").run(m.version, m.name);
    }
    rawArticle(db, 'a_01', 's_one', 'Gazette', '2024-05-01', 'The harbour bridge reopened after repairs.');
    rawArticle(db, 'a_02', 's_one', 'Herald', '2024-05-03', 'Traffic returned to the harbour bridge on Friday.');
    rawArticle(db, 'a_03', 's_two', 'Gazette', '2024-05-02', 'Schools close early for the summer.');
    rawArticle(db, 'a_04', null, 'Gazette', '2024-05-02', 'An article not yet in a story.');
    db.close();

    const store = new SqliteStore(file);
    assert.equal(store.schemaVersion(), MIGRATIONS[MIGRATIONS.length - 1]!.version);
    const one = store.storySummary(asStoryId('s_one'))!;
    assert.deepEqual(
      { articles: one.articles, sourceCount: one.sourceCount, title: one.title, first: one.firstPublished, last: one.lastPublished, sources: one.sources },
      { articles: 2, sourceCount: 2, title: 'Title of a_01', first: '2024-05-01', last: '2024-05-03', sources: [{ name: 'Gazette', articles: 1 }, { name: 'Herald', articles: 1 }] },
    );
    assert.equal(store.countStories(), 2);
    const q = parseSearchQuery('harbour bridge');
    assert.ok(q.ok);
    assert.deepEqual(store.search({ query: q.value, limit: 10, offset: 0 }).hits.map((h) => h.id).sort(), ['a_01', 'a_02']);

    // Moving an article updates both stories; emptying a story removes it.
    const before = store.lastStoryChange();
    store.setStory(asArticleId('a_03'), asStoryId('s_one'));
    assert.equal(store.storySummary(asStoryId('s_two')), undefined);
    const moved = store.storySummary(asStoryId('s_one'))!;
    assert.equal(moved.articles, 3);
    assert.ok(moved.updatedSeq > before);
    store.setStory(asArticleId('a_02'), asStoryId('s_three'));
    assert.deepEqual(
      [...summaries(store).entries()].sort(),
      [...expected(store).entries()].sort(),
    );
    const three = store.storySummary(asStoryId('s_three'))!;
    assert.equal(three.createdSeq, three.updatedSeq, 'a new story');
    assert.deepEqual(store.storiesChangedSince(before, 10).map((s) => s.id), ['s_one', 's_three']);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the search language: phrases, operators, groups, prefixes and filters become a quoted tree', () => {
  const ok = (q: string) => {
    const r = parseSearchQuery(q);
    assert.ok(r.ok, `${q}: ${r.ok ? '' : r.detail}`);
    return r.value;
  };
  assert.equal(toFtsMatch(ok('budget council').text!), '("budget" AND "council")');
  assert.equal(toFtsMatch(ok('"city council" budget -tax').text!), '(("city council" AND "budget") NOT "tax")');
  assert.equal(toFtsMatch(ok('(budget OR tax) school*').text!), '(("budget" OR "tax") AND "school"*)');
  assert.equal(toFtsMatch(ok('政府').text!), '" 政  府 "');
  // Words that look like FTS5 syntax are quoted like any other.
  assert.equal(toFtsMatch(ok('NEAR(a b) x^').text!), '("NEAR" AND ("a" AND "b") AND "x^")');
  assert.deepEqual(ok('source:"New York Times" lang:EN from:2024-01-01 to:2024-02-01 x'), {
    text: { kind: 'term', text: 'x', prefix: false },
    source: 'New York Times',
    language: 'en',
    from: '2024-01-01',
    to: '2024-02-01',
  });
  assert.deepEqual(ok('source:Reuters'), { source: 'Reuters' });
  assert.deepEqual(ok('https://example.org/a').text, { kind: 'term', text: 'https://example.org/a', prefix: false });
  for (const bad of ['', '   ', 'NOT x', '-x', '"open', 'a OR', '(a', 'a)', 'foo:bar', 'from:May', 'NOT source:x', 'source:']) {
    assert.equal(parseSearchQuery(bad).ok, false, bad);
  }
});
