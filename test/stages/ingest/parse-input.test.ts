import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseInput, inputKindOf } from '../../../src/stages/ingest/parse-input.js';

const FIX = 'test/fixtures/ingest/';
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const load = (name: string) => parseInput(FIX + name, readFileSync(FIX + name));

test('txt: body is the file text with CRLF normalised, no title', () => {
  const { articles, problems } = load('plain.txt');
  assert.equal(problems.length, 0);
  assert.equal(articles.length, 1);
  assert.equal(articles[0].format, 'txt');
  assert.equal(articles[0].path, FIX + 'plain.txt');
  assert.equal(articles[0].title, undefined);
  assert.equal(articles[0].body, 'Plain headline\n\nA plain paragraph of text.\nAnother line.\n');
});

test('txt: example article keeps every line', () => {
  const p = 'examples/biden-putin-call/002_a5ad62a845dcc1b4.txt';
  const bytes = readFileSync(p);
  const { articles } = parseInput(p, bytes);
  assert.equal(articles[0].body, bytes.toString('utf8'));
});

test('html: metadata and one paragraph per block, nav/footer dropped', () => {
  const { articles, problems } = load('article.html');
  assert.deepEqual(problems, []);
  const a = articles[0];
  assert.equal(a.format, 'html');
  assert.equal(a.title, 'Harbour bridge reopens after repairs');
  assert.equal(a.source, 'The Coastal Times');
  assert.equal(a.byline, 'Jane Doe');
  assert.equal(a.language, 'en-GB');
  assert.equal(a.published, '2023-03-14T09:30:00Z');
  const lines = a.body.split('\n');
  assert.equal(lines[0].startsWith('The harbour bridge reopened'), true);
  assert.equal(lines[1], 'Engineers replaced forty steel cables and resurfaced the deck, which had been closed since a storm damaged it in September.');
  // <br> splits a paragraph; inline <b> does not.
  assert.ok(lines.includes('Traffic was light at first but built up during the day.'));
  assert.ok(lines.includes('Buses return to their normal routes on Wednesday.'));
  assert.equal(a.body.includes('Contact us'), false);
  assert.equal(a.body.includes('Sport'), false);
});

test('html: meta published_time wins and <time datetime> is a fallback', () => {
  const page = (head: string, extra: string) => enc(`<html><head>${head}</head><body><article>${extra}<p>${'A sentence about the harbour and its bridge. '.repeat(8)}</p><p>${'Another sentence about the city council. '.repeat(8)}</p></article></body></html>`);
  const a = parseInput('m.html', page('<meta property="article:published_time" content="2021-12-05">', '')).articles[0];
  assert.equal(a.published, '2021-12-05');
  const b = parseInput('t.htm', page('', '<time datetime="2020-02-29T10:00:00Z">Feb 29</time>')).articles[0];
  assert.equal(b.published, '2020-02-29T10:00:00Z');
});

test('html without extractable text is a problem', () => {
  const { articles, problems } = load('no-text.html');
  assert.equal(articles.length, 0);
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /no extractable text/);
  assert.equal(problems[0].path, FIX + 'no-text.html');
});

test('jsonl: good lines become articles, bad lines are problems with line numbers', () => {
  const { articles, problems } = load('articles.jsonl');
  assert.deepEqual(articles.map((a) => a.path), [FIX + 'articles.jsonl#L1', FIX + 'articles.jsonl#L5']);
  assert.equal(articles[0].title, 'Flood waters recede in the valley');
  assert.equal(articles[0].url, 'https://example.org/flood');
  assert.equal(articles[0].published, '2022-05-02');
  assert.equal(articles[0].source, 'Valley Post');
  assert.equal(articles[0].body, 'Flood waters receded on Monday.\nResidents began returning home.');
  assert.equal(articles[1].body, 'Markup paragraph one.\nMarkup paragraph two.');
  assert.equal(articles[1].published, '2022-05-02T10:00:00.000Z');
  assert.deepEqual(problems.map((p) => p.line), [2, 3, 6, 7]);
  assert.match(problems[0].message, /invalid JSON/);
  assert.match(problems[1].message, /"text"/);
  assert.ok(problems.every((p) => p.path === FIX + 'articles.jsonl'));
});

test('rss: content:encoded beats description, HTML becomes paragraphs', () => {
  const { articles, problems } = load('feed.rss');
  assert.equal(articles.length, 2);
  const [a, b] = articles;
  assert.equal(a.format, 'feed');
  assert.equal(a.title, 'Council approves new ferry line');
  assert.equal(a.url, 'https://river.example/ferry');
  assert.equal(a.body, 'The council approved a new ferry line on Saturday.\nService starts in spring, the mayor said.');
  assert.equal(a.published, '2021-12-05T02:07:00.000Z');
  assert.equal(a.source, 'River Gazette');
  assert.equal(a.byline, 'Sam Lee');
  assert.equal(b.body, 'The library will stay open until 9 p.m. on weekdays & weekends.');
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /item 3 has no text/);
});

test('atom: content beats summary, alternate link, published beats updated', () => {
  const { articles, problems } = load('feed.atom');
  assert.deepEqual(problems, []);
  assert.equal(articles[0].url, 'https://mountain.example/pass');
  assert.equal(articles[0].body, 'Heavy snowfall closed the pass overnight.\nIt may reopen on Friday.');
  assert.equal(articles[0].published, '2022-01-10T07:00:00.000Z');
  assert.equal(articles[0].byline, 'Marie Roux');
  assert.equal(articles[0].source, 'Mountain Herald');
  assert.equal(articles[0].language, 'fr');
  assert.equal(articles[1].url, 'https://mountain.example/ski');
  assert.equal(articles[1].published, '2022-01-12T07:00:00.000Z');
  assert.equal(articles[1].body, 'The ski season opened with fresh snow.');
});

test('malformed XML and non-feed XML are problems', () => {
  const broken = load('broken.xml');
  assert.equal(broken.articles.length, 0);
  assert.match(broken.problems[0].message, /invalid XML/);
  const other = parseInput('x.xml', enc('<html><body>hi</body></html>'));
  assert.match(other.problems[0].message, /not an RSS or Atom feed/);
});

test('bad inputs: each gives one problem naming the file, never a throw', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['empty.txt', new Uint8Array(0), /empty file/],
    ['blank.txt', enc(' \n\t\n'), /empty file/],
    ['bin.txt', new Uint8Array([72, 105, 0, 1, 2]), /binary/],
    ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), /UTF-8/],
    ['notes.csv', enc('a,b'), /unknown file type/],
  ];
  for (const [path, bytes, re] of cases) {
    const r = parseInput(path, bytes);
    assert.equal(r.articles.length, 0, path);
    assert.equal(r.problems.length, 1, path);
    assert.equal(r.problems[0].path, path);
    assert.match(r.problems[0].message, re);
  }
  const big = parseInput('big.txt', enc('x'.repeat(101)), { maxBytes: 100 });
  assert.match(big.problems[0].message, /too large: 101 bytes \(limit 100\)/);
  assert.equal(parseInput('ok.txt', enc('x'.repeat(100)), { maxBytes: 100 }).articles.length, 1);
});

test('a UTF-8 BOM is not part of the body', () => {
  const r = parseInput('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Hello.')]));
  assert.equal(r.articles[0].body, 'Hello.');
});

test('inputKindOf maps extensions case-insensitively', () => {
  assert.equal(inputKindOf('a/B.HTM'), 'html');
  assert.equal(inputKindOf('x.ndjson'), 'jsonl');
  assert.equal(inputKindOf('x.atom'), 'feed');
  assert.equal(inputKindOf('x.md'), undefined);
});

test('property: parseInput never throws on arbitrary bytes, and problems name the file', async () => {
  const fc = (await import('fast-check')).default;
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('a.txt', 'a.html', 'a.jsonl', 'a.xml', 'a.atom', 'a.bin'), (bytes, path) => {
    const r = parseInput(path, bytes);
    return r.problems.every((p) => p.path === path && p.message.length > 0) && r.articles.every((a) => a.body.trim() !== '');
  }), { numRuns: 300, seed: 7 });
  fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('a.html', 'a.jsonl', 'a.xml'), (text, path) => {
    const r = parseInput(path, enc(text));
    return r.articles.length + r.problems.length > 0 || text.split('\n').every((l) => l.trim() === '');
  }), { numRuns: 300, seed: 11 });
});
