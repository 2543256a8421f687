import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { dechunk, decodeHtmlBytes, parseWarc } from '../../../src/stages/ingest/parse-warc.js';
import { WarcSplitter } from '../../../src/stages/ingest/warc-records.js';
import { inputKindOf, parseInput } from '../../../src/stages/ingest/parse-input.js';
import { chunked, httpResponse, newsPage, warcFile, warcRecord } from './warc-writer.js';

const P1 = 'The city council approved the new budget on Monday after a long debate about spending on schools and roads in the coming year.';
const P2 = 'Opposition members said the plan relied on optimistic revenue forecasts, while the mayor called it balanced and responsible for the city.';
const DATED = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-20T10:00:00Z"}</script>';

function sample(): Buffer[] {
  const page = newsPage('Council approves budget', [P1, P2], DATED);
  return [
    warcRecord({ type: 'warcinfo', block: 'software: test\r\n' }, '1.1'),
    warcRecord({ type: 'request', uri: 'https://news.example/a', block: 'GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n' }),
    warcRecord({ uri: 'https://news.example/a', block: httpResponse(page, { 'Content-Type': 'text/html; charset=utf-8' }) }),
    warcRecord({ uri: 'https://news.example/logo.png', block: httpResponse(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), { 'Content-Type': 'image/png' }) }),
    warcRecord({ type: 'metadata', uri: 'https://news.example/a', block: 'fetchTimeMs: 12\r\n' }),
  ];
}

test('.warc and .warc.gz are WARC inputs', () => {
  assert.equal(inputKindOf('crawl/CC-NEWS-1.warc.gz'), 'warc');
  assert.equal(inputKindOf('x.WARC'), 'warc');
  assert.equal(inputKindOf('x.gz'), undefined);
});

test('only the HTML response becomes an article, with its URL and page date', () => {
  for (const gzip of [false, true]) {
    const out = parseInput('c.warc' + (gzip ? '.gz' : ''), warcFile(sample(), gzip));
    assert.deepEqual(out.problems, []);
    assert.equal(out.articles.length, 1);
    const a = out.articles[0]!;
    assert.equal(a.url, 'https://news.example/a');
    assert.equal(a.published, '2023-11-20T10:00:00Z');
    assert.equal(a.crawled, '2024-01-02T03:04:05Z');
    assert.match(a.path!, /#record-3$/);
    assert.match(a.body, /approved the new budget/);
  }
});

test('chunked transfer-encoding and gzip content-encoding are undone', () => {
  const page = newsPage('Council approves budget', [P1, P2]);
  const body = chunked(gzipSync(Buffer.from(page)), 50);
  const rec = warcRecord({ uri: 'https://news.example/b', block: httpResponse(body, { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' }) });
  const out = parseWarc('c.warc', rec);
  assert.deepEqual(out.problems, []);
  assert.match(out.articles[0]!.body, /Opposition members said/);
  assert.equal(dechunk(Buffer.from('not chunked at all')), undefined);
});

test('a windows-1252 page is decoded by its declared charset, or its meta tag', () => {
  const text = 'Le président a déclaré « très préoccupé » – l’économie française reste fragile selon les experts du ministère.';
  const page = newsPage('Économie française', [text, P2]);
  const encode1252 = (s: string): Buffer => Buffer.from([...s].map((c) => {
    const code = c.charCodeAt(0);
    const special: Record<string, number> = { '’': 0x92, '–': 0x96, '“': 0x93, '”': 0x94 };
    return special[c] ?? (code < 256 ? code : 0x3f);
  }));
  const bytes = encode1252(page);
  assert.match(decodeHtmlBytes(bytes, 'text/html; charset=windows-1252'), /président .* l’économie/);
  assert.match(decodeHtmlBytes(bytes, 'text/html; charset=ISO-8859-1'), /président/);
  const withMeta = encode1252(page.replace('<head>', '<head><meta charset="windows-1252">'));
  assert.match(decodeHtmlBytes(withMeta, 'text/html'), /président .* – l’économie/);
  // No label at all: not valid UTF-8, so windows-1252 as browsers do.
  assert.match(decodeHtmlBytes(bytes, undefined), /l’économie/);
  const out = parseWarc('c.warc', warcRecord({ uri: 'https://fr.example/x', block: httpResponse(bytes, { 'Content-Type': 'text/html; charset=windows-1252' }) }));
  assert.match(out.articles[0]!.body, /Le président a déclaré « très préoccupé » – l’économie/);
});

test('a corrupt record is one problem naming its number and offset; the rest of the file goes on', () => {
  const recs = sample();
  const bad = warcRecord({ uri: 'https://news.example/bad', block: httpResponse(newsPage('Bad', [P1]), { 'Content-Type': 'text/html' }), contentLength: 99999 });
  const good = warcRecord({ uri: 'https://news.example/c', block: httpResponse(newsPage('Second story', [P2, P1]), { 'Content-Type': 'text/html' }) });
  const file = Buffer.concat([recs[0]!, bad, good, Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nno colon here\r\n\r\n'), recs[2]!]);
  const out = parseWarc('c.warc', file);
  assert.deepEqual(out.articles.map((a) => a.url), ['https://news.example/c', 'https://news.example/a']);
  assert.equal(out.problems.length, 2, JSON.stringify(out.problems));
  assert.match(out.problems[0]!.message, new RegExp(`^WARC record 2 at byte ${recs[0]!.length}: (truncated or )?corrupt`));
  assert.match(out.problems[1]!.message, /^WARC record 4 at byte \d+: corrupt: malformed header line/);
  assert.equal(out.problems[0]!.path, 'c.warc');
});

test('a file cut off inside a record reports it as truncated', () => {
  const recs = sample();
  const whole = Buffer.concat(recs);
  const out = parseWarc('c.warc', whole.subarray(0, recs[0]!.length + recs[1]!.length + recs[2]!.length - 100));
  assert.equal(out.articles.length, 0);
  assert.equal(out.problems.length, 1);
  assert.match(out.problems[0]!.message, /^WARC record 3 at byte \d+: truncated/);
});

test('the splitter gives the same records however the bytes are chunked', () => {
  const file = Buffer.concat(sample());
  const whole = new WarcSplitter();
  const expected = [...whole.push(file), ...whole.end()].map((i) => (i.kind === 'record' ? i.record.offset : -1));
  for (const size of [1, 7, 100, 4096]) {
    const s = new WarcSplitter();
    const got: number[] = [];
    for (let i = 0; i < file.length; i += size) got.push(...s.push(file.subarray(i, i + size)).map((x) => (x.kind === 'record' ? x.record.offset : -1)));
    got.push(...s.end().map((x) => (x.kind === 'record' ? x.record.offset : -1)));
    assert.deepEqual(got, expected, `chunk size ${size}`);
  }
  assert.equal(expected.length, 5);
});

test('non-2xx responses and non-HTTP records are skipped silently', () => {
  const recs = [
    warcRecord({ uri: 'https://news.example/moved', block: httpResponse('', { Location: '/a' }, '301 Moved Permanently') }),
    warcRecord({ uri: 'https://news.example/missing', block: httpResponse(newsPage('Not found', [P1]), { 'Content-Type': 'text/html' }, '404 Not Found') }),
    warcRecord({ uri: 'dns:news.example', block: '20240102030405\nnews.example. 300 IN A 192.0.2.1\n' }),
  ];
  assert.deepEqual(parseWarc('c.warc', Buffer.concat(recs)), { articles: [], problems: [] });
});
