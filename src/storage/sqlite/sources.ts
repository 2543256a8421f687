/**
 * Watched sources and the files folder sources have seen (migration 7).
 * A folder file is known by path, size and mtime: a file rewritten in place
 * comes back as new, one merely touched by a copy tool keeping its times
 * does not.
 */
import type Database from 'better-sqlite3';
import type { SourceRecord, SourceUpdate } from '../source-types.js';
import { sourceOf, type SourceRow } from '../source-rows.js';
import type { Migration } from './migrations.js';

export const SOURCES_MIGRATION: Migration = {
  version: 7,
  name: 'watched sources (feeds, folders) with polling state and health; files seen by folder sources',
  sql: `
    CREATE TABLE sources (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('feed', 'folder')),
      url TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      etag TEXT,
      last_modified TEXT,
      next_poll_at TEXT NOT NULL,
      interval_sec INTEGER NOT NULL,
      failures INTEGER NOT NULL DEFAULT 0,
      last_poll_at TEXT,
      last_success_at TEXT,
      last_error TEXT,
      last_error_at TEXT,
      items_seen INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE source_files (
      source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      path TEXT NOT NULL,
      size INTEGER NOT NULL,
      mtime_ms INTEGER NOT NULL,
      PRIMARY KEY (source_id, path, size, mtime_ms)
    );
  `,
};

/**
 * Migration 9: sitemaps and URL lists as source kinds. SQLite cannot change
 * a CHECK constraint in place, so both tables are rebuilt (the files table
 * first, so dropping the sources table cascades to nothing).
 */
export const SOURCE_KINDS_MIGRATION: Migration = {
  version: 9,
  name: 'sitemap and URL-list sources',
  sql: `
    CREATE TABLE sources_new (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('feed', 'folder', 'sitemap', 'urls')),
      url TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      etag TEXT,
      last_modified TEXT,
      next_poll_at TEXT NOT NULL,
      interval_sec INTEGER NOT NULL,
      failures INTEGER NOT NULL DEFAULT 0,
      last_poll_at TEXT,
      last_success_at TEXT,
      last_error TEXT,
      last_error_at TEXT,
      items_seen INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO sources_new SELECT id, kind, url, created_at, etag, last_modified, next_poll_at, interval_sec, failures, last_poll_at,
      last_success_at, last_error, last_error_at, items_seen FROM sources;
    CREATE TABLE source_files_new (
      source_id TEXT NOT NULL REFERENCES sources_new(id) ON DELETE CASCADE,
      path TEXT NOT NULL,
      size INTEGER NOT NULL,
      mtime_ms INTEGER NOT NULL,
      PRIMARY KEY (source_id, path, size, mtime_ms)
    );
    INSERT INTO source_files_new SELECT source_id, path, size, mtime_ms FROM source_files;
    DROP TABLE source_files;
    DROP TABLE sources;
    ALTER TABLE sources_new RENAME TO sources;
    ALTER TABLE source_files_new RENAME TO source_files;
  `,
};

/** Migration 11: feeds that follow their items' links. */
export const SOURCE_FOLLOW_MIGRATION: Migration = {
  version: 11,
  name: "feed sources that fetch each item's linked page",
  sql: 'ALTER TABLE sources ADD COLUMN follow_links INTEGER NOT NULL DEFAULT 0;',
};

export class SqliteSources {
  constructor(private readonly db: Database.Database) {}

  /** False when a source with that URL or path exists already. */
  add(s: SourceRecord): boolean {
    const r = this.db
      .prepare(
        `INSERT OR IGNORE INTO sources (id, kind, url, created_at, next_poll_at, interval_sec, failures, items_seen, follow_links)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(s.id, s.kind, s.url, s.createdAt, s.nextPollAt, s.intervalSec, s.failures, s.itemsSeen, s.followLinks === true ? 1 : 0);
    return r.changes > 0;
  }

  get(id: string): SourceRecord | undefined {
    const row = this.db.prepare('SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
    return row === undefined ? undefined : sourceOf(row);
  }

  byUrl(url: string): SourceRecord | undefined {
    const row = this.db.prepare('SELECT * FROM sources WHERE url = ?').get(url) as SourceRow | undefined;
    return row === undefined ? undefined : sourceOf(row);
  }

  list(): SourceRecord[] {
    return (this.db.prepare('SELECT * FROM sources ORDER BY created_at, id').all() as SourceRow[]).map(sourceOf);
  }

  update(id: string, u: SourceUpdate): void {
    this.db
      .prepare(
        `UPDATE sources SET etag = ?, last_modified = ?, next_poll_at = ?, interval_sec = ?, failures = ?, last_poll_at = ?,
         last_success_at = ?, last_error = ?, last_error_at = ?, items_seen = ? WHERE id = ?`,
      )
      .run(u.etag ?? null, u.lastModified ?? null, u.nextPollAt, u.intervalSec, u.failures, u.lastPollAt ?? null,
        u.lastSuccessAt ?? null, u.lastError ?? null, u.lastErrorAt ?? null, u.itemsSeen, id);
  }

  /** False when there was no such source; its seen files go with it. */
  remove(id: string): boolean {
    return this.db.prepare('DELETE FROM sources WHERE id = ?').run(id).changes > 0;
  }

  fileSeen(sourceId: string, path: string, size: number, mtimeMs: number): boolean {
    return this.db.prepare('SELECT 1 FROM source_files WHERE source_id = ? AND path = ? AND size = ? AND mtime_ms = ?').get(sourceId, path, size, Math.floor(mtimeMs)) !== undefined;
  }

  /** Nothing when the source was deleted meanwhile (a poll outlives a DELETE; the foreign key would refuse the row). */
  markFile(sourceId: string, path: string, size: number, mtimeMs: number): void {
    this.db
      .prepare('INSERT OR IGNORE INTO source_files (source_id, path, size, mtime_ms) SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM sources WHERE id = ?)')
      .run(sourceId, path, size, Math.floor(mtimeMs), sourceId);
  }
}
