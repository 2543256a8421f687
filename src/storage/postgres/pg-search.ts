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
import { positiveTerms, type SearchNode, type SearchQuery } from '../search-query.js';
import { snippet, spaceCjk } from '../search-snippet.js';
import type { SearchHit, SearchRequest, SearchResults } from '../service-types.js';
import type { PgConnection, Param } from './pg-connection.js';
import { backfillNames } from './pg-search-names.js';
import { facetsOf, searchEntities, searchQuotes } from './pg-search-targets.js';

/** ISO 639-1 → PostgreSQL's built-in text-search configurations. */
const CONFIGS: Readonly<Record<string, string>> = {
  ar: 'arabic', hy: 'armenian', eu: 'basque', ca: 'catalan', da: 'danish', nl: 'dutch', en: 'english', fi: 'finnish',
  fr: 'french', de: 'german', el: 'greek', hi: 'hindi', hu: 'hungarian', id: 'indonesian', ga: 'irish', it: 'italian',
  lt: 'lithuanian', ne: 'nepali', no: 'norwegian', nb: 'norwegian', nn: 'norwegian', pt: 'portuguese', ro: 'romanian',
  ru: 'russian', sr: 'serbian', es: 'spanish', sv: 'swedish', ta: 'tamil', tr: 'turkish', yi: 'yiddish',
};

export function configFor(language: string | undefined): string {
  return (language !== undefined && CONFIGS[language]) || 'simple';
}

const FOLD = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;

/** Text as it is indexed and queried: diacritics of Latin, Greek and Cyrillic dropped, CJK spaced out. */
export function foldForSearch(text: string): string {
  return spaceCjk(text.normalize('NFD').replace(FOLD, '$1').normalize('NFC'));
}

/** The SQL expression of an article's search vector, from parameters $cfg, $title, $text. */
export function tsvSql(cfg: string, title: string, text: string): string {
  return `setweight(to_tsvector(${cfg}::regconfig, ${title}), 'A') || setweight(to_tsvector(${cfg}::regconfig, ${text}), 'D')`;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Matches ranked per query: the newest this many. */
const RANK_WINDOW = 2000;

export class Compiler {
  readonly params: Param[] = [];
  constructor(private readonly configs: readonly string[]) {}

  private bind(v: Param): string {
    this.params.push(v);
    return `$${this.params.length}`;
  }

  /** Each configuration's reading of one word or phrase, ORed. */
  private anyConfig(fn: string, text: string): string {
    const p = this.bind(foldForSearch(text));
    return `(${this.configs.map((c) => `${fn}('${c}', ${p})`).join(' || ')})`;
  }

  /** A name's words as a phrase of the 'simple' vectors of names and speakers: speaker:Putin finds "Vladimir Putin". */
  namePhrase(name: string): string {
    return `phraseto_tsquery('simple', ${this.bind(foldForSearch(name))})`;
  }

  compile(node: SearchNode): string {
    switch (node.kind) {
      case 'term': {
        // A word spaced into several tokens (Chinese, Japanese: one a character) is a phrase of them, as in SQLite.
        if (!node.prefix) return this.anyConfig(/\s/.test(foldForSearch(node.text).trim()) ? 'phraseto_tsquery' : 'plainto_tsquery', node.text);
        // A prefix is matched on the unstemmed form: each token of the word, the last one open.
        const toks = foldForSearch(node.text).toLowerCase().match(WORD) ?? [];
        if (toks.length === 0) return this.anyConfig('plainto_tsquery', node.text);
        const q = toks.map((t, i) => `'${t}'${i === toks.length - 1 ? ':*' : ''}`).join(' <-> ');
        return `to_tsquery('simple', ${this.bind(q)})`;
      }
      case 'phrase':
        return this.anyConfig('phraseto_tsquery', node.text);
      case 'or':
        return `(${node.items.map((n) => this.compile(n)).join(' || ')})`;
      case 'and': {
        const base = node.items.map((n) => this.compile(n)).join(' && ');
        return node.not.reduce((acc, n) => `(${acc} && !!${this.compile(n)})`, `(${base})`);
      }
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
  score: number;
}

export class PgSearch {
  private configs: { at: number; list: string[] } | undefined;

  constructor(private readonly db: PgConnection) {}

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
    if (req.query.text === undefined && req.query.speaker === undefined && req.query.entity === undefined) return this.run(req);
    // The planner does not count the cost of reading each row's vector out of TOAST, so for a common word it
    // chose to scan the table and test every row (38 ms at 10k articles) over the GIN index (1.7 ms): told not to.
    return this.db.transaction(() => {
      this.db.exec('SET LOCAL enable_seqscan = off');
      return this.run(req);
    });
  }

  private run(req: SearchRequest): SearchResults {
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
      return searchQuotes(this.db, req, c, where);
    }
    const tsq = q.text !== undefined ? c.compile(q.text) : undefined;
    // The query inline, not from a subquery: joined from one, the planner scanned every row instead of the GIN index.
    if (tsq !== undefined) where.push(`a.tsv @@ ${tsq}`);
    filters(q, where, bind, c);
    const from = 'articles a';
    const cond = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const n = c.params.length;
    const page = [...c.params, req.limit, req.offset];
    const columns = 'a.id, a.title, a.source, a.language, a.published, a.story_id, a.text';
    // Lower is better, as SQLite's BM25 reports it; the title's weight (A) is three times the body's (D). Ranking reads
    // every ranked article's vector, so only the newest RANK_WINDOW matches are ranked: a common word's cost stays
    // bounded however many articles hold it (news search leans to the recent anyway); the total still counts all.
    const hits =
      tsq === undefined
        ? this.db.adhoc<HitRow>(`SELECT ${columns}, 0::real AS score FROM ${from} ${cond} ORDER BY a.day DESC NULLS LAST, a.seq DESC LIMIT $${n + 1} OFFSET $${n + 2}`, page)
        : this.db.adhoc<HitRow>(
            `WITH m AS MATERIALIZED (SELECT a.seq, a.tsv, ${tsq} AS q FROM ${from} ${cond} ORDER BY a.seq DESC LIMIT ${RANK_WINDOW}),
             r AS (SELECT m.seq, -ts_rank('{0.333, 0.333, 0.333, 1}', m.tsv, m.q) AS score FROM m ORDER BY score, m.seq DESC LIMIT $${n + 1} OFFSET $${n + 2})
             SELECT ${columns}, r.score FROM r JOIN articles a ON a.seq = r.seq ORDER BY r.score, r.seq DESC`,
            page,
          );
    // The total and the three facets in one pass over the matches (grouping sets).
    const { total, facets } = facetsOf(this.db, from, cond, c.params);
    const terms = positiveTerms(q.text);
    if (target === 'stories') return { ...this.stories(req, from, cond, c.params, tsq), facets };
    return {
      total,
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
      facets,
    };
  }

  /** Stories whose articles match: one hit per story (its best-ranked match among the newest RANK_WINDOW), most matches next. */
  private stories(req: SearchRequest, from: string, cond: string, params: readonly Param[], tsq: string | undefined): Omit<SearchResults, 'facets'> {
    const ranked = tsq !== undefined;
    const inStory = `${cond}${cond ? ' AND' : ' WHERE'} a.story_id IS NOT NULL`;
    const n = params.length;
    const score = ranked ? "-ts_rank('{0.333, 0.333, 0.333, 1}', m.tsv, m.q)" : '0::real';
    const page = this.db.adhoc<{ id: string; seq: number; score: number; matches: number }>(
      `WITH m AS MATERIALIZED (SELECT a.seq, a.story_id, a.tsv${ranked ? `, ${tsq} AS q` : ''} FROM ${from} ${inStory} ORDER BY a.seq DESC LIMIT ${RANK_WINDOW}),
       r AS (SELECT m.story_id AS id, m.seq, ${score} AS score FROM m),
       b AS (SELECT DISTINCT ON (id) id, seq, score FROM r ORDER BY id, score, seq DESC),
       c AS (SELECT id, count(*)::int AS matches FROM r GROUP BY id)
       SELECT b.id, b.seq, b.score, c.matches FROM b JOIN c USING (id)
       ORDER BY ${ranked ? 'b.score, c.matches DESC' : 'c.matches DESC, b.id'} LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, req.limit, req.offset],
    );
    const total = this.db.adhoc<{ n: number }>(`SELECT count(DISTINCT a.story_id)::int AS n FROM ${from} ${inStory}`, params)[0]?.n ?? 0;
    const terms = positiveTerms(req.query.text);
    const hits = page.map((p): SearchHit => {
      const s = this.db.one<{ title: string; first_published: string | null }>('SELECT title, first_published FROM story_index WHERE id = $1', [p.id]);
      const a = this.db.one<{ text: string; source: string | null; language: string | null }>('SELECT text, source, language FROM articles WHERE seq = $1', [p.seq])!;
      return {
        id: p.id,
        kind: 'story',
        title: s?.title ?? '',
        storyId: p.id as StoryId,
        ...(a.source !== null ? { source: a.source } : {}),
        ...(a.language !== null ? { language: a.language } : {}),
        ...(s?.first_published ? { published: s.first_published } : {}),
        score: Number(p.score),
        matches: p.matches,
        snippet: snippet(a.text, terms),
      };
    });
    return { total, hits };
  }
}

function filters(q: SearchQuery, where: string[], bind: (v: Param) => string, c: Compiler): void {
  for (const kind of ['speaker', 'entity'] as const) {
    const name = q[kind];
    if (name === undefined) continue;
    where.push(`a.seq IN (SELECT an.seq FROM article_names an JOIN names n ON n.id = an.name_id WHERE n.kind = '${kind}' AND n.tsv @@ ${c.namePhrase(name)})`);
  }
  if (q.source !== undefined) where.push(`lower(a.source) = lower(${bind(q.source)})`);
  if (q.language !== undefined) where.push(`a.language = ${bind(q.language)}`);
  if (q.from !== undefined) where.push(`a.day >= ${bind(q.from)}`);
  if (q.to !== undefined) where.push(`a.day <= ${bind(q.to)}`);
}
