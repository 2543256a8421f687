import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createStore } from '../../src/storage/create-store.js';
import { migrate } from '../../src/storage/sqlite/migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-rej-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('re-running an ingest does not add the same rejection again', () => {
  const store = createStore({ type: 'memory' });
  for (const at of ['2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z']) {
    store.putRejection({ path: 'a.txt', reason: 'too-short', detail: '3 words', at });
    store.putRejection({ path: 'b.txt', reason: 'empty', at });
  }
  const rows = store.listRejections();
  assert.deepEqual(rows.map((r) => [r.path, r.reason, r.at]), [['a.txt', 'too-short', '2026-01-02T00:00:00Z'], ['b.txt', 'empty', '2026-01-02T00:00:00Z']]);
  store.close();
});

test('migration 4 folds the duplicate rejections an older version stored', () => {
  const file = join(dir, 'old.db');
  const db = new Database(file);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  db.close();
  // Build a version-3 database by hand: run migrate, then drop back.
  const raw = new Database(file);
  migrate(raw);
  raw.exec("DROP INDEX rejections_once; DELETE FROM schema_migrations WHERE version = 4");
  const ins = raw.prepare('INSERT INTO rejections (path, reason, detail, at) VALUES (?, ?, ?, ?)');
  for (let i = 0; i < 3; i++) ins.run('a.txt', 'too-short', null, `t${i}`);
  ins.run('b.txt', 'too-short', null, 't9');
  raw.close();
  const store = createStore({ type: 'sqlite', file });
  assert.deepEqual(store.listRejections().map((r) => [r.path, r.at]), [['a.txt', 't2'], ['b.txt', 't9']]);
  store.close();
});
