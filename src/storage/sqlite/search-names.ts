/**
 * Search over what the analysis found (migration 10): the names of entities
 * and quoted speakers, and the quotes themselves.
 *
 * - `names`: one row per distinct (kind, folded name), kind `entity` or
 *   `speaker`, with how many articles have it; `name_fts` indexes the names'
 *   words (so `speaker:Putin` finds "Vladimir Putin"); `article_names` links
 *   articles to names. Entity search reads these alone.
 * - `article_quotes` and `quote_fts`: each direct quote's words and speaker,
 *   so quote search never opens an article's row until a hit is shown.
 *
 * Filled in the article's transaction by `add`; articles stored before the
 * migration are indexed once, in batches, on the first search that needs it.
 * Names and quotes are spaced like article text (search-snippet.ts), so
 * Chinese and Japanese work the same way.
 */
import type Database from 'better-sqlite3';
import type { Analysis } from '../../core/types.js';
import { foldToken, spaceCjk } from '../search-snippet.js';
import type { Migration } from './migrations.js';
import { prepared } from './statements.js';
import { readAnalysis } from './analysis-json.js';
import { unpackJson } from './packed-json.js';

export const SEARCH_NAMES_MIGRATION: Migration = {
  version: 10,
  name: 'search over entities, speakers and quotes; story of each article in the facet table',
  sql: `
    CREATE TABLE names (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('entity', 'speaker')),
      name TEXT NOT NULL,
      folded TEXT NOT NULL,
      type TEXT,
      articles INTEGER NOT NULL DEFAULT 0,
      UNIQUE (kind, folded)
    );
    CREATE VIRTUAL TABLE name_fts USING fts5(name, content = '', tokenize = 'unicode61 remove_diacritics 2');
    CREATE TABLE article_names (
      name_id INTEGER NOT NULL,
      seq INTEGER NOT NULL,
      PRIMARY KEY (name_id, seq)
    ) WITHOUT ROWID;
    CREATE TABLE article_quotes (
      id INTEGER PRIMARY KEY,
      seq INTEGER NOT NULL,
      speaker TEXT,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL
    );
    CREATE INDEX article_quotes_seq ON article_quotes(seq);
    CREATE VIRTUAL TABLE quote_fts USING fts5(speaker, body, content = '', tokenize = 'unicode61 remove_diacritics 2');
    INSERT INTO search_meta (key, value) SELECT 'names_backfill_upto', IFNULL(MAX(seq), 0) FROM articles;

    ALTER TABLE article_facets ADD COLUMN story_id TEXT;
    UPDATE article_facets SET story_id = x.story_id
      FROM (SELECT seq, story_id FROM articles INDEXED BY articles_story WHERE story_id IS NOT NULL) AS x
      WHERE x.seq = article_facets.seq;
    CREATE INDEX article_facets_story ON article_facets(story_id);
    CREATE TRIGGER article_facets_story AFTER UPDATE OF story_id ON articles
    BEGIN
      UPDATE article_facets SET story_id = NEW.story_id WHERE seq = NEW.seq;
    END;
  `,
};

const BACKFILL_BATCH = 500;

/** A name as the index compares it: folded words joined by one space. */
export function foldName(name: string): string {
  return foldToken(name).replace(/\s+/g, ' ').trim();
}

export class SqliteNameIndex {
  private backfilled = false;

  constructor(private readonly db: Database.Database) {}

  private sql(text: string): Database.Statement {
    return prepared(this.db, text);
  }

  private nameId(kind: 'entity' | 'speaker', name: string, type: string | null): number | undefined {
    const folded = foldName(name);
    if (folded === '') return undefined;
    const found = this.sql('SELECT id FROM names WHERE kind = ? AND folded = ?').get(kind, folded) as { id: number } | undefined;
    if (found !== undefined) return found.id;
    const id = Number(this.sql('INSERT INTO names (kind, name, folded, type) VALUES (?, ?, ?, ?)').run(kind, name, folded, type).lastInsertRowid);
    this.sql('INSERT INTO name_fts (rowid, name) VALUES (?, ?)').run(id, spaceCjk(name));
    return id;
  }

  private link(id: number | undefined, seq: number): void {
    if (id === undefined) return;
    if (this.sql('INSERT OR IGNORE INTO article_names (name_id, seq) VALUES (?, ?)').run(id, seq).changes > 0) {
      this.sql('UPDATE names SET articles = articles + 1 WHERE id = ?').run(id);
    }
  }

  /** Indexes one stored article's names and quotes (call inside the transaction that stored it). */
  add(seq: number, text: string, analysis: Analysis): void {
    for (const e of analysis.entities) this.link(this.nameId('entity', e.name, e.type), seq);
    for (const q of analysis.quotes) {
      if (q.speaker !== undefined) this.link(this.nameId('speaker', q.speaker, null), seq);
      const id = Number(this.sql('INSERT INTO article_quotes (seq, speaker, start, end) VALUES (?, ?, ?, ?)').run(seq, q.speaker ?? null, q.start, q.end).lastInsertRowid);
      this.sql('INSERT INTO quote_fts (rowid, speaker, body) VALUES (?, ?, ?)').run(id, spaceCjk(q.speaker ?? ''), spaceCjk(text.slice(q.start, q.end)));
    }
  }

  /** Indexes the articles stored before migration 10, once, in batches. */
  backfill(): void {
    if (this.backfilled) return;
    const mark = this.sql("SELECT value FROM search_meta WHERE key = 'names_backfill_upto'").get() as { value: number } | undefined;
    if (mark !== undefined) {
      const read = this.sql('SELECT seq, text, analysis FROM articles WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?');
      let after = 0;
      for (;;) {
        const rows = read.all(after, mark.value, BACKFILL_BATCH) as { seq: number; text: string; analysis: string | Buffer }[];
        if (rows.length === 0) break;
        this.db.transaction(() => {
          for (const r of rows) this.add(r.seq, r.text, readAnalysis(unpackJson(r.analysis), r.text));
        })();
        after = rows[rows.length - 1]!.seq;
      }
      this.sql("DELETE FROM search_meta WHERE key = 'names_backfill_upto'").run();
    }
    this.backfilled = true;
  }
}
