/**
 * A feed source that follows its item links, through the real server: a
 * loopback feed whose items link to loopback pages (one a 404, one slow,
 * one not HTML, one item with a link and no text of its own) is polled
 * into stories with the pages' full text; a failed page falls back to the
 * item's teaser with the reason in the source's health; no page is fetched
 * twice, across a restart of the server on the same database too.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../src/server/start.js';
import { bearer, createToken, postJson, startTestServer, type TestServer } from './helpers.js';

interface Item {
  readonly path: string;
  readonly title: string;
  /** The feed's own text (a teaser); absent: a bare link. */
  readonly teaser?: string;
}

/** Long enough to be an article on its own (the clean stage wants 200 characters). */
const teaser = (topic: string): string =>
  `${topic} was discussed at length by the regional council on Monday evening, according to a short summary published by the newsroom, which promised a fuller report with statements from officials and residents later in the week.`;

const ITEMS: Item[] = [
  { path: '/news/bridge', title: 'Bridge over the Ostrava river reopens', teaser: teaser('The Ostrava bridge') },
  { path: '/news/missing', title: 'Tram depot plans delayed', teaser: teaser('The tram depot') },
  { path: '/news/slow', title: 'Library extends its opening hours', teaser: teaser('The library budget') },
  { path: '/news/report.pdf', title: 'Annual water quality report', teaser: teaser('The water report') },
  { path: '/news/market', title: 'Farmers market moves to the square' },
];

function page(title: string, word: string): string {
  const paras = Array.from(
    { length: 5 },
    (_, i) => `<p>${title}: the ${word} committee met again on Thursday, and its chair said paragraph ${i + 1} of the decision would take effect next month after a final vote by the council.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paras}</article><footer>Copyright</footer></body></html>`;
}

/** The unusual word each page's full text carries (the feed's teasers never do). */
const WORDS: Record<string, string> = { '/news/bridge': 'quillborough', '/news/slow': 'zendarine', '/news/market': 'plovdivka', '/news/late': 'tarnowitz', '/news/later': 'vellacourt' };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

interface Site {
  readonly base: string;
  readonly items: Item[];
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

async function startSite(): Promise<Site> {
  const items = [...ITEMS];
  const hits = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/feed.xml') {
      const etag = `"v${items.length}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      // Links relative to the feed, as many feeds write them.
      const body = items
        .map((it) => `<item><title>${esc(it.title)}</title><link>${it.path}</link>${it.teaser ? `<description>${esc(it.teaser)}</description>` : ''}</item>`)
        .join('');
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Town Crier</title>${body}</channel></rss>`);
    }
    const item = items.find((it) => it.path === path);
    if (item === undefined || path === '/news/missing') return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if (path.endsWith('.pdf')) return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4 not a page');
    const send = (): void => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(item.title, WORDS[path]!));
    if (path !== '/news/slow') return send();
    const t = setTimeout(() => {
      timers.delete(t);
      send();
    }, 300);
    timers.add(t);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    items,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface SourceJson {
  id: string;
  followLinks: boolean;
  nextPollAt: string;
  failures: number;
  lastSuccessAt?: string;
  lastError?: string;
  itemsSeen: number;
  etag?: string;
}

describe('feed sources following item links', () => {
  let site: Site;
  let t: TestServer;
  let now = Date.parse('2024-05-01T12:00:00Z');
  const clock = { now: () => new Date(now) };
  const sources = { tickMs: 2_000_000_000, allowPrivate: true, fetch: { delayMs: 0, retries: 0, timeoutMs: 3000, connectTimeoutMs: 2000 }, bounds: { minSec: 60, maxSec: 3600, initialSec: 600, settleMs: 0 } };

  before(async () => {
    site = await startSite();
    t = await startTestServer({ clock, sources });
  });
  after(async () => {
    await t.stop();
    await site.close();
  });

  it('polls item pages into stories, falls back to the teaser with the error in health, never fetches a page twice', async () => {
    const write = await createToken(t.db, 'write');
    let url = t.url;
    const api = (p: string): string => `${url}/api/v1${p}`;
    const total = async (q: string): Promise<number> => ((await (await fetch(api(`/search?q=${encodeURIComponent(q)}`))).json()) as { total: number }).total;
    const source = async (id: string): Promise<SourceJson> => (await (await fetch(api(`/sources/${id}`))).json()) as SourceJson;

    let res = await postJson(api('/sources'), { url: `${site.base}/tmp`, kind: 'folder', followLinks: true }, bearer(write));
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { message: string }).message, /followLinks is for feed sources only/);
    res = await postJson(api('/sources'), { url: `${site.base}/feed.xml`, kind: 'feed', followLinks: true }, bearer(write));
    assert.equal(res.status, 201);
    const created = (await res.json()) as SourceJson;
    assert.equal(created.followLinks, true);

    await t.server.deps.scheduler.tick();
    for (const it of ITEMS) assert.equal(site.hits.get(it.path), 1, `${it.path} fetched once`);
    // The pages' full text is what was stored: words only the pages carry are found, in the page's story.
    for (const word of ['quillborough', 'zendarine', 'plovdivka']) assert.equal(await total(word), 1, word);
    const bridge = (await (await fetch(api('/search?q=quillborough'))).json()) as { hits: { id: string; title: string }[] };
    assert.equal(bridge.hits[0]!.title, 'Bridge over the Ostrava river reopens');
    const article = (await (await fetch(api(`/articles/${bridge.hits[0]!.id}`))).json()) as { text: string; storyId?: string; source?: string };
    assert.match(article.text, /paragraph 5 of the decision/, 'the whole page, not the teaser');
    assert.ok(article.storyId, 'the page joined a story');
    assert.equal(article.source, 'Town Crier', "the feed's name fills what the page lacks");
    // The 404 and the PDF fell back to the feed's own text.
    assert.equal(await total('"tram depot"'), 1);
    assert.equal(await total('"water report"'), 1);
    let s = await source(created.id);
    assert.equal(s.itemsSeen, 5);
    assert.equal(s.failures, 0, 'a page that fails is no error of the feed');
    assert.ok(s.lastSuccessAt);
    assert.match(s.lastError ?? '', /^2 item pages not followed; first: http:\/\/127\.0\.0\.1:\d+\/news\/missing: could not follow feed item \(fetch failed: HTTP 404\); kept the feed's own text$/);

    // A new item: only its page is fetched.
    site.items.push({ path: '/news/late', title: 'Harbour crane arrives', teaser: teaser('The harbour crane') });
    now = Date.parse(s.nextPollAt);
    await t.server.deps.scheduler.tick();
    assert.equal(site.hits.get('/feed.xml'), 2);
    assert.equal(site.hits.get('/news/late'), 1);
    for (const it of ITEMS) assert.equal(site.hits.get(it.path), 1, `${it.path} not fetched again`);
    assert.equal(await total('tarnowitz'), 1);
    s = await source(created.id);
    assert.equal(s.itemsSeen, 6);

    // Restart on the same database: the links already followed are remembered.
    await t.server.close();
    const again = await startServer({ db: t.db, host: '127.0.0.1', port: 0, pollMs: 50, log: () => {}, clock, sources });
    try {
      url = again.url;
      site.items.push({ path: '/news/later', title: 'Night buses return', teaser: teaser('The night bus') });
      now = Date.parse(s.nextPollAt);
      await again.deps.scheduler.tick();
      assert.equal(site.hits.get('/feed.xml'), 3);
      assert.equal(site.hits.get('/news/later'), 1);
      for (const p of [...ITEMS.map((it) => it.path), '/news/late']) assert.equal(site.hits.get(p), 1, `${p} not fetched again after the restart`);
      assert.equal(await total('vellacourt'), 1);
      assert.equal(await total('quillborough'), 1, 'nothing stored twice');
      s = await source(created.id);
      assert.equal(s.itemsSeen, 7);
    } finally {
      await again.close();
      rmSync(t.dir, { recursive: true, force: true });
    }
  });
});
