/**
 * Schema migrations, applied in order and recorded in `schema_migrations`, so
 * a database made by an older version upgrades in place. Append; never edit
 * a migration that has shipped.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
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
]);
