/**
 * `parallax worker` and `parallax ingest --queue` from the command line: the
 * queue lives in PostgreSQL, so anything else is a usage error; with a
 * server (PARALLAX_TEST_PG) a queued ingest and a draining worker give the
 * database its stories.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { PG_SKIP, pgLocation } from '../storage/backends.js';

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/cli/run-cli.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('worker and ingest --queue need a PostgreSQL database: a usage error otherwise', () => {
  const w = cli('worker', '--db', 'news.db');
  assert.equal(w.code, 2);
  assert.match(w.err, /^parallax worker: parallax worker needs --db postgres:\/\/… \(the job queue lives in PostgreSQL\)/m);
  const q = cli('ingest', '--queue', '--db', ':memory:', 'examples/biden-putin-call');
  assert.equal(q.code, 2);
  assert.match(q.err, /--queue needs --db postgres:\/\//);
  assert.equal(cli('worker', '--db', 'postgres://x@127.0.0.1:1/db', '--batch', '0').code, 2, 'a batch of 0 is refused before connecting');
});

test('a database server that cannot be reached is one line naming it, password hidden', () => {
  const r = cli('stories', '--db', 'postgres://someone:secret@127.0.0.1:1/news');
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.err, /secret/);
  assert.match(r.err, /^parallax stories: (cannot connect to postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/news|the PostgreSQL backend needs pg-native)/m);
  assert.equal(r.err.trim().split('\n').length, 1);
});

test('ingest --queue, then worker --drain: the stories are in the database', { skip: PG_SKIP, timeout: 120_000 }, () => {
  const db = pgLocation();
  const q = cli('ingest', '--db', db, '--queue', 'examples/biden-putin-call');
  assert.equal(q.code, 0, q.err);
  assert.match(q.err, /5 jobs queued/);
  const w = cli('worker', '--db', db, '--drain');
  assert.equal(w.code, 0, w.err);
  assert.match(w.err, /5 jobs done \(5 articles analysed, 0 duplicates, 0 rejections\), 5 articles given stories/);
  const s = cli('stories', '--db', db);
  assert.match(s.out, /^s_\w+\t5 article\(s\)\t/m);
});
