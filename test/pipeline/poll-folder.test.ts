/**
 * Watched folders and WARC archives: a small `.warc.gz` (built here, one
 * gzip member per record) dropped into a watched folder becomes one article
 * per HTML response record; a truncated archive keeps the records before
 * the damage and puts one line naming the file and byte offset in the
 * source's health; a file of garbage named `.warc.gz` is a problem, never a
 * crash; an unchanged file is not read again, a plain `.warc` is read too.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RawArticle } from '../../src/core/types.js';
import { pollSource, type PollContext } from '../../src/pipeline/poll-sources.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { httpResponse, newsPage, warcRecord } from '../stages/ingest/warc-writer.js';

const PARAS = [
  'The port authority said on Friday that the new container terminal would open in March, two months later than planned, after delays in the delivery of cranes.',
  'Shipping companies had been told to expect the first vessels in January, and several said they would keep using the old quay until the terminal is ready.',
];

function record(n: number): Buffer {
  const html = newsPage(`Terminal report ${n}`, PARAS.map((p) => `Report ${n}: ${p}`));
  return warcRecord({ uri: `https://port.example/report-${n}`, date: '2024-03-0' + (n + 1) + 'T09:00:00Z', block: httpResponse(html, { 'Content-Type': 'text/html; charset=utf-8' }) });
}

/** A .warc.gz as crawlers write it: one gzip member per record (a warcinfo record first). */
function warcGz(ns: readonly number[]): { bytes: Buffer; members: Buffer[] } {
  const members = [warcRecord({ type: 'warcinfo', block: 'software: parallax test\r\n' }), ...ns.map(record)].map((r) => gzipSync(r));
  return { bytes: Buffer.concat(members), members };
}

describe('folder sources read WARC archives', () => {
  it('a new .warc.gz becomes articles; a truncated one keeps what came before and reports the offset; nothing is read twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-folder-warc-'));
    const store = new SqliteStore(':memory:');
    try {
      let now = Date.parse('2030-01-01T00:00:00Z');
      const ingested: RawArticle[] = [];
      const ctx: PollContext = {
        clock: { now: () => new Date(now) },
        fetcher: { fetch: () => Promise.reject(new Error('a folder is never fetched')) },
        sources: store.sourceStore(),
        bounds: { settleMs: 5_000 },
        ingest: async (raws) => {
          ingested.push(...raws);
          return { added: raws.length, duplicates: 0 };
        },
      };
      const iso = new Date(now).toISOString();
      assert.ok(ctx.sources.add({ id: 's_w1', kind: 'folder', url: dir, createdAt: iso, nextPollAt: iso, intervalSec: 600, failures: 0, itemsSeen: 0 }));
      const put = (name: string, bytes: Buffer): void => {
        writeFileSync(join(dir, name), bytes);
        utimesSync(join(dir, name), new Date(now - 60_000), new Date(now - 60_000));
      };
      const poll = async () => pollSource(ctx.sources.get('s_w1')!, ctx);

      put('crawl-1.warc.gz', warcGz([0, 1, 2]).bytes);
      assert.deepEqual(await poll(), { kind: 'new', added: 3, duplicates: 0 });
      assert.deepEqual(ingested.map((a) => a.url), [0, 1, 2].map((n) => `https://port.example/report-${n}`));
      assert.equal(ingested[0]!.title, 'Terminal report 0');
      assert.equal(ingested[0]!.crawled, '2024-03-01T09:00:00Z');
      let s = ctx.sources.get('s_w1')!;
      assert.equal(s.itemsSeen, 3);
      assert.equal(s.lastError, undefined);

      // Cut inside its last record's gzip member: the two records before it are kept.
      const { bytes, members } = warcGz([3, 4, 5]);
      const cutAt = bytes.length - Math.floor(members[3]!.length / 2);
      const lastMemberAt = bytes.length - members[3]!.length;
      put('crawl-2.warc.gz', bytes.subarray(0, cutAt));
      now += 600_000;
      assert.equal((await poll()).kind, 'new');
      assert.deepEqual(ingested.slice(3).map((a) => a.url), ['https://port.example/report-3', 'https://port.example/report-4']);
      s = ctx.sources.get('s_w1')!;
      assert.equal(s.failures, 0, 'a damaged file is no failure of the folder');
      assert.equal(s.lastErrorAt, new Date(now).toISOString());
      assert.equal(s.lastError, `${join(dir, 'crawl-2.warc.gz')}: gzip member at compressed byte ${lastMemberAt}: truncated (the file ends inside this member); skipped to the next member`);
      assert.doesNotMatch(s.lastError!, /\n/, 'one line');

      // Unchanged files are not read again.
      now += 600_000;
      assert.deepEqual(await poll(), { kind: 'unchanged', duplicates: 0 });
      assert.equal(ingested.length, 5);

      // Garbage under the name, and a plain .warc: a problem for the one, articles from the other.
      put('junk.warc.gz', Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(300, 0x55)]));
      put('plain.warc', Buffer.concat([record(6), record(7)]));
      now += 600_000;
      const out = await poll();
      assert.equal(out.kind, 'new');
      assert.deepEqual(ingested.slice(5).map((a) => a.url), ['https://port.example/report-6', 'https://port.example/report-7']);
      s = ctx.sources.get('s_w1')!;
      assert.match(s.lastError ?? '', /junk\.warc\.gz: gzip member at compressed byte 0: /);
      assert.equal(s.itemsSeen, 7);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a file that grows after a poll is read again as a new version, its stored records counted as duplicates by the ingest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-folder-warc-'));
    const store = new SqliteStore(':memory:');
    try {
      let now = Date.parse('2030-01-01T00:00:00Z');
      const seen = new Set<string>();
      let reads = 0;
      const ctx: PollContext = {
        clock: { now: () => new Date(now) },
        fetcher: { fetch: () => Promise.reject(new Error('unused')) },
        sources: store.sourceStore(),
        bounds: { settleMs: 0 },
        ingest: async (raws) => {
          reads += raws.length;
          const fresh = raws.filter((r) => !seen.has(r.url!));
          for (const r of fresh) seen.add(r.url!);
          return { added: fresh.length, duplicates: raws.length - fresh.length };
        },
      };
      const iso = new Date(now).toISOString();
      ctx.sources.add({ id: 's_w2', kind: 'folder', url: dir, createdAt: iso, nextPollAt: iso, intervalSec: 600, failures: 0, itemsSeen: 0 });
      const file = join(dir, 'live.warc.gz');
      writeFileSync(file, warcGz([0]).bytes);
      utimesSync(file, new Date(now - 1000), new Date(now - 1000));
      assert.deepEqual(await pollSource(ctx.sources.get('s_w2')!, ctx), { kind: 'new', added: 1, duplicates: 0 });
      writeFileSync(file, warcGz([0, 1]).bytes);
      now += 600_000;
      assert.deepEqual(await pollSource(ctx.sources.get('s_w2')!, ctx), { kind: 'new', added: 1, duplicates: 1 });
      assert.equal(reads, 3);
      assert.equal(ctx.sources.get('s_w2')!.itemsSeen, 2);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
