import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractPage } from '../../../src/stages/ingest/extract/extract-page.js';
import { dateFromUrl, cleanByline, dateInText } from '../../../src/stages/ingest/extract/read-metadata.js';

const para = (s: string, n: number): string => Array.from({ length: n }, (_, i) => `<p>${s} sentence number ${i + 1}, long enough to count as real article prose for the scorer.</p>`).join('');

const PAGE = `<!doctype html><html lang="de"><head><title>Der Titel | Beispielzeitung</title>
<meta property="og:site_name" content="Beispielzeitung">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Beispielzeitung"},
{"@type":"NewsArticle","headline":"Der Titel","datePublished":"2021-03-04T10:00:00+01:00","author":[{"@type":"Person","name":"Erika Muster"}]}]}</script>
</head><body><nav><a href="/">Home</a><a href="/politik">Politik</a></nav>
<article><h1>Der Titel</h1>${para('Erster Absatz', 6)}</article>
<footer>© Beispielzeitung. Alle Rechte vorbehalten.</footer></body></html>`;

test('extractPage reads body and JSON-LD metadata', () => {
  const r = extractPage({ id: 'a', url: 'https://example.org/x', html: PAGE });
  assert.equal(r.error, undefined);
  assert.equal(r.title, 'Der Titel');
  assert.equal(r.published, '2021-03-04T10:00:00+01:00'); // kept as written: the local day is what counts
  assert.equal(r.author, 'Erika Muster');
  assert.equal(r.language, 'de');
  assert.match(r.text, /Erster Absatz sentence number 1,/);
  assert.match(r.text, /sentence number 6,/);
  assert.doesNotMatch(r.text, /Alle Rechte vorbehalten|Politik/);
});

test('extractPage falls back to meta tags, bylines and URL dates', () => {
  const html = `<html><head><title>Plain headline here - Site</title><meta name="author" content="By Jane Roe"></head>
  <body><div class="content">${para('Text', 5)}</div></body></html>`;
  const r = extractPage({ id: 2, url: 'https://site.test/news/2019/11/18/story', html });
  assert.equal(r.title, 'Plain headline here');
  assert.equal(r.author, 'Jane Roe');
  assert.equal(r.published, '2019-11-18');
});

test('extractPage returns an error value, not a throw, for unusable input', () => {
  const r = extractPage({ id: 3, html: undefined as unknown as string });
  assert.equal(r.id, 3);
  assert.equal(r.text, '');
  assert.match(r.error ?? '', /html/);
  const empty = extractPage({ id: 4, html: '' });
  assert.equal(empty.id, 4);
  assert.equal(typeof empty.text, 'string');
});

test('dateFromUrl and cleanByline', () => {
  assert.equal(dateFromUrl('https://a.b/2020/1/2/x'), '2020-01-02');
  assert.equal(dateFromUrl('https://a.b/news/20200102/x'), '2020-01-02');
  assert.equal(dateFromUrl('https://a.b/2020/13/40/x'), undefined);
  assert.equal(dateFromUrl('https://a.b/about'), undefined);
  assert.equal(cleanByline('By  John Smith'), 'John Smith');
  assert.equal(cleanByline('Von Anna Beispiel, 12.03.2020'), 'Anna Beispiel');
  assert.equal(cleanByline('https://facebook.com/x'), undefined);
});

test('dateInText reads dates written for readers', () => {
  assert.equal(dateInText('Veröffentlicht am 6. August 2009 von X'), '2009-08-06');
  assert.equal(dateInText('Posted on March 14th, 2021'), '2021-03-14');
  assert.equal(dateInText('am 05.01.2020 um 10:00'), '2020-01-05');
  assert.equal(dateInText('no date here 123'), undefined);
  assert.equal(cleanByline('Post author By Helge Fahrnberger'), 'Helge Fahrnberger');
});

test('indexedMetaDoc answers meta lookups like the DOM does (first in order, value case ignored)', async () => {
  const { parseHTML } = await import('linkedom');
  const { indexedMetaDoc } = await import('../../../src/stages/ingest/extract/extract-page.js');
  const { document } = parseHTML(`<html><head><meta property="OG:Title" content="First"><meta property="og:title" content="Second">
    <meta name="author" content="Jane"><title>T</title></head><body><meta itemprop="datePublished" content="2020-01-02"><h1>H</h1></body></html>`);
  const plain = document as unknown as import('../../../src/stages/ingest/extract/read-metadata.js').MetaDoc;
  const fast = indexedMetaDoc(plain);
  for (const sel of ['meta[property="og:title" i]', 'meta[name="AUTHOR" i]', 'meta[itemprop="datepublished" i]', 'meta[name="missing" i]', 'h1', 'title']) {
    assert.equal(fast.querySelector(sel)?.getAttribute('content') ?? fast.querySelector(sel)?.textContent ?? null,
      plain.querySelector(sel)?.getAttribute('content') ?? plain.querySelector(sel)?.textContent ?? null, sel);
  }
  assert.equal(fast.querySelector('meta[property="og:title" i]')?.getAttribute('content'), 'First');
  assert.equal([...fast.querySelectorAll('meta')].length, 4);
});
