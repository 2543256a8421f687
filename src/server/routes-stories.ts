/**
 * Stories: the list (from the store's story summaries, never the articles)
 * and one story's brief as JSON, Markdown or an HTML page (cached per
 * version of the story, see brief-cache.ts).
 *
 * Both carry an ETag from the story change counter and answer 304 to an
 * If-None-Match naming it, and list pages are kept serialised until the
 * counter moves (read at most once per refresh interval, read-snapshot.ts): under load the list's cost was its two queries and the
 * serialiser (0.5 ms of CPU a request at 36,000 articles), while a page
 * only changes when some story does.
 */
import { asStoryId } from '../core/ids.js';
import type { FastifyReply } from 'fastify';
import type { StoryQuery } from '../storage/service-types.js';
import type { App, Deps } from './app.js';
import { badRequest, notFound } from './errors.js';
import { BriefReply, ErrorReply, StoriesQuery, StoriesReply, StoryParams } from './schemas.js';
import type { BriefFormat } from './brief-cache.js';
import { acceptsGzip, dataAge, GZIP_FROM, KeptBody, notModified, sendKept } from './kept-body.js';

export { ifNoneMatch } from './kept-body.js';

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

const CONTENT_TYPES: Record<BriefFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/**
 * Serialised list pages by request URL, all of one snapshot (most recent
 * last). The snapshot is the story counter read at most once per refresh
 * interval (read-snapshot.ts, shared with search): keyed on the live
 * counter, every article stored dropped every page, so while articles
 * stream in the pages were recomputed many times a second.
 */
class PageCache {
  private seq = -1;
  private readonly pages = new Map<string, KeptBody>();
  constructor(private readonly capacity = 512) {}

  get(seq: number, key: string): KeptBody | undefined {
    if (seq !== this.seq) {
      this.pages.clear();
      this.seq = seq;
      return undefined;
    }
    return this.pages.get(key);
  }

  put(seq: number, key: string, body: KeptBody): void {
    if (seq !== this.seq) return;
    this.pages.set(key, body);
    if (this.pages.size > this.capacity) this.pages.delete(this.pages.keys().next().value!);
  }
}

export function storyRoutes(app: App, { store, briefs, snapshot }: Deps): void {
  const pages = new PageCache();
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
    async (req, reply) => {
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
      // Read before the page: a change in between leaves a newer page under an older
      // counter value, served until the snapshot next moves (as the brief cache does).
      const seq = snapshot.current();
      let kept = pages.get(seq, req.url);
      if (kept === undefined) {
        const page = store.storyPage(query);
        // The route's own serialiser: the same bytes as returning the object.
        kept = new KeptBody(String(reply.serialize({ stories: [...page.stories], ...(page.next !== undefined ? { next: encodeCursor(sort, page.next) } : {}) })), `"l${seq}"`);
        pages.put(seq, req.url, kept);
      }
      // Of the snapshot read at most one refresh interval ago.
      dataAge(reply, snapshot.now(), snapshot.readTime());
      // Sent as kept (a Buffer with a JSON type goes out as it is), gzipped once for clients that accept it.
      return sendKept(req, reply, kept);
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
        const gzip = brief.text.length >= GZIP_FROM && acceptsGzip(req.headers['accept-encoding']);
        // One tag per version, format and encoding: the gzipped bytes are another representation.
        if (notModified(reply, req.headers['if-none-match'], `"${format}${brief.version}${gzip ? '-gz' : ''}"`)) return reply;
        // Sent as rendered: the JSON is byte for byte what `parallax brief --format json` prints.
        if (!gzip) return reply.send(brief.text);
        return reply.header('Content-Encoding', 'gzip').send(await brief.gzipped());
      },
    );
  };
  brief('json', '/api/v1/stories/:id', "A story's brief as JSON (exactly `parallax brief STORY --format json`)");
  brief('md', '/api/v1/stories/:id/brief.md', "A story's brief as Markdown");
  brief('html', '/api/v1/stories/:id/brief.html', "A story's brief as a self-contained HTML page");
}
