/**
 * Watched sources of `parallax serve` and the files folder sources have seen,
 * in PostgreSQL (the same rows as the SQLite backend's sources.ts).
 */
import type { SourceRecord, SourceStore, SourceUpdate } from '../source-types.js';
import { sourceOf, type SourceRow } from '../source-rows.js';
import type { PgConnection } from './pg-connection.js';
import type { PgMigration } from './pg-migrations.js';

/** Migration 4: sitemap and URL-list sources (SQLite's migration 9). */
export const SOURCE_KINDS_MIGRATION: PgMigration = {
  version: 4,
  name: 'sitemap and URL-list sources',
  sql: `
    ALTER TABLE sources DROP CONSTRAINT sources_kind_check;
    ALTER TABLE sources ADD CONSTRAINT sources_kind_check CHECK (kind IN ('feed', 'folder', 'sitemap', 'urls'));
  `,
};

/** Migration 6: feeds that follow their items' links (SQLite's migration 11). */
export const SOURCE_FOLLOW_MIGRATION: PgMigration = {
  version: 6,
  name: "feed sources that fetch each item's linked page",
  sql: 'ALTER TABLE sources ADD COLUMN follow_links integer NOT NULL DEFAULT 0;',
};

export class PgSources implements SourceStore {
  constructor(private readonly db: PgConnection) {}

  add(s: SourceRecord): boolean {
    return (
      this.db.query(
        `INSERT INTO sources (id, kind, url, created_at, next_poll_at, interval_sec, failures, items_seen, follow_links)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
        [s.id, s.kind, s.url, s.createdAt, s.nextPollAt, s.intervalSec, s.failures, s.itemsSeen, s.followLinks === true ? 1 : 0],
      ).length > 0
    );
  }

  get(id: string): SourceRecord | undefined {
    const row = this.db.one<SourceRow>('SELECT * FROM sources WHERE id = $1', [id]);
    return row === undefined ? undefined : sourceOf(row);
  }

  byUrl(url: string): SourceRecord | undefined {
    const row = this.db.one<SourceRow>('SELECT * FROM sources WHERE url = $1', [url]);
    return row === undefined ? undefined : sourceOf(row);
  }

  list(): SourceRecord[] {
    return this.db.query<SourceRow>('SELECT * FROM sources ORDER BY created_at, id').map(sourceOf);
  }

  update(id: string, u: SourceUpdate): void {
    this.db.query(
      `UPDATE sources SET etag = $1, last_modified = $2, next_poll_at = $3, interval_sec = $4, failures = $5, last_poll_at = $6,
       last_success_at = $7, last_error = $8, last_error_at = $9, items_seen = $10 WHERE id = $11`,
      [u.etag ?? null, u.lastModified ?? null, u.nextPollAt, u.intervalSec, u.failures, u.lastPollAt ?? null, u.lastSuccessAt ?? null, u.lastError ?? null, u.lastErrorAt ?? null, u.itemsSeen, id],
    );
  }

  remove(id: string): boolean {
    return this.db.query('DELETE FROM sources WHERE id = $1 RETURNING id', [id]).length > 0;
  }

  fileSeen(sourceId: string, path: string, size: number, mtimeMs: number): boolean {
    return this.db.one('SELECT 1 FROM source_files WHERE source_id = $1 AND path = $2 AND size = $3 AND mtime_ms = $4', [sourceId, path, size, Math.floor(mtimeMs)]) !== undefined;
  }

  /** Nothing when the source was deleted meanwhile (a poll outlives a DELETE; the foreign key would refuse the row). */
  markFile(sourceId: string, path: string, size: number, mtimeMs: number): void {
    this.db.query(
      'INSERT INTO source_files (source_id, path, size, mtime_ms) SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM sources WHERE id = $1) ON CONFLICT DO NOTHING',
      [sourceId, path, size, Math.floor(mtimeMs)],
    );
  }
}
