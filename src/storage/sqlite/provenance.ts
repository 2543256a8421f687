/**
 * The per-story provenance record (migration 12; see provenance-types.ts):
 * one row per briefed story with the version it was briefed at, and one
 * row per outlet of it with its counts. A story's rows are replaced
 * together, so the totals never mix two versions of one story.
 */
import type Database from 'better-sqlite3';
import type { StoryId } from '../../core/ids.js';
import type { OutletOrigins, ProvenanceStore, StaleStory } from '../provenance-types.js';
import type { Migration } from './migrations.js';
import { prepared } from './statements.js';

export const PROVENANCE_MIGRATION: Migration = {
  version: 12,
  name: 'per-story provenance counts (outlet origin of copies) recorded when a brief is computed',
  sql: `
    CREATE TABLE story_provenance (
      story_id TEXT PRIMARY KEY,
      version INTEGER NOT NULL
    );
    CREATE TABLE story_origins (
      story_id TEXT NOT NULL REFERENCES story_provenance(story_id) ON DELETE CASCADE,
      outlet TEXT NOT NULL,
      origin INTEGER NOT NULL,
      copied INTEGER NOT NULL,
      PRIMARY KEY (story_id, outlet)
    );
  `,
};

export class SqliteProvenance implements ProvenanceStore {
  constructor(private readonly db: Database.Database) {}

  put(story: StoryId, version: number, outlets: ReadonlyMap<string, OutletOrigins>): void {
    this.db.transaction(() => {
      prepared(this.db, 'DELETE FROM story_origins WHERE story_id = ?').run(story);
      prepared(this.db, 'INSERT INTO story_provenance (story_id, version) VALUES (?, ?) ON CONFLICT(story_id) DO UPDATE SET version = excluded.version').run(story, version);
      const row = prepared(this.db, 'INSERT INTO story_origins (story_id, outlet, origin, copied) VALUES (?, ?, ?, ?)');
      for (const [outlet, v] of outlets) if (v.origin > 0 || v.copied > 0) row.run(story, outlet, v.origin, v.copied);
    })();
  }

  totals(): { stories: number; outlets: Map<string, OutletOrigins> } {
    const stories = (prepared(this.db, 'SELECT COUNT(*) AS n FROM story_provenance WHERE story_id IN (SELECT id FROM story_index)').get() as { n: number }).n;
    const rows = prepared(
      this.db,
      'SELECT outlet, SUM(origin) AS origin, SUM(copied) AS copied FROM story_origins WHERE story_id IN (SELECT id FROM story_index) GROUP BY outlet',
    ).all() as { outlet: string; origin: number; copied: number }[];
    return { stories, outlets: new Map(rows.map((r) => [r.outlet, { origin: r.origin, copied: r.copied }])) };
  }

  stale(minArticles: number, limit: number, maxArticles = Number.MAX_SAFE_INTEGER): StaleStory[] {
    const rows = prepared(
      this.db,
      `SELECT i.id, i.updated_seq, i.size FROM story_index i LEFT JOIN story_provenance p ON p.story_id = i.id
       WHERE i.size >= ? AND i.size <= ? AND (p.version IS NULL OR p.version <> i.updated_seq)
       ORDER BY i.size DESC, i.updated_seq DESC LIMIT ?`,
    ).all(minArticles, maxArticles, limit) as { id: string; updated_seq: number; size: number }[];
    return rows.map((r) => ({ id: r.id as StoryId, updatedSeq: r.updated_seq, articles: r.size }));
  }
}
