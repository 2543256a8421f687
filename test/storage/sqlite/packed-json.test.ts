/**
 * Packed JSON columns (packed-json.ts, migration 13): values round-trip,
 * a database written before packing (TEXT JSON, schema 12) is converted by
 * the migration and reads back the same articles and state, and the packed
 * columns take less room than the text they replace.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { analyze } from '../../../src/stages/analyze/index.js';
import { clean } from '../../../src/stages/clean/index.js';
import { writeAnalysis } from '../../../src/storage/sqlite/analysis-json.js';
import { MIGRATIONS } from '../../../src/storage/sqlite/migrations.js';
import { packJson, unpackJson } from '../../../src/storage/sqlite/packed-json.js';
import { SqliteStore } from '../../../src/storage/sqlite/sqlite-store.js';
import { OTHER_STORY } from '../../server/helpers.js';

function sample() {
  const cleaned = clean({ format: 'jsonl', path: 'x#L1', title: OTHER_STORY.title, body: OTHER_STORY.text, source: OTHER_STORY.source, published: OTHER_STORY.published });
  assert.ok(cleaned.ok);
  return { article: cleaned.value, analysis: analyze(cleaned.value) };
}

test('packed JSON round-trips, including non-ASCII text, and a TEXT value reads as it is', () => {
  const json = JSON.stringify({ a: 'Größe 大きさ — “quoted”', n: [1, 2.5, null], empty: '' });
  const packed = packJson(json);
  assert.ok(Buffer.isBuffer(packed));
  assert.equal(unpackJson(packed), json);
  assert.equal(unpackJson(json), json);
  assert.equal(unpackJson(packJson('')), '');
  assert.throws(() => unpackJson(Buffer.from([9, 1, 2])), /unknown format byte 9/);
});

test('migration 13 packs a database written before packing, and every article and state reads back the same', () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-packed-'));
  try {
    const file = join(dir, 'old.db');
    // The schema and rows as the code before migration 13 wrote them.
    const old = new Database(file);
    old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version < 13)) {
      old.exec(m.sql);
      m.run?.(old);
      old.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, 'then')").run(m.version, m.name);
    }
    const { article, analysis } = sample();
    const insert = old.prepare('INSERT INTO articles (id, title, text, meta, analysis, published, source, language, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < 3; i++) {
      insert.run(`${article.id}${i}`, article.title, article.text, JSON.stringify(article.meta), writeAnalysis(analysis, article.text), article.meta.published ?? null, article.meta.source ?? null, analysis.language, '2026-12-05T00:00:00Z');
    }
    const state = JSON.stringify({ version: 1, outlets: { 'daily planet': 7 }, lines: { 'share this': { 'daily planet': 5 } } });
    old.prepare("INSERT INTO stage_state (name, json) VALUES ('outlet-template-lines', ?)").run(state);
    const textBytes = (old.prepare('SELECT SUM(length(CAST(meta AS BLOB)) + length(CAST(analysis AS BLOB))) AS b FROM articles').get() as { b: number }).b;
    old.close();

    const store = new SqliteStore(file);
    assert.equal(store.schemaVersion() >= 13, true);
    const read = store.listArticles();
    assert.equal(read.length, 3);
    for (const [i, s] of read.entries()) {
      assert.equal(s.article.id, `${article.id}${i}`);
      assert.deepEqual(s.article.meta, article.meta);
      assert.equal(JSON.stringify(s.analysis), JSON.stringify(analysis));
    }
    assert.equal(store.loadState('outlet-template-lines'), state);
    store.close();

    const check = new Database(file, { readonly: true });
    const kinds = check.prepare('SELECT DISTINCT typeof(meta) AS m, typeof(analysis) AS a FROM articles').all();
    assert.deepEqual(kinds, [{ m: 'blob', a: 'blob' }]);
    assert.equal((check.prepare('SELECT typeof(json) AS t FROM stage_state').get() as { t: string }).t, 'blob');
    const packedBytes = (check.prepare('SELECT SUM(length(meta) + length(analysis)) AS b FROM articles').get() as { b: number }).b;
    assert.ok(packedBytes < textBytes * 0.6, `${packedBytes} packed vs ${textBytes} as text`);
    check.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a new article is stored packed and reads back equal', () => {
  const store = new SqliteStore(':memory:');
  const { article, analysis } = sample();
  assert.equal(store.putArticle(article, analysis, '2026-12-05T00:00:00Z'), true);
  const got = store.getArticle(article.id)!;
  assert.deepEqual(got.article, article);
  assert.equal(JSON.stringify(got.analysis), JSON.stringify(analysis));
  store.saveState('x', '{"k":1}');
  assert.equal(store.loadState('x'), '{"k":1}');
  store.close();
});
