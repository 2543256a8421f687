/**
 * Feed polling against a loopback server with the real fetcher: an Atom
 * feed whose server sends only Last-Modified (If-Modified-Since answered
 * 304), relative entry links resolved against the feed's URL, an RSS 1.0
 * (RDF) feed, errors in a row backing off then reset by a success, and a
 * link-following poll cut short (the per-poll cap, a shutdown) finishing
 * at the next polls, which fetch the feed without validators.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawArticle } from '../../src/core/types.js';
import { createFetcher } from '../../src/fetch/fetch-url.js';
import { pollSource, type PollContext } from '../../src/pipeline/poll-sources.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { articlePage, html, serve } from '../fetch/local-server.js';

const TEXT = 'The city council approved a plan on Tuesday to plant two thousand trees along the ring road over the next three years, with the first saplings going in next spring near the station and the old market hall.';
const MODIFIED = 'Wed, 01 May 2024 10:00:00 GMT';

const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Green City</title>
<entry><title>Trees for the ring road</title><link href="/news/trees"/><id>tag:green,2024:1</id><updated>2024-05-01T09:00:00Z</updated><content type="html">&lt;p&gt;${TEXT}&lt;/p&gt;</content></entry>
<entry><title>Trees, part two</title><link rel="alternate" href="news/trees-2"/><id>tag:green,2024:2</id><updated>2024-05-01T09:30:00Z</updated><summary>${TEXT} A second phase follows.</summary></entry></feed>`;

const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://x/"><title>Old Wire</title></channel>
<item rdf:about="http://old.example/1"><title>Trees by RDF</title><link>http://old.example/1</link><dc:date>2024-05-02</dc:date><description>${TEXT} Told over RSS 1.0.</description></item></rdf:RDF>`;

function context(store: SqliteStore, clock: { now: () => Date }, got: RawArticle[]): PollContext {
  return {
    clock,
    fetcher: createFetcher({ allowPrivate: true, delayMs: 0, retries: 0, timeoutMs: 2000, connectTimeoutMs: 2000 }),
    sources: store.sourceStore(),
    bounds: { minSec: 60, maxSec: 3600 },
    ingest: async (raws) => {
      got.push(...raws);
      return { added: raws.length, duplicates: 0 };
    },
  };
}

describe('feed polling over loopback', () => {
  it('an Atom feed with Last-Modified only: 304 on If-Modified-Since, relative links made absolute', async () => {
    const sinces: (string | undefined)[] = [];
    const site = await serve({
      '/atom.xml': (req, res) => {
        sinces.push(req.headers['if-modified-since']);
        if (req.headers['if-modified-since'] === MODIFIED) return void res.writeHead(304).end();
        res.writeHead(200, { 'content-type': 'application/atom+xml', 'last-modified': MODIFIED }).end(atom);
      },
    });
    const store = new SqliteStore(':memory:');
    try {
      let now = Date.parse('2024-05-01T12:00:00Z');
      const got: RawArticle[] = [];
      const ctx = context(store, { now: () => new Date(now) }, got);
      const iso = new Date(now).toISOString();
      ctx.sources.add({ id: 's_a1', kind: 'feed', url: `${site.base}/atom.xml`, createdAt: iso, nextPollAt: iso, intervalSec: 600, failures: 0, itemsSeen: 0 });
      assert.deepEqual(await pollSource(ctx.sources.get('s_a1')!, ctx), { kind: 'new', added: 2, duplicates: 0 });
      assert.deepEqual(got.map((a) => [a.title, a.url, a.source, a.published]), [
        ['Trees for the ring road', `${site.base}/news/trees`, 'Green City', '2024-05-01T09:00:00.000Z'],
        ['Trees, part two', `${site.base}/news/trees-2`, 'Green City', '2024-05-01T09:30:00.000Z'],
      ]);
      let s = ctx.sources.get('s_a1')!;
      assert.equal(s.lastModified, MODIFIED);
      assert.equal(s.etag, undefined);
      assert.equal(s.intervalSec, 300);
      now = Date.parse(s.nextPollAt);
      assert.deepEqual(await pollSource(s, ctx), { kind: 'not-modified' });
      assert.deepEqual(sinces, [undefined, MODIFIED]);
      s = ctx.sources.get('s_a1')!;
      assert.equal(s.intervalSec, 450, 'nothing new: the interval grows');
      assert.equal(s.lastModified, MODIFIED, 'kept for the next poll');
      assert.equal(got.length, 2);
    } finally {
      store.close();
      await site.close();
    }
  });

  it('an RSS 1.0 (RDF) feed; errors in a row back off, a success resets them', async () => {
    let fail = 0;
    const site = await serve({
      '/rdf.xml': (_req, res) => {
        if (fail > 0) {
          fail--;
          return void res.writeHead(503, { 'content-type': 'text/plain' }).end('down');
        }
        res.writeHead(200, { 'content-type': 'application/rdf+xml' }).end(rdf);
      },
    });
    const store = new SqliteStore(':memory:');
    try {
      let now = Date.parse('2024-05-01T12:00:00Z');
      const got: RawArticle[] = [];
      const ctx = context(store, { now: () => new Date(now) }, got);
      const iso = new Date(now).toISOString();
      ctx.sources.add({ id: 's_r1', kind: 'feed', url: `${site.base}/rdf.xml`, createdAt: iso, nextPollAt: iso, intervalSec: 600, failures: 0, itemsSeen: 0 });
      fail = 2;
      const waits: number[] = [];
      for (let i = 0; i < 2; i++) {
        const out = await pollSource(ctx.sources.get('s_r1')!, ctx);
        assert.equal(out.kind, 'error');
        const s = ctx.sources.get('s_r1')!;
        waits.push((Date.parse(s.nextPollAt) - now) / 1000);
        now = Date.parse(s.nextPollAt);
      }
      assert.deepEqual(waits, [600, 1200], 'the wait doubles with each error in a row');
      let s = ctx.sources.get('s_r1')!;
      assert.equal(s.failures, 2);
      assert.match(s.lastError ?? '', /HTTP 503/);
      assert.equal(s.lastSuccessAt, undefined);
      assert.deepEqual(await pollSource(s, ctx), { kind: 'new', added: 1, duplicates: 0 });
      s = ctx.sources.get('s_r1')!;
      assert.equal(s.failures, 0);
      assert.equal(s.lastSuccessAt, new Date(now).toISOString());
      assert.match(s.lastError ?? '', /HTTP 503/, 'the last error is kept after a success');
      assert.deepEqual(got.map((a) => [a.title, a.url, a.source]), [['Trees by RDF', 'http://old.example/1', 'Old Wire']]);
    } finally {
      store.close();
      await site.close();
    }
  });

  it('followLinks: pages over the cap or after a shutdown come at the next polls, the feed fetched unconditionally meanwhile', async () => {
    const tags: (string | undefined)[] = [];
    const routes: Record<string, Parameters<typeof serve>[0][string]> = {
      '/feed.xml': (req, res) => {
        tags.push(req.headers['if-none-match'] as string | undefined);
        if (req.headers['if-none-match'] === '"f1"') return void res.writeHead(304, { etag: '"f1"' }).end();
        const items = [1, 2, 3, 4].map((n) => `<item><title>T${n}</title><link>/p/${n}</link><description>${TEXT} Item ${n}.</description></item>`).join('');
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' }).end(`<rss><channel><title>Capped</title>${items}</channel></rss>`);
      },
    };
    for (const n of [1, 2, 3, 4]) routes[`/p/${n}`] = html(articlePage(`Page ${n}`, `Page ${n} reports that the council planted trees along the ring road.`));
    const site = await serve(routes);
    const store = new SqliteStore(':memory:');
    try {
      let now = Date.parse('2024-05-01T12:00:00Z');
      const got: RawArticle[] = [];
      let stop = false;
      const ctx: PollContext = { ...context(store, { now: () => new Date(now) }, got), bounds: { minSec: 60, maxSec: 3600, maxPages: 2 }, stopped: () => stop };
      const iso = new Date(now).toISOString();
      ctx.sources.add({ id: 's_c1', kind: 'feed', url: `${site.base}/feed.xml`, createdAt: iso, nextPollAt: iso, intervalSec: 600, failures: 0, itemsSeen: 0, followLinks: true });
      const pagesFetched = (): string[] => site.hits.map((h) => h.path).filter((p) => p.startsWith('/p/'));

      assert.deepEqual(await pollSource(ctx.sources.get('s_c1')!, ctx), { kind: 'new', added: 2, duplicates: 0 });
      assert.deepEqual(pagesFetched(), ['/p/1', '/p/2'], 'two pages a poll');
      assert.equal(ctx.sources.get('s_c1')!.etag, undefined, 'items left: no validators kept');

      // A shutdown after the first page of this poll: that page is stored, the last one waits.
      const fetcher = ctx.fetcher;
      const stopping: PollContext = { ...ctx, fetcher: { fetch: async (u, c) => {
        const r = await fetcher.fetch(u, c);
        if (u.includes('/p/')) stop = true;
        return r;
      } } };
      now += 600_000;
      assert.deepEqual(await pollSource(ctx.sources.get('s_c1')!, stopping), { kind: 'new', added: 1, duplicates: 0 });
      assert.deepEqual(pagesFetched(), ['/p/1', '/p/2', '/p/3']);
      stop = false;
      now += 600_000;
      assert.deepEqual(await pollSource(ctx.sources.get('s_c1')!, ctx), { kind: 'new', added: 1, duplicates: 0 });
      assert.deepEqual(pagesFetched(), ['/p/1', '/p/2', '/p/3', '/p/4'], 'each page once');
      assert.equal(ctx.sources.get('s_c1')!.etag, '"f1"', 'all items done: validators kept');
      now += 600_000;
      assert.deepEqual(await pollSource(ctx.sources.get('s_c1')!, ctx), { kind: 'not-modified' });
      assert.deepEqual(tags, [undefined, undefined, undefined, '"f1"']);
      assert.deepEqual(got.map((a) => a.title), ['Page 1', 'Page 2', 'Page 3', 'Page 4']);
    } finally {
      store.close();
      await site.close();
    }
  });

  it('followLinks: a bare link whose page answers 503 is tried again at the next poll; a 404 is not', async () => {
    let down = true;
    const site = await serve({
      '/feed.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"b1"' })
        .end('<rss><channel><title>Bare</title><item><title>Busy</title><link>/busy</link></item><item><title>Gone</title><link>/gone</link></item></channel></rss>'),
      '/busy': (req, res) => {
        if (down) return void res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
        html(articlePage('Busy page', 'The busy page answered at last, with the whole report on the harbour works.'))(req, res);
      },
    });
    const store = new SqliteStore(':memory:');
    try {
      let now = Date.parse('2024-05-01T12:00:00Z');
      const got: RawArticle[] = [];
      const ctx = context(store, { now: () => new Date(now) }, got);
      const iso = new Date(now).toISOString();
      ctx.sources.add({ id: 's_b1', kind: 'feed', url: `${site.base}/feed.xml`, createdAt: iso, nextPollAt: iso, intervalSec: 600, failures: 0, itemsSeen: 0, followLinks: true });
      const first = await pollSource(ctx.sources.get('s_b1')!, ctx);
      assert.equal(first.kind, 'unchanged');
      let s = ctx.sources.get('s_b1')!;
      assert.match(s.lastError ?? '', /^2 item pages not followed; first: http:\/\/127\.0\.0\.1:\d+\/busy: could not follow feed item \(fetch failed: HTTP 503\)/);
      assert.equal(s.etag, undefined, 'a page to try again: the feed is read in full next time');
      down = false;
      now = Date.parse(s.nextPollAt);
      assert.deepEqual(await pollSource(s, ctx), { kind: 'new', added: 1, duplicates: 0 });
      assert.deepEqual(got.map((a) => a.title), ['Busy page']);
      const hits = site.hits.map((h) => h.path);
      assert.equal(hits.filter((p) => p === '/busy').length, 2);
      assert.equal(hits.filter((p) => p === '/gone').length, 1, 'a 404 is not tried again');
      s = ctx.sources.get('s_b1')!;
      assert.equal(s.etag, '"b1"');
    } finally {
      store.close();
      await site.close();
    }
  });
});
