/**
 * Two ingest processes on one database at once lose nothing: before the
 * writer turn, each counted the clusterer's ordinals in memory, and one of
 * them failed on `UNIQUE constraint failed: cluster_df_pending.ord` for some
 * of its articles while still exiting 0. Now the second waits for the first
 * (saying so), and the result equals one run after the other.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '../../src/storage/create-store.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-writers-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const TOPICS = [
  ['harbour', 'ferry', 'terminal', 'dockworkers', 'cranes'],
  ['election', 'ballots', 'candidates', 'turnout', 'polling'],
  ['flood', 'river', 'rainfall', 'evacuation', 'levees'],
  ['vaccine', 'clinic', 'doses', 'nurses', 'appointments'],
  ['railway', 'signals', 'commuters', 'delays', 'tracks'],
];

/** A plausible article: a topic's words in several sentences, made distinct by its number. */
function article(writer: string, n: number): string {
  const t = TOPICS[n % TOPICS.length]!;
  const sentences = [
    `Officials in Port Elan said on Monday that the ${t[0]} plan number ${n} from desk ${writer} would go ahead despite objections.`,
    `The ${t[1]} figures released by the council showed ${100 + n} cases linked to the ${t[2]} this month.`,
    `Local ${t[3]} told reporters that the ${t[4]} had not been checked since the spring, item ${writer}${n}.`,
    `A spokesperson said a further review of the ${t[0]} and the ${t[2]} would be published within weeks.`,
  ];
  return JSON.stringify({ title: `${t[0]} update ${writer}${n}`, text: sentences.join(' '), source: `Desk ${writer}` });
}

function jsonl(writer: string, count: number): string {
  const file = join(dir, `${writer}.jsonl`);
  writeFileSync(file, Array.from({ length: count }, (_, i) => article(writer, i)).join('\n') + '\n');
  return file;
}

interface Run { code: number | null; out: string; err: string }

/** A writer process; with `go`, it opens the database, says "ready" and waits for the go file. */
function writer(db: string, file: string, go?: { file: string; onReady: () => void }): Promise<Run> {
  return new Promise((resolve) => {
    const env = go ? { ...process.env, PARALLAX_TEST_GO: go.file } : process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/storage/ingest-writer.ts', db, file], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '', err = '';
    let ready = false;
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      err += d;
      if (go && !ready && /^ready$/m.test(err)) {
        ready = true;
        go.onReady();
      }
    });
    child.on('close', (code) => {
      // A writer that ended before it was ready would leave the other waiting for the go file until the
      // test times out: start the other anyway, so the test fails on this one's exit code and stderr.
      if (go && !ready) go.onReady();
      resolve({ code, out, err });
    });
  });
}

/** Two writers started at the same moment, once both have loaded. */
function together(db: string, a: string, b: string): Promise<[Run, Run]> {
  const file = join(dir, 'go');
  let ready = 0;
  const onReady = (): void => {
    if (++ready === 2) writeFileSync(file, '');
  };
  return Promise.all([writer(db, a, { file, onReady }), writer(db, b, { file, onReady })]);
}

/** Stories as sets of article ids, order-free. */
function partition(db: string): string[] {
  const store = createStore({ type: 'sqlite', file: db });
  try {
    return store.listStories().map((s) => [...s.articleIds].sort().join(',')).sort();
  } finally {
    store.close();
  }
}

test('two ingest processes at once lose nothing; the result equals one after the other', { timeout: 180_000 }, async () => {
  const a = jsonl('a', 120), b = jsonl('b', 120);
  const db = join(dir, 'both.db');
  const [ra, rb] = await together(db, a, b);
  assert.equal(ra.code, 0, ra.err);
  assert.equal(rb.code, 0, rb.err);
  const reports = [JSON.parse(ra.out), JSON.parse(rb.out)];
  assert.deepEqual(reports.map((r) => r.added), [120, 120]);
  assert.deepEqual(reports.map((r) => r.problems), [0, 0]);
  // One of them waited, and said so.
  assert.match(ra.err + rb.err, /waiting for another parallax process writing to .*both\.db/);
  const store = createStore({ type: 'sqlite', file: db });
  assert.equal(store.countArticles(), 240);
  assert.equal(store.clusterStore().docCount(), 240);
  store.close();

  const ab = join(dir, 'ab.db'), ba = join(dir, 'ba.db');
  await writer(ab, a), await writer(ab, b);
  await writer(ba, b), await writer(ba, a);
  const got = partition(db);
  assert.ok(JSON.stringify(got) === JSON.stringify(partition(ab)) || JSON.stringify(got) === JSON.stringify(partition(ba)), 'the concurrent result equals a sequential one');
});
