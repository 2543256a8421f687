/**
 * The article search index with the article's seq inside it (migration 11).
 *
 * A search reads the newest matches of its words (pg-search.ts). With the
 * vector alone in the GIN index, the index reads the posting list of every
 * article holding a word before the range of the newest articles is
 * applied, so a common word cost more the more articles there were (≈ 0.3 µs
 * a posting: 40–70 ms of PostgreSQL CPU at 600,000 articles). A GIN index on
 * (tsv, seq), through the btree_gin extension (in PostgreSQL's contrib: the
 * Debian postgresql-15 package ships it, and it is a trusted extension, so
 * a database owner may create it), applies `seq > lo` inside the index: it
 * skips through the word's posting tree to the range and reads only the
 * postings there.
 *
 * Built here when the server has the extension and the articles are few (a
 * new database, a test schema): CREATE INDEX holds writes to `articles` for
 * as long as it takes, minutes at a million articles, which a migration
 * must not do to a running archive. A larger existing database keeps its
 * index and is searched as before (correct, slower for common words) until
 * an operator builds this one without blocking writes (docs/DEPLOY.md:
 * `CREATE INDEX CONCURRENTLY`, then drop `articles_tsv`). The extension's
 * operator class is named with its schema, wherever it was installed (a
 * test's schemas share one database, and one extension).
 */
import type { PgMigration } from './pg-migrations.js';

/** Articles above which the migration leaves the index to the operator (docs/DEPLOY.md). */
export const SEARCH_INDEX_BUILD_LIMIT = 100_000;

export const SEARCH_INDEX_MIGRATION: PgMigration = {
  version: 11,
  name: 'article search index on (tsv, seq) where btree_gin is available (built here for up to 100,000 articles)',
  sql: `
    DO $$
    DECLARE ns text;
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gin') THEN RETURN; END IF;
      IF (SELECT count(*) FROM (SELECT 1 FROM articles LIMIT ${SEARCH_INDEX_BUILD_LIMIT + 1}) x) > ${SEARCH_INDEX_BUILD_LIMIT} THEN RETURN; END IF;
      BEGIN
        -- In public when it is new (a test schema may be dropped; the extension must outlive it).
        IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'btree_gin') THEN
          CREATE EXTENSION IF NOT EXISTS btree_gin SCHEMA public;
        END IF;
      EXCEPTION WHEN insufficient_privilege OR unique_violation OR duplicate_object OR invalid_schema_name THEN
        NULL;
      END;
      SELECT extnamespace::regnamespace::text INTO ns FROM pg_extension WHERE extname = 'btree_gin';
      IF ns IS NULL THEN RETURN; END IF;
      EXECUTE format('CREATE INDEX IF NOT EXISTS articles_tsv_seq ON articles USING gin (tsv, seq %s.int4_ops)', ns);
      DROP INDEX IF EXISTS articles_tsv;
    END $$;
  `,
};
