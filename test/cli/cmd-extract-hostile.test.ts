/**
 * `parallax extract` under the default workers on hostile pages: a page
 * nested 6,000 deep, 5,000 nested tables and 200,000 unclosed spans hung or
 * killed workers before; a line longer than the cap crashed the process with
 * `Invalid string length`. Each is now one output line, in input order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmdExtract } from '../../src/cli/cmd-extract.js';
import { MAX_LINE_BYTES } from '../../src/cli/capped-lines.js';

const BODY = 'The mayor said on Monday that the new bridge across the river would open next year after long delays. '.repeat(4);

test('extract: hostile pages and an over-long line each give one line; default workers; no hang', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-extract-hostile-'));
  try {
    const file = join(dir, 'in.jsonl');
    const fd = openSync(file, 'w');
    const line = (id: string, html: string): void => void writeSync(fd, `${JSON.stringify({ id, html })}\n`);
    line('deep', `<html><body>${'<div>'.repeat(6000)}<p>${BODY}</p>${'</div>'.repeat(6000)}</body></html>`);
    line('tables', `<html><body>${'<table><tr><td>'.repeat(5000)}<p>${BODY}</p></body></html>`);
    // One line just over the cap, written in pieces (never one string in this test either).
    writeSync(fd, '{"id":"huge","html":"');
    const piece = 'x'.repeat(1024 * 1024);
    for (let n = 0; n <= MAX_LINE_BYTES; n += piece.length) writeSync(fd, piece);
    writeSync(fd, '"}\n');
    line('spans', `<html><body>${'<span>'.repeat(200_000)}<p>${BODY}</p></body></html>`);
    closeSync(fd);
    const err: string[] = [];
    const code = await cmdExtract(['--in', file, '--out', join(dir, 'out.jsonl')], { stdout: () => {}, stderr: (s) => err.push(s) });
    assert.equal(code, 0, err.join('\n'));
    const out = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(out.length, 4);
    for (const i of [0, 1, 3]) {
      assert.equal(out[i]!.error, undefined, JSON.stringify(out[i]).slice(0, 300));
      assert.match(String(out[i]!.text), /new bridge across the river/);
    }
    assert.deepEqual([out[0]!.id, out[1]!.id, out[3]!.id], ['deep', 'tables', 'spans']);
    assert.match(String(out[2]!.error), /^line 3: too long \(\d+ bytes, limit 67108864\); skipped$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
