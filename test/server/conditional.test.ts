/**
 * Conditional requests: the story list and briefs carry an ETag from the
 * story change counter, answer 304 (no body) to an If-None-Match naming it,
 * and change tag, and body, when a story changes; a kept list page and a
 * kept search answer are the same bytes each time, gzipped (another tag)
 * for clients that accept it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { ifNoneMatch } from '../../src/server/routes-stories.js';
import { bearer, createToken, OTHER_STORY, postJson, seedRecords, startTestServer, type TestServer } from './helpers.js';

/** One GET with Node's client (fetch would decode the body and hide the encoding). */
function raw(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ status: r.statusCode ?? 0, headers: r.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('conditional requests on stories and briefs', () => {
  let t: TestServer;
  let write: string;
  const api = (path: string) => `${t.url}/api/v1${path}`;

  before(async () => {
    t = await startTestServer();
    write = await createToken(t.db, 'write');
    assert.equal((await postJson(api('/articles'), seedRecords(), bearer(write))).status, 200);
  });
  after(async () => t.stop());

  it('If-None-Match compares tags weakly, in lists and with *', () => {
    assert.ok(ifNoneMatch('"l5"', '"l5"'));
    assert.ok(ifNoneMatch('W/"l5"', '"l5"'));
    assert.ok(ifNoneMatch('"x", "l5"', '"l5"'));
    assert.ok(ifNoneMatch('*', '"l5"'));
    assert.ok(!ifNoneMatch('"l50"', '"l5"'));
    assert.ok(!ifNoneMatch(undefined, '"l5"'));
  });

  it('the story list: an ETag, 304 while nothing changes, the same bytes from the kept page, a new tag after a change', async () => {
    const first = await raw(api('/stories?limit=5'), {});
    assert.equal(first.status, 200);
    const tag = first.headers.etag as string;
    assert.match(tag, /^"l\d+"$/);
    assert.match(String(first.headers['content-type']), /^application\/json/);
    const again = await raw(api('/stories?limit=5'), {});
    assert.deepEqual(again.body, first.body, 'the kept page is the page');
    assert.equal(again.headers.etag, tag);
    const stories = (JSON.parse(first.body.toString('utf8')) as { stories: { id: string; articles: number }[] }).stories;
    assert.ok(stories.length >= 1);

    const unchanged = await raw(api('/stories?limit=5'), { 'if-none-match': tag });
    assert.equal(unchanged.status, 304);
    assert.equal(unchanged.body.length, 0);
    assert.equal(unchanged.headers.etag, tag);
    // A bad request stays one, whatever tag it carries.
    assert.equal((await raw(api('/stories?from=2020-02-01&to=2020-01-01'), { 'if-none-match': tag })).status, 400);

    assert.equal((await postJson(api('/articles'), [OTHER_STORY], bearer(write))).status, 200);
    const changed = await raw(api('/stories?limit=5'), { 'if-none-match': tag });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.etag, tag);
    const listed = (JSON.parse(changed.body.toString('utf8')) as { stories: unknown[] }).stories;
    assert.equal(listed.length, stories.length + 1, 'the new story is listed, not the kept page');
  });

  it('a brief: one tag per format and encoding, 304 on a match, the body again when the encoding differs', async () => {
    const [top] = (JSON.parse((await raw(api('/stories?sort=size&limit=1'), {})).body.toString('utf8')) as { stories: { id: string }[] }).stories;
    assert.ok(top);
    const url = api(`/stories/${top.id}`);
    const zipped = await raw(url, { 'accept-encoding': 'gzip' });
    assert.equal(zipped.status, 200);
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    const gzTag = zipped.headers.etag as string;
    assert.match(gzTag, /^"json\d+-gz"$/);
    const plain = await raw(url, {});
    assert.equal(plain.headers['content-encoding'], undefined);
    const plainTag = plain.headers.etag as string;
    assert.equal(plainTag, gzTag.replace('-gz', ''));
    assert.equal(gunzipSync(zipped.body).toString('utf8'), plain.body.toString('utf8'));

    const hit = await raw(url, { 'accept-encoding': 'gzip', 'if-none-match': gzTag });
    assert.equal(hit.status, 304);
    assert.equal(hit.body.length, 0);
    assert.equal(hit.headers.etag, gzTag);
    assert.equal(hit.headers.vary, 'Accept-Encoding');
    // The identity tag does not stand for the gzipped bytes.
    assert.equal((await raw(url, { 'accept-encoding': 'gzip', 'if-none-match': plainTag })).status, 200);
    assert.equal((await raw(url, { 'if-none-match': plainTag })).status, 304);

    const md = await raw(api(`/stories/${top.id}/brief.md`), {});
    assert.match(md.headers.etag as string, /^"md\d+"$/);
    assert.equal((await raw(api(`/stories/${top.id}/brief.md`), { 'if-none-match': md.headers.etag as string })).status, 304);
    assert.equal((await raw(api('/stories/s_000000000000'), { 'if-none-match': '*' })).status, 404);
  });

  it('kept search answers and list pages: the same bytes each time, gzipped for clients that accept it (another tag), 304 on a match', async () => {
    for (const path of ['/search?q=Putin', '/stories?limit=20']) {
      const plain = await raw(api(path), {});
      assert.equal(plain.status, 200);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.match(String(plain.headers['content-type']), /^application\/json/);
      const tag = plain.headers.etag as string;
      assert.match(tag, /^"[hl][\w-]+"$/);
      assert.deepEqual((await raw(api(path), {})).body, plain.body, 'the kept bytes');
      JSON.parse(plain.body.toString('utf8'));
      assert.equal((await raw(api(path), { 'if-none-match': tag })).status, 304);
      const zipped = await raw(api(path), { 'accept-encoding': 'gzip' });
      // Bodies under 1 KB go as they are.
      if (plain.body.length < 1024) {
        assert.equal(zipped.headers['content-encoding'], undefined);
        continue;
      }
      assert.equal(zipped.headers['content-encoding'], 'gzip');
      assert.equal(zipped.headers.vary, 'Accept-Encoding');
      assert.equal(zipped.headers.etag, `${tag.slice(0, -1)}-gz"`);
      assert.deepEqual(gunzipSync(zipped.body), plain.body);
      assert.equal((await raw(api(path), { 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.etag as string })).status, 304);
      assert.equal((await raw(api(path), { 'accept-encoding': 'gzip', 'if-none-match': tag })).status, 200, 'the identity tag does not stand for the gzipped bytes');
    }
    const search = await raw(api('/search?q=Putin'), {});
    assert.ok(search.body.length >= 1024, 'the search answer is one that is gzipped');
    assert.ok((JSON.parse(search.body.toString('utf8')) as { hits: unknown[] }).hits.length >= 1, 'the seed articles name Putin');
  });
});
