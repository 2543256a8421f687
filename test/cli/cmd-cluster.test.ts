import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmdCluster } from '../../src/cli/cmd-cluster.js';
import { UsageError } from '../../src/cli/args.js';

const ARTICLES = [
  { id: 1, title: 'Storm brings heavy snow to the Alps', text: 'Heavy snow and strong winds closed mountain passes in the Alps; ski resorts postponed openings and avalanche risk rose.', published: '2021-12-07' },
  { id: 2, title: 'United win derby with late header', text: 'Manchester United beat City 2-1 in the derby after a stoppage-time header; the manager praised the defence.', published: '2021-12-05' },
  { id: 3, title: 'Alps storm: heavy snow closes passes', text: 'Strong winds and heavy snow closed Alpine mountain passes, ski resorts postponed the season and warned of avalanche risk.', published: '2021-12-07' },
];

async function run(lines: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'px-cluster-'));
  try {
    writeFileSync(join(dir, 'in.jsonl'), `${lines.join('\n')}\n`);
    const err: string[] = [];
    const code = await cmdCluster(['--in', join(dir, 'in.jsonl'), '--out', join(dir, 'out.jsonl'), '--quiet'], { stdout: () => {}, stderr: (s) => err.push(s) });
    const out = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; story: string });
    return { code, out, err };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('cluster writes {id, story} per article in input order and reports bad lines', async () => {
  const { code, out, err } = await run([...ARTICLES.map((a) => JSON.stringify(a)), '{broken']);
  assert.equal(code, 0);
  assert.deepEqual(out.map((o) => o.id), ['1', '2', '3']);
  assert.equal(out[0].story, out[2].story);
  assert.notEqual(out[0].story, out[1].story);
  assert.equal(err.length, 1);
  assert.match(err[0], /:4:/);
});

test('cluster output is the same on every run', async () => {
  const lines = ARTICLES.map((a) => JSON.stringify(a));
  assert.deepEqual((await run(lines)).out, (await run(lines)).out);
});

test('cluster without --in is a usage error', async () => {
  await assert.rejects(async () => cmdCluster([], { stdout: () => {}, stderr: () => {} }), UsageError);
});

test('cluster --db stores the state; rerun, or run on a longer input after an interruption, it resumes to the same output', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'px-cluster-db-'));
  try {
    const lines = [...ARTICLES, { id: 4, title: '', text: '' }, { id: 5, title: 'Avalanche', text: '' }].map((a) => JSON.stringify(a));
    const call = async (input: string[], db: string | undefined, out: string) => {
      writeFileSync(join(dir, 'in.jsonl'), `${input.join('\n')}\n`);
      const err: string[] = [];
      const args = ['--in', join(dir, 'in.jsonl'), '--out', join(dir, out), ...(db ? ['--db', join(dir, db)] : [])];
      assert.equal(await cmdCluster(args, { stdout: () => {}, stderr: (s) => err.push(s) }), 0);
      return { out: readFileSync(join(dir, out), 'utf8'), err };
    };
    const plain = (await call(lines, undefined, 'plain.jsonl')).out;
    assert.equal((await call(lines, 'a.db', 'a.jsonl')).out, plain);
    const again = await call(lines, 'a.db', 'a2.jsonl');
    assert.equal(again.out, plain);
    assert.match(again.err.join('\n'), /5 already assigned/);
    // Interrupted after two articles: the restart reads the whole input and skips those two.
    await call(lines.slice(0, 2), 'b.db', 'b1.jsonl');
    const resumed = await call(lines, 'b.db', 'b.jsonl');
    assert.equal(resumed.out, plain);
    assert.match(resumed.err.join('\n'), /2 already assigned/);
    assert.equal(plain.trim().split('\n').length, 5);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cluster rejects records whose text is missing or not a string, one line each; the rest are clustered', async () => {
  const bad = [{ id: 7, title: 'No text' }, { id: 8, title: 'Object', text: { html: '<p>x</p>' } }, { id: 9, text: 42 }, { id: 10, text: ['a'] }];
  const { code, out, err } = await run([...ARTICLES, ...bad].map((a) => JSON.stringify(a)));
  assert.equal(code, 0);
  assert.deepEqual(out.map((o) => o.id), ['1', '2', '3']);
  assert.equal(err.length, 4);
  assert.match(err[0], /:4: no "text" field/);
  assert.match(err[1], /:5: "text" is an object, not a string/);
  assert.match(err[2], /:6: "text" is a number, not a string/);
  assert.match(err[3], /:7: "text" is an array, not a string/);
});

test('cluster prints the first few problems of a file, then a count', async () => {
  const { err } = await run([...ARTICLES.map((a) => JSON.stringify(a)), ...Array.from({ length: 40 }, () => '{broken')]);
  assert.equal(err.length, 6);
  assert.match(err[5], /… and 35 more problems in .*in\.jsonl$/);
});
