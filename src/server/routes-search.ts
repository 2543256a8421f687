/**
 * GET /api/v1/search: the query language of storage/search-query.ts over
 * the store's full-text index, with facets over every match.
 */
import { parseSearchQuery } from '../storage/search-query.js';
import type { App, Deps } from './app.js';
import { badRequest } from './errors.js';
import { ErrorReply, SearchQueryString, SearchReply } from './schemas.js';

const SYNTAX = `Words are ANDed; "a phrase"; OR; NOT or a leading - excludes (budget -tax); word* matches a prefix;
parentheses group; source:NAME (or source:"Two Words"), lang:en, from:YYYY-MM-DD and to:YYYY-MM-DD filter the whole query.
Chinese and Japanese words match as character sequences. Ranked by BM25 (title weighted 3x); snippets mark matches with <mark>.`;

export function searchRoutes(app: App, { store }: Deps): void {
  app.get(
    '/api/v1/search',
    {
      schema: {
        summary: 'Full-text search over articles',
        description: SYNTAX,
        tags: ['search'],
        querystring: SearchQueryString,
        response: { 200: SearchReply, 400: ErrorReply },
      },
    },
    async (req) => {
      const parsed = parseSearchQuery(req.query.q);
      if (!parsed.ok) throw badRequest(`q: ${parsed.detail ?? parsed.reason}`);
      const results = store.search({ query: parsed.value, limit: req.query.limit ?? 20, offset: req.query.offset ?? 0 });
      return {
        total: results.total,
        hits: results.hits.map((h) => ({ ...h })),
        facets: { sources: [...results.facets.sources], languages: [...results.facets.languages], days: [...results.facets.days] },
      };
    },
  );
}
