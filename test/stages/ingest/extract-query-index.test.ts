import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { parseSelector, queryIndex, type QueryEl } from '../../../src/stages/ingest/extract/query-index.js';

const html = '<html><body><article><div class="Byline author-box" itemprop="author"><span itemprop="name">Jane Roe</span>'
  + '<a href="/author/jane" rel="author">Jane</a></div><time datetime="2024-01-02">Jan 2</time></article>'
  + '<div id="side" data-testid="BYLINE-x"><a href="/x">X</a><span itemprop="name">Not an author</span></div></body></html>';
const { document } = parseHTML(html);
const els = [...document.querySelectorAll('*')] as unknown as QueryEl[];
const idx = queryIndex(els);

test('queryIndex answers simple selectors exactly as the DOM does, in document order', () => {
  for (const sel of ['[itemprop="author"] [itemprop="name"]', '[class*="byline" i]', '.author-box', '#side', 'a[href*="/author/"]',
    '[rel="author"]', 'time[datetime], [itemprop="datePublished"]', '[data-testid*="byline" i] a[href]', 'article time', 'span, a', '[class*="byline"]']) {
    assert.deepEqual(idx.all(sel), [...document.querySelectorAll(sel)], sel);
  }
});

test('queryIndex declines selectors beyond the simple forms, so the caller asks the DOM', () => {
  for (const sel of ['article > time', 'a:first-child', 'h1 + p', 'div:not(.x)']) assert.equal(parseSelector(sel), undefined, sel);
  assert.equal(idx.all('article > time'), undefined);
});
