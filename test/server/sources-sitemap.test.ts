/**
 * Sitemap and URL-list sources through the real server on a fake clock: a
 * local site serves a news sitemap (behind a sitemap index), a plain URL
 * list and the article pages; each new page is fetched once, at most
 * maxPages per poll (newest first), the sitemap's title and date fill what
 * a page lacks, a 304 for an unchanged list fetches nothing, and a page that
 * failed with a 5xx is tried again at the next poll.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseSitemap, parseUrlList } from '../../src/stages/ingest/parse-sitemap.js';
import { knownRate, nextInterval, POLL_DEFAULTS } from '../../src/pipeline/poll-sources.js';
import { bearer, createToken, OTHER_STORY, postJson, seedRecords, startTestServer, type TestServer } from './helpers.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(title: string | undefined, text: string): string {
  const paras = text.split('\n').map((p) => `<p>${esc(p)}</p>`).join('');
  return `<!doctype html><html><head>${title !== undefined ? `<title>${esc(title)}</title>` : ''}</head><body><article>${paras}</article></body></html>`;
}

interface Site {
  readonly url: string;
  readonly hits: Map<string, number>;
  /** Paths answering 503 (until removed). */
  readonly failing: Set<string>;
  close(): Promise<void>;
}

async function startSite(): Promise<Site> {
  const seeds = seedRecords();
  const hits = new Map<string, number>();
  const failing = new Set<string>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (failing.has(path)) return void res.writeHead(503).end();
    if (path === '/robots.txt') return void res.writeHead(404).end();
    if (path === '/sitemap-index.xml') {
      return void res.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/news.xml</loc></sitemap></sitemapindex>`);
    }
    if (path === '/news.xml') {
      const urls = seeds
        .slice(0, 3)
        .map((_, i) => `<url><loc>${base}/seed/${i}</loc><news:news><news:publication><news:name>Wire</news:name></news:publication><news:publication_date>2024-05-0${i + 1}T08:00:00Z</news:publication_date><news:title>Sitemap title ${i}</news:title></news:news></url>`)
        .join('');
      return void res
        .writeHead(200, { 'content-type': 'application/xml', etag: '"n1"' })
        .end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls}</urlset>`);
    }
    if (path === '/list.txt') {
      if (req.headers['if-none-match'] === '"l1"') return void res.writeHead(304).end();
      return void res.writeHead(200, { 'content-type': 'text/plain', etag: '"l1"' }).end(`# watched pages\n${base}/seed/3\n\n${base}/orchard\nnot a url\n`);
    }
    const m = /^\/seed\/(\d)$/.exec(path);
    // Seed pages carry no <title>: the sitemap's title stands in.
    if (m) return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(undefined, seeds[Number(m[1])]!.text));
    if (path === '/orchard') return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(OTHER_STORY.title, OTHER_STORY.text));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits, failing, close: () => new Promise((r) => server.close(() => r())) };
}

describe('sitemap parsing', () => {
  it('reads news titles and dates, newest first; an index lists its sitemaps; a URL list skips comments and junk', () => {
    const set = parseSitemap(
      'https://x.org/s.xml',
      '<urlset xmlns:news="n"><url><loc>/a</loc><lastmod>2024-01-01</lastmod></url><url><loc>https://x.org/b</loc><news:news><news:title>B &amp; C</news:title><news:publication_date>2024-02-01T10:00:00Z</news:publication_date></news:news></url><url><loc>javascript:alert(1)</loc></url></urlset>',
    );
    assert.equal(set.kind, 'urlset');
    assert.deepEqual(set.kind === 'urlset' ? set.entries.map((e) => [e.url, e.title]) : [], [
      ['https://x.org/b', 'B & C'],
      ['https://x.org/a', undefined],
    ]);
    assert.deepEqual(parseSitemap('https://x.org/', '<sitemapindex><sitemap><loc>https://x.org/1.xml</loc></sitemap></sitemapindex>'), { kind: 'index', sitemaps: ['https://x.org/1.xml'] });
    assert.equal(parseSitemap('https://x.org/', '<html><body>no</body></html>').kind, 'invalid');
    assert.equal(parseSitemap('https://x.org/', '<urlset><url>').kind, 'urlset', 'a truncated sitemap yields what it holds');
    assert.deepEqual(parseUrlList('https://x.org/', '# c\nhttps://x.org/a\n/b extra words\nftp://x.org/c\nhttps://x.org/a\n'), ['https://x.org/a', 'https://x.org/b']);
  });
});

describe('sitemap and URL-list sources on a fake clock', () => {
  let t: TestServer;
  let site: Site;
  let write: string;
  let now = Date.parse('2024-05-10T12:00:00Z');
  const clock = { now: () => new Date(now) };
  const api = (p: string): string => `${t.url}/api/v1${p}`;

  before(async () => {
    site = await startSite();
    t = await startTestServer({
      clock,
      sources: {
        tickMs: 2_000_000_000,
        allowPrivate: true,
        fetch: { delayMs: 0, retries: 0, timeoutMs: 2000, connectTimeoutMs: 2000 },
        bounds: { minSec: 60, maxSec: 3600, initialSec: 600, settleMs: 0, maxPages: 2 },
      },
    });
    write = await createToken(t.db, 'write');
  });
  after(async () => {
    await t.stop();
    await site.close();
  });

  it('fetches each new sitemap page once, two per poll, newest first, with the sitemap title', async () => {
    site.failing.add('/seed/1');
    const res = await postJson(api('/sources'), { url: `${site.url}/sitemap-index.xml`, kind: 'sitemap' }, bearer(write));
    assert.equal(res.status, 201);
    const { id } = (await res.json()) as { id: string };
    await t.server.deps.scheduler.tick();
    // Newest first: seed 2 stored, seed 1 failed with a 503 (left for later), seed 0 over the cap.
    assert.equal(site.hits.get('/seed/2'), 1);
    assert.equal(site.hits.get('/seed/1'), 1);
    assert.equal(site.hits.get('/seed/0'), undefined);
    let s = (await (await fetch(api(`/sources/${id}`))).json()) as { itemsSeen: number; lastError?: string; nextPollAt: string };
    assert.equal(s.itemsSeen, 1);
    const hits = (await (await fetch(api('/search?q=Sitemap'))).json()) as { hits: { title: string; published?: string }[] };
    assert.deepEqual(hits.hits.map((h) => [h.title, h.published?.slice(0, 10)]), [['Sitemap title 2', '2024-05-03']]);

    site.failing.delete('/seed/1');
    now = Date.parse(s.nextPollAt);
    await t.server.deps.scheduler.tick();
    assert.equal(site.hits.get('/seed/2'), 1, 'a page stored before is not fetched again');
    assert.equal(site.hits.get('/seed/1'), 2, 'a page that failed with a 5xx is tried again');
    assert.equal(site.hits.get('/seed/0'), 1);
    s = (await (await fetch(api(`/sources/${id}`))).json()) as { itemsSeen: number; lastError?: string; nextPollAt: string };
    assert.equal(s.itemsSeen, 3);
    assert.equal(s.lastError, undefined);
  });

  it('fetches the pages of a URL list, and nothing when the list answers 304', async () => {
    const res = await postJson(api('/sources'), { url: `${site.url}/list.txt`, kind: 'urls' }, bearer(write));
    assert.equal(res.status, 201);
    const { id } = (await res.json()) as { id: string };
    await t.server.deps.scheduler.tick();
    assert.equal(site.hits.get('/orchard'), 1);
    assert.equal(site.hits.get('/seed/3'), 1);
    let s = (await (await fetch(api(`/sources/${id}`))).json()) as { itemsSeen: number; etag?: string; nextPollAt: string };
    assert.equal(s.itemsSeen, 2);
    // "not a url" reads as a relative link (/not), a third page over the cap of 2: the list is fetched in full next time.
    assert.equal(s.etag, undefined, 'pages left over: no validators kept, so no 304 hides them');
    now = Date.parse(s.nextPollAt);
    await t.server.deps.scheduler.tick();
    assert.equal(site.hits.get('/list.txt'), 2);
    assert.equal(site.hits.get('/not'), 1, 'the page left over is fetched at the next poll');
    s = (await (await fetch(api(`/sources/${id}`))).json()) as { itemsSeen: number; etag?: string; nextPollAt: string };
    assert.equal(s.etag, '"l1"');
    now = Date.parse(s.nextPollAt);
    await t.server.deps.scheduler.tick();
    assert.equal(site.hits.get('/list.txt'), 3);
    assert.equal(site.hits.get('/orchard'), 1, '304: no page fetched again');
    assert.equal(site.hits.get('/not'), 1, '304: no page fetched again');
    const found = (await (await fetch(api('/search?q=orchards'))).json()) as { total: number };
    assert.equal(found.total, 1);
  });
});

describe('polling interval from items per day', () => {
  const b = { ...POLL_DEFAULTS, minSec: 60, maxSec: 86_400 };
  const source = (createdAt: string, itemsSeen: number) => ({ id: 's_1', kind: 'feed' as const, url: 'https://x.org/f', createdAt, nextPollAt: createdAt, intervalSec: 600, failures: 0, itemsSeen });
  it('goes by the poll alone for a source younger than a day', () => {
    assert.equal(knownRate(source('2024-05-01T00:00:00Z', 5), 0, new Date('2024-05-01T12:00:00Z')), undefined);
    assert.equal(nextInterval(600, true, b), 300);
    assert.equal(nextInterval(600, false, b), 900);
  });
  it('settles near two polls per published item once the rate is known', () => {
    const hourly = knownRate(source('2024-05-01T00:00:00Z', 48), 0, new Date('2024-05-03T00:00:00Z'))!;
    assert.equal(hourly, 24);
    let sec = 60;
    for (let i = 0; i < 30; i++) sec = nextInterval(sec, i % 2 === 0, b, hourly);
    assert.ok(sec > 1200 && sec < 2400, `an hourly source settles near 30 min (got ${sec} s)`);
    let quiet = 600;
    for (let i = 0; i < 30; i++) quiet = nextInterval(quiet, false, b, 1);
    assert.ok(quiet > 30_000, `a daily source is polled a few times a day (got ${quiet} s)`);
  });
});
