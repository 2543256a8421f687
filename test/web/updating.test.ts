/**
 * Stale-while-revalidate on the story page: after a story gains an article,
 * its page answers at once from the previous brief with an "Updating" note
 * (no wait for the new brief), the event stream announces `brief.ready`
 * when the new brief is computed, and the page then shows the new brief
 * without the note; and a story not briefed yet gets its facts page at once
 * while the brief worker is on another brief.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { newToken } from '../../src/server/access.js';
import { buildApp } from '../../src/server/app.js';
import { createStore } from '../../src/storage/create-store.js';
import { bearer, createToken, OTHER_STORY, postJson, seedRecords, startTestServer } from '../server/helpers.js';

/** Reads an event stream until an event of `kind` whose data matches `match`, or throws after `ms`. */
async function waitForEvent(url: string, kind: string, match: (data: Record<string, unknown>) => boolean, ready: () => void, ms = 15_000): Promise<Record<string, unknown>> {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), ms);
  try {
    const res = await fetch(url, { signal: ac.signal });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buf = '';
    let told = false;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      buf += decoder.decode(value, { stream: true });
      if (!told) {
        told = true;
        ready();
      }
      let cut: number;
      while ((cut = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event === kind && data !== undefined) {
          const parsed = JSON.parse(data) as Record<string, unknown>;
          if (match(parsed)) return parsed;
        }
      }
    }
  } finally {
    clearTimeout(timer);
    ac.abort();
  }
}

test('a changed story is shown at once from its previous brief with a note, then from the new brief', async () => {
  const store = createStore({ type: 'memory' });
  const w = newToken('write', new Date('2024-01-01T00:00:00Z'));
  store.putToken(w.hash, w.record);
  // The background waits a minute after a change: here only the page asks for the new brief.
  const { app } = await buildApp({ store, loopbackOnly: true, log: () => {}, pollMs: 20, sources: { tickMs: 2_000_000_000 }, refresh: { quietMs: 60_000 } });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    const seed = seedRecords();
    const first = await app.inject({ method: 'POST', url: '/api/v1/articles', headers: bearer(w.token), payload: seed.slice(0, 4) });
    const id = (first.json() as { stories: { id: string }[] }).stories[0]!.id;
    const opened = await app.inject({ url: `/stories/${id}` });
    assert.match(opened.body, /<strong>4<\/strong> articles/);
    assert.doesNotMatch(opened.body, /Updating:/);
    const v1 = Number(/data-version="(\d+)"/.exec(opened.body)?.[1]);

    const later = await app.inject({ method: 'POST', url: '/api/v1/articles', headers: bearer(w.token), payload: seed.slice(4) });
    assert.equal((later.json() as { stories: { id: string }[] }).stories[0]!.id, id, 'the fifth article joins the story');
    const v2 = (await app.inject({ url: `/api/v1/stories?limit=1` })).json().stories[0].updatedSeq as number;
    assert.ok(v2 > v1);
    assert.equal((await app.inject({ url: `/stories/${id}/ready` })).statusCode, 202, 'the new brief is not computed yet');

    let stale = '';
    const announced = waitForEvent(`${base}/events`, 'brief.ready', (d) => d.id === id, () => undefined);
    // Asked once the stream is open, so the announcement cannot come before it.
    await new Promise((r) => setTimeout(r, 100));
    stale = (await app.inject({ url: `/stories/${id}` })).body;
    // The previous brief, at once, with the note (a status region) and the version it shows.
    assert.match(stale, /<strong>4<\/strong> articles/);
    assert.match(stale, /<p id="story-status" class="note updating" role="status"><strong>Updating:<\/strong> 1 new article since this brief\./);
    assert.match(stale, new RegExp(`data-version="${v1}"`));
    assert.match(stale, new RegExp(`data-updating="${v2}"`));

    const ready = await announced;
    assert.equal(ready.version, v2);
    assert.equal((await app.inject({ url: `/stories/${id}/ready` })).statusCode, 200);
    const fresh = (await app.inject({ url: `/stories/${id}` })).body;
    assert.match(fresh, /<strong>5<\/strong> articles/);
    assert.match(fresh, new RegExp(`data-version="${v2}"`));
    assert.doesNotMatch(fresh, /Updating:|data-updating/);
  } finally {
    await app.close();
    store.close();
  }
});

test('while the brief worker is on another brief, a small story not briefed yet gets its facts page at once', async () => {
  const t = await startTestServer();
  try {
    const token = await createToken(t.db, 'write');
    const base = seedRecords()[0]!;
    // 60 light variants: one story whose brief keeps the worker busy for a while.
    const variants = Array.from({ length: 60 }, (_, i) => ({ ...base, source: `Outlet ${i}`, url: `https://example.org/copy-${i}`, text: `${base.text}\nEditor's note ${i}: this copy was filed by desk number ${i + 100}.` }));
    const big = ((await (await postJson(`${t.url}/api/v1/articles`, variants, bearer(token))).json()) as { stories: { id: string; articles: number }[] }).stories.sort((a, b) => b.articles - a.articles)[0]!;
    const small = ((await (await postJson(`${t.url}/api/v1/articles`, [OTHER_STORY], bearer(token))).json()) as { stories: { id: string }[] }).stories[0]!;
    assert.match(await (await fetch(`${t.url}/stories/${big.id}`)).text(), /data-wait/, 'the large story is being briefed');
    for (let i = 0; i < 100 && !t.server.deps.briefs.busy(); i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(t.server.deps.briefs.busy(), true);
    const page = await (await fetch(`${t.url}/stories/${small.id}`)).text();
    assert.match(page, /data-wait="1"/, 'the facts page rather than a wait behind the large brief');
    assert.match(page, /Comparing 1 article:/);
    // It reloads into the brief once ready.
    let ready = 0;
    for (let i = 0; i < 600 && ready !== 200; i++) {
      ready = (await fetch(`${t.url}/stories/${small.id}/ready`)).status;
      if (ready !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(ready, 200);
    assert.match(await (await fetch(`${t.url}/stories/${small.id}`)).text(), /id="summary"/);
  } finally {
    await t.stop();
  }
});
