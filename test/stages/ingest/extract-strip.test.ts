import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripDeadMarkup } from '../../../src/stages/ingest/extract/strip-dead-markup.js';
import { extractPage } from '../../../src/stages/ingest/extract/extract-page.js';

test('stripDeadMarkup drops scripts, styles, svg, noscript and comments but keeps JSON-LD', () => {
  const html = '<head><script>var a = "<p>no</p>";</script><style>p{}</style>'
    + '<script type="application/ld+json">{"headline":"H"}</script></head>'
    + '<body><!-- <script>x</script> --><p>Kept.</p><SVG viewBox="0 0 1 1"><title>Icon</title></SVG>'
    + '<noscript><img src="x"></noscript><p>Also kept.</p></body>';
  assert.equal(stripDeadMarkup(html),
    '<head><script type="application/ld+json">{"headline":"H"}</script></head><body><p>Kept.</p><p>Also kept.</p></body>');
});

test('stripDeadMarkup ends a script at its first closing tag, as HTML does', () => {
  assert.equal(stripDeadMarkup('<script>document.write("<!--")</script><p>Text.</p>'), '<p>Text.</p>');
});

test('extractPage still reads JSON-LD metadata and body text after stripping', () => {
  const prose = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story explains in full sentences what the council decided on Monday.</p>`).join('');
  const html = '<html><head><title>Council vote - Daily</title>'
    + '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council vote","datePublished":"2024-03-05T10:00:00Z"}</script>'
    + `<script>window.ads = "<p>Buy now!</p>";</script></head><body><article><h1>Council vote</h1>${prose}</article></body></html>`;
  const out = extractPage({ id: 1, html });
  assert.equal(out.published?.slice(0, 10), '2024-03-05');
  assert.match(out.text, /Paragraph 6 of the story/);
  assert.doesNotMatch(out.text, /Buy now/);
});

test('stripDeadMarkup drops attributes no reader uses and keeps the ones readers test', () => {
  const html = '<p data-x="1" class=a onclick=\'a>b\'>a</p><img srcset="a 1x, b>2x" sizes="50vw" src=x.jpg>'
    + '<div style="display:none" aria-label=x aria-hidden=true data-testid=byline>t</div><span style="color:red" DATA-Y>z</span>';
  assert.equal(stripDeadMarkup(html),
    '<p class=a>a</p><img src=x.jpg><div style="display:none" aria-hidden=true data-testid=byline>t</div><span>z</span>');
});

test('stripDeadMarkup leaves tags inside kept JSON-LD and unreadable tags as they are', () => {
  const ld = '<script type="application/ld+json">{"articleBody":"<p data-x=1>x</p>"}</script>';
  assert.equal(stripDeadMarkup(ld), ld);
  assert.equal(stripDeadMarkup('<p data-x="1>x</p>'), '<p data-x="1>x</p>');
});

test('stripDeadMarkup drops whitespace inside block tag pairs but keeps it between siblings', () => {
  assert.equal(stripDeadMarkup('<div>\n  <ul>\n <li>Title</li>\n <li>Date</li>\n</ul>\n</div>\n<p>x <b>y</b>\n<i>z</i></p>'),
    '<div><ul><li>Title</li>\n <li>Date</li></ul></div>\n<p>x <b>y</b>\n<i>z</i></p>');
});
