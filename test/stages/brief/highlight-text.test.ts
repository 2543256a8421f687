import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { CitedSpan } from '../../../src/stages/brief/cited-spans.js';
import { highlightText } from '../../../src/stages/brief/highlight-text.js';
import { asArticleId } from '../../../src/core/ids.js';

const id = asArticleId('a_x');
const span = (start: number, end: number, kind: CitedSpan['kind'] = 'quote'): CitedSpan => ({ articleId: id, start, end, markId: `m1-${start}-${end}`, kind, notes: [`note ${start}`] });

function parse(html: string): Element {
  const { document } = parseHTML(`<div id="root">${html}</div>`);
  return document.getElementById('root') as unknown as Element;
}

const TEXT = 'Peskov said “the presidents will decide” on Tuesday & <more>.';

test('wraps each span exactly and keeps the text whole and escaped', () => {
  const q = TEXT.indexOf('the presidents');
  const d = TEXT.indexOf('on Tuesday');
  const html = highlightText(TEXT, [span(q, q + 26), span(d, d + 10, 'date')]);
  const root = parse(html);
  assert.equal(root.textContent, TEXT);
  assert.equal(root.querySelector(`#m1-${q}-${q + 26}`)?.textContent, 'the presidents will decide');
  assert.equal(root.querySelector(`#m1-${d}-${d + 10}`)?.textContent, 'on Tuesday');
  assert.equal(root.querySelector(`#m1-${d}-${d + 10}`)?.className, 'k-date');
  assert.ok(html.includes('&amp; &lt;more&gt;'));
});

test('nested spans nest; both wrap their exact words', () => {
  const root = parse(highlightText(TEXT, [span(0, 52, 'summary'), span(12, 39), span(43, 50)]));
  assert.equal(root.querySelector('#m1-0-52')?.textContent, TEXT.slice(0, 52));
  assert.equal(root.querySelector('#m1-0-52 #m1-12-39')?.textContent, TEXT.slice(12, 39));
  assert.equal(root.querySelectorAll('mark').length, 3);
});

test('crossing spans are split; the id sits on the first piece and pieces join to the span', () => {
  const a = span(0, 20);
  const b = span(12, 39);
  const root = parse(highlightText(TEXT, [a, b]));
  assert.equal(root.textContent, TEXT);
  assert.equal(root.querySelector('#m1-0-20')?.textContent, TEXT.slice(0, 20));
  const pieces = [root.querySelector('#m1-12-39'), ...root.querySelectorAll('[data-for="m1-12-39"]')];
  assert.equal(pieces.map((p) => p?.textContent).join(''), TEXT.slice(12, 39));
});

test('identical starts: the longer span is outside', () => {
  const root = parse(highlightText(TEXT, [span(0, 6), span(0, 11)]));
  assert.equal(root.querySelector('#m1-0-11 #m1-0-6')?.textContent, 'Peskov');
});

test('out-of-range and empty spans are ignored', () => {
  const html = highlightText(TEXT, [span(5, 5), span(-1, 3), span(10, 999)]);
  assert.equal(html.includes('<mark'), false);
  assert.equal(parse(html).textContent, TEXT);
});

test('tooltips are escaped', () => {
  const evil: CitedSpan = { ...span(0, 6), notes: ['"><script>'] };
  assert.ok(highlightText(TEXT, [evil]).includes('title="&quot;&gt;&lt;script&gt;"'));
});
