/**
 * Articles: one stored article with its analysis, ingest through the
 * pipeline (api-ingest.ts), and search (the query language of
 * storage/search-query.ts over the store's full-text index, with facets
 * over every match).
 */
import { asArticleId } from '../core/ids.js';
import type { App, Deps } from './app.js';
import { parseSearchQuery } from '../storage/search-query.js';
import { badRequest, notFound } from './errors.js';
import { dataAge, KeptBody, sendKept } from './kept-body.js';
import type { SearchRequest, SearchResults } from '../storage/service-types.js';
import type { PgStore } from '../storage/postgres/pg-store.js';
import { ArticleParams, ArticleReply, ErrorReply, PostArticlesBody, PostArticlesReply, SearchQueryString, SearchReply } from './schemas.js';

export function articleRoutes(app: App, { store, ingest, events }: Deps): void {
  app.get(
    '/api/v1/articles/:id',
    {
      schema: {
        summary: 'One stored article: cleaned text, metadata and what the analysis found (offsets into text)',
        tags: ['articles'],
        params: ArticleParams,
        response: { 200: ArticleReply, 404: ErrorReply },
      },
    },
    async (req) => {
      const stored = store.getArticle(asArticleId(req.params.id));
      if (stored === undefined) throw notFound(`no article ${req.params.id}`);
      const { article, analysis } = stored;
      const meta = article.meta;
      return {
        id: article.id,
        title: article.title,
        text: article.text,
        language: analysis.language,
        ...(stored.storyId !== undefined ? { storyId: stored.storyId } : {}),
        ...(meta.url !== undefined ? { url: meta.url } : {}),
        ...(meta.source !== undefined ? { source: meta.source } : {}),
        ...(meta.published !== undefined ? { published: meta.published } : {}),
        ...(meta.byline !== undefined ? { byline: meta.byline } : {}),
        entities: [...analysis.entities],
        quotes: [...analysis.quotes],
        figures: [...analysis.figures],
        dates: [...analysis.dates],
      };
    },
  );

  app.post(
    '/api/v1/articles',
    {
      config: { access: 'write' },
      schema: {
        summary: 'Ingest articles: cleaned, analysed, clustered and stored as `parallax ingest` does',
        description: 'A JSON array of {title, text, url, published, source} (text required; HTML in text is extracted). Duplicates (same normalised text) are counted, not stored again. Needs a write token.',
        tags: ['articles'],
        security: [{ bearer: [] }],
        body: PostArticlesBody,
        response: { 200: PostArticlesReply, 400: ErrorReply, 401: ErrorReply, 403: ErrorReply, 413: ErrorReply },
      },
    },
    async (req) => {
      const result = await ingest.ingest(req.body);
      // Announce the new and changed stories now rather than at the next tick.
      events.poll();
      return result;
    },
  );
}

const SYNTAX = `Words are ANDed; "a phrase"; OR; NOT or a leading - excludes (budget -tax); word* matches a prefix;
parentheses group; source:NAME (or source:"Two Words"), lang:en, from:YYYY-MM-DD and to:YYYY-MM-DD filter the whole query;
speaker:NAME keeps articles quoting that speaker and entity:NAME those naming that entity (the words of the name: speaker:Putin finds "Vladimir Putin").
type=stories groups matching articles by story; type=quotes searches the words of direct quotes (speaker: is the quote's speaker); type=entities finds names.
Chinese and Japanese words match as character sequences. Ranked by BM25 (title weighted 3x); snippets mark matches with <mark>.`;

export function searchRoutes(app: App, { store, searches: cache, searchWorker, searchRefreshWorker, snapshot }: Deps): void {
  const pooled = store as Partial<Pick<PgStore, 'searchAsync' | 'startSearchPool'>>;
  // Off the event loop: PostgreSQL's search processes, or the SQLite search workers (search-worker.ts): a refresh,
  // which nobody waits for, on the one at the lowest priority.
  const searchAsync =
    typeof pooled.searchAsync === 'function'
      ? (request: SearchRequest) => pooled.searchAsync!.call(store, request)
      : searchWorker !== undefined
        ? (request: SearchRequest, refresh: boolean) => (refresh && searchRefreshWorker !== undefined ? searchRefreshWorker : searchWorker).search(request)
        : undefined;
  // Each kept answer's bytes, for as long as the search cache holds the answer.
  const bodies = new WeakMap<SearchResults, KeptBody>();
  // Started with the server, so the first searches do not wait for the processes to load.
  pooled.startSearchPool?.call(store);
  app.get(
    '/api/v1/search',
    {
      schema: {
        summary: 'Full-text search over articles, stories, quotes or entities',
        description: SYNTAX,
        tags: ['search'],
        querystring: SearchQueryString,
        response: { 200: SearchReply, 400: ErrorReply },
      },
    },
    async (req, reply) => {
      const parsed = parseSearchQuery(req.query.q);
      if (!parsed.ok) throw badRequest(`q: ${parsed.detail ?? parsed.reason}`);
      const request = { query: parsed.value, target: req.query.type ?? 'articles', limit: req.query.limit ?? 20, offset: req.query.offset ?? 0 } as const;
      // On PostgreSQL a pool of search processes runs several searches at once (pg-search-pool.ts); SQLite in a memory store answers in-thread.
      const results = searchAsync !== undefined ? await cache.getAsync(JSON.stringify(request), (refresh) => searchAsync(request, refresh)) : cache.get(JSON.stringify(request), () => store.search(request));
      // How old the database snapshot the answer was computed for is (search-cache.ts: at most a few seconds while articles keep arriving).
      dataAge(reply, snapshot.now(), cache.asOf(results));
      // A kept answer is the same object until its query is computed again: serialised once, not per request.
      let kept = bodies.get(results);
      if (kept === undefined) {
        kept = new KeptBody(
          String(
            reply.serialize({
              total: results.total,
              ...(results.totalCapped === true ? { totalCapped: true as const } : {}),
              hits: results.hits.map((h) => ({ ...h })),
              facets: { sources: [...results.facets.sources], languages: [...results.facets.languages], days: [...results.facets.days] },
            }),
          ),
        );
        bodies.set(results, kept);
      }
      return sendKept(req, reply, kept);
    },
  );
}
