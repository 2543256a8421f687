/**
 * Briefs across a restart (src/server/brief-disk.ts) and the story page's
 * kept variants (src/web/page-cache.ts): a server restarted on the same
 * database shows a large story's brief at once (not its facts page) from
 * the brief saved beside the database; a story that changed while the
 * server was down shows that brief with the "Updating" note; a corrupt
 * saved file is ignored with a log line and the facts page is shown. The
 * page carries an ETag and answers 304 to a browser holding it, gzipped
 * bytes being the same page.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { startServer } from '../../src/server/start.js';
import { bearer, createToken, OTHER_STORY, postJson, seedRecords, startTestServer } from '../server/helpers.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

test('after a restart a large story shows its saved brief at once; a corrupt saved file is ignored', async () => {
  const t = await startTestServer();
  let server = t.server;
  const lines: string[] = [];
  try {
    const token = await createToken(t.db, 'write');
    const base = seedRecords()[0]!;
    // 60 light variants of one article: a story large enough to get its facts page while it has no brief.
    const variants = Array.from({ length: 60 }, (_, i) => ({ ...base, source: `Outlet ${i}`, url: `https://example.org/copy-${i}`, text: `${base.text}\nEditor's note ${i}: this copy was filed by desk number ${i + 100}.` }));
    const big = ((await (await postJson(`${t.url}/api/v1/articles`, variants, bearer(token))).json()) as { stories: { id: string; articles: number }[] }).stories.sort((a, b) => b.articles - a.articles)[0]!;
    assert.ok(big.articles >= 60);
    let url = t.url;
    const ready = async (): Promise<void> => {
      for (let i = 0; i < 900; i++) {
        if ((await fetch(`${url}/stories/${big.id}/ready`)).status === 200) return;
        await sleep(100);
      }
      throw new Error('the brief was not ready in 90 s');
    };
    assert.match(await (await fetch(`${url}/stories/${big.id}`)).text(), /data-wait/, 'no brief yet: the facts page');
    await ready();
    const briefed = await (await fetch(`${url}/stories/${big.id}`)).text();
    assert.match(briefed, /id="summary"/);

    const restart = async (): Promise<void> => {
      await server.close();
      server = await startServer({ db: t.db, host: '127.0.0.1', port: 0, pollMs: 50, log: (l) => lines.push(l) });
      url = server.url;
    };
    // The saved brief is written before the server stops (close waits for it).
    await restart();
    const after = await (await fetch(`${url}/stories/${big.id}`)).text();
    assert.doesNotMatch(after, /data-wait/, 'the brief at once, not the facts page');
    assert.match(after, /id="summary"/);
    assert.doesNotMatch(after, /Updating:/);

    // The story changes after the restart, before anyone looks: the saved brief with the note.
    await restart();
    const one = { ...base, source: 'Outlet late', url: 'https://example.org/copy-late', text: `${base.text}\nEditor's note: filed late by desk 999.` };
    const joined = ((await (await postJson(`${url}/api/v1/articles`, [one], bearer(token))).json()) as { stories: { id: string }[] }).stories[0]!;
    assert.equal(joined.id, big.id, 'the article joins the story');
    const stale = await (await fetch(`${url}/stories/${big.id}`)).text();
    assert.match(stale, /<strong>Updating:<\/strong> 1 new article since this brief/);
    await ready();
    assert.doesNotMatch(await (await fetch(`${url}/stories/${big.id}`)).text(), /Updating:/);

    // A corrupt saved brief: ignored with a line naming the file, the facts page shown, no crash.
    await server.close();
    const file = join(`${t.db}.briefs`, `${big.id}.json.gz`);
    writeFileSync(file, 'garbage, not gzip');
    lines.length = 0;
    server = await startServer({ db: t.db, host: '127.0.0.1', port: 0, pollMs: 50, log: (l) => lines.push(l) });
    url = server.url;
    const facts = await fetch(`${url}/stories/${big.id}`);
    assert.equal(facts.status, 200);
    assert.match(await facts.text(), /data-wait|id="summary"/);
    assert.ok(lines.some((l) => l.includes(file) && l.includes('ignored')), lines.join('\n'));
  } finally {
    await server.close();
    await t.stop();
  }
});

test('a story page carries an ETag, answers 304 to it, and its gzip is the same page', async () => {
  const t = await startTestServer();
  try {
    const token = await createToken(t.db, 'write');
    const posted = ((await (await postJson(`${t.url}/api/v1/articles`, [...seedRecords(), OTHER_STORY], bearer(token))).json()) as { stories: { id: string; articles: number }[] }).stories;
    const id = posted.sort((a, b) => b.articles - a.articles)[0]!.id;
    let plain = await fetch(`${t.url}/stories/${id}?wait=1`, { headers: { 'accept-encoding': 'identity' } });
    const html = await plain.text();
    plain = await fetch(`${t.url}/stories/${id}`, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(await plain.text(), html);
    const etag = plain.headers.get('etag');
    assert.match(etag ?? '', /^"[\w-]{10,}"$/);
    assert.match(plain.headers.get('cache-control') ?? '', /no-cache|no-store/, 'the browser asks again (and gets a 304)');
    const again = await fetch(`${t.url}/stories/${id}`, { headers: { 'if-none-match': etag! } });
    assert.equal(again.status, 304);
    assert.equal((await again.text()).length, 0);
    const other = await fetch(`${t.url}/stories/${id}`, { headers: { 'if-none-match': '"something-else"', 'accept-encoding': 'identity' } });
    assert.equal(other.status, 200);
    // Gzip as a browser asks for it (pages from 64 KB are compressed): the same bytes once unzipped.
    const { request } = await import('node:http');
    const zipped = await new Promise<{ enc: string | undefined; body: Buffer }>((resolve, reject) => {
      request(`${t.url}/stories/${id}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c)).on('end', () => resolve({ enc: res.headers['content-encoding'], body: Buffer.concat(parts) }));
      }).on('error', reject).end();
    });
    if (html.length >= 64 * 1024) assert.equal(gunzipSync(zipped.body).toString('utf8'), html);
    else assert.equal(zipped.body.toString('utf8'), html);
    assert.equal(zipped.enc, html.length >= 64 * 1024 ? 'gzip' : undefined);
  } finally {
    await t.stop();
  }
});
