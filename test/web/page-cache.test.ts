/**
 * The story pages kept whole (src/web/page-cache.ts): rendered once per
 * variant, the ETag a digest of the page, the gzip made once and counted
 * against the budget, a newer version replacing the older one's variants,
 * an older version's page sent but not kept, and the budget dropping the
 * least recently viewed story first.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { PageCache } from '../../src/web/page-cache.js';

const page = (id: string, version: number, key: string, size = 1000): string => `<p>${id} v${version} ${key}</p>${'x'.repeat(size)}`;

test('a variant is rendered once, its gzip made once and weighed, and its ETag names its bytes', async () => {
  const c = new PageCache(1_000_000);
  let renders = 0;
  const render = (): string => (renders++, page('s_1', 3, 'anon'));
  const a = c.get('s_1', 3, 'anon', render);
  const b = c.get('s_1', 3, 'anon', render);
  assert.equal(renders, 1);
  assert.equal(a, b);
  const z1 = await a.gzipped();
  assert.equal(await a.gzipped(), z1, 'kept, not compressed again');
  assert.equal(gunzipSync(z1).toString('utf8'), a.html);
  assert.equal(c.usage().weight, a.html.length + z1.length);
  // Another frame (a session) is another variant; the same bytes give the same ETag, other bytes another.
  const s = c.get('s_1', 3, 'session', () => page('s_1', 3, 'session'));
  assert.notEqual(s.etag, a.etag);
  assert.equal(new PageCache(1000).get('s_1', 3, 'anon', () => page('s_1', 3, 'anon')).etag, a.etag);
  assert.equal(c.usage().variants, 2);
});

test('a newer version replaces the older variants; an older one is sent but not kept', () => {
  const c = new PageCache(1_000_000);
  c.get('s_1', 3, 'anon', () => page('s_1', 3, 'anon'));
  c.get('s_1', 3, 'session', () => page('s_1', 3, 'session'));
  c.get('s_1', 4, 'anon', () => page('s_1', 4, 'anon'));
  assert.equal(c.usage().variants, 1);
  const old = c.get('s_1', 3, 'anon', () => page('s_1', 3, 'anon'));
  assert.match(old.html, /v3/);
  assert.equal(c.usage().variants, 1);
  let renders = 0;
  c.get('s_1', 4, 'anon', () => (renders++, ''));
  assert.equal(renders, 0, 'the newer page is still kept');
});

test('past the budget the least recently viewed story goes first', () => {
  const c = new PageCache(3500);
  for (const id of ['s_1', 's_2', 's_3']) c.get(id, 1, 'anon', () => page(id, 1, 'anon'));
  // s_1 viewed again: s_2 is now the least recent.
  c.get('s_1', 1, 'anon', () => assert.fail('kept'));
  c.get('s_4', 1, 'anon', () => page('s_4', 1, 'anon'));
  let renders = 0;
  c.get('s_1', 1, 'anon', () => (renders++, page('s_1', 1, 'anon')));
  assert.equal(renders, 0);
  c.get('s_2', 1, 'anon', () => (renders++, page('s_2', 1, 'anon')));
  assert.equal(renders, 1, 's_2 was dropped');
  assert.ok(c.usage().weight <= 3500);
});
