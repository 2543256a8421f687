import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignArticle, createClusterState, storyOf, type ClusterParams } from '../../src/stages/cluster/index.js';
import { assignmentsOf, clusterInto, clusterStream, toClusterDoc, type StreamArticle } from '../../src/stages/cluster/cluster-stream.js';
import { SqliteClusterStore } from '../../src/storage/sqlite/cluster-tables.js';
import { loadExamples } from '../stages/dedupe/example-articles.js';

// Topics recur over days, so a stream holds joins, new stories, merges and (with a short window) evictions.
const TOPICS = [
  'volcano lava eruption island ash crater evacuation magma',
  'election ballot voters candidate parliament campaign coalition',
  'striker derby goal stadium keeper league transfer',
  'inflation bank rates bonds markets currency lending',
  'wildfire firefighters blaze drought homes acres smoke',
];

function syntheticStream(n: number): StreamArticle[] {
  const out: StreamArticle[] = [];
  for (let i = 0; i < n; i++) {
    const topic = TOPICS[(i * 7) % TOPICS.length].split(' ');
    const day = 1 + Math.floor(i / 6);
    const pick = (k: number) => topic[(i * 3 + k * 5) % topic.length];
    // Every fourth day the topic comes back as a different event (a new place name).
    const place = `Place${Math.floor(day / 4)}${(i * 7) % TOPICS.length}`;
    out.push({
      id: `x${i}`,
      title: `${place} ${pick(0)} ${pick(1)} ${pick(2)}`,
      text: i % 3 === 0 ? '' : `${place} ${topic.join(' ')} ${pick(3)} ${pick(4)} reported ${place}.`,
      published: `2022-03-${String(Math.min(day, 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z`,
    });
  }
  return [
    ...loadExamples().map((e) => ({ id: e.id, title: e.title, text: e.text, published: '2022-03-01' })),
    { id: 'empty', title: '', text: '' },
    { id: 'one', title: 'Volcano', text: '' },
    ...out,
  ];
}

const STREAM = syntheticStream(120);
const SHORT: Partial<ClusterParams> = { activeDays: 2, activeArticles: 10 };

function inTmp<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'px-cluster-db-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sqliteRun(file: string, articles: readonly StreamArticle[], params: Partial<ClusterParams> = {}) {
  const store = SqliteClusterStore.open(file, params);
  try {
    clusterInto(store, articles);
    return assignmentsOf(store, articles);
  } finally {
    store.close();
  }
}

test('the SQLite store decides exactly as the in-memory store and the pure state', () => {
  for (const params of [{}, SHORT]) {
    const memory = clusterStream(STREAM, params).assignments;
    let state = createClusterState(params);
    for (const a of STREAM) state = assignArticle(state, toClusterDoc(a)).state;
    assert.deepEqual(STREAM.map((a) => ({ id: a.id, story: storyOf(state, toClusterDoc(a).id) })), memory);
    assert.deepEqual(sqliteRun(':memory:', STREAM, params), memory);
    assert.ok(new Set(memory.map((a) => a.story)).size > 5, 'the stream has several stories');
  }
});

test('a short window evicts stories from memory but keeps them stored', () => {
  inTmp((dir) => {
    const store = SqliteClusterStore.open(join(dir, 's.db'), SHORT);
    clusterInto(store, STREAM);
    const stories = new Set([...store.assignments()].map((a) => a.story));
    assert.ok(store.activeCount() < stories.size, `${store.activeCount()} active of ${stories.size}`);
    for (const id of stories) assert.ok(store.story(id), `story ${id} stored`);
    assert.equal([...store.assignments()].length, STREAM.length);
    store.close();
  });
});

test('a failure inside an assignment rolls it back; a restart continues to the uninterrupted result', () => {
  inTmp((dir) => {
    const file = join(dir, 's.db');
    const whole = sqliteRun(':memory:', STREAM, SHORT);
    let writes = 0;
    const crashing = SqliteClusterStore.open(file, SHORT, {
      beforeCommit: () => {
        if (++writes === 40) throw new Error('power cut');
      },
    });
    assert.throws(() => clusterInto(crashing, STREAM), /power cut/);
    crashing.close();
    const reopened = SqliteClusterStore.open(file, SHORT);
    assert.equal(reopened.docCount(), 39, 'the 40th assignment was rolled back');
    const before = new Map([...reopened.assignments()].map((a) => [a.id, a.story]));
    assert.equal(reopened.storyOfArticle(STREAM[39].id), undefined);
    assert.equal(clusterInto(reopened, STREAM), STREAM.length - 39, 'only the undecided articles are assigned');
    const after = assignmentsOf(reopened, STREAM);
    reopened.close();
    assert.deepEqual(after, whole);
    // Decided articles keep their story unless a later merge took it into an older one.
    for (const a of after) if (before.has(a.id) && before.get(a.id) !== a.story) assert.ok(!after.some((b) => b.story === before.get(a.id)));
  });
});

test('document frequencies folded every few articles survive a crash and a reopen unchanged', () => {
  inTmp((dir) => {
    const file = join(dir, 's.db');
    const whole = sqliteRun(':memory:', STREAM, SHORT);
    let writes = 0;
    // Folds after every 7th article; the crash comes between two folds, so pending rows must be replayed.
    const crashing = SqliteClusterStore.open(file, SHORT, {
      dfFoldEvery: 7,
      beforeCommit: () => {
        if (++writes === 53) throw new Error('power cut');
      },
    });
    assert.throws(() => clusterInto(crashing, STREAM), /power cut/);
    const dfs = ['volcano', 'ballot', 'striker', 'inflation'].map((t) => crashing.df(t));
    assert.ok(dfs.every((d) => d > 0), `terms seen: ${dfs}`);
    crashing.close();
    const reopened = SqliteClusterStore.open(file, SHORT, { dfFoldEvery: 7 });
    assert.deepEqual(['volcano', 'ballot', 'striker', 'inflation'].map((t) => reopened.df(t)), dfs);
    clusterInto(reopened, STREAM);
    const after = assignmentsOf(reopened, STREAM);
    reopened.close();
    assert.deepEqual(after, whole);
  });
});

test('a process killed mid-stream resumes to the same output', () => {
  inTmp((dir) => {
    const file = join(dir, 's.db');
    const script = `
      import { writeFileSync } from 'node:fs';
      import { planAssignment } from ${JSON.stringify(join(import.meta.dirname, '../../src/stages/cluster/assign-article.ts'))};
      import { toClusterDoc } from ${JSON.stringify(join(import.meta.dirname, '../../src/stages/cluster/cluster-stream.ts'))};
      import { SqliteClusterStore } from ${JSON.stringify(join(import.meta.dirname, '../../src/storage/sqlite/cluster-tables.ts'))};
      const stream = JSON.parse(process.env.PX_STREAM);
      const store = SqliteClusterStore.open(${JSON.stringify(file)}, ${JSON.stringify(SHORT)});
      let n = 0;
      for (const a of stream) {
        const plan = planAssignment(store, toClusterDoc(a));
        if (plan) store.apply(plan);
        if (++n === 70) process.kill(process.pid, 'SIGKILL');
      }`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, PX_STREAM: JSON.stringify(STREAM) },
      encoding: 'utf8',
    });
    assert.equal(child.signal, 'SIGKILL', child.stderr);
    const store = SqliteClusterStore.open(file, SHORT);
    assert.equal(store.docCount(), 70);
    store.close();
    assert.deepEqual(sqliteRun(file, STREAM, SHORT), sqliteRun(':memory:', STREAM, SHORT));
  });
});

test('a state file made with other parameters is refused', () => {
  inTmp((dir) => {
    const file = join(dir, 's.db');
    sqliteRun(file, STREAM.slice(0, 3));
    assert.throws(() => SqliteClusterStore.open(file, { assignThreshold: 0.3 }), /assignThreshold=0.14, now 0.3/);
    assert.deepEqual(sqliteRun(file, STREAM.slice(0, 3)), sqliteRun(':memory:', STREAM.slice(0, 3)));
  });
});
