import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFetcher } from '../../src/fetch/fetch-url.js';
import { decodeBody, readUrl, responseKind } from '../../src/fetch/read-url.js';
import { articlePage, html, serve } from './local-server.js';

const fetcher = () => createFetcher({ allowPrivate: true, delayMs: 0, retries: 0 });

function rss(base: string): string {
  const item = (n: number, link: string) => `<item><title>Feed title ${n}</title><link>${link}</link>
    <pubDate>Tue, 02 Apr 2024 10:0${n}:00 GMT</pubDate><description>Teaser ${n} from the feed.</description></item>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title>
    ${item(1, `${base}/story1.html`)}${item(2, '/story2.html')}${item(3, `${base}/missing.html`)}</channel></rss>`;
}

test('a page by URL goes through the HTML extractor, keeping the URL', async () => {
  const s = await serve({ '/page.html': html(articlePage('Harbour reopens', 'The harbour reopened on Monday after repairs.')) });
  try {
    const { articles, problems } = await readUrl(`${s.base}/page.html`, fetcher(), { follow: false });
    assert.deepEqual(problems, []);
    assert.equal(articles.length, 1);
    assert.equal(articles[0]!.format, 'html');
    assert.equal(articles[0]!.title, 'Harbour reopens');
    assert.equal(articles[0]!.url, `${s.base}/page.html`);
    assert.match(articles[0]!.body, /harbour reopened on Monday/);
    assert.doesNotMatch(articles[0]!.body, /Copyright/);
  } finally {
    await s.close();
  }
});

test('a feed by URL with --follow: each linked page is extracted, feed title/date fill gaps, a failed follow keeps the teaser', async () => {
  let base = '';
  const s = await serve({
    '/feed': (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(base)),
    '/story1.html': html(articlePage('Page title one', 'Rescuers reached the village by boat on Tuesday.')),
    // No <title>: the feed item's title is the fallback.
    '/story2.html': html(articlePage('', 'The council approved the new budget late on Wednesday.').replace('<title></title>', '').replace('<h1></h1>', '')),
  });
  base = s.base;
  try {
    const plain = await readUrl(`${s.base}/feed`, fetcher(), { follow: false });
    assert.deepEqual(plain.articles.map((a) => a.format), ['feed', 'feed', 'feed']);
    assert.equal(plain.articles[1]!.url, `${s.base}/story2.html`); // relative link resolved against the feed
    const { articles, problems } = await readUrl(`${s.base}/feed`, fetcher(), { follow: true });
    assert.equal(articles.length, 3);
    assert.deepEqual(articles.map((a) => a.format), ['html', 'html', 'feed']);
    assert.equal(articles[0]!.title, 'Page title one');
    assert.match(articles[0]!.body, /Rescuers reached the village/);
    assert.equal(articles[0]!.published, '2024-04-02T10:01:00.000Z');
    assert.equal(articles[0]!.source, 'Local Wire');
    assert.equal(articles[1]!.title, 'Feed title 2');
    assert.match(articles[1]!.body, /council approved/);
    assert.equal(articles[2]!.body, 'Teaser 3 from the feed.');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.path, `${s.base}/missing.html`);
    assert.match(problems[0]!.message, /could not follow feed item \(fetch failed: HTTP 404\); kept the feed's own text/);
  } finally {
    await s.close();
  }
});

test('a feed cannot be used to reach private addresses: followed links go through the guard', async () => {
  const s = await serve({
    '/feed': (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
      '<rss><channel><title>W</title><item><title>T</title><link>http://169.254.169.254/latest/meta-data/</link><description>Teaser.</description></item></channel></rss>'),
  });
  try {
    const guarded = createFetcher({ delayMs: 0, isAllowed: (ip, kind) => ip === '127.0.0.1' || kind === 'public' });
    const { articles, problems } = await readUrl(`${s.base}/feed`, guarded, { follow: true });
    assert.equal(articles[0]!.body, 'Teaser.');
    assert.match(problems[0]!.message, /169\.254\.169\.254 is a link-local address/);
  } finally {
    await s.close();
  }
});

test('content type and sniffing decide the parser; charsets are honoured', () => {
  assert.equal(responseKind('application/atom+xml', '<feed>'), 'feed');
  assert.equal(responseKind('text/xml', '<?xml version="1.0"?><rss version="2.0">'), 'feed');
  assert.equal(responseKind(undefined, '<!DOCTYPE html><html>'), 'html');
  assert.equal(responseKind('text/plain', 'Just text'), 'txt');
  assert.equal(responseKind('application/pdf', '%PDF-1.4'), undefined);
  assert.equal(decodeBody(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=iso-8859-1'), 'café');
  assert.equal(decodeBody(Buffer.from('<meta charset="windows-1252">\x80', 'latin1'), 'text/html'), '<meta charset="windows-1252">€');
  assert.equal(decodeBody(Buffer.from('grüße'), undefined), 'grüße');
});
