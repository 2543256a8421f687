/**
 * The PostgreSQL job queue (`parallax ingest --queue` + `parallax worker`):
 * two worker processes give exactly the stories of a single-process ingest
 * of the same stream, and a worker killed with SIGKILL in the middle of a
 * job loses nothing and duplicates nothing. Needs PARALLAX_TEST_PG (skipped
 * with a message without it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../src/core/result.js';
import { ingestSources } from '../../src/pipeline/ingest-sources.js';
import { enqueueSources } from '../../src/pipeline/queue-enqueue.js';
import { openPostgres } from '../../src/storage/create-store.js';
import type { PgStore } from '../../src/storage/postgres/pg-store.js';
import type { Store } from '../../src/storage/store.js';
import { BACKENDS, PG_SKIP, pgLocation } from '../storage/backends.js';

const dir = mkdtempSync(join(tmpdir(), 'px-queue-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const TOPICS = [
  ['harbour', 'ferry', 'terminal', 'dockworkers', 'cranes'],
  ['election', 'ballots', 'candidates', 'turnout', 'polling'],
  ['flood', 'river', 'rainfall', 'evacuation', 'levees'],
  ['vaccine', 'clinic', 'doses', 'nurses', 'appointments'],
];

/** A stream of articles on a few topics from a few outlets (so template lines are learned too), with one repeated. */
function stream(): string {
  const lines: string[] = [];
  for (let n = 0; n < 36; n++) {
    const t = TOPICS[n % TOPICS.length]!;
    const text = [
      `Officials in Port Elan said on Monday that the ${t[0]} plan number ${n} would go ahead despite objections.`,
      `The ${t[1]} figures released by the council showed ${100 + n} cases linked to the ${t[2]} this month.`,
      `Local ${t[3]} told reporters that the ${t[4]} had not been checked since the spring.`,
      `Subscribe to the Port Elan Courier newsletter for more local news.`,
    ].join('\n\n');
    lines.push(JSON.stringify({ title: `${t[0]} update ${n}`, text, source: `Courier ${n % 3}`, published: `2024-05-${String(1 + (n % 9)).padStart(2, '0')}` }));
  }
  lines.push(lines[3]!);
  const file = join(dir, 'stream.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

interface Run {
  code: number | null;
  out: string;
  err: string;
}

function worker(url: string, lease: number, env: Record<string, string> = {}, onLine?: (line: string) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/pipeline/queue-worker-child.ts', url, String(lease)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (onLine) for (const line of String(d).split('\n')) if (line) onLine(line);
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? -1 : null), out, err }));
    kill = () => child.kill('SIGKILL');
  });
}
/** Kills the worker started last. */
let kill = (): void => {};

/** Everything that tells two runs apart: stories with their ids and members in order, stream order, summaries. */
function snapshot(store: Store): unknown {
  return {
    articles: store.listArticles().map((s) => [s.article.id, s.storyId, s.article.text]),
    stories: store.listStories(),
    summaries: store.storyPage({ sort: 'size', limit: 1000 }).stories.map((s) => [s.id, s.title, s.articles, s.sourceCount, s.firstPublished, s.lastPublished]),
  };
}

/** Template lines are learned per chunk of this many articles, in the reference run and when enqueuing alike. */
const CHUNK = 10;

/** The single-process ingest of the same stream (SQLite), and how many articles it added. */
async function reference(file: string): Promise<{ snap: unknown; added: number }> {
  const store = BACKENDS[0]!.fresh();
  const r = await ingestSources(store, [file], { clock: systemClock, chunk: CHUNK });
  assert.equal(r.duplicates + r.added + r.rejected.length, 37);
  assert.ok(r.added >= 30 && r.rejected.length > 0, 'the learned template lines left some articles too short');
  const snap = snapshot(store);
  store.close();
  return { snap, added: r.added };
}

async function enqueue(url: string, file: string): Promise<PgStore> {
  const store = openPostgres(url);
  const r = await enqueueSources(store, [file], { chunk: CHUNK });
  assert.equal(r.jobs, 37);
  return store;
}

test('stories from two worker processes equal those of a single-process ingest', { skip: PG_SKIP, timeout: 180_000 }, async () => {
  const file = stream();
  const url = pgLocation();
  const store = await enqueue(url, file);
  const runs = await Promise.all([worker(url, 60), worker(url, 60)]);
  for (const r of runs) assert.equal(r.code, 0, r.err);
  const reports = runs.map((r) => JSON.parse(r.out.trim().split('\n').pop()!) as { jobs: number; assigned: number });
  const ref = await reference(file);
  assert.equal(reports[0]!.jobs + reports[1]!.jobs, 37, 'every job done once');
  assert.equal(reports[0]!.assigned + reports[1]!.assigned, ref.added);
  const counts = store.queue().counts();
  assert.deepEqual([counts.pending, counts.running, counts.done, counts.assigned, counts.failed], [0, 0, 0, 37, 0]);
  assert.deepEqual(snapshot(store), ref.snap);
  assert.equal(store.db.one<{ n: number }>('SELECT count(*)::int AS n FROM queue_chunks')!.n, 0, 'finished chunks dropped');
  store.close();
});

test('a worker killed with SIGKILL mid-job loses nothing and duplicates nothing', { skip: PG_SKIP, timeout: 180_000 }, async () => {
  const file = stream();
  const url = pgLocation();
  const store = await enqueue(url, file);
  const hangAt = 5;
  // The first worker takes jobs until job 5, which it has analysed but not committed when it is killed.
  const killed = await worker(url, 2, { PARALLAX_TEST_HANG_AT: String(hangAt) }, (line) => {
    if (line === `hang ${hangAt}`) kill();
  });
  assert.equal(killed.code, -1, 'killed by the signal');
  const job = store.db.one<{ state: string; attempts: number }>('SELECT state, attempts FROM queue_jobs WHERE pos = $1', [hangAt])!;
  assert.deepEqual(job, { state: 'running', attempts: 1 });
  const ref = await reference(file);
  assert.ok(store.countArticles() < ref.added);
  // A second worker takes the job over once its lease has run out, and finishes the queue.
  const rest = await worker(url, 60);
  assert.equal(rest.code, 0, rest.err);
  assert.deepEqual(store.db.one('SELECT state, attempts FROM queue_jobs WHERE pos = $1', [hangAt]), { state: 'assigned', attempts: 2 });
  assert.equal(store.countArticles(), ref.added);
  assert.equal(store.clusterStore().docCount(), ref.added, 'each article assigned once');
  assert.equal(store.db.one<{ n: number }>('SELECT count(*)::int AS n FROM queue_results')!.n, 0);
  assert.deepEqual(snapshot(store), ref.snap);
  store.close();
});
