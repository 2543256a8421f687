/**
 * Full-text search over articles with SQLite FTS5: a contentless index
 * (`article_fts`, migration 5) of titles and texts with the unicode61
 * tokenizer and diacritics removed, ranked by BM25 with the title weighted
 * above the body. Articles are indexed as they are stored (in the article's
 * transaction); articles stored before migration 5 are indexed once, on the
 * first search. Snippets come from the stored text (search-snippet.ts).
 * Stories, quotes and entities are searched by search-targets.ts over the
 * indexes of search-names.ts; `speaker:` and `entity:` filter every target.
 */
import type Database from 'better-sqlite3';
import { prepared } from './statements.js';
import type { ArticleId, StoryId } from '../../core/ids.js';
import { positiveTerms, type SearchNode, type SearchQuery } from '../search-query.js';
import { snippet, spaceCjk } from '../search-snippet.js';
import type { FacetCount, SearchHit, SearchRequest, SearchResults } from '../service-types.js';
import { SqliteNameIndex } from './search-names.js';
import { searchEntities, searchQuotes, searchStories } from './search-targets.js';

/** BM25 column weights: a word in the title counts as much as three in the body. */
const TITLE_WEIGHT = 3;
const BACKFILL_BATCH = 500;

/** An FTS5 string: the text in double quotes, quotes doubled; CJK spaced so a word is a phrase of characters. */
export function ftsString(text: string): string {
  return `"${spaceCjk(text).replace(/"/g, '""')}"`;
}

/**
 * The query tree as an FTS5 expression. Every word is quoted, so nothing a
 * user types is read as FTS5 syntax (column filters, NEAR, ^).
 */
export function toFtsMatch(node: SearchNode): string {
  switch (node.kind) {
    case 'term':
      return node.prefix ? `${ftsString(node.text)}*` : ftsString(node.text);
    case 'phrase':
      return ftsString(node.text);
    case 'or':
      return `(${node.items.map(toFtsMatch).join(' OR ')})`;
    case 'and': {
      const base = node.items.length === 1 ? toFtsMatch(node.items[0]!) : `(${node.items.map(toFtsMatch).join(' AND ')})`;
      return node.not.reduce((acc, n) => `(${acc} NOT ${toFtsMatch(n)})`, base);
    }
  }
}

interface HitRow {
  id: string;
  title: string;
  source: string | null;
  language: string | null;
  published: string | null;
  story_id: string | null;
  text: string;
}

export class SqliteSearchIndex {
  private backfilled = false;
  readonly names: SqliteNameIndex;

  constructor(private readonly db: Database.Database) {
    this.names = new SqliteNameIndex(db);
  }

  private sql(text: string): Database.Statement {
    return prepared(this.db, text);
  }

  /** Indexes one stored article (call inside the transaction that stored it). */
  add(seq: number, title: string, text: string): void {
    this.sql('INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)').run(seq, spaceCjk(title), spaceCjk(text));
  }

  /** Indexes the articles stored before the index existed, once, in batches. */
  private backfill(): void {
    if (this.backfilled) return;
    const mark = this.sql("SELECT value FROM search_meta WHERE key = 'backfill_upto'").get() as { value: number } | undefined;
    if (mark !== undefined) {
      const read = this.sql('SELECT seq, title, text FROM articles WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?');
      let after = 0;
      for (;;) {
        const rows = read.all(after, mark.value, BACKFILL_BATCH) as { seq: number; title: string; text: string }[];
        if (rows.length === 0) break;
        this.db.transaction(() => {
          for (const r of rows) this.add(r.seq, r.title, r.text);
        })();
        after = rows[rows.length - 1]!.seq;
      }
      this.sql("DELETE FROM search_meta WHERE key = 'backfill_upto'").run();
    }
    this.backfilled = true;
  }

  search(req: SearchRequest): SearchResults {
    this.backfill();
    const target = req.target ?? 'articles';
    if (target !== 'articles' || req.query.speaker !== undefined || req.query.entity !== undefined) this.names.backfill();
    if (target === 'quotes') return searchQuotes(this.db, req);
    if (target === 'entities') return searchEntities(this.db, req);
    const q = req.query;
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (q.text !== undefined) {
      where.push('article_fts MATCH ?');
      params.push(toFtsMatch(q.text));
    }
    filters(q, where, params);
    // Matches, filters and facets read the narrow article_facets table; the articles' own rows
    // (tens of kilobytes each) are read only for the page of hits shown.
    const from = q.text !== undefined ? 'article_fts JOIN article_facets f ON f.seq = article_fts.rowid' : 'article_facets f';
    const cond = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const score = q.text !== undefined ? `bm25(article_fts, ${TITLE_WEIGHT}, 1)` : '0';
    const facets = {
      sources: facetCounts(this.db, from, cond, params, 'source', 'count DESC, value', 20),
      languages: facetCounts(this.db, from, cond, params, 'language', 'count DESC, value', 20),
      days: facetCounts(this.db, from, cond, params, 'day', 'value DESC', 60),
    };
    if (target === 'stories') return { ...searchStories(this.db, req, from, cond, params, score), facets };
    const order = q.text !== undefined ? 'score, f.seq DESC' : 'f.day DESC, f.seq DESC';
    const page = this.sql(`SELECT f.seq, ${score} AS score FROM ${from} ${cond} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, req.limit, req.offset) as {
      seq: number;
      score: number;
    }[];
    const total = (this.sql(`SELECT COUNT(*) AS n FROM ${from} ${cond}`).get(...params) as { n: number }).n;
    const terms = positiveTerms(q.text);
    const row = this.sql('SELECT id, title, text, source, language, published, story_id FROM articles WHERE seq = ?');
    const hits: SearchHit[] = page.map((p) => {
      const r = row.get(p.seq) as HitRow;
      return {
        id: r.id as ArticleId,
        title: r.title,
        ...(r.source !== null ? { source: r.source } : {}),
        ...(r.language !== null ? { language: r.language } : {}),
        ...(r.published !== null ? { published: r.published } : {}),
        ...(r.story_id !== null ? { storyId: r.story_id as StoryId } : {}),
        score: p.score,
        snippet: snippet(r.text, terms),
      };
    });
    return { total, hits, facets };
  }
}

/** Facet counts over the matches of a query (`from` and `cond` as the search built them). */
export function facetCounts(db: Database.Database, from: string, cond: string, params: readonly (string | number)[], column: string, order: string, limit: number): FacetCount[] {
  return prepared(db, `SELECT f.${column} AS value, COUNT(*) AS count FROM ${from} ${cond}${cond ? ' AND' : ' WHERE'} f.${column} IS NOT NULL GROUP BY value ORDER BY ${order} LIMIT ${limit}`).all(
    ...params,
  ) as FacetCount[];
}

/** The query's filters as conditions on the facet table `f`. */
export function filters(q: SearchQuery, where: string[], params: (string | number)[]): void {
  for (const kind of ['speaker', 'entity'] as const) {
    const name = q[kind];
    if (name === undefined) continue;
    // The name's words as a phrase of the names index: speaker:Putin finds "Vladimir Putin".
    where.push(`f.seq IN (SELECT an.seq FROM article_names an JOIN names n ON n.id = an.name_id WHERE n.kind = '${kind}' AND n.id IN (SELECT rowid FROM name_fts WHERE name_fts MATCH ?))`);
    params.push(ftsString(name));
  }
  if (q.source !== undefined) {
    where.push('f.source = ? COLLATE NOCASE');
    params.push(q.source);
  }
  if (q.language !== undefined) {
    where.push('f.language = ?');
    params.push(q.language);
  }
  if (q.from !== undefined) {
    where.push('f.day >= ?');
    params.push(q.from);
  }
  if (q.to !== undefined) {
    where.push('f.day <= ?');
    params.push(q.to);
  }
}
