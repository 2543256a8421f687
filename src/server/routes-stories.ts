/**
 * Stories: the list (from the store's story summaries, never the articles)
 * and one story's brief as JSON, Markdown or an HTML page (cached per
 * version of the story, see brief-cache.ts).
 */
import { asStoryId } from '../core/ids.js';
import type { StoryQuery } from '../storage/service-types.js';
import type { App, Deps } from './app.js';
import { badRequest, notFound } from './errors.js';
import { BriefReply, ErrorReply, StoriesQuery, StoriesReply, StoryParams } from './schemas.js';
import type { BriefFormat } from './brief-cache.js';

/** A page position as an opaque string: the sort and the last story's sort key. */
export function encodeCursor(sort: string, key: readonly number[]): string {
  return Buffer.from(`${sort}:${key.join('.')}`, 'utf8').toString('base64url');
}

function decodeCursor(sort: string, cursor: string): readonly number[] {
  const m = /^(updated|size):(\d{1,15}(?:\.\d{1,15})?)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badRequest('cursor is not one this server gave: pass the "next" of a previous page unchanged');
  if (m[1] !== sort) throw badRequest(`cursor belongs to sort=${m[1]}, not sort=${sort}: keep the sort while paging`);
  return m[2]!.split('.').map(Number);
}

/** Smaller briefs are sent as they are: compressing them saves less than it costs. */
const GZIP_FROM = 1024;

function acceptsGzip(header: string | undefined): boolean {
  return header !== undefined && /(?:^|,)\s*gzip\s*(?:;\s*q=(?!0(?:\.0*)?\s*(?:,|$))[\d.]+)?\s*(?:,|$)/i.test(header);
}

const CONTENT_TYPES: Record<BriefFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export function storyRoutes(app: App, { store, briefs }: Deps): void {
  app.get(
    '/api/v1/stories',
    {
      schema: {
        summary: 'List stories',
        description: 'Newest change first (sort=updated) or largest first (sort=size); filters combine with AND.',
        tags: ['stories'],
        querystring: StoriesQuery,
        response: { 200: StoriesReply, 400: ErrorReply },
      },
    },
    async (req) => {
      const q = req.query;
      const sort = q.sort ?? 'updated';
      if (q.from !== undefined && q.to !== undefined && q.from > q.to) throw badRequest(`from (${q.from}) is after to (${q.to})`);
      const query: StoryQuery = {
        sort,
        limit: q.limit ?? 20,
        ...(q.cursor !== undefined ? { after: decodeCursor(sort, q.cursor) } : {}),
        ...(q.source !== undefined ? { source: q.source } : {}),
        ...(q.language !== undefined ? { language: q.language } : {}),
        ...(q.from !== undefined ? { from: q.from } : {}),
        ...(q.to !== undefined ? { to: q.to } : {}),
        ...(q.min_sources !== undefined ? { minSources: q.min_sources } : {}),
      };
      const page = store.storyPage(query);
      return { stories: [...page.stories], ...(page.next !== undefined ? { next: encodeCursor(sort, page.next) } : {}) };
    },
  );

  const brief = (format: BriefFormat, path: string, summary: string): void => {
    app.get(
      path,
      {
        schema: {
          summary,
          tags: ['stories'],
          params: StoryParams,
          response: format === 'json' ? { 200: BriefReply, 404: ErrorReply } : { 404: ErrorReply },
        },
      },
      async (req, reply) => {
        const brief = await briefs.getAsync(asStoryId(req.params.id), format);
        if (brief === undefined) throw notFound(`no story ${req.params.id} (see GET /api/v1/stories)`);
        reply.type(CONTENT_TYPES[format]).header('Vary', 'Accept-Encoding');
        // Sent as rendered: the JSON is byte for byte what `parallax brief --format json` prints.
        if (brief.text.length < GZIP_FROM || !acceptsGzip(req.headers['accept-encoding'])) return reply.send(brief.text);
        return reply.header('Content-Encoding', 'gzip').send(brief.gzip());
      },
    );
  };
  brief('json', '/api/v1/stories/:id', "A story's brief as JSON (exactly `parallax brief STORY --format json`)");
  brief('md', '/api/v1/stories/:id/brief.md', "A story's brief as Markdown");
  brief('html', '/api/v1/stories/:id/brief.html', "A story's brief as a self-contained HTML page");
}
