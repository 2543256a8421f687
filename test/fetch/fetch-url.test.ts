import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { createFetcher, retryAfterMs, type FetchOptions } from '../../src/fetch/fetch-url.js';
import { USER_AGENT } from '../../src/fetch/user-agent.js';
import { html, serve, type LocalServer } from './local-server.js';

/** A fake clock whose sleep advances it instantly, recording each wait. */
function fakeTime() {
  let t = 1_000_000;
  const sleeps: number[] = [];
  return { sleeps, now: () => t, sleep: async (ms: number) => { sleeps.push(ms); t += ms; } };
}

function local(extra: Partial<FetchOptions> = {}) {
  const time = fakeTime();
  const fetcher = createFetcher({ allowPrivate: true, delayMs: 0, now: time.now, sleep: time.sleep, ...extra });
  return { fetcher, sleeps: time.sleeps };
}

async function withServer(routes: Parameters<typeof serve>[0], fn: (s: LocalServer) => Promise<void>): Promise<void> {
  const s = await serve(routes);
  try {
    await fn(s);
  } finally {
    await s.close();
  }
}

test('a normal page: body, final URL, the honest user agent, robots.txt asked first', () =>
  withServer({ '/page.html': html('<p>hello</p>') }, async (s) => {
    const r = await local().fetcher.fetch(`${s.base}/page.html`);
    assert.ok(r.ok);
    assert.equal(r.body.toString(), '<p>hello</p>');
    assert.equal(r.url, `${s.base}/page.html`);
    assert.match(r.contentType!, /text\/html/);
    assert.deepEqual(s.hits.map((h) => h.path), ['/robots.txt', '/page.html']);
    assert.ok(s.hits.every((h) => h.userAgent === USER_AGENT));
    assert.match(USER_AGENT, /^Parallax\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/parallax-news\/parallax\)$/);
  }));

test('a redirect chain is followed and recorded; too many redirects is a typed failure', () =>
  withServer({
    '/a': (_q, r) => r.writeHead(301, { location: '/b' }).end(),
    '/b': (_q, r) => r.writeHead(302, { location: 'c' }).end(),
    '/c': html('<p>end</p>'),
    '/loop': (_q, r) => r.writeHead(302, { location: '/loop' }).end(),
  }, async (s) => {
    const r = await local().fetcher.fetch(`${s.base}/a`);
    assert.ok(r.ok);
    assert.equal(r.url, `${s.base}/c`);
    assert.deepEqual(r.redirects, [`${s.base}/b`, `${s.base}/c`]);
    const loop = await local({ maxRedirects: 3, robots: false }).fetcher.fetch(`${s.base}/loop`);
    assert.equal(loop.ok, false);
    assert.equal(!loop.ok && loop.reason, 'too-many-redirects');
    assert.equal(s.hits.filter((h) => h.path === '/loop').length, 4);
  }));

test('a redirect from a "public" server to a private address is refused, by IP literal or by name', () =>
  withServer({
    '/to-ip': (_q, r) => r.writeHead(302, { location: 'http://10.0.0.1/admin' }).end(),
    '/to-loopback': (_q, r) => r.writeHead(302, { location: 'http://127.0.0.2/' }).end(),
    '/to-name': (q, r) => r.writeHead(302, { location: `http://internal.test:${q.socket.localPort}/secret` }).end(),
    '/to-scheme': (_q, r) => r.writeHead(302, { location: 'file:///etc/passwd' }).end(),
  }, async (s) => {
    // 127.0.0.1 plays the public server; every other non-public address keeps the default refusal.
    const { fetcher } = local({
      allowPrivate: false,
      isAllowed: (ip, kind) => ip === '127.0.0.1' || kind === 'public',
      resolve: async (host) => (host === 'internal.test' ? [{ address: '10.0.0.1', family: 4 }] : []),
    });
    for (const [path, pattern] of [['/to-ip', /10\.0\.0\.1 is a private address/], ['/to-loopback', /127\.0\.0\.2 is a loopback address/], ['/to-name', /internal\.test resolves to 10\.0\.0\.1, a private address/]] as const) {
      const r = await fetcher.fetch(`${s.base}${path}`);
      assert.equal(r.ok, false, path);
      assert.equal(!r.ok && r.reason, 'blocked-address', path);
      assert.match(!r.ok ? r.message : '', pattern);
    }
    assert.ok(!s.hits.some((h) => h.path === '/secret'));
    const scheme = await fetcher.fetch(`${s.base}/to-scheme`);
    assert.equal(!scheme.ok && scheme.reason, 'unsupported-scheme');
  }));

test('without an explicit allow, loopback by IPv4, IPv6 literal or the name localhost is refused before any connection', () =>
  withServer({ '/page.html': html('<p>x</p>') }, async (s) => {
    const fetcher = createFetcher({ delayMs: 0 });
    const r = await fetcher.fetch(`${s.base}/page.html`);
    assert.equal(!r.ok && r.reason, 'blocked-address');
    const v6 = await fetcher.fetch(`http://[::1]:${s.port}/page.html`);
    assert.match(!v6.ok ? v6.message : '', /::1 is a loopback address/);
    const named = await fetcher.fetch(`http://localhost:${s.port}/page.html`);
    assert.equal(!named.ok && named.reason, 'blocked-address');
    assert.match(!named.ok ? named.message : '', /localhost resolves to .*loopback/);
    assert.equal(s.hits.length, 0);
  }));

test('a slow server times out with a typed reason, quickly', () =>
  withServer({
    '/slow': (_q, r) => { r.writeHead(200, { 'content-type': 'text/html' }); r.write('<p>start'); },
  }, async (s) => {
    const t0 = Date.now();
    const r = await local({ timeoutMs: 150, robots: false }).fetcher.fetch(`${s.base}/slow`);
    assert.equal(!r.ok && r.reason, 'timeout');
    assert.ok(Date.now() - t0 < 2000);
  }));

test('an oversized response is aborted mid-stream (plain, declared, or gzip-bombed)', () =>
  withServer({
    '/endless': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      const chunk = 'x'.repeat(4096);
      const push = () => { if (!r.destroyed && r.write(chunk)) setImmediate(push); else if (!r.destroyed) r.once('drain', push); };
      push();
    },
    '/declared': (_q, r) => r.writeHead(200, { 'content-type': 'text/html', 'content-length': '50000000' }).end(),
    '/bomb': (_q, r) => r.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(2_000_000))),
  }, async (s) => {
    const { fetcher } = local({ maxBytes: 64 * 1024, robots: false });
    for (const path of ['/endless', '/declared', '/bomb']) {
      const r = await fetcher.fetch(`${s.base}${path}`);
      assert.equal(!r.ok && r.reason, 'too-large', path);
      assert.match(!r.ok ? r.message : '', /limit/);
    }
  }));

test('a 404 fails at once; a 500 is retried with exponential backoff, then fails', () =>
  withServer({ '/boom': (_q, r) => r.writeHead(500).end('oops') }, async (s) => {
    const { fetcher, sleeps } = local({ retries: 2, backoffMs: 100, robots: false });
    const missing = await fetcher.fetch(`${s.base}/missing`);
    assert.deepEqual(!missing.ok && [missing.reason, missing.status], ['http-status', 404]);
    assert.deepEqual(sleeps, []);
    const boom = await fetcher.fetch(`${s.base}/boom`);
    assert.deepEqual(!boom.ok && [boom.reason, boom.status, boom.message], ['http-status', 500, 'HTTP 500']);
    assert.equal(s.hits.filter((h) => h.path === '/boom').length, 3);
    assert.deepEqual(sleeps, [100, 200]);
  }));

test('429 with Retry-After waits as asked, then succeeds; an excessive Retry-After gives up', () => {
  let calls = 0;
  return withServer({
    '/busy': (_q, r) => (++calls === 1 ? r.writeHead(429, { 'retry-after': '2' }).end() : html('<p>ok</p>')(_q, r)),
    '/closed': (_q, r) => r.writeHead(503, { 'retry-after': '86400' }).end(),
  }, async (s) => {
    const { fetcher, sleeps } = local({ robots: false });
    const r = await fetcher.fetch(`${s.base}/busy`);
    assert.ok(r.ok);
    assert.deepEqual(sleeps, [2000]);
    const closed = await fetcher.fetch(`${s.base}/closed`);
    assert.deepEqual(!closed.ok && [closed.reason, closed.status], ['http-status', 503]);
    assert.equal(s.hits.filter((h) => h.path === '/closed').length, 1);
  });
});

test('Retry-After as seconds or an HTTP date', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');
  assert.equal(retryAfterMs('120', now), 120_000);
  assert.equal(retryAfterMs('Wed, 01 May 2024 12:00:30 GMT', now), 30_000);
  assert.equal(retryAfterMs('soon', now), undefined);
});

test('network errors are retried, then reported', async () => {
  const s = await serve({});
  const port = s.port;
  await s.close();
  const { fetcher, sleeps } = local({ retries: 1, backoffMs: 50, robots: false });
  const r = await fetcher.fetch(`http://127.0.0.1:${port}/gone`);
  assert.equal(!r.ok && r.reason, 'network');
  assert.match(!r.ok ? r.message : '', /ECONNREFUSED/);
  assert.deepEqual(sleeps, [50]);
});

test('robots.txt: our own group wins over *, a disallowed path is never requested, Crawl-delay is honoured', () =>
  withServer({
    '/robots.txt': (_q, r) => r.writeHead(200, { 'content-type': 'text/plain' }).end(
      'User-agent: *\nDisallow: /\n\nUser-agent: Parallax\nDisallow: /secret\nCrawl-delay: 3\n'),
    '/secret/doc.html': html('<p>no</p>'),
    '/news.html': html('<p>yes</p>'),
  }, async (s) => {
    const { fetcher, sleeps } = local();
    const blocked = await fetcher.fetch(`${s.base}/secret/doc.html`);
    assert.equal(!blocked.ok && blocked.reason, 'robots');
    assert.match(!blocked.ok ? blocked.message : '', /Disallow: \/secret/);
    assert.ok((await fetcher.fetch(`${s.base}/news.html`)).ok);
    assert.ok((await fetcher.fetch(`${s.base}/news.html`)).ok);
    assert.deepEqual(s.hits.map((h) => h.path), ['/robots.txt', '/news.html', '/news.html']);
    // The 3 s Crawl-delay spaces robots.txt → first page → second page.
    assert.deepEqual(sleeps, [3000, 3000]);
  }));

test('robots.txt that errors (5xx) means do not crawl', () =>
  withServer({
    '/robots.txt': (_q, r) => r.writeHead(500).end(),
    '/page.html': html('<p>x</p>'),
  }, async (s) => {
    const r = await local({ retries: 0 }).fetcher.fetch(`${s.base}/page.html`);
    assert.equal(!r.ok && r.reason, 'robots');
    assert.match(!r.ok ? r.message : '', /unreachable/);
  }));

test('per-host delay: requests to one host are spaced, other hosts are not held up', async () => {
  const a = await serve({ '/1': html('1'), '/2': html('2') });
  const b = await serve({ '/1': html('1') });
  try {
    const { fetcher, sleeps } = local({ delayMs: 1500, robots: false });
    for (const url of [`${a.base}/1`, `${b.base}/1`, `${a.base}/2`]) assert.ok((await fetcher.fetch(url)).ok);
    assert.deepEqual(sleeps, [1500]);
  } finally {
    await a.close();
    await b.close();
  }
});

test('DNS rebinding: each connection is checked against the address it actually uses', () =>
  withServer({ '/page.html': html('<p>x</p>') }, async (s) => {
    let calls = 0;
    const { fetcher } = local({
      allowPrivate: false,
      robots: false,
      isAllowed: (ip, kind) => ip === '127.0.0.1' || kind === 'public',
      // First answer: the "public" test server; every later one: a private address.
      resolve: async () => [{ address: ++calls === 1 ? '127.0.0.1' : '10.0.0.1', family: 4 }],
    });
    assert.ok((await fetcher.fetch(`http://flip.test:${s.port}/page.html`)).ok);
    const second = await fetcher.fetch(`http://flip.test:${s.port}/page.html`);
    assert.equal(!second.ok && second.reason, 'blocked-address');
    assert.equal(s.hits.length, 1);
  }));
