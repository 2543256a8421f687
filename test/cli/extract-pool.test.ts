/**
 * A page that runs past the time limit costs its worker, not the batch: the
 * page gets an error line, the worker is replaced, and the pages queued
 * behind it are extracted by the new one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pool, type Done } from '../../src/cli/cmd-extract.js';

const para = '<p>The council said on Monday that the new harbour terminal would open next spring after long delays.</p>';

test('a page over the time limit gets an error line; the page queued behind it is still extracted', { timeout: 60_000 }, async () => {
  const done = new Map<number, Record<string, unknown>>();
  let resolve!: () => void;
  const all = new Promise<void>((r) => (resolve = r));
  const pool = new Pool(1, (d: Done) => {
    done.set(d.seq, JSON.parse(d.line) as Record<string, unknown>);
    if (done.size === 2) resolve();
  }, 300);
  // Big enough to take well over 300 ms to extract; the small page waits behind it on the one worker.
  pool.run({ seq: 0, page: { id: 'slow', html: `<html><body><article>${para.repeat(30_000)}</article></body></html>` } });
  pool.run({ seq: 1, page: { id: 'quick', html: `<html><body><article>${para}</article></body></html>` } });
  await all;
  await pool.close();
  assert.equal(done.get(0)!.error, 'extraction took over 300 ms; stopped');
  assert.equal(done.get(1)!.error, undefined);
  assert.match(String(done.get(1)!.text), /harbour terminal/);
});
