/**
 * The ingest thread runs a few nice steps below the server thread
 * when asked (`ingestNice`, `parallax serve --ingest-nice`; default 5), so
 * reads take a core before a feed burst's ingest does. Linux keeps a nice value per thread: the
 * ingest worker's is read from /proc/self/task/<tid>/stat (field 19).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { main } from '../../src/cli/main.js';
import { DEFAULT_INGEST_NICE } from '../../src/server/ingest-worker.js';
import { createToken, seedRecords, startTestServer } from './helpers.js';

const linux = existsSync('/proc/self/task');

/** The nice values of this process's threads. */
function threadNices(): number[] {
  const out: number[] = [];
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      out.push(Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return out;
}

async function postSeed(url: string, db: string): Promise<number> {
  const token = await createToken(db, 'write');
  const r = await fetch(`${url}/api/v1/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(seedRecords()) });
  assert.equal(r.status, 200);
  return ((await r.json()) as { added: number }).added;
}

test('the ingest thread runs the nice steps asked below the server thread, and ingests', { skip: !linux && 'no per-thread nice values to read (not Linux)' }, async () => {
  const own = getPriority(0);
  const want = Math.min(19, own + 7);
  assert.ok(want > own, 'the test runs below nice 19');
  const s = await startTestServer({ ingestNice: 7 });
  try {
    assert.equal(await postSeed(s.url, s.db), seedRecords().length);
    assert.ok(threadNices().includes(want), `a thread at nice ${want}: ${threadNices().join(' ')}`);
    // The server thread keeps its own priority.
    assert.equal(getPriority(0), own);
  } finally {
    await s.stop();
  }
});

test('by default the ingest thread runs 5 steps below the server thread', { skip: (!linux || getPriority(0) >= 14) && 'no per-thread nice values to read, or no room below this priority' }, async () => {
  assert.equal(DEFAULT_INGEST_NICE, 5);
  const own = getPriority(0);
  const s = await startTestServer();
  try {
    assert.equal(await postSeed(s.url, s.db), seedRecords().length);
    assert.ok(threadNices().includes(own + 5), `a thread at nice ${own + 5}: ${threadNices().join(' ')}`);
    assert.equal(getPriority(0), own);
  } finally {
    await s.stop();
  }
});

test('--ingest-nice 0 keeps the ingest thread at the server thread\'s priority', { skip: (!linux || getPriority(0) >= 18) && 'no per-thread nice values to read, or no room below this priority' }, async () => {
  const own = getPriority(0);
  const s = await startTestServer({ ingestNice: 0 });
  try {
    assert.equal(await postSeed(s.url, s.db), seedRecords().length);
    // Background briefs and search refreshes may run at 19; no thread sits between the server's priority and that.
    assert.deepEqual(threadNices().filter((n) => n > own && n < 19), []);
  } finally {
    await s.stop();
  }
});

test('parallax serve --ingest-nice takes 0 to 19 and refuses anything else in one line', async () => {
  const err: string[] = [];
  const code = await main(['serve', '--db', '/nonexistent/x.db', '--ingest-nice', '20'], { stdout: () => {}, stderr: (l) => err.push(l) });
  assert.equal(code, 2);
  assert.match(err.join('\n'), /--ingest-nice must be a whole number from 0 to 19 \(got "20"\)/);
});
