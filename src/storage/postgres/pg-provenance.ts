/**
 * The per-story provenance record in PostgreSQL (migration 7; the same rows
 * as the SQLite backend's provenance.ts, see provenance-types.ts).
 */
import type { StoryId } from '../../core/ids.js';
import type { OutletOrigins, ProvenanceStore, StaleStory } from '../provenance-types.js';
import type { PgConnection } from './pg-connection.js';
import type { PgMigration } from './pg-migrations.js';

/** Migration 7: per-story provenance counts (SQLite's migration 12). */
export const PROVENANCE_MIGRATION: PgMigration = {
  version: 7,
  name: 'per-story provenance counts (outlet origin of copies) recorded when a brief is computed',
  sql: `
    CREATE TABLE story_provenance (
      story_id text PRIMARY KEY,
      version integer NOT NULL
    );
    CREATE TABLE story_origins (
      story_id text NOT NULL REFERENCES story_provenance (story_id) ON DELETE CASCADE,
      outlet text NOT NULL,
      origin integer NOT NULL,
      copied integer NOT NULL,
      PRIMARY KEY (story_id, outlet)
    );
  `,
};

export class PgProvenance implements ProvenanceStore {
  constructor(private readonly db: PgConnection) {}

  put(story: StoryId, version: number, outlets: ReadonlyMap<string, OutletOrigins>): void {
    this.db.transaction(() => {
      this.db.query('DELETE FROM story_origins WHERE story_id = $1', [story]);
      this.db.query('INSERT INTO story_provenance (story_id, version) VALUES ($1, $2) ON CONFLICT (story_id) DO UPDATE SET version = excluded.version', [story, version]);
      for (const [outlet, v] of outlets) {
        if (v.origin > 0 || v.copied > 0) this.db.query('INSERT INTO story_origins (story_id, outlet, origin, copied) VALUES ($1, $2, $3, $4)', [story, outlet, v.origin, v.copied]);
      }
    });
  }

  totals(): { stories: number; outlets: Map<string, OutletOrigins> } {
    const stories = this.db.one<{ n: number }>('SELECT count(*)::integer AS n FROM story_provenance WHERE story_id IN (SELECT id FROM story_index)')?.n ?? 0;
    const rows = this.db.query<{ outlet: string; origin: number; copied: number }>(
      'SELECT outlet, sum(origin)::integer AS origin, sum(copied)::integer AS copied FROM story_origins WHERE story_id IN (SELECT id FROM story_index) GROUP BY outlet',
    );
    return { stories, outlets: new Map(rows.map((r) => [r.outlet, { origin: r.origin, copied: r.copied }])) };
  }

  stale(minArticles: number, limit: number, maxArticles = 2_147_483_647): StaleStory[] {
    const rows = this.db.query<{ id: string; updated_seq: number; size: number }>(
      `SELECT i.id, i.updated_seq, i.size FROM story_index i LEFT JOIN story_provenance p ON p.story_id = i.id
       WHERE i.size >= $1 AND i.size <= $3 AND (p.version IS NULL OR p.version <> i.updated_seq)
       ORDER BY i.size DESC, i.updated_seq DESC LIMIT $2`,
      [minArticles, limit, maxArticles],
    );
    return rows.map((r) => ({ id: r.id as StoryId, updatedSeq: r.updated_seq, articles: r.size }));
  }
}
