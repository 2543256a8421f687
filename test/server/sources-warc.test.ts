/**
 * A watched folder through the real server gaining WARC archives: a small
 * `.warc.gz` (built here with zlib, one member per record) becomes articles
 * in stories, each dated by its record's crawl date when the page carries
 * none; a truncated archive keeps its first records and the source's health
 * names the file and the byte offset; the server keeps answering.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bearer, createToken, postJson, startTestServer, type TestServer } from './helpers.js';
import { httpResponse, newsPage, warcRecord } from '../stages/ingest/warc-writer.js';

const PARAS = [
  'Engineers began testing the new flood barrier on the estuary on Wednesday, raising its twelve steel gates for the first time since the works started.',
  'The regional water board said the barrier would protect about forty thousand homes, and that the tests would continue through the winter storms.',
];

function member(n: number, title: string): Buffer {
  const html = newsPage(title, PARAS.map((p) => `${title}: ${p}`));
  return gzipSync(warcRecord({ uri: `https://estuary.example/${n}`, date: `2024-02-1${n}T06:00:00Z`, block: httpResponse(html, { 'Content-Type': 'text/html; charset=utf-8' }) }));
}

describe('a watched folder gaining WARC archives', () => {
  let t: TestServer;
  const now = Date.parse('2024-05-01T12:00:00Z');
  before(async () => {
    t = await startTestServer({ clock: { now: () => new Date(now) }, sources: { tickMs: 2_000_000_000, bounds: { settleMs: 0 } } });
  });
  after(async () => {
    await t.stop();
  });

  it('stores each response record with its crawl date; a truncated archive keeps what came before and says where it broke', async () => {
    const api = (p: string): string => `${t.url}/api/v1${p}`;
    const write = await createToken(t.db, 'write');
    const inbox = join(t.dir, 'inbox');
    mkdirSync(inbox);
    const put = (name: string, bytes: Buffer): void => {
      writeFileSync(join(inbox, name), bytes);
      utimesSync(join(inbox, name), new Date(now - 60_000), new Date(now - 60_000));
    };
    put('night.warc.gz', Buffer.concat([member(1, 'Barrier gates raised'), member(2, 'Barrier test continues')]));
    const first = member(3, 'Barrier opens to ships');
    const cut = member(4, 'Barrier closes for storm');
    put('morning.warc.gz', Buffer.concat([first, cut.subarray(0, cut.length - 40)]));
    // A new source is polled at once (the tick joins that poll).
    const res = await postJson(api('/sources'), { url: inbox, kind: 'folder' }, bearer(write));
    assert.equal(res.status, 201);
    const { id } = (await res.json()) as { id: string };
    await t.server.deps.scheduler.tick();

    const found = (await (await fetch(api('/search?q=barrier&limit=10'))).json()) as { total: number; hits: { id: string; title: string }[] };
    assert.deepEqual(found.hits.map((h) => h.title).sort(), ['Barrier gates raised', 'Barrier opens to ships', 'Barrier test continues']);
    const gates = found.hits.find((h) => h.title === 'Barrier gates raised')!;
    const article = (await (await fetch(api(`/articles/${gates.id}`))).json()) as { published?: string; url?: string; storyId?: string };
    assert.equal(article.url, 'https://estuary.example/1');
    assert.equal(article.published?.slice(0, 10), '2024-02-11', "the record's crawl date, the page having none");
    assert.ok(article.storyId);

    const s = (await (await fetch(api(`/sources/${id}`))).json()) as { itemsSeen: number; failures: number; lastError?: string; lastSuccessAt?: string };
    assert.equal(s.itemsSeen, 3);
    assert.equal(s.failures, 0);
    assert.ok(s.lastSuccessAt);
    assert.equal(s.lastError, `${join(inbox, 'morning.warc.gz')}: gzip member at compressed byte ${first.length}: truncated (the file ends inside this member); skipped to the next member`);
    assert.equal((await fetch(api('/health'))).status, 200, 'the server is still answering');
  });
});
