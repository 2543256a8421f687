/** SQLite's own: its file, its migrations (what every backend does is in store.test.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../src/storage/sqlite/migrations.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';

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

