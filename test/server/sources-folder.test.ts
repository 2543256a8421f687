/**
 * Folder sources and the polling rules without a server: a new file is
 * ingested once (path + size + mtime remembered), a rewritten one again,
 * other types ignored, a file still being written left for later; the
 * interval and backoff stay within bounds; the fetcher sends validators and
 * passes a 304 through.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawArticle } from '../../src/core/types.js';
import { createFetcher } from '../../src/fetch/fetch-url.js';
import { backoffSec, nextInterval, pollSource, POLL_DEFAULTS, type PollContext } from '../../src/pipeline/poll-sources.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import type { SourceRecord } from '../../src/storage/source-types.js';
import { serve } from '../fetch/local-server.js';
import { OTHER_STORY } from './helpers.js';

describe('folder sources', () => {
  it('ingest each new .html/.txt/.jsonl file once, a rewritten file again, nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-folder-'));
    const store = new SqliteStore(':memory:');
    try {
      let now = Date.parse('2030-01-01T00:00:00Z');
      const calls: RawArticle[][] = [];
      const ctx: PollContext = {
        clock: { now: () => new Date(now) },
        fetcher: { fetch: () => Promise.reject(new Error('a folder is never fetched')) },
        sources: store.sourceStore(),
        bounds: { settleMs: 5_000 },
        ingest: async (raws) => {
          calls.push([...raws]);
          return { added: raws.length, duplicates: 0 };
        },
      };
      const src: SourceRecord = { id: 's_01', kind: 'folder', url: dir, createdAt: new Date(now).toISOString(), nextPollAt: new Date(now).toISOString(), intervalSec: 600, failures: 0, itemsSeen: 0 };
      assert.ok(ctx.sources.add(src));
      const past = new Date(now - 60_000);
      const file = (name: string, body: string, mtime = past): void => {
        writeFileSync(join(dir, name), body);
        utimesSync(join(dir, name), mtime, mtime);
      };
      file('apples.txt', `${OTHER_STORY.title}\n${OTHER_STORY.text}`);
      file('notes.pdf', 'not read');

      assert.deepEqual(await pollSource(ctx.sources.get('s_01')!, ctx), { kind: 'new', added: 1, duplicates: 0 });
      assert.equal(calls.length, 1);
      assert.match(calls[0]![0]!.body, /record apple harvest/);
      assert.equal(ctx.sources.get('s_01')!.itemsSeen, 1);

      now += 600_000;
      assert.deepEqual(await pollSource(ctx.sources.get('s_01')!, ctx), { kind: 'unchanged', duplicates: 0 });
      assert.equal(calls.length, 1, 'a file already seen is not read again');

      // A new page, and a JSON Lines file still being written (too fresh): only the page now.
      file('page.html', `<html><head><title>Harbour reopens</title></head><body><article>${'<p>The harbour reopened to ships on Monday after repairs to the sea wall were finished ahead of schedule.</p>'.repeat(4)}</article></body></html>`);
      file('batch.jsonl', `${JSON.stringify({ title: 'Bridge', text: 'The old bridge closes for repairs in June, the council said on Tuesday.' })}\n`, new Date(now - 1_000));
      await pollSource(ctx.sources.get('s_01')!, ctx);
      assert.equal(calls.length, 2);
      assert.equal(calls[1]![0]!.format, 'html');
      now += 10_000;
      await pollSource(ctx.sources.get('s_01')!, ctx);
      assert.equal(calls.length, 3);
      assert.equal(calls[2]![0]!.title, 'Bridge');
      assert.equal(ctx.sources.get('s_01')!.itemsSeen, 3);

      // Rewritten in place (new size and mtime): read again.
      file('apples.txt', `${OTHER_STORY.title}\n${OTHER_STORY.text}\nUpdated at noon.`);
      await pollSource(ctx.sources.get('s_01')!, ctx);
      assert.equal(calls.length, 4);

      // The folder disappears: an error with the reason, and a backoff.
      rmSync(dir, { recursive: true, force: true });
      const out = await pollSource(ctx.sources.get('s_01')!, ctx);
      assert.equal(out.kind, 'error');
      const s = ctx.sources.get('s_01')!;
      assert.equal(s.failures, 1);
      assert.match(s.lastError ?? '', /cannot list .*ENOENT/);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the folder survives a restart: files seen are remembered in the database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-folder-'));
    const db = join(dir, 'px.db');
    const watched = join(dir, 'in');
    try {
      mkdirSync(watched);
      writeFileSync(join(watched, 'a.txt'), `${OTHER_STORY.title}\n${OTHER_STORY.text}`);
      utimesSync(join(watched, 'a.txt'), new Date(2020, 0, 1), new Date(2020, 0, 1));
      let ingested = 0;
      const run = async (): Promise<void> => {
        const store = new SqliteStore(db);
        try {
          const ctx: PollContext = {
            clock: { now: () => new Date('2030-01-01T00:00:00Z') },
            fetcher: { fetch: () => Promise.reject(new Error('unused')) },
            sources: store.sourceStore(),
            ingest: async (raws) => {
              ingested += raws.length;
              return { added: raws.length, duplicates: 0 };
            },
          };
          ctx.sources.add({ id: 's_02', kind: 'folder', url: watched, createdAt: '2030-01-01T00:00:00.000Z', nextPollAt: '2030-01-01T00:00:00.000Z', intervalSec: 600, failures: 0, itemsSeen: 0 });
          await pollSource(ctx.sources.get('s_02')!, ctx);
        } finally {
          store.close();
        }
      };
      await run();
      await run();
      assert.equal(ingested, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('polling rules', () => {
  const b = { ...POLL_DEFAULTS, minSec: 60, maxSec: 3600 };
  it('the interval halves after new items and grows 1.5x after none, within bounds', () => {
    assert.equal(nextInterval(600, true, b), 300);
    assert.equal(nextInterval(600, false, b), 900);
    assert.equal(nextInterval(100, true, b), 60);
    assert.equal(nextInterval(3000, false, b), 3600);
  });
  it('errors in a row double the wait, capped', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 50].map((n) => backoffSec(300, n, b)), [300, 600, 1200, 2400, 3600, 3600, 3600]);
    assert.equal(backoffSec(10, 1, b), 60, 'never below the minimum');
  });
});

describe('conditional requests in the fetcher', () => {
  it('sends If-None-Match and If-Modified-Since, and a 304 comes back as a success with no body', async () => {
    const seen: (string | undefined)[][] = [];
    const s = await serve({
      '/feed.xml': (req, res) => {
        seen.push([req.headers['if-none-match'] as string | undefined, req.headers['if-modified-since'] as string | undefined]);
        if (req.headers['if-none-match'] === '"abc"') res.writeHead(304, { etag: '"abc"' }).end();
        else res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"abc"' }).end('<rss/>');
      },
    });
    try {
      const f = createFetcher({ allowPrivate: true, delayMs: 0, retries: 0, timeoutMs: 2000, connectTimeoutMs: 2000 });
      const first = await f.fetch(`${s.base}/feed.xml`);
      assert.ok(first.ok);
      assert.equal(first.status, 200);
      assert.equal(first.headers.etag, '"abc"');
      const second = await f.fetch(`${s.base}/feed.xml`, { etag: '"abc"', lastModified: 'Wed, 01 May 2024 00:00:00 GMT' });
      assert.ok(second.ok);
      assert.equal(second.status, 304);
      assert.equal(second.body.length, 0);
      assert.deepEqual(seen, [[undefined, undefined], ['"abc"', 'Wed, 01 May 2024 00:00:00 GMT']]);
    } finally {
      await s.close();
    }
  });
});
