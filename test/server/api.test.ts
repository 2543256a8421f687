/**
 * The API end to end on a real server (loopback, free port, temporary
 * database): tokens, ingest, stories, briefs, articles, events, metrics,
 * and the error replies.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { bearer, createToken, OTHER_STORY, postJson, seedRecords, startTestServer, type TestServer } from './helpers.js';

interface Summary {
  id: string;
  title: string;
  articles: number;
  sourceCount: number;
  sources: { name: string; articles: number }[];
  languages: string[];
  updatedSeq: number;
}

describe('parallax serve API', () => {
  let t: TestServer;
  let write: string;
  let read: string;
  let seedStory: Summary;
  const api = (path: string) => `${t.url}/api/v1${path}`;
  const getJson = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(api(path), { headers });
    return { res, body: (await res.json()) as Record<string, unknown> };
  };

  before(async () => {
    t = await startTestServer();
    write = await createToken(t.db, 'write');
    read = await createToken(t.db, 'read');
  });
  after(async () => t.stop());

  it('health answers without a token, with security headers and no CORS', async () => {
    const { res, body } = await getJson('/health');
    assert.equal(res.status, 200);
    assert.deepEqual(body, { status: 'ok', version: body.version, articles: 0, stories: 0 });
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  it('the OpenAPI document lists every route with its schemas', async () => {
    const { res, body } = await getJson('/openapi.json');
    assert.equal(res.status, 200);
    assert.equal(body.openapi, '3.0.3');
    const paths = Object.keys(body.paths as object);
    for (const p of ['/api/v1/health', '/api/v1/stories', '/api/v1/stories/{id}', '/api/v1/stories/{id}/brief.md', '/api/v1/stories/{id}/brief.html', '/api/v1/articles', '/api/v1/articles/{id}', '/api/v1/search', '/api/v1/events', '/metrics']) {
      assert.ok(paths.includes(p), `${p} in ${paths.join(', ')}`);
    }
    const post = (body.paths as Record<string, Record<string, { requestBody?: unknown; security?: unknown }>>)['/api/v1/articles']!.post!;
    assert.ok(post.requestBody, 'POST /articles documents its body');
    assert.deepEqual(post.security, [{ bearer: [] }]);
    const schemas = (body.components as { schemas: Record<string, unknown> }).schemas;
    assert.ok(schemas.StorySummary);
    // Every reference in the document resolves.
    for (const m of JSON.stringify(body).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) assert.ok(schemas[m[1]!], m[1]);
  });

  it('writes need a write token: none, a wrong one, a malformed header and a read token are refused', async () => {
    const records = [OTHER_STORY];
    let res = await postJson(api('/articles'), records);
    assert.equal(res.status, 401);
    assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.match(((await res.json()) as { message: string }).message, /write token/);
    res = await postJson(api('/articles'), records, bearer('plx_not-a-token'));
    assert.equal(res.status, 401);
    assert.match(((await res.json()) as { message: string }).message, /unknown token/);
    res = await postJson(api('/articles'), records, { authorization: `Basic ${write}` });
    assert.equal(res.status, 401);
    assert.match(((await res.json()) as { message: string }).message, /Bearer TOKEN/);
    res = await postJson(api('/articles'), records, bearer(read));
    assert.equal(res.status, 403);
    assert.match(((await res.json()) as { message: string }).message, /may only read/);
    // A wrong token is refused on a read too, even where none is needed.
    assert.equal((await fetch(api('/stories'), { headers: bearer('plx_wrong') })).status, 401);
    assert.equal((await fetch(api('/stories'), { headers: bearer(read) })).status, 200);
    assert.equal((await getJson('/health')).body.articles, 0, 'nothing was stored');
  });

  it('bad bodies get a 400 that says what is wrong', async () => {
    const cases: [unknown, RegExp][] = [
      ['{"title": "x",', /not valid JSON/],
      [{ text: 'not an array' }, /body must be array/],
      [[], /body must NOT have fewer than 1 items/],
      [[{ title: 'no text' }], /body\/0 must have required property 'text'/],
      [[{ text: 'ok text', colour: 'red' }], /body\/0 has an unknown field "colour"/],
      [[{ text: 42 }], /body\/0\/text must be string/],
    ];
    for (const [body, message] of cases) {
      const res = await postJson(api('/articles'), body, bearer(write));
      assert.equal(res.status, 400, JSON.stringify(body));
      const reply = (await res.json()) as { statusCode: number; error: string; message: string };
      assert.equal(reply.statusCode, 400);
      assert.equal(reply.error, 'Bad Request');
      assert.match(reply.message, message);
    }
    const res = await fetch(api('/articles'), { method: 'POST', headers: { 'content-type': 'application/xml', ...bearer(write) }, body: '<a/>' });
    assert.equal(res.status, 415);
    assert.match(((await res.json()) as { message: string }).message, /send application\/json/);
  });

  it('posted articles become a story, announced on the event stream', async () => {
    const stream = await fetch(api('/events'));
    assert.equal(stream.status, 200);
    assert.match(stream.headers.get('content-type') ?? '', /^text\/event-stream/);
    const reader = stream.body!.getReader();
    const res = await postJson(api('/articles'), [...seedRecords(), OTHER_STORY, { text: 'Too short to be an article.' }], bearer(write));
    assert.equal(res.status, 200);
    const report = (await res.json()) as { added: number; duplicates: number; rejected: { index: number; message: string }[]; stories: { id: string; created: boolean; articles: number }[] };
    assert.equal(report.added, 6);
    assert.equal(report.duplicates, 0);
    assert.deepEqual(report.rejected.map((r) => r.index), [6]);
    assert.match(report.rejected[0]!.message, /too-short/);
    assert.ok(report.stories.every((s) => s.created));
    const biggest = report.stories.reduce((a, b) => (b.articles > a.articles ? b : a));
    assert.ok(biggest.articles >= 4, `the seed articles form one story (${JSON.stringify(report.stories)})`);

    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes(`"id":"${biggest.id}"`)) {
      const { value, done } = await reader.read();
      assert.ok(!done, 'the stream stays open');
      text += decoder.decode(value);
    }
    await reader.cancel();
    assert.match(text, new RegExp(`id: \\d+\\nevent: story\\.created\\ndata: \\{"id":"${biggest.id}"`));

    const list = await getJson('/stories');
    const stories = list.body.stories as Summary[];
    assert.equal(stories.length, report.stories.length);
    seedStory = stories.find((s) => s.id === biggest.id)!;
    assert.equal(seedStory.articles, biggest.articles);
    assert.equal(seedStory.sourceCount, biggest.articles);
    assert.deepEqual(seedStory.languages, ['en']);
  });

  it('the same articles again are duplicates and change nothing', async () => {
    const res = await postJson(api('/articles'), seedRecords(), bearer(write));
    const report = (await res.json()) as { added: number; duplicates: number; stories: unknown[] };
    assert.deepEqual([report.added, report.duplicates, report.stories.length], [0, 5, 0]);
  });

  it('stories: filters, sorts and cursor pages', async () => {
    const bySource = (await getJson(`/stories?source=${encodeURIComponent('Valley Post')}`)).body.stories as Summary[];
    assert.deepEqual(bySource.map((s) => s.title), [OTHER_STORY.title]);
    assert.deepEqual(((await getJson('/stories?source=Nobody')).body.stories as Summary[]).length, 0);
    const wide = (await getJson('/stories?min_sources=3')).body.stories as Summary[];
    assert.deepEqual(wide.map((s) => s.id), [seedStory.id]);
    const bySize = (await getJson('/stories?sort=size')).body.stories as Summary[];
    assert.equal(bySize[0]!.id, seedStory.id);
    assert.deepEqual(((await getJson('/stories?from=2024-10-01&to=2024-10-31')).body.stories as Summary[]).map((s) => s.title), [OTHER_STORY.title]);
    // Paging one story at a time visits every story once, in the same order as one page.
    for (const sort of ['updated', 'size']) {
      const all = ((await getJson(`/stories?sort=${sort}&limit=100`)).body.stories as Summary[]).map((s) => s.id);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = (await getJson(`/stories?sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`)).body;
        seen.push(...(page.stories as Summary[]).map((s) => s.id));
        cursor = page.next as string | undefined;
      } while (cursor !== undefined);
      assert.deepEqual(seen, all, sort);
    }
    const first = (await getJson('/stories?limit=1')).body.next as string;
    const bad: [string, RegExp][] = [
      ['/stories?limit=0', /querystring\/limit must be >= 1/],
      ['/stories?limit=500', /querystring\/limit must be <= 100/],
      ['/stories?sort=newest', /querystring\/sort must be one of "updated", "size"|querystring\/sort must/],
      ['/stories?cursor=garbage', /cursor is not one this server gave/],
      [`/stories?sort=size&cursor=${first}`, /cursor belongs to sort=updated/],
      ['/stories?from=2024-13', /querystring\/from must match pattern/],
      ['/stories?from=2024-05-02&to=2024-05-01', /from \(2024-05-02\) is after to/],
      ['/stories?colour=red', /unknown field "colour"/],
    ];
    for (const [path, message] of bad) {
      const { res, body } = await getJson(path);
      assert.equal(res.status, 400, path);
      assert.match(body.message as string, message, path);
    }
  });

  it('a story is its brief: exactly `parallax analyze --format json`, cached until the story changes', async () => {
    const file = join(t.dir, 'seed.jsonl');
    writeFileSync(file, `${[...seedRecords(), OTHER_STORY].map((r) => JSON.stringify(r)).join('\n')}\n`);
    const out: string[] = [];
    assert.equal(await main(['analyze', file, '--format', 'json', '--quiet'], { stdout: (s) => out.push(s), stderr: () => {} }), 0);
    // The CLI names inputs by file and line, the API by request and position.
    const cli = JSON.parse(out.join('\n').replaceAll(`${file}#L`, 'request#L')) as { stories: { id: string }[] };
    const res = await fetch(api(`/stories/${seedStory.id}`));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    const brief = await res.json();
    assert.deepEqual(brief, cli.stories.find((s) => s.id === seedStory.id));

    const metric = async (outcome: string) => Number(new RegExp(`parallax_brief_cache_total\\{outcome="${outcome}"\\} (\\d+)`).exec(await (await fetch(`${t.url}/metrics`)).text())![1]);
    const hits = await metric('hit');
    const built = await metric('miss');
    // The first answer goes out as soon as its page is rendered, a moment before the brief thread's brief is cached (a
    // request in between joins that build): ask again until one is answered from the cache, with no new build.
    let hit = false;
    for (let i = 0; i < 200 && !hit; i++) {
      const again = await fetch(api(`/stories/${seedStory.id}`));
      assert.deepEqual(await again.json(), brief);
      hit = (await metric('hit')) > hits;
      if (!hit) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.ok(hit, 'a later request is answered from the cache');
    assert.equal(await metric('miss'), built);

    // Large briefs go gzipped to clients that accept it (compressed once per version), as they are to others.
    const raw = async (encoding?: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        get(api(`/stories/${seedStory.id}`), { headers: encoding ? { 'accept-encoding': encoding } : {} }, (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ headers: r.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    const plain = await raw();
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(JSON.parse(plain.body.toString('utf8')), brief);
    const zipped = await raw('br, gzip;q=0.8');
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(zipped.headers.vary, 'Accept-Encoding');
    assert.ok(zipped.body.length < plain.body.length / 2, `${zipped.body.length} < ${plain.body.length} / 2`);
    assert.equal(gunzipSync(zipped.body).toString('utf8'), plain.body.toString('utf8'));
    assert.equal((await raw('gzip;q=0')).headers['content-encoding'], undefined);

    const md = await fetch(api(`/stories/${seedStory.id}/brief.md`));
    assert.match(md.headers.get('content-type') ?? '', /^text\/markdown/);
    assert.match(await md.text(), /^# /);
    const html = await fetch(api(`/stories/${seedStory.id}/brief.html`));
    assert.match(html.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(html.headers.get('content-security-policy') ?? '', /style-src [^;]*'unsafe-inline'/);
    assert.match(await html.text(), /^<!doctype html>/i);

    // One more article of the story: the story changes, and so does its brief.
    const follow = { ...seedRecords()[0]!, text: `${seedRecords()[0]!.text}\nThe White House said later that the call between Biden and Putin lasted two hours.`, source: 'Late Edition' };
    const added = (await (await postJson(api('/articles'), [follow], bearer(write))).json()) as { stories: { id: string; created: boolean }[] };
    const misses = await metric('miss');
    const fresh = (await (await fetch(api(`/stories/${seedStory.id}`))).json()) as { articles: unknown[] };
    assert.deepEqual(added.stories, [{ id: seedStory.id, created: false, articles: seedStory.articles + 1 }]);
    assert.equal(await metric('miss'), misses + 1, 'a changed story is briefed afresh');
    assert.equal(fresh.articles.length, (brief as { articles: unknown[] }).articles.length + 1);

    const missing = await getJson('/stories/s_000000000000');
    assert.equal(missing.res.status, 404);
    assert.match(missing.body.message as string, /no story s_000000000000/);
    assert.equal((await getJson('/stories/not-an-id')).res.status, 400);
  });

  it('articles: one stored article with its analysis; unknown and malformed ids', async () => {
    const brief = (await (await fetch(api(`/stories/${seedStory.id}`))).json()) as { articles: { id: string }[] };
    const id = brief.articles[0]!.id;
    const { res, body } = await getJson(`/articles/${id}`);
    assert.equal(res.status, 200);
    assert.equal(body.id, id);
    assert.equal(body.storyId, seedStory.id);
    assert.equal(body.language, 'en');
    assert.ok((body.text as string).length > 500);
    assert.ok(Array.isArray(body.quotes) && (body.quotes as unknown[]).length > 0);
    assert.equal((await getJson('/articles/a_0000000000000000')).res.status, 404);
    assert.match((await getJson('/articles/x')).body.message as string, /params\/id must match pattern/);
  });

  it('metrics: Prometheus text with articles, stories, requests and ingest counters', async () => {
    const res = await fetch(`${t.url}/metrics`);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const health = (await getJson('/health')).body;
    assert.match(text, new RegExp(`^parallax_articles ${health.articles}$`, 'm'));
    assert.match(text, new RegExp(`^parallax_stories ${health.stories}$`, 'm'));
    assert.match(text, /^parallax_http_requests_total\{method="POST",route="\/api\/v1\/articles",status="401"\} 3$/m);
    assert.match(text, /^parallax_http_requests_total\{method="POST",route="\/api\/v1\/articles",status="403"\} 1$/m);
    assert.match(text, /^parallax_ingest_articles_total\{outcome="duplicate"\} 5$/m);
    assert.match(text, /^# TYPE parallax_ingest_requests_total counter$/m);
  });

  it('unknown routes are a JSON 404 that points at the API description', async () => {
    const { res, body } = await getJson('/nothing-here');
    assert.equal(res.status, 404);
    assert.match(body.message as string, /no route GET \/api\/v1\/nothing-here .*openapi\.json/);
  });
});
