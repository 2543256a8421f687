import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { cmdExtract } from '../../src/cli/cmd-extract.js';
import { main } from '../../src/cli/main.js';

const page = (i: number): string => `<html><head><title>Story ${i} headline words</title></head><body><article>${
  Array.from({ length: 4 }, (_, k) => `<p>Paragraph ${k} of story ${i}, with enough words in it to be kept as article text.</p>`).join('')}</article></body></html>`;

function run(args: string[]): Promise<{ code: number; err: string[] }> {
  const err: string[] = [];
  return cmdExtract(args, { stdout: () => {}, stderr: (s) => err.push(s) }).then((code) => ({ code, err }));
}

for (const workers of ['0', '2']) {
  test(`extract keeps input order and survives bad lines (workers=${workers})`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-extract-'));
    try {
      const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `p${i}`, url: `https://x.test/${i}`, html: page(i) }));
      lines.splice(5, 0, '{not json');
      lines.splice(9, 0, JSON.stringify({ id: 'nohtml' }));
      writeFileSync(join(dir, 'in.jsonl.gz'), gzipSync(lines.join('\n') + '\n'));
      const { code } = await run(['--in', join(dir, 'in.jsonl.gz'), '--out', join(dir, 'out.jsonl'), '--workers', workers]);
      assert.equal(code, 0);
      const out = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.equal(out.length, 32);
      assert.match(String(out[5].error), /invalid JSON/);
      assert.equal(out[9].id, 'nohtml');
      assert.ok(out[9].error);
      const good = out.filter((o) => !o.error);
      assert.deepEqual(good.map((o) => o.id), Array.from({ length: 30 }, (_, i) => `p${i}`));
      assert.match(String(good[7].text), /Paragraph 3 of story 7,/);
      assert.deepEqual(Object.keys(good[0]).sort(), ['author', 'id', 'language', 'published', 'text', 'title']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('extract: missing flags are a usage error, a missing file exits 1', async () => {
  await assert.rejects(run(['--in', 'x.jsonl']), /--in/);
  const err: string[] = [];
  const code = await main(['extract', '--in', '/nonexistent/in.jsonl', '--out', join(tmpdir(), 'px-none.jsonl'), '--workers', '0'], { stdout: () => {}, stderr: (s) => err.push(s) });
  assert.equal(code, 1);
  assert.deepEqual(err, ['parallax extract: cannot read /nonexistent/in.jsonl: no such file or directory']);
});

test('extract --in - --out -: pages from stdin, articles to stdout', async () => {
  const page = { id: 'p1', url: 'https://example.com/a', html: '<html><head><title>Budget passes</title></head><body><article><p>The council approved the budget on Tuesday after a long debate about schools, roads and parks.</p></article></body></html>' };
  const out: string[] = [];
  const err: string[] = [];
  const stdin = Readable.from([Buffer.from(`${JSON.stringify(page)}\n`)]);
  assert.equal(await main(['extract', '--in', '-', '--out', '-', '--workers', '0'], { stdout: (s) => out.push(s), stderr: (s) => err.push(s), stdin }), 0);
  assert.equal(out.length, 1);
  const rec = JSON.parse(out[0]!) as { id: string; title: string; text: string };
  assert.equal(rec.id, 'p1');
  assert.equal(rec.title, 'Budget passes');
  assert.match(rec.text, /approved the budget/);
});
