/**
 * Reading never hangs or runs away on what a folder holds: FIFOs, device
 * symlinks, symlink loops, gzip bombs, JSONL files over the old 20 MiB
 * per-file limit. Each case below hung, grew past gigabytes or was refused
 * as a whole before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readInputs, streamInputs } from '../../src/pipeline/read-inputs.js';
import { warcEvents, MAX_MEMBER_INFLATED } from '../../src/pipeline/read-warc.js';
import { httpResponse, newsPage, warcRecord } from '../stages/ingest/warc-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = 'Officials in Port Elan said on Monday that the harbour plan would go ahead despite objections from residents and shop owners.';

test('a FIFO is refused unread (it would block forever), by name and in a folder', { timeout: 10_000 }, (t) => {
  const sub = join(dir, 'fifo');
  mkdirSync(sub);
  try {
    execFileSync('mkfifo', [join(sub, 'pipe.txt')]);
  } catch {
    t.skip('no mkfifo here');
    return;
  }
  writeFileSync(join(sub, 'ok.txt'), `Headline\n${TEXT}`);
  const out = readInputs([sub]);
  assert.equal(out.articles.length, 1);
  assert.deepEqual(out.problems.map((p) => [p.path, p.message]), [[join(sub, 'pipe.txt'), 'not a regular file but a FIFO (named pipe); skipped']]);
});

test('a symlink to /dev/zero is judged by its target (a device), not its size 0', { timeout: 10_000 }, () => {
  const sub = join(dir, 'zero');
  mkdirSync(sub);
  symlinkSync('/dev/zero', join(sub, 'zero.txt'));
  symlinkSync('/dev/zero', join(sub, 'zero.jsonl'));
  const out = readInputs([sub, join(sub, 'zero.txt')]);
  assert.equal(out.articles.length, 0);
  assert.equal(out.problems.length, 3);
  for (const p of out.problems) assert.match(p.message, /not a regular file but a character device/);
});

test('symlink loops end: each folder is walked once, a loop is one problem', { timeout: 10_000 }, () => {
  const sub = join(dir, 'loops');
  mkdirSync(join(sub, 'inner'), { recursive: true });
  writeFileSync(join(sub, 'inner', 'a.txt'), `Headline\n${TEXT}`);
  symlinkSync('.', join(sub, 'self1'));
  symlinkSync('.', join(sub, 'self2'));
  symlinkSync('..', join(sub, 'inner', 'parent'));
  symlinkSync('inner', join(sub, 'twin'));
  const out = readInputs([sub]);
  assert.equal(out.articles.length, 1);
  assert.deepEqual(out.problems.map((p) => p.path).sort(), [join(sub, 'inner', 'parent'), join(sub, 'self1'), join(sub, 'self2')]);
  for (const p of out.problems) assert.match(p.message, /symlink loop/);
});

test('a WARC gzip bomb is bounded: the member is refused, the next record read', { timeout: 60_000 }, () => {
  const file = join(dir, 'bomb.warc.gz');
  const bomb = gzipSync(Buffer.alloc(MAX_MEMBER_INFLATED + 1024 * 1024));
  const good = gzipSync(warcRecord({ uri: 'https://news.example/ok', date: '2024-02-01T08:00:00Z', block: httpResponse(newsPage('Harbour plan', [TEXT, TEXT.replace('Monday', 'Tuesday')]), { 'Content-Type': 'text/html' }) }));
  writeFileSync(file, Buffer.concat([bomb, good]));
  const events = [...warcEvents(file)];
  const problems = events.flatMap((e) => (e.kind === 'problem' ? [e.problem.message] : []));
  const urls = events.flatMap((e) => (e.kind === 'article' ? [e.article.url] : []));
  assert.deepEqual(urls, ['https://news.example/ok']);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^gzip member at compressed byte 0: inflates to more than 64 MB/);
});

test('a JSONL file over the per-file limit streams; the limit applies per line', () => {
  const file = join(dir, 'big.jsonl');
  const fd = openSync(file, 'w');
  const line = (i: number): string => `${JSON.stringify({ title: `Story ${i}`, text: `${TEXT} Number ${i}.` })}\n`;
  let bytes = 0, n = 0;
  while (bytes < 64 * 1024) bytes += writeSync(fd, line(n++));
  writeSync(fd, `${JSON.stringify({ text: 'x'.repeat(5000) })}\n`);
  writeSync(fd, line(n));
  closeSync(fd);
  // 4 KB per record: the file is 16 times that, and still read whole, record by record.
  const events = [...streamInputs([file], { maxBytes: 4096 })];
  const articles = events.filter((e) => e.kind === 'article');
  const problems = events.flatMap((e) => (e.kind === 'problem' ? [e.problem] : []));
  assert.equal(articles.length, n + 1);
  assert.deepEqual(problems.map((p) => [p.path, p.line, p.message]), [[file, n + 1, 'line too long (over 4096 bytes); skipped']]);
});

test('JSONL problems name the file and line; bad UTF-8 costs one line', () => {
  const file = join(dir, 'mixed.jsonl');
  const good = Buffer.from(`${JSON.stringify({ text: TEXT })}\n`);
  writeFileSync(file, Buffer.concat([good, Buffer.from([0x7b, 0xc3, 0x28, 0x7d, 0x0a]), Buffer.from('{"text": 5}\n\n'), good]));
  const out = readInputs([file]);
  assert.deepEqual(out.articles.map((a) => a.path), [`${file}#L1`, `${file}#L5`]);
  assert.deepEqual(out.problems.map((p) => [p.line, p.message]), [[2, 'not valid UTF-8 text'], [3, 'missing or empty "text" field']]);
});

test('a unix socket is refused by what it is', { timeout: 10_000 }, async () => {
  const { createServer } = await import('node:net');
  const sub = join(dir, 'sock');
  mkdirSync(sub);
  const path = join(sub, 'live.txt');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(path, resolve));
  try {
    const out = readInputs([sub, path]);
    assert.deepEqual(out.problems.map((p) => [p.path, p.message]), [[path, 'not a regular file but a socket; skipped'], [path, 'not a regular file but a socket; skipped']]);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
