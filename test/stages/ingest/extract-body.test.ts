import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { extractBody } from '../../../src/stages/ingest/extract/extract-body.js';

const prose = (label: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>${label} paragraph ${i + 1} tells the reader what happened in plain sentences, long enough to be prose.</p>`).join('');
const doc = (html: string) => parseHTML(`<!doctype html><html><head><title>T</title></head><body>${html}</body></html>`).document;

test('extractBody falls back to a stricter run when the result is a banner beside a long article', () => {
  // The article sits in bare divs with <br>-split text that Readability's first pass scores low,
  // while a lone consent paragraph (no class word our widget list knows) looks like a tidy container.
  const article = `<div>${prose('Recipe', 8)}</div>`;
  const banner = '<div class="site-gprd-law"><div><p>This website uses cookies to improve your experience. We assume you are ok with this, but you can opt out if you wish, or read our policy to learn which data is stored. <a href="#">Accept</a></p></div></div>';
  const html = `<div class="comments-area">${article}</div>${banner}`;
  const r = extractBody(doc(html), undefined, { reparse: () => doc(html) });
  const text = r.paragraphs.join('\n');
  assert.match(text, /Recipe paragraph 1 tells/);
  assert.match(text, /Recipe paragraph 8 tells/);
});

test('extractBody keeps an embedded tweet that sits in a "social media" wrapper', () => {
  const html = `<article>${prose('Story', 3)}<div class="social-media-embed"><blockquote class="twitter-tweet">
    <p>Yes this is real and the state spent half a million dollars on it: <a href="https://t.co/x">https://t.co/x</a></p>
    — Some Person (@someone) <a href="https://twitter.com/someone/status/1">November 18, 2019</a></blockquote></div>${prose('After', 3)}</article>`;
  const text = extractBody(doc(html)).paragraphs.join('\n');
  assert.match(text, /Yes this is real and the state spent half a million dollars/);
  assert.match(text, /After paragraph 3/);
});

test('extractBody drops navigation, hidden blocks and small widgets but keeps the article', () => {
  const html = `<nav role="navigation"><a href="/">Home</a> <a href="/news">News</a></nav>
    <div hidden><p>Hidden teaser text that no reader sees on the page at all, long enough.</p></div>
    <article>${prose('Body', 5)}<div class="newsletter-box"><p>Get our newsletter every morning in your inbox, sign up today for free now.</p></div></article>`;
  const text = extractBody(doc(html)).paragraphs.join('\n');
  assert.match(text, /Body paragraph 5/);
  assert.doesNotMatch(text, /Hidden teaser|newsletter|Home/);
});

test('extractBody drops photo credits that sit outside <figcaption> but carry a credit class', () => {
  const html = `<article>${prose('Story', 4)}<p class="photo-credit">Jane Roe | Agency | Getty Images</p>${prose('Later', 2)}</article>`;
  const text = extractBody(doc(html)).paragraphs.join('\n');
  assert.match(text, /Later paragraph 2/);
  assert.doesNotMatch(text, /Getty Images/);
});

test('extractBody scores only a declared article container that holds nearly all paragraph text', () => {
  const article = `<article><h1>Headline</h1>${prose('Story', 8)}</article>`;
  // Outside the container: a teaser paragraph and a long footer, neither inside <p> text share.
  const html = `<header><nav><a href="/">Home</a></nav></header>${article}<footer><div>Company footer with addresses and legal text that runs on for a while.</div></footer>`;
  const r = extractBody(doc(html));
  const text = r.paragraphs.join('\n');
  assert.match(text, /Story paragraph 1 tells/);
  assert.match(text, /Story paragraph 8 tells/);
  assert.doesNotMatch(text, /Company footer/);
});

test('extractBody does not narrow to an article element that holds only part of the prose', () => {
  const html = `<div id="story">${prose('Story', 8)}</div><article>${prose('Teaser', 1)}</article>`;
  const text = extractBody(doc(html)).paragraphs.join('\n');
  assert.match(text, /Story paragraph 1 tells/);
  assert.match(text, /Story paragraph 8 tells/);
});

test('extractBody narrows to a plain block only when it holds all but a trace of the paragraph text', () => {
  const side = '<div class="rail"><div>Sidebar blurb written as a long run of words about other stories that are not this story at all.</div></div>';
  const whole = `<div class="wrap"><div class="story">${prose('Story', 8)}</div>${side}</div>`;
  const text = extractBody(doc(whole)).paragraphs.join('\n');
  assert.match(text, /Story paragraph 8 tells/);
  assert.doesNotMatch(text, /Sidebar blurb/);
  // Two blocks sharing the prose: the page is scored whole, so both halves can be found.
  const split = `<div class="wrap"><div class="a">${prose('First', 5)}</div><div class="b">${prose('Second', 5)}</div></div>`;
  const both = extractBody(doc(split)).paragraphs.join('\n');
  assert.match(both, /First paragraph 1 tells/);
  assert.match(both, /Second paragraph 5 tells/);
});
