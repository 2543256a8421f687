/**
 * Sitemap sources over loopback with the real fetcher: a gzip-compressed
 * sitemap index (`.xml.gz`, served as application/gzip, not as a
 * Content-Encoding) pointing to a gzip-compressed news sitemap, whose pages
 * are fetched; a `.gz` that does not inflate is an error with the reason.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import type { RawArticle } from '../../src/core/types.js';
import { createFetcher } from '../../src/fetch/fetch-url.js';
import { pollSource, type PollContext } from '../../src/pipeline/poll-sources.js';
import { SqliteStore } from '../../src/storage/sqlite/sqlite-store.js';
import { articlePage, html, serve, type Handler } from '../fetch/local-server.js';

const gz = (body: string): Handler => (_req, res) => void res.writeHead(200, { 'content-type': 'application/gzip' }).end(gzipSync(body));

describe('gzip-compressed sitemaps', () => {
  it('an .xml.gz index and its .xml.gz news sitemap are inflated; a broken .gz is an error', async () => {
    let base = '';
    const site = await serve({
      '/sitemap_index.xml.gz': (q, r) => gz(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/news.xml.gz</loc></sitemap></sitemapindex>`)(q, r),
      '/news.xml.gz': (q, r) => gz(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>${base}/a.html</loc><news:news><news:publication_date>2024-05-02</news:publication_date><news:title>Ferry</news:title></news:news></url>
        <url><loc>${base}/b.html</loc><news:news><news:publication_date>2024-05-01</news:publication_date><news:title>Roof</news:title></news:news></url></urlset>`)(q, r),
      '/broken.xml.gz': (_q, r) => void r.writeHead(200, { 'content-type': 'application/gzip' }).end(gzipSync('<urlset/>').subarray(0, 12)),
      '/a.html': html(articlePage('Ferry timetable changes', 'The island ferry will sail every forty minutes from June.')),
      '/b.html': html(articlePage('School roof repaired', 'Builders finished the new roof of the village school early.')),
    });
    base = site.base;
    const store = new SqliteStore(':memory:');
    try {
      const got: RawArticle[] = [];
      const now = Date.parse('2024-05-03T00:00:00Z');
      const ctx: PollContext = {
        clock: { now: () => new Date(now) },
        fetcher: createFetcher({ allowPrivate: true, delayMs: 0, retries: 0, timeoutMs: 2000, connectTimeoutMs: 2000 }),
        sources: store.sourceStore(),
        ingest: async (raws) => {
          got.push(...raws);
          return { added: raws.length, duplicates: 0 };
        },
      };
      const iso = new Date(now).toISOString();
      const add = (id: string, path: string): void => void ctx.sources.add({ id, kind: 'sitemap', url: `${base}${path}`, createdAt: iso, nextPollAt: iso, intervalSec: 600, failures: 0, itemsSeen: 0 });
      add('s_g1', '/sitemap_index.xml.gz');
      assert.deepEqual(await pollSource(ctx.sources.get('s_g1')!, ctx), { kind: 'new', added: 2, duplicates: 0 });
      assert.deepEqual(got.map((a) => [a.url, a.title]), [[`${base}/a.html`, 'Ferry timetable changes'], [`${base}/b.html`, 'School roof repaired']]);
      add('s_g2', '/broken.xml.gz');
      const out = await pollSource(ctx.sources.get('s_g2')!, ctx);
      assert.equal(out.kind, 'error');
      assert.match(ctx.sources.get('s_g2')!.lastError ?? '', /broken\.xml\.gz: gzip-compressed list that cannot be inflated within 50 MB \(unexpected end of file\)/);
    } finally {
      store.close();
      await site.close();
    }
  });
});
