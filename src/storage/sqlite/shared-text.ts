/**
 * The per-story shared-text record in SQLite (migration 15; see
 * shared-text-types.ts): one row per large story briefed, its record as a
 * blob (already deflated by its packer).
 */
import type Database from 'better-sqlite3';
import type { StoryId } from '../../core/ids.js';
import type { SharedTextStore } from '../shared-text-types.js';
import type { Migration } from './migrations.js';
import { prepared } from './statements.js';

export const SHARED_TEXT_MIGRATION: Migration = {
  version: 15,
  name: "a large story's shared text kept between its briefs",
  sql: `
    CREATE TABLE story_shared_text (
      story_id TEXT PRIMARY KEY,
      record BLOB NOT NULL
    );
  `,
};

export class SqliteSharedText implements SharedTextStore {
  constructor(private readonly db: Database.Database) {}

  get(story: StoryId): Uint8Array | undefined {
    const row = prepared(this.db, 'SELECT record FROM story_shared_text WHERE story_id = ?').get(story) as { record: Buffer } | undefined;
    return row === undefined ? undefined : new Uint8Array(row.record.buffer, row.record.byteOffset, row.record.byteLength);
  }

  put(story: StoryId, record: Uint8Array): void {
    this.db.transaction(() => {
      prepared(this.db, 'INSERT INTO story_shared_text (story_id, record) VALUES (?, ?) ON CONFLICT(story_id) DO UPDATE SET record = excluded.record').run(story, Buffer.from(record.buffer, record.byteOffset, record.byteLength));
      // Few rows (stories of 60 articles or more): the sweep for merged-away stories is a short scan.
      prepared(this.db, 'DELETE FROM story_shared_text WHERE story_id NOT IN (SELECT id FROM story_index)').run();
    })();
  }
}
