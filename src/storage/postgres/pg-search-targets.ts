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
import type { Compiler } from './pg-search.js';

const NO_FACETS = { sources: [], languages: [], days: [] };

/** Facets from one grouping-sets pass over the matching rows (alias `a` is the article). */
export function facetsOf(db: PgConnection, from: string, cond: string, params: readonly Param[]): { total: number; facets: SearchResults['facets'] } {
  const groups = db.adhoc<{ source: string | null; language: string | null; day: string | null; g: number; n: number }>(
    `SELECT a.source, a.language, a.day, GROUPING(a.source, a.language, a.day)::int AS g, count(*)::int AS n FROM ${from} ${cond}
     GROUP BY GROUPING SETS ((a.source), (a.language), (a.day), ())`,
    params,
  );
  const facet = (key: 'source' | 'language' | 'day', g: number, byValue: boolean, limit: number): FacetCount[] =>
    groups
      .filter((r) => r.g === g && r[key] !== null)
      .map((r) => ({ value: r[key]!, count: r.n }))
      .sort((x, y) => (byValue ? (x.value < y.value ? 1 : -1) : y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0)))
      .slice(0, limit);
  // GROUPING() sets a bit per column left out: (source) is 0b011, (language) 0b101, (day) 0b110, () 0b111.
  return {
    total: groups.find((r) => r.g === 7)?.n ?? 0,
    facets: { sources: facet('source', 3, false, 20), languages: facet('language', 5, false, 20), days: facet('day', 6, true, 60) },
  };
}

/** Direct quotes whose words (and speaker) match, with the article's filters (`where` holds them, on `a`). */
export function searchQuotes(db: PgConnection, req: SearchRequest, c: Compiler, where: string[]): SearchResults {
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
  const { total, facets } = facetsOf(db, from, cond, c.params);
  const terms = positiveTerms(q.text);
  const hits = page.map((p): SearchHit => {
    const r = db.one<{ id: string; title: string; text: string; source: string | null; language: string | null; published: string | null; story_id: string | null }>(
      'SELECT id, title, text, source, language, published, story_id FROM articles WHERE seq = $1',
      [p.seq],
    )!;
    return quoteHit(r, p, terms);
  });
  return { total, hits, facets };
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
