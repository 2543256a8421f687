/**
 * Schema migrations, applied in order and recorded in `schema_migrations`, so
 * a database made by an older version upgrades in place. Append; never edit
 * a migration that has shipped.
 */
import type Database from 'better-sqlite3';
import { SEARCH_FACETS_MIGRATION, SERVICE_MIGRATION } from './migration-service.js';
import { SOURCE_FOLLOW_MIGRATION, SOURCE_KINDS_MIGRATION, SOURCES_MIGRATION } from './sources.js';
import { ALERTS_MIGRATION } from './alerts.js';
import { SEARCH_NAMES_MIGRATION } from './search-names.js';
import { PACKED_JSON_MIGRATION } from './migration-packed.js';
import { PROVENANCE_MIGRATION } from './provenance.js';
import { SHARED_TEXT_MIGRATION } from './shared-text.js';
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** Data conversions SQL cannot do (decompression, JSON), run after `sql` in the same transaction. */
  readonly run?: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    version: 1,
    name: 'articles, stories, rejections, stage state',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        meta TEXT NOT NULL,
        analysis TEXT NOT NULL,
        published TEXT,
        source TEXT,
        language TEXT,
        ingested_at TEXT NOT NULL,
        story_id TEXT
      );
      CREATE INDEX articles_story ON articles(story_id);
      CREATE TABLE rejections (
        rowid INTEGER PRIMARY KEY AUTOINCREMENT,
        path TEXT NOT NULL,
        reason TEXT NOT NULL,
        detail TEXT,
        at TEXT NOT NULL
      );
      CREATE TABLE stage_state (
        name TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        updated_at TEXT NOT NULL DEFAULT (datetime('now'))
      );
    `,
  },
  {
    version: 2,
    name: 'cluster state: document frequencies, stories, postings, assignments',
    sql: `
      CREATE TABLE cluster_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE cluster_df (
        term TEXT PRIMARY KEY,
        df INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE cluster_stories (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        size INTEGER NOT NULL,
        first_day REAL,
        last_day REAL,
        last_ord INTEGER NOT NULL,
        centroid TEXT NOT NULL,
        recent TEXT
      );
      CREATE INDEX cluster_stories_last_ord ON cluster_stories(last_ord);
      CREATE INDEX cluster_stories_last_day ON cluster_stories(last_day);
      CREATE TABLE cluster_postings (
        term TEXT NOT NULL,
        story_id TEXT NOT NULL,
        PRIMARY KEY (term, story_id)
      ) WITHOUT ROWID;
      CREATE TABLE cluster_articles (
        article_id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL,
        ord INTEGER NOT NULL UNIQUE
      );
      CREATE INDEX cluster_articles_story ON cluster_articles(story_id, ord);
    `,
  },
  {
    version: 3,
    name: 'cluster document frequencies folded in batches; postings table dropped',
    // Upserting a full text's few hundred document frequencies dirtied as many
    // B-tree pages per article (the p99 of an assignment); now each article
    // appends its terms as one row, folded into cluster_df every few thousand
    // articles. Postings were never read: the active index is rebuilt from
    // the stories' centroids.
    sql: `
      DROP TABLE cluster_postings;
      CREATE TABLE cluster_df_pending (
        ord INTEGER PRIMARY KEY,
        terms TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'one rejection row per input and reason',
    // Re-running an ingest over the same folder added every rejection again.
    sql: `
      DELETE FROM rejections WHERE rowid NOT IN (SELECT MAX(rowid) FROM rejections GROUP BY path, reason, ifnull(detail, ''));
      CREATE UNIQUE INDEX rejections_once ON rejections(path, reason, ifnull(detail, ''));
    `,
  },
  SERVICE_MIGRATION,
  SEARCH_FACETS_MIGRATION,
  SOURCES_MIGRATION,
  ALERTS_MIGRATION,
  SOURCE_KINDS_MIGRATION,
  SEARCH_NAMES_MIGRATION,
  SOURCE_FOLLOW_MIGRATION,
  PROVENANCE_MIGRATION,
  PACKED_JSON_MIGRATION,
  {
    version: 14,
    name: "a story's members by publication date",
    // A merge moves every member of the absorbed story, and for each one the
    // leave trigger (migration 5) recomputes what remains of the story's
    // first and last dates with MIN and MAX over its members: a walk over
    // the whole story per moved article, so a merge of a 2,000-article story
    // cost ~2 s of CPU at 100,000 articles. With this index each is a seek.
    sql: 'CREATE INDEX IF NOT EXISTS articles_story_published ON articles(story_id, published);',
  },
  SHARED_TEXT_MIGRATION,
]);

/**
 * Brings a database up to the newest schema, one transaction per migration;
 * a database from a newer version is refused.
 * @example migrate(new Database('parallax.db'))
 */
export function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const newest = Math.max(0, ...done);
  const known = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (newest > known) {
    throw new Error(`database schema version ${newest} is newer than this parallax understands (${known}); upgrade parallax`);
  }
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    // IMMEDIATE and checked again inside: two processes opening a new file
    // at once both see it unmigrated, and only the first may apply each step.
    db.transaction(() => {
      if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version) !== undefined) return;
      db.exec(m.sql);
      m.run?.(db);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, datetime('now'))").run(m.version, m.name);
    }).immediate();
  }
}
