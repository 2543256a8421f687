/**
 * Full-text search in PostgreSQL: a `tsvector` per article (title weighted
 * A, body D) in a GIN index, made with the text-search configuration of the
 * article's language where PostgreSQL has one (stemming, stop words) and
 * 'simple' otherwise. A query is read with every configuration articles
 * were indexed with (each word ORed over them), since the query's language
 * is unknown; `lang:` narrows that to the one language. Text is folded the
 * same way on both sides in JavaScript (Latin, Greek and Cyrillic lose their
 * diacritics; Chinese and Japanese are spaced out, one token a character, as
 * for SQLite), so no server extension is needed. The query tree is compiled
 * with every word a bound parameter: nothing a user types is tsquery syntax.
 */
import type { ArticleId, StoryId } from '../../core/ids.js';
import { positiveTerms } from '../search-query.js';
import { snippet } from '../search-snippet.js';
import type { SearchHit, SearchRequest, SearchResults } from '../service-types.js';
import type { PgConnection, Param } from './pg-connection.js';
import { Compiler, configFor } from './pg-search-compile.js';
import { backfillNames } from './pg-search-names.js';
import { filters, inRange } from './pg-search-filters.js';
import { searchEntities, searchQuotes, type PageRow } from './pg-search-targets.js';
import { FIRST_WINDOW, newestMatches, RANGE_PER_MATCH, type WindowOptions } from './pg-search-window.js';

// Where the other modules have always found them.
export { Compiler, configFor, foldForSearch, tsvSql } from './pg-search-compile.js';

/**
 * Matches ranked per query: the newest this many. Ranking reads each ranked
 * article's whole vector out of TOAST (≈ 15 µs apiece): 2,000 of them were
 * about 30 ms of a common word's search at 100k articles; at 1,000,000 articles 500 of them were the largest part of
 * a new search's PostgreSQL CPU (≈ 8 µs apiece: a common word's matches are mostly full texts, whose vectors are
 * TOASTed), 200 about 40 % of that (docs/BENCHMARKS.md, 2026-12-05 14:00).
 */
const RANK_WINDOW = 200;

interface HitRow {
  id: string;
  title: string;
  source: string | null;
  language: string | null;
  published: string | null;
  story_id: string | null;
  text: string;
  score: number;
}

/**
 * Matches counted per query at most (as Elasticsearch's track_total_hits): past it the total is a lower bound and the
 * facets are those of the newest TOTAL_CAP matches. Each counted match is a row read from the table (its source, language
 * and day), ≈ 1.5–6 µs apiece out of the page cache: at 10,000 a common word cost 36–109 ms of PostgreSQL CPU at 603,000
 * articles, at 1,000 it cost 9–24 ms; at 1,000,000 articles every new search cost ≈ 20 ms of CPU in all at 1,000, too
 * much for 50 clients on two cores, so 200 (the windows holding them are five times narrower as well).
 */
export const TOTAL_CAP = 200;
export interface PgSearchOptions {
  /** TOTAL_CAP by default (tests make it small). */
  readonly cap?: number;
  /** FIRST_WINDOW by default. */
  readonly firstWindow?: number;
  /** RANGE_PER_MATCH by default (tests make every wider window read from an index, or none). */
  readonly rangePerMatch?: number;
  /** RANK_WINDOW by default. */
  readonly rankWindow?: number;
}

// The planner does not count the cost of reading a row's vector out of TOAST (≈ 15 µs), so it tests vectors
// row by row where the GIN index would have answered: for a common word it scanned the table (38 ms at 10k
// articles, against 1.7 ms), and for the newest matches it tested every vector of a range of the primary key
// (20,000 of them: 740 ms at 100k articles) rather than AND the range with the index's matches (40 ms).
// Told so when the query has words: bitmap scans only, each row dear (so a range is ANDed with the index).
// Without words (filters, names) the planner's own index scans are right (a name's links read from the index
// alone, articles by key: entity:Tokyo's 13,000 links at 300k articles took 624 ms by bitmaps, 241 ms so).
// Always: no parallel workers (a search is small and 50 run at once), and memory enough that a common word's
// bitmap stays exact (a lossy page has every article on it tested again).
const WORDS: readonly [string, string][] = [
  ['enable_seqscan', 'off'],
  ['enable_indexscan', 'off'],
  ['cpu_tuple_cost', '1'],
];
const ALWAYS: readonly [string, string][] = [
  ['max_parallel_workers_per_gather', '0'],
  ['work_mem', '32MB'],
];
/** The newest article's seq: the windows of newest articles end there. */
const TOP = 'SELECT coalesce(max(seq), 0)::int FROM articles';

export class PgSearch implements WindowOptions {
  private configs: { at: number; list: string[] } | undefined;
  readonly cap: number;
  readonly firstWindow: number;
  readonly rangePerMatch: number;
  readonly rankWindow: number;

  constructor(
    private readonly db: PgConnection,
    opts: PgSearchOptions = {},
  ) {
    this.cap = opts.cap ?? TOTAL_CAP;
    this.firstWindow = opts.firstWindow ?? FIRST_WINDOW;
    this.rangePerMatch = opts.rangePerMatch ?? RANGE_PER_MATCH;
    this.rankWindow = opts.rankWindow ?? RANK_WINDOW;
  }

  /** Configurations in use (a tiny table), re-read every few seconds: another process may add one. */
  private configList(): string[] {
    const now = Date.now();
    if (this.configs === undefined || now - this.configs.at > 5000) {
      const list = this.db.query<{ config: string }>('SELECT config FROM search_configs ORDER BY config').map((r) => r.config);
      this.configs = { at: now, list: list.includes('simple') ? list : [...list, 'simple'] };
    }
    return this.configs.list;
  }

  search(req: SearchRequest): SearchResults {
    if ((req.target ?? 'articles') !== 'articles' || req.query.speaker !== undefined || req.query.entity !== undefined) backfillNames(this.db);
    // The settings hold for this transaction (set_config's is_local, as SET LOCAL). Outside one, the transaction, its
    // settings and the newest seq are one round trip (a statement without parameters may follow BEGIN): each round
    // trip is a wait for the backend, and for PostgreSQL one more statement. Set by the statement reading the newest
    // seq, they apply from the next one: that read is planned with the defaults (an index scan of the primary key).
    const settings = `SELECT (${TOP}) AS top, ${(req.query.text !== undefined ? [...WORDS, ...ALWAYS] : ALWAYS).map(([k, v]) => `set_config('${k}', '${v}', true)`).join(', ')}`;
    if (this.db.inTransaction) {
      return this.db.transaction(() => this.run(req, this.db.adhoc<{ top: number }>(settings)[0]!.top));
    }
    const top = this.db.script<{ top: number }>(`BEGIN; ${settings}`)[0]!.top;
    try {
      const out = this.run(req, top);
      this.db.exec('COMMIT');
      return out;
    } catch (err) {
      try {
        this.db.exec('ROLLBACK');
      } catch {
        // The connection is gone: the server rolled back already.
      }
      throw err;
    }
  }

  private run(req: SearchRequest, top: number): SearchResults {
    const q = req.query;
    const target = req.target ?? 'articles';
    const configs = q.language !== undefined ? [...new Set([configFor(q.language), 'simple'])] : this.configList();
    const c = new Compiler(configs);
    const bind = (v: Param): string => {
      c.params.push(v);
      return `$${c.params.length}`;
    };
    // Names are indexed with 'simple' alone: an entity's words are not stemmed.
    if (target === 'entities') return searchEntities(this.db, req, new Compiler(['simple']));
    const where: string[] = [];
    if (target === 'quotes') {
      // speaker: is the quote's own speaker here, not any speaker of the article.
      filters({ ...q, speaker: undefined }, where, bind, c);
      return searchQuotes(this.db, req, c, inRange(where, ''), this.cap);
    }
    const tsq = q.text !== undefined ? c.compile(q.text) : undefined;
    // The query inline, not from a subquery: joined from one, the planner scanned every row instead of the GIN index.
    if (tsq !== undefined) where.push(`a.tsv @@ ${tsq}`);
    filters(q, where, bind, c);
    // Articles found by words: the page is ranked in the last pass itself, from the rows it read.
    const rankPage = target === 'articles' && tsq !== undefined ? { score: `-ts_rank('{0.333, 0.333, 0.333, 1}', w.tsv, ${tsq})`, limit: req.limit, offset: req.offset } : undefined;
    const w = newestMatches(this.db, this, where, c.params, top, target === 'stories', tsq !== undefined, rankPage);
    const capped = w.capped ? { totalCapped: true as const } : {};
    // Every condition, limited to the window: the matches past it are never read.
    const cond = (): string => {
      const all = w.lo > 0 ? [...inRange(where, ` AND an.seq > ${w.lo}`), `a.seq > ${w.lo}`] : inRange(where, '');
      return all.length > 0 ? `WHERE ${all.join(' AND ')}` : '';
    };
    // The ranked matches by their seq (known to match: no vector is tested again), with the query alone for ts_rank.
    const rc = new Compiler(configs);
    const rankTsq = q.text !== undefined ? rc.compile(q.text) : undefined;
    // Joined from the array, not `seq = ANY(array)`: the planner estimates ANY element by element (2–3 ms of planning
    // for 500 seqs, as much as running the query), an unnest as one row source (0.2 ms).
    const rankedSeqs = `unnest($${rc.params.length + 1}::int[]) ranked(seq) JOIN articles a ON a.seq = ranked.seq`;
    const rankParams = [...rc.params, `{${w.ranked.join(',')}}`];
    if (target === 'stories') {
      return { total: w.stories, hits: this.stories(req, `${rankedSeqs} WHERE a.story_id IS NOT NULL`, rankParams, rankTsq), facets: w.facets, ...capped };
    }
    const n = c.params.length;
    const r = rankParams.length;
    const page = [...c.params, req.limit, req.offset];
    const columns = 'a.id, a.title, a.source, a.language, a.published, a.story_id, a.text';
    // Lower is better, as SQLite's BM25 reports it; the title's weight (A) is three times the body's (D). Ranking reads
    // every ranked article's vector, so only the newest RANK_WINDOW matches are ranked: a common word's cost stays
    // bounded however many articles hold it (news search leans to the recent anyway).
    const hits: readonly HitRow[] =
      w.page !== undefined
        ? w.page
        : tsq === undefined
        ? this.db.adhoc<HitRow>(`SELECT ${columns}, 0::real AS score FROM articles a ${cond()} ORDER BY a.day DESC NULLS LAST, a.seq DESC LIMIT $${n + 1} OFFSET $${n + 2}`, page)
        : this.db.adhoc<HitRow>(
            `WITH m AS MATERIALIZED (SELECT a.seq, a.tsv, ${rankTsq} AS q FROM ${rankedSeqs}),
             r AS (SELECT m.seq, -ts_rank('{0.333, 0.333, 0.333, 1}', m.tsv, m.q) AS score FROM m ORDER BY score, m.seq DESC LIMIT $${r + 1} OFFSET $${r + 2})
             SELECT ${columns}, r.score FROM r JOIN articles a ON a.seq = r.seq ORDER BY r.score, r.seq DESC`,
            [...rankParams, req.limit, req.offset],
          );
    const terms = positiveTerms(q.text);
    return {
      total: w.total,
      hits: hits.map(
        (r): SearchHit => ({
          id: r.id as ArticleId,
          title: r.title,
          ...(r.source !== null ? { source: r.source } : {}),
          ...(r.language !== null ? { language: r.language } : {}),
          ...(r.published !== null ? { published: r.published } : {}),
          ...(r.story_id !== null ? { storyId: r.story_id as StoryId } : {}),
          score: Number(r.score),
          snippet: snippet(r.text, terms),
        }),
      ),
      facets: w.facets,
      ...capped,
    };
  }

  /** Stories whose articles match: one hit per story (its best-ranked match among the newest RANK_WINDOW), most matches next. */
  private stories(req: SearchRequest, ranked: string, rankParams: readonly Param[], tsq: string | undefined): SearchHit[] {
    const n = rankParams.length;
    const score = tsq !== undefined ? "-ts_rank('{0.333, 0.333, 0.333, 1}', m.tsv, m.q)" : '0::real';
    // Each story's title and its best match's text in the same statement (they were two queries per hit).
    const page = this.db.adhoc<{ id: string; seq: number; score: number; matches: number; title: string | null; first_published: string | null; text: string; source: string | null; language: string | null }>(
      `WITH m AS MATERIALIZED (SELECT a.seq, a.story_id, a.tsv${tsq !== undefined ? `, ${tsq} AS q` : ''} FROM ${ranked} ORDER BY a.seq DESC LIMIT ${this.rankWindow}),
       r AS (SELECT m.story_id AS id, m.seq, ${score} AS score FROM m),
       b AS (SELECT DISTINCT ON (id) id, seq, score FROM r ORDER BY id, score, seq DESC),
       c AS (SELECT id, count(*)::int AS matches FROM r GROUP BY id)
       SELECT b.id, b.seq, b.score, c.matches, s.title, s.first_published, a.text, a.source, a.language
       FROM b JOIN c USING (id) JOIN articles a ON a.seq = b.seq LEFT JOIN story_index s ON s.id = b.id
       ORDER BY ${tsq !== undefined ? 'b.score, c.matches DESC' : 'c.matches DESC, b.id'} LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...rankParams, req.limit, req.offset],
    );
    const terms = positiveTerms(req.query.text);
    return page.map(
      (p): SearchHit => ({
        id: p.id,
        kind: 'story',
        title: p.title ?? '',
        storyId: p.id as StoryId,
        ...(p.source !== null ? { source: p.source } : {}),
        ...(p.language !== null ? { language: p.language } : {}),
        ...(p.first_published ? { published: p.first_published } : {}),
        score: Number(p.score),
        matches: p.matches,
        snippet: snippet(p.text, terms),
      }),
    );
  }
}
