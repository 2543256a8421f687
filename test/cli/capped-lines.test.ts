import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { cappedLines } from '../../src/cli/capped-lines.js';

async function all(chunks: (string | Buffer)[], max: number) {
  const out = [];
  for await (const l of cappedLines(Readable.from(chunks), max)) out.push(l);
  return out;
}

test('lines are split across chunks, CRLF and a last line without newline included', async () => {
  assert.deepEqual(await all(['ab', 'c\r\nde', 'f\n\nlast'], 100), [
    { lineNo: 1, line: 'abc' }, { lineNo: 2, line: 'def' }, { lineNo: 3, line: '' }, { lineNo: 4, line: 'last' },
  ]);
});

test('a line over the cap is skipped unkept and reported with its size; the next line is read', async () => {
  const huge = Array.from({ length: 50 }, () => 'x'.repeat(1000));
  assert.deepEqual(await all(['ok\n', ...huge, '\nafter\n'], 10_000), [
    { lineNo: 1, line: 'ok' }, { lineNo: 2, tooLong: 50_000 }, { lineNo: 3, line: 'after' },
  ]);
});

test('multi-byte characters split between chunks decode whole', async () => {
  const b = Buffer.from('é€\n');
  assert.deepEqual(await all([b.subarray(0, 1), b.subarray(1, 4), b.subarray(4)], 100), [{ lineNo: 1, line: 'é€' }]);
});
