/**
 * The per-story shared-text record in PostgreSQL (migration 12; SQLite's
 * shared-text.ts, see shared-text-types.ts). Sent and read as base64 text
 * and kept as bytea: the synchronous client passes parameters as text.
 */
import type { StoryId } from '../../core/ids.js';
import type { SharedTextStore } from '../shared-text-types.js';
import type { PgConnection } from './pg-connection.js';
import type { PgMigration } from './pg-migrations.js';

/** Migration 12: a large story's shared text kept between its briefs (SQLite's migration 15). */
export const SHARED_TEXT_MIGRATION: PgMigration = {
  version: 12,
  name: "a large story's shared text kept between its briefs",
  sql: `
    CREATE TABLE story_shared_text (
      story_id text PRIMARY KEY,
      record bytea NOT NULL
    );
  `,
};

export class PgSharedText implements SharedTextStore {
  constructor(private readonly db: PgConnection) {}

  get(story: StoryId): Uint8Array | undefined {
    const row = this.db.one<{ record: string }>("SELECT encode(record, 'base64') AS record FROM story_shared_text WHERE story_id = $1", [story]);
    return row === undefined ? undefined : new Uint8Array(Buffer.from(row.record, 'base64'));
  }

  put(story: StoryId, record: Uint8Array): void {
    const b64 = Buffer.from(record.buffer, record.byteOffset, record.byteLength).toString('base64');
    this.db.transaction(() => {
      this.db.query(
        "INSERT INTO story_shared_text (story_id, record) VALUES ($1, decode($2, 'base64')) ON CONFLICT (story_id) DO UPDATE SET record = excluded.record",
        [story, b64],
      );
      this.db.query('DELETE FROM story_shared_text WHERE story_id NOT IN (SELECT id FROM story_index)');
    });
  }
}
