/**
 * ingestSources streams: articles are stored as they are read and problems
 * reported as they happen (before later inputs are read), not all at the
 * end; a run with huge numbers of bad records keeps exact counts in bounded memory.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../src/core/result.js';
import { ingestSources } from '../../src/pipeline/ingest-sources.js';
import { PROBLEMS_KEPT } from '../../src/pipeline/ingest-articles.js';
import { createStore } from '../../src/storage/create-store.js';
import { goodBody } from '../fuzz/hostile-files.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-sources-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const jsonl = (name: string, marks: string[]): string => {
  const file = join(dir, name);
  writeFileSync(file, marks.map((m, i) => JSON.stringify({ title: `Headline ${m}`, text: goodBody(m, i) })).join('\n') + '\n');
  return file;
};

test('articles are stored before a later bad input is reported; problems arrive as they happen', async () => {
  const a = jsonl('a.jsonl', ['Alpha1', 'Alpha2', 'Alpha3']);
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, Buffer.from([1, 0, 2]));
  const c = jsonl('c.jsonl', ['Gamma1', 'Gamma2']);
  const store = createStore({ type: 'memory' });
  const seen: [string, number][] = [];
  const report = await ingestSources(store, [a, bad, c], {
    clock: systemClock,
    chunk: 1,
    onProblem: (p, kind) => seen.push([`${kind} ${p.path}`, store.countArticles()]),
  });
  assert.equal(report.added, 5);
  assert.deepEqual(seen, [[`read ${bad}`, 3]]);
  store.close();
});

test('past PROBLEMS_KEPT, problems are counted exactly but not kept', async () => {
  const file = join(dir, 'many-bad.jsonl');
  writeFileSync(file, `${JSON.stringify({ text: goodBody('Kept', 1) })}\n${'{bad\n'.repeat(PROBLEMS_KEPT + 500)}`);
  const store = createStore({ type: 'memory' });
  let reported = 0;
  const report = await ingestSources(store, [file], { clock: systemClock, onProblem: () => reported++ });
  assert.equal(report.added, 1);
  assert.equal(report.readProblems.length, PROBLEMS_KEPT + 500);
  assert.equal(reported, PROBLEMS_KEPT + 500);
  assert.equal(report.readProblems[0]!.line, 2);
  assert.equal(report.readProblems[PROBLEMS_KEPT + 499]!.path, '(not kept)');
  store.close();
});
