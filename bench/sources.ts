/**
 * Watched sources of `parallax serve`, measured in CPU seconds (the machine
 * is shared, wall time is noisy):
 *  - a watched folder receiving a `.warc.gz` of real pages (the 392 pages of
 *    extraction/zyte-dev and trafilatura-dev, one gzip member per record)
 *    and a truncated copy of it: CPU per record through read, clean, analyse,
 *    cluster and store, and the peak resident memory before and after;
 *  - a feed following its item links: the same pages served on loopback,
 *    each linked from a feed item with a one-line teaser, polled with
 *    followLinks (per-host delay 0): CPU per followed item (the loopback
 *    server runs in this process, so its CPU is included), then the cost of
 *    a poll answered 304.
 *   node --import tsx bench/sources.ts
 * Reads ../shared/data; skips with a message when it is absent.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { systemClock } from '../src/core/result.js';
import { createFetcher } from '../src/fetch/fetch-url.js';
import { ingestArticles } from '../src/pipeline/ingest-articles.js';
import { pollSource, type PollContext } from '../src/pipeline/poll-sources.js';
import { SqliteStore } from '../src/storage/sqlite/sqlite-store.js';

const DATA = join(import.meta.dirname, '../../shared/data/extraction');
const SETS = ['zyte-dev', 'trafilatura-dev'].map((s) => join(DATA, s, 'pages.jsonl.gz'));

interface Page {
  readonly url: string;
  readonly html: string;
}

function pages(): Page[] {
  return SETS.flatMap((f) =>
    gunzipSync(readFileSync(f))
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Page),
  );
}

function warcRecord(p: Page, i: number): Buffer {
  const body = Buffer.from(p.html, 'utf8');
  const httpHead = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`, 'latin1');
  const block = Buffer.concat([httpHead, body]);
  const head = [
    'WARC/1.0',
    'WARC-Type: response',
    `WARC-Target-URI: ${p.url || `https://bench.example/${i}`}`,
    'WARC-Date: 2024-05-01T00:00:00Z',
    `WARC-Record-ID: <urn:uuid:bench-${i}>`,
    'Content-Type: application/http; msgtype=response',
    `Content-Length: ${block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

function context(store: SqliteStore, allowPrivate = false): PollContext {
  return {
    clock: systemClock,
    fetcher: createFetcher({ allowPrivate, delayMs: 0, retries: 0 }),
    sources: store.sourceStore(),
    bounds: { settleMs: 0, maxPages: 1000 },
    ingest: async (raws) => {
      const r = ingestArticles(raws, { store, clock: systemClock });
      return { added: r.added, duplicates: r.duplicates };
    },
  };
}

async function folderBench(all: readonly Page[], dir: string): Promise<void> {
  const watched = join(dir, 'in');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(watched);
  const members = all.map((p, i) => gzipSync(warcRecord(p, i)));
  const whole = Buffer.concat(members);
  const store = new SqliteStore(join(dir, 'folder.db'));
  try {
    const ctx = context(store);
    const now = new Date().toISOString();
    ctx.sources.add({ id: 's_bench1', kind: 'folder', url: watched, createdAt: now, nextPollAt: now, intervalSec: 600, failures: 0, itemsSeen: 0 });
    writeFileSync(join(watched, 'crawl.warc.gz'), whole);
    utimesSync(join(watched, 'crawl.warc.gz'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const peakBefore = process.resourceUsage().maxRSS;
    const c0 = cpu();
    const out = await pollSource(ctx.sources.get('s_bench1')!, ctx);
    const sec = cpu() - c0;
    const added = out.kind === 'new' ? out.added : 0;
    // A second copy cut in its last quarter, under another name: the records before the cut are read (all duplicates now).
    const cut = whole.subarray(0, Math.floor(whole.length * 0.75));
    writeFileSync(join(watched, 'cut.warc.gz'), cut);
    utimesSync(join(watched, 'cut.warc.gz'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const c1 = cpu();
    const again = await pollSource(ctx.sources.get('s_bench1')!, ctx);
    const cutSec = cpu() - c1;
    const health = ctx.sources.get('s_bench1')!;
    console.log(JSON.stringify({
      bench: 'folder .warc.gz',
      records: all.length,
      compressedMB: +(whole.length / 1e6).toFixed(1),
      added,
      cpuSec: +sec.toFixed(2),
      cpuMsPerRecord: +((sec / all.length) * 1000).toFixed(1),
      truncatedCopy: { kind: again.kind, duplicates: again.kind === 'new' || again.kind === 'unchanged' ? again.duplicates : 0, cpuSec: +cutSec.toFixed(2), lastError: health.lastError },
      // The pages are held in memory to build the archive: the peak before the poll is the bench's own.
      peakRssMBBeforePolls: Math.round(peakBefore / 1024),
      peakRssMBAfterPolls: Math.round(process.resourceUsage().maxRSS / 1024),
    }));
    console.log(`figure sources_folder_warc_ms_per_record ${((sec / all.length) * 1000).toFixed(1)}`);
  } finally {
    store.close();
  }
}

async function followBench(all: readonly Page[], dir: string): Promise<void> {
  const items = all.slice(0, 200);
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/feed.xml') {
      if (req.headers['if-none-match'] === '"f1"') return void res.writeHead(304, { etag: '"f1"' }).end();
      const body = items.map((_, i) => `<item><title>Item ${i}</title><link>/p/${i}</link><description>Teaser ${i}.</description></item>`).join('');
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' }).end(`<rss><channel><title>Bench</title>${body}</channel></rss>`);
    }
    const m = /^\/p\/(\d+)$/.exec(path);
    if (m) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(items[Number(m[1])]!.html);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const store = new SqliteStore(join(dir, 'follow.db'));
  try {
    const ctx = context(store, true);
    const now = new Date().toISOString();
    ctx.sources.add({ id: 's_bench2', kind: 'feed', url: `${base}/feed.xml`, createdAt: now, nextPollAt: now, intervalSec: 600, failures: 0, itemsSeen: 0, followLinks: true });
    const w0 = performance.now();
    const c0 = cpu();
    const out = await pollSource(ctx.sources.get('s_bench2')!, ctx);
    const sec = cpu() - c0;
    const wall = (performance.now() - w0) / 1000;
    const c1 = cpu();
    const second = await pollSource(ctx.sources.get('s_bench2')!, ctx);
    const secondMs = (cpu() - c1) * 1000;
    console.log(JSON.stringify({
      bench: 'feed with followLinks',
      items: items.length,
      added: out.kind === 'new' ? out.added : 0,
      problem: out.kind === 'new' || out.kind === 'unchanged' ? out.problem : undefined,
      cpuSec: +sec.toFixed(2),
      cpuMsPerItem: +((sec / items.length) * 1000).toFixed(1),
      wallSec: +wall.toFixed(2),
      secondPoll: second.kind,
      secondPollCpuMs: +secondMs.toFixed(1),
    }));
    console.log(`figure sources_follow_ms_per_item ${((sec / items.length) * 1000).toFixed(1)}`);
  } finally {
    store.close();
    server.closeAllConnections();
    server.close();
  }
}

if (!SETS.every((f) => existsSync(f))) {
  console.log(`bench/sources: skipped, ${DATA} is not there`);
} else {
  const all = pages();
  const dir = mkdtempSync(join(tmpdir(), 'px-bench-sources-'));
  try {
    await folderBench(all, dir);
    await followBench(all, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
