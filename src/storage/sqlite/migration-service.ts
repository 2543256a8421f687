/**
 * Migration 5: what `parallax serve` reads without loading articles.
 *
 * - `story_index`: one summary row per story (size, distinct sources, first
 *   title, published range, a change counter), and `story_facets`: per story,
 *   how many of its articles each source and language has. Both are kept by
 *   triggers on `articles.story_id`, so every writer (the CLI ingest, the
 *   server, a re-cluster) keeps them current in the same transaction as the
 *   assignment, and a story list reads one row per story shown.
 * - `article_fts`: a contentless FTS5 index of titles and texts (filled by
 *   the store in `putArticle`: Chinese and Japanese text is spaced out first,
 *   which SQL cannot do), and `search_meta`, which marks the articles stored
 *   before this migration for a one-time backfill.
 * - `api_tokens`: the SHA-256 hashes of bearer tokens, never the tokens.
 *
 * `updated_seq` comes from one counter over all stories (`story_counter`,
 * moved at each change and never reused, even when a merge deletes the
 * story that held the largest value), so "what changed since N" is an index range: the server's event
 * stream and its brief cache both read it.
 */
import type { Migration } from './migrations.js';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
/** The change counter after this change's increment (one row, never reused even when a story is deleted). */
const SEQ = '(SELECT value FROM story_counter)';
const BUMP = 'UPDATE story_counter SET value = value + 1;';

/** The facet rows of one article joining (+1) or leaving (-1) a story. */
function facetSql(side: 'NEW' | 'OLD', delta: 1 | -1): string {
  return ['source', 'language']
    .map((kind) => {
      const upsert =
        delta === 1
          ? `INSERT OR IGNORE INTO story_facets (story_id, kind, value, n) SELECT ${side}.story_id, '${kind}', ${side}.${kind}, 0 WHERE ${side}.${kind} IS NOT NULL;\n`
          : '';
      return `${upsert}UPDATE story_facets SET n = n + (${delta}) WHERE story_id = ${side}.story_id AND kind = '${kind}' AND value = ${side}.${kind};`;
    })
    .join('\n');
}

const SQL = `
  CREATE TABLE story_index (
    id TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    sources INTEGER NOT NULL,
    title TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    first_published TEXT,
    last_published TEXT,
    created_seq INTEGER NOT NULL,
    updated_seq INTEGER NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX story_index_updated ON story_index(updated_seq);
  CREATE INDEX story_index_size ON story_index(size DESC, first_seq);
  CREATE TABLE story_facets (
    story_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (story_id, kind, value)
  ) WITHOUT ROWID;
  CREATE INDEX story_facets_value ON story_facets(kind, value, story_id);

  INSERT INTO story_facets (story_id, kind, value, n)
    SELECT story_id, 'source', source, COUNT(*) FROM articles WHERE story_id IS NOT NULL AND source IS NOT NULL GROUP BY story_id, source;
  INSERT INTO story_facets (story_id, kind, value, n)
    SELECT story_id, 'language', language, COUNT(*) FROM articles WHERE story_id IS NOT NULL AND language IS NOT NULL GROUP BY story_id, language;
  INSERT INTO story_index (id, size, sources, title, first_seq, first_published, last_published, created_seq, updated_seq, updated_at)
    SELECT a.story_id, COUNT(*),
      (SELECT COUNT(*) FROM story_facets f WHERE f.story_id = a.story_id AND f.kind = 'source'),
      (SELECT b.title FROM articles b WHERE b.story_id = a.story_id ORDER BY b.seq LIMIT 1),
      MIN(a.seq), MIN(a.published), MAX(a.published), MIN(a.seq), MAX(a.seq), MAX(a.ingested_at)
    FROM articles a WHERE a.story_id IS NOT NULL GROUP BY a.story_id;
  CREATE TABLE story_counter (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    value INTEGER NOT NULL
  );
  INSERT INTO story_counter (one, value) SELECT 1, IFNULL(MAX(seq), 0) FROM articles;

  CREATE TRIGGER story_index_join AFTER UPDATE OF story_id ON articles
  WHEN NEW.story_id IS NOT NULL AND NEW.story_id IS NOT OLD.story_id
  BEGIN
    ${BUMP}
    INSERT OR IGNORE INTO story_index (id, size, sources, title, first_seq, first_published, last_published, created_seq, updated_seq, updated_at)
      VALUES (NEW.story_id, 0, 0, NEW.title, NEW.seq, NEW.published, NEW.published, ${SEQ}, 0, ${NOW});
    ${facetSql('NEW', 1)}
    UPDATE story_index SET
      size = size + 1,
      title = CASE WHEN NEW.seq < first_seq THEN NEW.title ELSE title END,
      first_seq = MIN(first_seq, NEW.seq),
      first_published = CASE WHEN NEW.published IS NULL THEN first_published WHEN first_published IS NULL THEN NEW.published ELSE MIN(first_published, NEW.published) END,
      last_published = CASE WHEN NEW.published IS NULL THEN last_published WHEN last_published IS NULL THEN NEW.published ELSE MAX(last_published, NEW.published) END,
      sources = (SELECT COUNT(*) FROM story_facets WHERE story_id = NEW.story_id AND kind = 'source'),
      updated_seq = ${SEQ},
      updated_at = ${NOW}
    WHERE id = NEW.story_id;
  END;

  CREATE TRIGGER story_index_leave AFTER UPDATE OF story_id ON articles
  WHEN OLD.story_id IS NOT NULL AND NEW.story_id IS NOT OLD.story_id
  BEGIN
    ${BUMP}
    ${facetSql('OLD', -1)}
    DELETE FROM story_facets WHERE story_id = OLD.story_id AND n <= 0;
    UPDATE story_index SET
      size = size - 1,
      title = IFNULL((SELECT title FROM articles WHERE story_id = OLD.story_id ORDER BY seq LIMIT 1), title),
      first_seq = IFNULL((SELECT MIN(seq) FROM articles WHERE story_id = OLD.story_id), first_seq),
      first_published = (SELECT MIN(published) FROM articles WHERE story_id = OLD.story_id),
      last_published = (SELECT MAX(published) FROM articles WHERE story_id = OLD.story_id),
      sources = (SELECT COUNT(*) FROM story_facets WHERE story_id = OLD.story_id AND kind = 'source'),
      updated_seq = ${SEQ},
      updated_at = ${NOW}
    WHERE id = OLD.story_id;
    DELETE FROM story_index WHERE id = OLD.story_id AND size <= 0;
  END;

  CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content = '', tokenize = 'unicode61 remove_diacritics 2');
  CREATE TABLE search_meta (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
  );
  INSERT INTO search_meta (key, value) SELECT 'backfill_upto', IFNULL(MAX(seq), 0) FROM articles;

  CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
    created_at TEXT NOT NULL
  );
`;

export const SERVICE_MIGRATION: Migration = {
  version: 5,
  name: 'story summaries and facets kept by triggers; article full-text index; API token hashes',
  sql: SQL,
};

/**
 * Migration 6: the columns search filters and facets on, in a narrow table
 * of their own. In `articles` they sit after the text and the analysis (tens
 * of kilobytes, on overflow pages), so counting a facet over a thousand
 * matches read every match's whole row: 11 ms per facet at 10,000 articles.
 * A trigger keeps it, so every writer does.
 */
export const SEARCH_FACETS_MIGRATION: Migration = {
  version: 6,
  name: 'article facet columns (source, language, day) in a narrow table for search',
  sql: `
    CREATE TABLE article_facets (
      seq INTEGER PRIMARY KEY,
      source TEXT,
      language TEXT,
      day TEXT
    );
    INSERT INTO article_facets (seq, source, language, day) SELECT seq, source, language, substr(published, 1, 10) FROM articles;
    CREATE INDEX article_facets_day ON article_facets(day);
    CREATE TRIGGER article_facets_add AFTER INSERT ON articles
    BEGIN
      INSERT INTO article_facets (seq, source, language, day) VALUES (NEW.seq, NEW.source, NEW.language, substr(NEW.published, 1, 10));
    END;
  `,
};
