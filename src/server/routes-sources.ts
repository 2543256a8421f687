/**
 * Watched sources: add a feed URL (optionally following its item links), a sitemap, a URL list or a folder, list them with their health
 * (last success, last error, items per day, next poll), look at one, remove
 * one. The scheduler (scheduler.ts) polls them; a new source is due at once.
 * Adding or removing needs a write token: a folder source makes the server
 * read files on its own machine.
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { Type, type Static } from 'typebox';
import { itemsPerDay } from '../pipeline/poll-sources.js';
import type { SourceKind, SourceRecord } from '../storage/source-types.js';
import type { App, Deps } from './app.js';
import { badRequest, HttpError, notFound } from './errors.js';
import { ErrorReply } from './schemas.js';

export const PostSourceBody = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: 4000, description: 'a feed, sitemap or URL list: its http(s) URL; a folder: an absolute path on the server' }),
    kind: Type.Union([Type.Literal('feed'), Type.Literal('folder'), Type.Literal('sitemap'), Type.Literal('urls')], {
      description: 'feed (RSS, Atom or RDF), sitemap (a news sitemap or sitemap index: each new page fetched), urls (a plain-text list of page URLs, one a line) or folder (new .html, .htm, .txt, .jsonl, .warc, .warc.gz files)',
    }),
    followLinks: Type.Optional(Type.Boolean({
      description: "feeds only: fetch each new item's link and ingest the extracted page instead of the feed's text (the item's own text when the page fails); each link fetched once",
    })),
  },
  { additionalProperties: false },
);

const Time = Type.String({ description: 'ISO 8601 time' });
export const SourceReply = Type.Object(
  {
    id: Type.String({ description: 'source id (s_ and hex digits)' }),
    kind: Type.Union([Type.Literal('feed'), Type.Literal('folder'), Type.Literal('sitemap'), Type.Literal('urls')]),
    url: Type.String(),
    createdAt: Time,
    nextPollAt: Time,
    intervalSec: Type.Integer({ description: 'current polling interval: halves after a poll with new items, grows 1.5x after one without; after a day, pulled toward two polls per item the source publishes' }),
    failures: Type.Integer({ description: 'errors in a row; the wait doubles with each' }),
    lastPollAt: Type.Optional(Time),
    lastSuccessAt: Type.Optional(Time),
    lastError: Type.Optional(Type.String()),
    lastErrorAt: Type.Optional(Time),
    itemsSeen: Type.Integer({ description: 'articles this source added' }),
    itemsPerDay: Type.Number({ description: 'itemsSeen per day since the source was added (over one day at least)' }),
    followLinks: Type.Boolean({ description: "a feed whose items' linked pages are fetched and extracted" }),
    etag: Type.Optional(Type.String()),
    lastModified: Type.Optional(Type.String()),
  },
  { $id: 'Source', description: 'A watched source and its health' },
);
export const SourceParams = Type.Object({ id: Type.String({ pattern: '^s_[0-9a-f]{1,64}$', description: 'source id (s_ and hex digits)' }) });
type SourceReplyT = Static<typeof SourceReply>;

function view(s: SourceRecord, now: Date): SourceReplyT {
  return { ...s, itemsPerDay: itemsPerDay(s, now), followLinks: s.followLinks === true };
}

/** The stored location: a normalised http(s) URL, or an existing absolute directory. */
function location(kind: SourceKind, url: string): string {
  if (kind !== 'folder') {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw badRequest(`body/url is not a valid URL: ${url}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw badRequest(`body/url must be http or https (got ${u.protocol})`);
    return u.href;
  }
  if (!isAbsolute(url)) throw badRequest(`body/url must be an absolute folder path for a folder source (got ${url})`);
  const path = resolve(url);
  let dir = false;
  try {
    dir = statSync(path).isDirectory();
  } catch {
    throw badRequest(`body/url: no folder ${path} on the server`);
  }
  if (!dir) throw badRequest(`body/url: ${path} is not a folder`);
  return path;
}

export function sourceRoutes(app: App, { store, scheduler, clock }: Deps): void {
  const sources = store.sourceStore();
  app.addSchema(SourceReply);

  app.get(
    '/api/v1/sources',
    {
      schema: {
        summary: 'Watched sources with their health',
        tags: ['sources'],
        response: { 200: Type.Object({ sources: Type.Array(Type.Ref('Source')) }) },
      },
    },
    async () => {
      const now = clock.now();
      return { sources: sources.list().map((s) => view(s, now)) };
    },
  );

  app.get(
    '/api/v1/sources/:id',
    {
      schema: { summary: 'One watched source with its health', tags: ['sources'], params: SourceParams, response: { 200: Type.Ref('Source'), 404: ErrorReply } },
    },
    async (req) => {
      const s = sources.get(req.params.id);
      if (s === undefined) throw notFound(`no source ${req.params.id}`);
      return view(s, clock.now());
    },
  );

  app.post(
    '/api/v1/sources',
    {
      config: { access: 'write' },
      schema: {
        summary: 'Watch a feed, a sitemap, a list of URLs or a folder: polled at once, then at an interval that adapts to it',
        description: 'Feeds are fetched politely (robots.txt, per-host delay) with conditional requests, through the address guard (`serve --allow-private` lifts it). Sitemaps and URL lists have each new page fetched the same way (at most 30 per poll, newest first). With `followLinks`, a feed has the linked page of each new item fetched the same way and ingested instead of the item text (at most 30 per poll; each link once). Folder sources ingest each new .html/.htm/.txt/.jsonl/.warc/.warc.gz file once. Needs a write token.',
        tags: ['sources'],
        security: [{ bearer: [] }],
        body: PostSourceBody,
        response: { 201: Type.Ref('Source'), 400: ErrorReply, 401: ErrorReply, 403: ErrorReply, 409: ErrorReply },
      },
    },
    async (req, reply) => {
      if (req.body.followLinks !== undefined && req.body.kind !== 'feed') throw badRequest(`body/followLinks is for feed sources only (got kind ${req.body.kind})`);
      const url = location(req.body.kind, req.body.url);
      const now = clock.now();
      const record: SourceRecord = {
        id: `s_${randomBytes(6).toString('hex')}`,
        kind: req.body.kind,
        url,
        createdAt: now.toISOString(),
        nextPollAt: now.toISOString(),
        intervalSec: scheduler.initialIntervalSec(),
        failures: 0,
        itemsSeen: 0,
        ...(req.body.followLinks === true ? { followLinks: true } : {}),
      };
      if (!sources.add(record)) throw new HttpError(409, `already watched: ${url} is source ${sources.byUrl(url)?.id ?? '?'}`);
      void scheduler.tick();
      return reply.code(201).send(view(record, now));
    },
  );

  app.delete(
    '/api/v1/sources/:id',
    {
      config: { access: 'write' },
      schema: {
        summary: 'Stop watching a source (its articles stay)',
        tags: ['sources'],
        security: [{ bearer: [] }],
        params: SourceParams,
        response: { 204: Type.Null(), 401: ErrorReply, 403: ErrorReply, 404: ErrorReply },
      },
    },
    async (req, reply) => {
      if (!sources.remove(req.params.id)) throw notFound(`no source ${req.params.id}`);
      return reply.code(204).send(null);
    },
  );
}
