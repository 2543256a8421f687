/**
 * Hostile page and feed content never throws: each case crashed the whole
 * batch before (stack overflow in a DOM walk or in push(...array), or the XML
 * parser throwing), and each now gives an article or one problem line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInput } from '../../../src/stages/ingest/parse-input.js';
import { capNesting, MAX_NESTING } from '../../../src/stages/ingest/extract/cap-nesting.js';
import { extractPage } from '../../../src/stages/ingest/extract/extract-page.js';

const BODY = 'The mayor said on Monday that the new bridge across the river would open next year after long delays. '.repeat(4);
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const PAGES: Record<string, string> = {
  'div nested 6,000 deep': `<html><body>${'<div>'.repeat(6000)}<p>${BODY}</p>${'</div>'.repeat(6000)}</body></html>`,
  '5,000 nested tables': `<html><body>${'<table><tr><td>'.repeat(5000)}<p>${BODY}</p></body></html>`,
  '200,000 unclosed spans': `<html><body><p>${BODY}</p>${'<span>x'.repeat(200_000)}</body></html>`,
  'JSON-LD @graph of 150,000 items': `<html><head><script type="application/ld+json">${JSON.stringify({ '@graph': Array.from({ length: 150_000 }, (_, i) => ({ '@type': 'Thing', name: `n${i}` })) })}</script></head><body><p>${BODY}</p></body></html>`,
};

for (const [name, html] of Object.entries(PAGES)) {
  test(`hostile HTML (${name}) gives its article`, () => {
    const r = parseInput('page.html', enc(html));
    assert.deepEqual(r.problems, []);
    assert.equal(r.articles.length, 1);
    assert.match(r.articles[0]!.body, /new bridge across the river/);
  });
}

test('extractPage on a 6,000-deep page returns text, not a stack overflow', () => {
  const out = extractPage({ id: 1, html: PAGES['div nested 6,000 deep']! });
  assert.equal(out.error, undefined);
  assert.match(out.text, /new bridge/);
});

const item = `<item><title>T</title><description>${BODY}</description></item>`;
const FEEDS: Record<string, string> = {
  'external entity': `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title><description>${BODY}</description></item></channel></rss>`,
  'parameter entity': `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p "x"> %p;]><rss><channel>${item}</channel></rss>`,
  'entity over 10,000 characters': `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "${'a'.repeat(20_000)}">]><rss><channel><item><title>&x;</title><description>${BODY}</description></item></channel></rss>`,
  '10,000 nested tags': `<rss><channel><item><title>T</title><description>${BODY}</description>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</item></channel></rss>`,
  'element named __proto__': `<rss><channel><item><title>T</title><__proto__><polluted>1</polluted></__proto__><description>${BODY}</description></item></channel></rss>`,
};

for (const [name, xml] of Object.entries(FEEDS)) {
  test(`a feed with ${name} is one problem naming the file`, () => {
    const r = parseInput('feed.xml', enc(xml));
    assert.equal(r.articles.length, 0);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]!.path, 'feed.xml');
    assert.match(r.problems[0]!.message, /^invalid XML: /);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
}

test('a feed item whose HTML nests 6,000 deep still gives its text', () => {
  const html = `${'<div>'.repeat(6000)}<p>${BODY}</p>${'</div>'.repeat(6000)}`;
  const xml = `<rss><channel><item><title>T</title><description><![CDATA[${html}]]></description></item></channel></rss>`;
  const r = parseInput('deep.xml', enc(xml));
  assert.deepEqual(r.problems, []);
  assert.match(r.articles[0]!.body, /new bridge/);
});

test('capNesting leaves ordinary pages untouched and caps deep ones', () => {
  const page = '<html><body><div><p>a<p>b<ul><li>c<li>d</ul></div><table><tr><td>x</table></body></html>';
  assert.equal(capNesting(page), page);
  assert.equal(capNesting('<div><div><div>x</div></div></div>', 2), '<div><div>x</div></div>');
  // Thousands of unclosed paragraphs (the parser closes them) are not nesting.
  const paras = `<div>${'<p>para '.repeat(5000)}</div>`;
  assert.equal(capNesting(paras), paras);
  const deep = capNesting('<span>'.repeat(10_000));
  assert.equal(deep.split('<span>').length - 1, MAX_NESTING);
});

test('a page with more markup than MAX_MARKUP is refused before parsing, with its size', async () => {
  const { MAX_MARKUP } = await import('../../../src/stages/ingest/extract/extract-page.js');
  const para = `<p>${BODY}</p>\n`;
  const html = `<html><body><article>${para.repeat(Math.ceil(MAX_MARKUP / para.length) + 10)}</article></body></html>`;
  const r = parseInput('huge.html', enc(html));
  assert.equal(r.articles.length, 0);
  assert.match(r.problems[0]!.message, /^HTML page too large: \d+ characters of markup without scripts and styles \(limit 4000000\)$/);
  assert.match(String(extractPage({ id: 1, html }).error), /^page too large/);
  // Scripts do not count: a page with a big inline script is read.
  const scripted = `<html><head><script>var data = "${'x'.repeat(MAX_MARKUP)}";</script></head><body><article>${para}</article></body></html>`;
  assert.equal(parseInput('scripted.html', enc(scripted)).articles.length, 1);
});
