/**
 * The web routes over HTTP, without a browser: pages and their headers,
 * sign-in and the session cookie, forms refused without a session, a write
 * scope or the CSRF token, pages beyond loopback behind the sign-in,
 * exports, and the form body parser kept away from the JSON API.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildApp, type App } from '../../src/server/app.js';
import { newToken } from '../../src/server/access.js';
import { createStore } from '../../src/storage/create-store.js';
import type { Store } from '../../src/storage/store.js';
import { bearer, OTHER_STORY, seedRecords } from '../server/helpers.js';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

async function setup(loopbackOnly: boolean): Promise<{ app: App; store: Store; write: string; read: string; close(): Promise<void> }> {
  const store = createStore({ type: 'memory' });
  const now = new Date('2024-01-01T00:00:00Z');
  const w = newToken('write', now);
  const r = newToken('read', now);
  store.putToken(w.hash, w.record);
  store.putToken(r.hash, r.record);
  const { app } = await buildApp({ store, loopbackOnly, log: () => {}, sources: { tickMs: 2_000_000_000 } });
  return {
    app,
    store,
    write: w.token,
    read: r.token,
    close: async () => {
      await app.close();
      store.close();
    },
  };
}

/** Signs in through the form; returns the Cookie header and the page's CSRF token. */
async function signIn(app: App, token: string): Promise<{ cookie: string; csrf: string }> {
  const res = await app.inject({ method: 'POST', url: '/login', headers: FORM, payload: new URLSearchParams({ token, next: '/sources' }).toString() });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/sources');
  const set = String(res.headers['set-cookie']);
  assert.match(set, /^px_session=[A-Za-z0-9_-]{32}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
  const cookie = set.split(';')[0]!;
  const page = await app.inject({ url: '/sources', headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  assert.ok(csrf !== undefined, 'the page carries a CSRF token');
  return { cookie, csrf };
}

test('pages are HTML with a CSP that allows this server\'s scripts and no inline ones', async () => {
  const t = await setup(true);
  try {
    const posted = await t.app.inject({ method: 'POST', url: '/api/v1/articles', headers: bearer(t.write), payload: [...seedRecords(), OTHER_STORY] });
    assert.equal(posted.statusCode, 200);
    const story = (posted.json() as { stories: { id: string }[] }).stories[0]!.id;
    for (const url of ['/', `/stories/${story}`, '/search?q=Putin', '/sources', '/alerts', '/attention?q=Putin', '/login']) {
      const res = await t.app.inject({ url });
      assert.equal(res.statusCode, 200, url);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /script-src 'self'[;$]/, url);
      assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
      assert.match(csp, /form-action 'self'/);
      assert.doesNotMatch(res.body, /<script>/, `${url} has an inline script`);
    }
    // Briefed by the visit above: ready.
    assert.equal((await t.app.inject({ url: `/stories/${story}/ready` })).statusCode, 200);
    assert.equal((await t.app.inject({ url: '/stories/s_0000/ready' })).statusCode, 404);
    const missing = await t.app.inject({ url: '/stories/s_0000' });
    assert.equal(missing.statusCode, 404);
    assert.match(missing.body, /No such story/);
    assert.equal((await t.app.inject({ url: '/stories/../../etc' })).statusCode, 404);
    const js = await t.app.inject({ url: '/assets/app.js' });
    assert.equal(js.statusCode, 200);
    assert.match(String(js.headers['content-type']), /^text\/javascript/);
    assert.equal((await t.app.inject({ url: '/assets/..%2Fcontext.ts' })).statusCode, 404);
    // Search with a query the parser refuses: a page with the message, not a crash.
    const bad = await t.app.inject({ url: `/search?q=${encodeURIComponent('NOT')}` });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /role="alert"/);
    // Web pages stay out of the API description.
    assert.doesNotMatch(JSON.stringify((await t.app.inject({ url: '/api/v1/openapi.json' })).json()), /"\/login"|"\/export/);
  } finally {
    await t.close();
  }
});

test('forms need a session, a write token and the CSRF token', async () => {
  const t = await setup(true);
  const dir = mkdtempSync(join(tmpdir(), 'px-web-'));
  try {
    const body = (extra: Record<string, string>) => new URLSearchParams({ url: dir, kind: 'folder', ...extra }).toString();
    assert.equal((await t.app.inject({ method: 'POST', url: '/sources', headers: FORM, payload: body({}) })).statusCode, 401);
    const bad = await t.app.inject({ method: 'POST', url: '/login', headers: FORM, payload: 'token=plx_nope' });
    assert.equal(bad.statusCode, 401);
    assert.match(bad.body, /Unknown token/);
    assert.equal(bad.headers['set-cookie'], undefined);

    const { cookie, csrf } = await signIn(t.app, t.write);
    assert.equal((await t.app.inject({ method: 'POST', url: '/sources', headers: { ...FORM, cookie }, payload: body({}) })).statusCode, 403);
    assert.equal((await t.app.inject({ method: 'POST', url: '/sources', headers: { ...FORM, cookie }, payload: body({ _csrf: `${csrf}x` }) })).statusCode, 403);
    const foreign = await t.app.inject({ method: 'POST', url: '/sources', headers: { ...FORM, cookie, origin: 'https://evil.example', host: 'localhost' }, payload: body({ _csrf: csrf }) });
    assert.equal(foreign.statusCode, 403);
    const ok = await t.app.inject({ method: 'POST', url: '/sources', headers: { ...FORM, cookie }, payload: body({ _csrf: csrf }) });
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, '/sources?done=added');
    assert.equal(t.store.sourceStore().list().length, 1);
    // The API's own message comes back on the page.
    const again = await t.app.inject({ method: 'POST', url: '/sources', headers: { ...FORM, cookie }, payload: body({ _csrf: csrf }) });
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /already watched/);

    const reader = await signIn(t.app, t.read);
    const denied = await t.app.inject({ method: 'POST', url: '/sources', headers: { ...FORM, cookie: reader.cookie }, payload: body({ _csrf: reader.csrf }) });
    assert.equal(denied.statusCode, 403);
    assert.match(denied.body, /may only read/);

    const out = await t.app.inject({ method: 'POST', url: '/logout', headers: { ...FORM, cookie }, payload: `_csrf=${csrf}` });
    assert.equal(out.statusCode, 303);
    assert.match(String(out.headers['set-cookie']), /Max-Age=0/);
    assert.equal((await t.app.inject({ method: 'POST', url: '/sources', headers: { ...FORM, cookie }, payload: body({ _csrf: csrf }) })).statusCode, 401);
    // The form parser belongs to the pages: the API still takes JSON only.
    const api = await t.app.inject({ method: 'POST', url: '/api/v1/sources', headers: { ...FORM, ...bearer(t.write) }, payload: body({}) });
    assert.equal(api.statusCode, 415);
  } finally {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the sources form adds each kind the API knows, and a feed that follows its item links', async () => {
  const t = await setup(true);
  try {
    const { cookie, csrf } = await signIn(t.app, t.write);
    const page = (await t.app.inject({ url: '/sources', headers: { cookie } })).body;
    // Every control has a label a screen reader reads.
    for (const id of ['feed-url', 'source-kind', 'follow-links']) assert.match(page, new RegExp(`<label[^>]* for="${id}"`), id);
    assert.match(page, /<option value="sitemap">sitemap<\/option><option value="urls">URL list<\/option>/);
    const post = (fields: Record<string, string>) => t.app.inject({ method: 'POST', url: '/sources', headers: { ...FORM, cookie }, payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString() });
    assert.equal((await post({ url: 'https://example.org/sitemap.xml', kind: 'sitemap' })).statusCode, 303);
    assert.equal((await post({ url: 'https://example.org/pages.txt', kind: 'urls' })).statusCode, 303);
    assert.equal((await post({ url: 'https://example.org/feed.xml', kind: 'feed', followLinks: '1' })).statusCode, 303);
    // An unknown kind is a feed; following links is refused for a sitemap, with the API's message.
    assert.equal((await post({ url: 'https://example.org/other.xml', kind: 'bogus' })).statusCode, 303);
    const refused = await post({ url: 'https://example.org/news-sitemap.xml', kind: 'sitemap', followLinks: '1' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /role="alert">[^<]*followLinks is for feed sources only/);
    const got = t.store.sourceStore().list().map((s) => [s.url, s.kind, s.followLinks === true]).sort();
    assert.deepEqual(got, [
      ['https://example.org/feed.xml', 'feed', true],
      ['https://example.org/other.xml', 'feed', false],
      ['https://example.org/pages.txt', 'urls', false],
      ['https://example.org/sitemap.xml', 'sitemap', false],
    ]);
    const listed = (await t.app.inject({ url: '/sources', headers: { cookie } })).body;
    assert.match(listed, /feed\.xml<\/span> <span class="qual">feed, follows item links<\/span>/);
    assert.match(listed, /pages\.txt<\/span> <span class="qual">URL list<\/span>/);
  } finally {
    await t.close();
  }
});

test('beyond loopback the pages, exports and event stream need a session', async () => {
  const t = await setup(false);
  try {
    for (const url of ['/', '/search?q=x', '/sources', '/export/stories.csv', '/attention']) {
      const res = await t.app.inject({ url });
      assert.equal(res.statusCode, 303, url);
      assert.equal(res.headers.location, `/login?next=${encodeURIComponent(url)}`);
    }
    assert.equal((await t.app.inject({ url: '/events' })).statusCode, 401);
    assert.equal((await t.app.inject({ url: '/login' })).statusCode, 200);
    assert.equal((await t.app.inject({ url: '/assets/app.css' })).statusCode, 200);
    const { cookie } = await signIn(t.app, t.read);
    assert.equal((await t.app.inject({ url: '/', headers: { cookie } })).statusCode, 200);
    assert.equal((await t.app.inject({ url: '/', headers: bearer(t.read) })).statusCode, 200);
    assert.equal((await t.app.inject({ url: '/', headers: bearer('plx_wrong') })).statusCode, 401);
  } finally {
    await t.close();
  }
});

test('exports: stories and search as CSV and JSON, attachments', async () => {
  const t = await setup(true);
  try {
    await t.app.inject({ method: 'POST', url: '/api/v1/articles', headers: bearer(t.write), payload: [...seedRecords(), OTHER_STORY] });
    const csv = await t.app.inject({ url: '/export/stories.csv?sort=size' });
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="stories.csv"/);
    const lines = csv.body.trim().split('\r\n');
    assert.equal(lines.length, 3);
    assert.match(lines[1]!, /^"s_[0-9a-f]+","[^"]*Biden[^"]*","5"/);
    const json = (await t.app.inject({ url: '/export/search.json?q=apple' })).json() as { total: number; hits: { snippet: string }[] };
    assert.equal(json.total, 1);
    assert.doesNotMatch(json.hits[0]!.snippet, /<mark>/);
    const story = (json as unknown as { hits: { storyId: string }[] }).hits[0]!.storyId;
    const arts = await t.app.inject({ url: `/export/story/${story}.csv` });
    assert.equal(arts.statusCode, 200);
    assert.match(arts.body, /Valley orchards/);
    assert.equal((await t.app.inject({ url: '/export/search.csv?q=NOT' })).statusCode, 400);
  } finally {
    await t.close();
  }
});

test('the list learns each small story\'s badges in the background; "disputed only" keeps the stories with disputes', async () => {
  const t = await setup(true);
  try {
    const posted = await t.app.inject({ method: 'POST', url: '/api/v1/articles', headers: bearer(t.write), payload: [...seedRecords(), OTHER_STORY] });
    const [biden, apple] = (posted.json() as { stories: { id: string }[] }).stories.map((s) => s.id);
    const before = await t.app.inject({ url: '/' });
    assert.doesNotMatch(before.body, /independent source/, 'no brief computed before the first list');
    let fragment = '';
    for (let i = 0; i < 200 && !/disputed figure/.test(fragment); i++) {
      await new Promise((r) => setTimeout(r, 50));
      fragment = (await t.app.inject({ url: `/fragments/story/${biden}` })).body;
    }
    assert.match(fragment, /4 independent sources/);
    assert.match(fragment, /1 disputed figure/);
    const disputed = (await t.app.inject({ url: '/?disputed=1' })).body;
    assert.match(disputed, new RegExp(`data-id="${biden}"`));
    assert.doesNotMatch(disputed, new RegExp(`data-id="${apple}"`));
    assert.equal((await t.app.inject({ url: '/fragments/story/s_0000' })).statusCode, 404);
  } finally {
    await t.close();
  }
});

test('a story someone opened is briefed again in the background after it changes', async () => {
  const store = createStore({ type: 'memory' });
  const w = newToken('write', new Date('2024-01-01T00:00:00Z'));
  store.putToken(w.hash, w.record);
  const { app, deps } = await buildApp({ store, loopbackOnly: true, log: () => {}, sources: { tickMs: 2_000_000_000 } });
  try {
    const seed = seedRecords();
    const first = await app.inject({ method: 'POST', url: '/api/v1/articles', headers: bearer(w.token), payload: seed.slice(0, 4) });
    const id = (first.json() as { stories: { id: string }[] }).stories[0]!.id;
    assert.equal((await app.inject({ url: `/stories/${id}` })).statusCode, 200);
    const later = await app.inject({ method: 'POST', url: '/api/v1/articles', headers: bearer(w.token), payload: seed.slice(4) });
    assert.equal((later.json() as { stories: { id: string }[] }).stories[0]!.id, id, 'the fifth article joins the story');
    const misses = deps.metrics.briefMisses;
    // Nobody asks: within the poll and the quiet time the brief is rebuilt.
    for (let i = 0; i < 100 && deps.metrics.briefMisses === misses; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(deps.metrics.briefMisses, misses + 1);
    const hits = deps.metrics.briefHits;
    const page = await app.inject({ url: `/stories/${id}` });
    assert.match(page.body, /<strong>5<\/strong> articles/);
    assert.equal(deps.metrics.briefMisses, misses + 1, 'the visit found the brief ready');
    assert.ok(deps.metrics.briefHits > hits);
  } finally {
    await app.close();
    store.close();
  }
});
