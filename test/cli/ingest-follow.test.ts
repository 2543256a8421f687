/**
 * `parallax ingest URL --follow` on a feed of bare links (items with a link
 * and no text of their own, as many link-blog and aggregator feeds are):
 * without --follow each item is a "no text" problem, with it each linked
 * page is fetched and stored; a link that fails is one line on stderr.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import { articlePage, html, serve } from '../fetch/local-server.js';

test('ingest --follow reads a feed of bare links through the linked pages', async () => {
  let base = '';
  const s = await serve({
    '/links.xml': (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
      `<rss><channel><title>Links</title>${['/one.html', '/two.html', '/gone.html'].map((p, i) => `<item><title>Link ${i + 1}</title><link>${base}${p}</link></item>`).join('')}</channel></rss>`),
    '/one.html': html(articlePage('Ferry timetable changes', 'The island ferry will sail every forty minutes from June, the operator said.')),
    '/two.html': html(articlePage('School roof repaired', 'Builders finished the new roof of the village school a week early.')),
  });
  base = s.base;
  const args = ['ingest', `${s.base}/links.xml`, '--allow-private', '--delay', '0', '--db', ':memory:'];
  try {
    let err: string[] = [];
    assert.equal(await main(args, { stdout: () => {}, stderr: (l) => err.push(l) }), 1);
    assert.equal(err.filter((l) => /feed item \d has no text/.test(l)).length, 3, err.join('\n'));
    err = [];
    assert.equal(await main([...args, '--follow'], { stdout: () => {}, stderr: (l) => err.push(l) }), 0);
    assert.match(err.join('\n'), /parallax ingest: 2 articles added/);
    const failed = err.filter((l) => l.includes('/gone.html'));
    assert.equal(failed.length, 1, err.join('\n'));
    assert.match(failed[0]!, /could not follow feed item \(fetch failed: HTTP 404\); the item has no text of its own: nothing stored/);
  } finally {
    await s.close();
  }
});
