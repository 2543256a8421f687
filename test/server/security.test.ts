/**
 * Access beyond loopback, the body size limit, and the event stream's
 * replay after a reconnect.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/server/app.js';
import { hashToken, isLoopback, newToken } from '../../src/server/access.js';
import { asArticleId, asStoryId } from '../../src/core/ids.js';
import { createStore } from '../../src/storage/create-store.js';
import { bearer, createToken, OTHER_STORY, postJson, seedRecords, startTestServer } from './helpers.js';

test('beyond loopback every read needs a token; health and the API description stay open', async () => {
  const store = createStore({ type: 'memory' });
  const { token, hash, record } = newToken('read', new Date('2024-01-01T00:00:00Z'));
  assert.match(token, /^plx_[A-Za-z0-9_-]{43}$/);
  assert.equal(hash, hashToken(token));
  store.putToken(hash, record);
  assert.deepEqual(store.findToken(hashToken(token)), record);
  assert.equal(store.findToken(hashToken(`${token}x`)), undefined);
  // The app as it runs on a public address, listening on loopback for the test.
  const { app } = await buildApp({ store, loopbackOnly: false, log: () => {} });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    for (const path of ['/api/v1/stories', '/api/v1/search?q=x', '/metrics', '/api/v1/articles/a_00', '/api/v1/events']) {
      const res = await fetch(`${url}${path}`);
      assert.equal(res.status, 401, path);
      assert.match(((await res.json()) as { message: string }).message, /reachable beyond this machine/);
    }
    assert.equal((await fetch(`${url}/api/v1/stories`, { headers: bearer(token) })).status, 200);
    assert.equal((await fetch(`${url}/metrics`, { headers: bearer(token) })).status, 200);
    assert.equal((await fetch(`${url}/api/v1/health`)).status, 200);
    assert.equal((await fetch(`${url}/api/v1/openapi.json`)).status, 200);
    // A read token still cannot write.
    assert.equal((await postJson(`${url}/api/v1/articles`, [OTHER_STORY], bearer(token))).status, 403);
  } finally {
    await app.close();
    store.close();
  }
});

test('loopback addresses are told apart from the rest', () => {
  for (const h of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost']) assert.ok(isLoopback(h), h);
  for (const h of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.org']) assert.ok(!isLoopback(h), h);
});

test('a body over the limit is a 413 that says so', async () => {
  const t = await startTestServer({ bodyLimit: 2000 });
  try {
    const write = await createToken(t.db, 'write');
    const res = await postJson(`${t.url}/api/v1/articles`, [{ text: 'x'.repeat(3000) }], bearer(write));
    assert.equal(res.status, 413);
    assert.match(((await res.json()) as { message: string }).message, /larger than this server accepts/);
  } finally {
    await t.stop();
  }
});

test('a client reconnecting with Last-Event-ID gets the story changes it missed', async () => {
  const t = await startTestServer();
  try {
    const write = await createToken(t.db, 'write');
    const report = (await (await postJson(`${t.url}/api/v1/articles`, [...seedRecords(), OTHER_STORY], bearer(write))).json()) as { stories: { id: string }[] };
    assert.equal(report.stories.length, 2);
    const stream = await fetch(`${t.url}/api/v1/events`, { headers: { 'last-event-id': '0' } });
    const reader = stream.body!.getReader();
    let text = '';
    while ((text.match(/^event: /gm) ?? []).length < 2) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    const events = [...text.matchAll(/^id: (\d+)\nevent: (story\.\w+)\ndata: (.*)$/gm)].map((m) => ({ id: Number(m[1]), kind: m[2], story: (JSON.parse(m[3]!) as { id: string }).id }));
    assert.deepEqual(events.map((e) => e.story).sort(), report.stories.map((s) => s.id).sort());
    assert.ok(events.every((e) => e.kind === 'story.created'));
    assert.ok(events[0]!.id < events[1]!.id, 'ids increase');
    assert.match(stream.headers.get('x-content-type-options') ?? '', /nosniff/);
  } finally {
    await t.stop();
  }
});

test('story changes made through another connection reach the event stream and the list', async () => {
  const t = await startTestServer();
  try {
    const stream = await fetch(`${t.url}/api/v1/events`);
    const reader = stream.body!.getReader();
    // Another connection to the same file writes an article and its story directly (the server holds the
    // writer turn, so a second ingest would wait: this stands for any change the server did not make).
    const other = createStore({ type: 'sqlite', file: t.db });
    const id = asArticleId('a_00000000000000aa');
    const meta = { publishedFrom: 'none' as const, headings: [], captions: [], credits: [], machineTranslated: false, removed: [], source: 'Elsewhere' };
    other.transaction(() => {
      other.putArticle({ id, title: 'Written elsewhere', text: 'A story the server did not ingest itself.', meta }, { articleId: id, language: 'en', sentences: [], entities: [], quotes: [], figures: [], dates: [] }, '2024-01-01T00:00:00Z');
      other.setStory(id, asStoryId('s_00000000aaaa'));
    });
    other.close();
    let text = '';
    while (!text.includes('event: story.created')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    assert.match(text, /"id":"s_00000000aaaa","title":"Written elsewhere"/);
    const list = (await (await fetch(`${t.url}/api/v1/stories`)).json()) as { stories: { id: string; sources: { name: string }[] }[] };
    assert.deepEqual(list.stories.map((s) => [s.id, s.sources.map((x) => x.name)]), [['s_00000000aaaa', ['Elsewhere']]]);
  } finally {
    await t.stop();
  }
});
