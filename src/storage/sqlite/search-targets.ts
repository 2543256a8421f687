/**
 * Search targets besides articles: stories (the article matches grouped by
 * story, ranked by their best match), quotes (quote_fts: a quote's words,
 * and `speaker:` as a column filter on it), and entities (name_fts, most
 * named first). Each reads its narrow index tables and opens article rows
 * only for the page of hits shown.
 */
import type Database from 'better-sqlite3';
import { positiveTerms, type SearchQuery } from '../search-query.js';
import { quoteHit } from '../quote-hit.js';
import { snippet } from '../search-snippet.js';
import type { SearchHit, SearchRequest, SearchResults } from '../service-types.js';
import { facetCounts, filters, ftsString, toFtsMatch } from './search-index.js';
import { prepared } from './statements.js';

const NO_FACETS = { sources: [], languages: [], days: [] };

/** Stories whose articles match: one hit per story, its best-matching article's snippet. */
export function searchStories(
  db: Database.Database,
  req: SearchRequest,
  from: string,
  cond: string,
  params: readonly (string | number)[],
  score: string,
): Omit<SearchResults, 'facets'> {
  const inStory = `${cond}${cond ? ' AND' : ' WHERE'} f.story_id IS NOT NULL`;
  const order = req.query.text !== undefined ? 'score, matches DESC' : 'matches DESC, id';
  // bm25() cannot be aggregated directly: scored per article first (materialized, so not flattened). The bare column seq comes
  // from the row holding MIN(score) (SQLite's rule for one min/max aggregate): the best match.
  const page = prepared(
    db,
    `WITH m AS MATERIALIZED (SELECT f.story_id AS id, ${score} AS score, f.seq AS seq FROM ${from} ${inStory})
     SELECT id, MIN(score) AS score, seq, COUNT(*) AS matches FROM m GROUP BY id ORDER BY ${order} LIMIT ? OFFSET ?`,
  ).all(...params, req.limit, req.offset) as { id: string; score: number; seq: number; matches: number }[];
  const total = (prepared(db, `SELECT COUNT(DISTINCT f.story_id) AS n FROM ${from} ${inStory}`).get(...params) as { n: number }).n;
  const terms = positiveTerms(req.query.text);
  const story = prepared(db, 'SELECT title, first_published, last_published FROM story_index WHERE id = ?');
  const best = prepared(db, 'SELECT text, source, language FROM articles WHERE seq = ?');
  const hits: SearchHit[] = page.map((p) => {
    const s = story.get(p.id) as { title: string; first_published: string | null } | undefined;
    const a = best.get(p.seq) as { text: string; source: string | null; language: string | null };
    return {
      id: p.id,
      kind: 'story',
      title: s?.title ?? '',
      storyId: p.id as never,
      ...(a.source !== null ? { source: a.source } : {}),
      ...(a.language !== null ? { language: a.language } : {}),
      ...(s?.first_published ? { published: s.first_published } : {}),
      score: p.score,
      matches: p.matches,
      snippet: snippet(a.text, terms),
    };
  });
  return { total, hits };
}

/** The quote's MATCH: its words in the body column, the speaker filter on the speaker column. */
function quoteMatch(q: SearchQuery): string | undefined {
  const parts: string[] = [];
  if (q.text !== undefined) parts.push(`body : (${toFtsMatch(q.text)})`);
  if (q.speaker !== undefined) parts.push(`speaker : ${ftsString(q.speaker)}`);
  return parts.length > 0 ? parts.join(' AND ') : undefined;
}

/** Direct quotes whose words (and speaker) match, with the article's filters. */
export function searchQuotes(db: Database.Database, req: SearchRequest): SearchResults {
  const q = req.query;
  const match = quoteMatch(q);
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (match !== undefined) {
    where.push('quote_fts MATCH ?');
    params.push(match);
  }
  // speaker: is the quote's own speaker here, not any speaker of the article.
  filters({ ...q, speaker: undefined }, where, params);
  const from = match !== undefined ? 'quote_fts JOIN article_quotes q ON q.id = quote_fts.rowid JOIN article_facets f ON f.seq = q.seq' : 'article_quotes q JOIN article_facets f ON f.seq = q.seq';
  const cond = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const score = match !== undefined ? 'bm25(quote_fts, 1, 2)' : '0';
  const order = match !== undefined ? 'score, q.id DESC' : 'q.id DESC';
  const page = prepared(db, `SELECT q.seq, q.speaker, q.start, q.end, ${score} AS score FROM ${from} ${cond} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
    ...params,
    req.limit,
    req.offset,
  ) as { seq: number; speaker: string | null; start: number; end: number; score: number }[];
  const total = (prepared(db, `SELECT COUNT(*) AS n FROM ${from} ${cond}`).get(...params) as { n: number }).n;
  const terms = positiveTerms(q.text);
  const row = prepared(db, 'SELECT id, title, text, source, language, published, story_id FROM articles WHERE seq = ?');
  const hits: SearchHit[] = page.map((p) => {
    const r = row.get(p.seq) as { id: string; title: string; text: string; source: string | null; language: string | null; published: string | null; story_id: string | null };
    return quoteHit(r, p, terms);
  });
  const facets = {
    sources: facetCounts(db, from, cond, params, 'source', 'count DESC, value', 20),
    languages: facetCounts(db, from, cond, params, 'language', 'count DESC, value', 20),
    days: facetCounts(db, from, cond, params, 'day', 'value DESC', 60),
  };
  return { total, hits, facets };
}

/** Entities whose names hold the query's words, the most named first. Filters other than the words do not apply. */
export function searchEntities(db: Database.Database, req: SearchRequest): SearchResults {
  const q = req.query;
  const text = q.text ?? (q.entity !== undefined ? ({ kind: 'phrase', text: q.entity } as const) : undefined);
  if (text === undefined) return { total: 0, hits: [], facets: NO_FACETS };
  const match = toFtsMatch(text);
  const from = "name_fts JOIN names n ON n.id = name_fts.rowid WHERE name_fts MATCH ? AND n.kind = 'entity' AND n.articles > 0";
  const page = prepared(db, `SELECT n.name, n.folded, n.type, n.articles, bm25(name_fts) AS score FROM ${from} ORDER BY n.articles DESC, score LIMIT ? OFFSET ?`).all(
    match,
    req.limit,
    req.offset,
  ) as { name: string; folded: string; type: string | null; articles: number; score: number }[];
  const total = (prepared(db, `SELECT COUNT(*) AS n FROM ${from}`).get(match) as { n: number }).n;
  const terms = positiveTerms(text);
  const hits: SearchHit[] = page.map((p) => ({
    id: `entity:${p.folded}`,
    kind: 'entity',
    title: p.name,
    ...(p.type !== null ? { entityType: p.type } : {}),
    matches: p.articles,
    score: p.score,
    snippet: snippet(p.name, terms),
  }));
  return { total, hits, facets: NO_FACETS };
}
