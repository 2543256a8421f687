/**
 * Quote and entity search on PostgreSQL, over the tables of
 * pg-search-names.ts, with the semantics of SQLite's search-targets.ts:
 * quotes match their words (read with every configuration in use, as
 * articles are) and `speaker:` their own speaker's words as a phrase, with
 * the article's filters; entities match the words of their names, most
 * named first, and take no other filter. Article rows are opened only for
 * the page of hits shown.
 */
import { positiveTerms, type SearchNode } from '../search-query.js';
import { quoteHit } from '../quote-hit.js';
import { snippet } from '../search-snippet.js';
import type { FacetCount, SearchHit, SearchRequest, SearchResults } from '../service-types.js';
import type { Param, PgConnection } from './pg-connection.js';
import type { Compiler } from './pg-search-compile.js';

const NO_FACETS = { sources: [], languages: [], days: [] };

/** Facet counts by value, added up over passes (a Map per facet). */
export interface FacetTally {
  readonly source: Map<string, number>;
  readonly language: Map<string, number>;
  readonly day: Map<string, number>;
}

export const newTally = (): FacetTally => ({ source: new Map(), language: new Map(), day: new Map() });

/**
 * One pass over the newest `read` matches (by `order`; alias `a` is the
 * article) in one statement: how many there are (at most `read`), the
 * facets of the newest `count` of them added to `tally`, and the seqs of
 * the newest `rankWindow` (and, with `stories`, how many stories the newest
 * `count` are in). What a query reads of its matches is bounded by `read`,
 * however many there are.
 */
export function matchPass(
  db: PgConnection,
  from: string,
  cond: string,
  params: readonly Param[],
  read: number,
  count: number,
  tally: FacetTally,
  rankWindow = 0,
  order = 'a.seq DESC',
  stories = false,
  page?: PassPage,
): { total: number; ranked: number[]; stories: number; page: PageRow[] } {
  // With a page: the matches' vectors are kept too (a TOASTed one as its pointer, read only if ranked), and the page's
  // rows come back in the same result (g = -1), so the newest matches are not looked up again by their seqs.
  // The counts come as one row, the facets in one JSON value: pg-native reads a result cell by cell through its addon
  // (two calls a cell), and a row per facet value (up to 100, with the page's columns) cost ≈ 1 ms of this process's CPU.
  const extra = page !== undefined ? PAGE_NULLS : '';
  const facet = (col: string): string => `(SELECT json_agg(json_build_array(${col}, n)) FROM (SELECT ${col}, count(*)::int AS n FROM f WHERE ${col} IS NOT NULL GROUP BY ${col}) x)`;
  const groups = db.adhoc<{ g: number; total: number; stories: number | null; ranked: number[] | string | null; facets: unknown } & Partial<PageRow>>(
    `WITH m AS MATERIALIZED (SELECT a.seq, a.source, a.language, a.day${stories ? ', a.story_id' : ''}${page !== undefined ? ', a.tsv' : ''} FROM ${from} ${cond} ORDER BY ${order} LIMIT ${read}),
     f AS MATERIALIZED (SELECT source, language, day${stories ? ', story_id' : ''} FROM m LIMIT ${count})
     SELECT 7 AS g, (SELECT count(*) FROM m)::int AS total,
       ${stories ? '(SELECT count(DISTINCT story_id) FROM f)::int' : 'NULL::int'} AS stories,
       ${rankWindow > 0 ? `(SELECT array_agg(seq) FROM (SELECT seq FROM m ORDER BY seq DESC LIMIT ${rankWindow}) r)` : 'NULL::int[]'} AS ranked,
       json_build_array(${facet('source')}, ${facet('language')}, ${facet('day')}) AS facets${extra}${page !== undefined ? `\n     UNION ALL ${pageSql(page)}` : ''}`,
    page !== undefined ? [...params, ...page.params] : params,
  );
  const rows: PageRow[] = [];
  for (const r of groups) {
    if (r.g === -1) {
      rows.push(r as PageRow);
      continue;
    }
    const parsed = (typeof r.facets === 'string' ? JSON.parse(r.facets) : r.facets) as ([string, number][] | null)[];
    (['source', 'language', 'day'] as const).forEach((key, i) => {
      for (const [value, n] of parsed[i] ?? []) tally[key].set(value, (tally[key].get(value) ?? 0) + n);
    });
  }
  rows.sort((x, y) => x.pos - y.pos);
  const all = groups.find((r) => r.g === 7);
  return { total: all?.total ?? 0, ranked: seqList(all?.ranked ?? null), stories: all?.stories ?? 0, page: rows };
}

/**
 * A ranked page computed in a pass (matchPass): the newest `window` matches
 * ranked by `score` (an SQL expression on `w`, the pass's newest matches,
 * with their vectors `w.tsv`), `limit` from `offset`; only when `when` holds (an SQL
 * condition on the pass, e.g. that it counted past the cap: a pass that is
 * not the last ranks nothing). Parameters from $`first` on: limit, offset.
 */
export interface PassPage {
  readonly score: string;
  readonly window: number;
  readonly when: string;
  readonly limit: number;
  readonly offset: number;
  /** Its parameters' numbers start after the pass's. */
  readonly first: number;
  readonly params: readonly Param[];
}

/** A hit of a page computed in a pass. */
export interface PageRow {
  readonly source: string | null;
  readonly language: string | null;
  readonly id: string;
  readonly title: string;
  readonly published: string | null;
  readonly story_id: string | null;
  readonly text: string;
  readonly score: number;
  readonly pos: number;
}

const PAGE_NULLS = ', NULL::text AS source, NULL::text AS language, NULL::text AS id, NULL::text AS title, NULL::text AS published, NULL::text AS story_id, NULL::text AS text, NULL::real AS score, NULL::int AS pos';

/** The page's rows in the shape of the pass's facet rows (g = -1), joined to their articles for what a hit shows. */
function pageSql(p: PassPage): string {
  return `SELECT -1, NULL::int, NULL::int, NULL::int[], NULL::json, a.source, a.language, a.id, a.title, a.published, a.story_id, a.text, r.score, r.pos
     FROM (SELECT k.seq, k.score, row_number() OVER (ORDER BY k.score, k.seq DESC)::int AS pos
           FROM (SELECT w.seq, (${p.score})::real AS score FROM (SELECT * FROM m ORDER BY seq DESC LIMIT ${p.window}) w WHERE ${p.when}) k
           ORDER BY k.score, k.seq DESC LIMIT $${p.first} OFFSET $${p.first + 1}) r
     JOIN articles a ON a.seq = r.seq`;
}

/** The facets shown: top 20 sources and languages by count, the latest 60 days. */
export function facetsOfTally(t: FacetTally): SearchResults['facets'] {
  const top = (m: Map<string, number>, byValue: boolean, limit: number): FacetCount[] =>
    [...m]
      .map(([value, count]) => ({ value, count }))
      .sort((x, y) => (byValue ? (x.value < y.value ? 1 : -1) : y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0)))
      .slice(0, limit);
  return { sources: top(t.source, false, 20), languages: top(t.language, false, 20), days: top(t.day, true, 60) };
}

/** An int[] as pg-native gives it: parsed, or as PostgreSQL's text form when its parser is not loaded. */
function seqList(v: number[] | string | null): number[] {
  if (v === null) return [];
  if (Array.isArray(v)) return v.map(Number);
  return v.replace(/[{}]/g, '').split(',').filter(Boolean).map(Number);
}

/** Direct quotes whose words (and speaker) match, with the article's filters (`where` holds them, on `a`). */
export function searchQuotes(db: PgConnection, req: SearchRequest, c: Compiler, where: string[], cap: number): SearchResults {
  const q = req.query;
  const tsq = q.text !== undefined ? c.compile(q.text) : undefined;
  if (tsq !== undefined) where.push(`q.tsv @@ ${tsq}`);
  if (q.speaker !== undefined) where.push(`q.speaker_tsv @@ ${c.namePhrase(q.speaker)}`);
  const from = 'article_quotes q JOIN articles a ON a.seq = q.seq';
  const cond = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const n = c.params.length;
  const score = tsq !== undefined ? `-ts_rank(q.tsv, ${tsq})` : '0::real';
  const page = db.adhoc<{ seq: number; speaker: string | null; start: number; end: number; score: number }>(
    `SELECT q.seq, q.speaker, q.start, q."end" AS end, ${score} AS score FROM ${from} ${cond} ORDER BY score, q.id DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...c.params, req.limit, req.offset],
  );
  // Counted up to the cap, as articles are (the newest quotes first).
  const tally = newTally();
  const { total } = matchPass(db, from, cond, c.params, cap + 1, cap, tally, 0, 'q.id DESC');
  const groups = facetsOfTally(tally);
  const terms = positiveTerms(q.text);
  const hits = page.map((p): SearchHit => {
    const r = db.one<{ id: string; title: string; text: string; source: string | null; language: string | null; published: string | null; story_id: string | null }>(
      'SELECT id, title, text, source, language, published, story_id FROM articles WHERE seq = $1',
      [p.seq],
    )!;
    return quoteHit(r, p, terms);
  });
  return { total: Math.min(total, cap), hits, facets: groups, ...(total > cap ? { totalCapped: true as const } : {}) };
}

/** Entities whose names hold the query's words, the most named first. Filters other than the words do not apply. */
export function searchEntities(db: PgConnection, req: SearchRequest, c: Compiler): SearchResults {
  const q = req.query;
  const text: SearchNode | undefined = q.text ?? (q.entity !== undefined ? { kind: 'phrase', text: q.entity } : undefined);
  if (text === undefined) return { total: 0, hits: [], facets: NO_FACETS };
  const tsq = c.compile(text);
  const cond = `WHERE n.tsv @@ ${tsq} AND n.kind = 'entity' AND n.articles > 0`;
  const n = c.params.length;
  const page = db.adhoc<{ name: string; folded: string; type: string | null; articles: number; score: number }>(
    `SELECT n.name, n.folded, n.type, n.articles, -ts_rank(n.tsv, ${tsq}) AS score FROM names n ${cond} ORDER BY n.articles DESC, score, n.id LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...c.params, req.limit, req.offset],
  );
  const total = db.adhoc<{ n: number }>(`SELECT count(*)::int AS n FROM names n ${cond}`, c.params)[0]?.n ?? 0;
  const terms = positiveTerms(text);
  const hits = page.map(
    (p): SearchHit => ({
      id: `entity:${p.folded}`,
      kind: 'entity',
      title: p.name,
      ...(p.type !== null ? { entityType: p.type } : {}),
      matches: p.articles,
      score: Number(p.score),
      snippet: snippet(p.name, terms),
    }),
  );
  return { total, hits, facets: NO_FACETS };
}
