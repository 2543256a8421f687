import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readWarcFile } from '../../src/pipeline/read-warc.js';
import { readInputs } from '../../src/pipeline/read-inputs.js';
import { clean } from '../../src/stages/clean/clean.js';
import { analyze } from '../../src/stages/analyze/index.js';
import { httpResponse, newsPage, warcFile, warcRecord } from '../stages/ingest/warc-writer.js';

const PARAS = [
  'Flooding closed the main coastal road on Sunday after two days of heavy rain, and emergency crews evacuated dozens of homes near the river.',
  'Forecasters said the rain would ease by Tuesday, but warned that river levels could keep rising for another day as water drains from the hills.',
];

function page(n: number): Buffer {
  return warcRecord({ uri: `https://news.example/story-${n}`, date: '2024-02-0' + (n % 9 + 1) + 'T08:00:00Z', block: httpResponse(newsPage(`Flood update number ${n}`, PARAS.map((p) => `Update ${n}: ${p}`)), { 'Content-Type': 'text/html; charset=utf-8' }) });
}

const dir = mkdtempSync(join(tmpdir(), 'parallax-warc-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('a gzip-per-record WARC streams into articles; the crawl date is used only as a last resort', () => {
  const file = join(dir, 'crawl.warc.gz');
  const records = [warcRecord({ type: 'warcinfo', block: 'software: test\r\n' }), ...Array.from({ length: 5 }, (_, i) => page(i))];
  writeFileSync(file, warcFile(records, true));
  const out = readWarcFile(file);
  assert.deepEqual(out.problems, []);
  assert.deepEqual(out.articles.map((a) => a.url), [0, 1, 2, 3, 4].map((n) => `https://news.example/story-${n}`));
  const cleaned = clean(out.articles[0]!);
  assert.ok(cleaned.ok, JSON.stringify(cleaned));
  assert.equal(cleaned.value.meta.publishedFrom, 'crawl');
  assert.equal(cleaned.value.meta.published, '2024-02-01T08:00:00Z');
  // "on Sunday" resolved against a fetch date is a guess, and says so.
  const sunday = analyze(cleaned.value).dates.find((d) => /Sunday/.test(d.text));
  assert.equal(sunday?.resolution, 'inferred', JSON.stringify(sunday));
});

test('a damaged gzip member costs only its record, with one problem line', () => {
  const members = [page(1), page(2), page(3)].map((r) => gzipSync(r));
  const broken = Buffer.from(members[1]!);
  broken.fill(0x55, 20, 60); // garbage inside the deflate data
  const file = join(dir, 'damaged.warc.gz');
  writeFileSync(file, Buffer.concat([members[0]!, broken, members[2]!]));
  const out = readWarcFile(file);
  assert.deepEqual(out.articles.map((a) => a.url), ['https://news.example/story-1', 'https://news.example/story-3']);
  assert.equal(out.problems.length, 1, JSON.stringify(out.problems));
  assert.match(out.problems[0]!.message, new RegExp(`^gzip member at compressed byte ${members[0]!.length}: `));
});

test('a plain WARC larger than the per-file limit is still read (streamed)', () => {
  const file = join(dir, 'big.warc');
  const records = Array.from({ length: 40 }, (_, i) => page(i));
  writeFileSync(file, warcFile(records, false));
  const out = readInputs([file], { maxBytes: 10_000 });
  assert.deepEqual(out.problems, []);
  assert.equal(out.articles.length, 40);
});

test('folders pick up .warc.gz files; a truncated file reports its last record', () => {
  const sub = join(dir, 'folder');
  mkdirSync(sub);
  const whole = warcFile([page(7), page(8)], false);
  writeFileSync(join(sub, 'cut.warc'), whole.subarray(0, whole.length - 200));
  const out = readInputs([sub]);
  assert.equal(out.articles.length, 1);
  assert.equal(out.problems.length, 1);
  assert.match(out.problems[0]!.message, /^WARC record 2 at byte \d+: truncated/);
});

