/**
 * PostgreSQL's search processes (pg-search-pool.ts): answers equal the
 * in-process search, several run at once, a killed process is replaced,
 * and closing the store ends them. Needs PARALLAX_TEST_PG (skipped with a
 * message without it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../../src/core/result.js';
import { ingestSources } from '../../../src/pipeline/ingest-sources.js';
import { openPostgres } from '../../../src/storage/create-store.js';
import { parseSearchQuery } from '../../../src/storage/search-query.js';
import type { SearchRequest } from '../../../src/storage/service-types.js';
import { defaultSearchChildren } from '../../../src/storage/postgres/pg-search-pool.js';
import { PG_SKIP, pgLocation } from '../backends.js';

const dir = mkdtempSync(join(tmpdir(), 'px-pool-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const TOPICS = [
  ['harbour', 'ferry', 'terminal', 'dockworkers', 'cranes'],
  ['election', 'ballots', 'candidates', 'turnout', 'polling'],
  ['flood', 'river', 'rainfall', 'evacuation', 'levees'],
];

/** Words that make each article its own (no two near-duplicates). */
const WORDS = 'amber basalt cedar dune ember fjord granite heather indigo juniper kelp lagoon meadow nectar obsidian prairie quartz reef sage tundra umber valley willow yarrow zephyr alder birch cobalt delta estuary fern glacier hazel iris jasper kestrel lichen marsh nettle oak pine quince rowan spruce thistle upland violet wren yew zinnia acacia bramble cypress dahlia elm foxglove gorse holly ivy jasmine larch maple myrtle olive poplar'.split(' ');

function stream(): string {
  const lines: string[] = [];
  for (let n = 0; n < 18; n++) {
    const t = TOPICS[n % TOPICS.length]!;
    const own = WORDS.slice(n * 4, n * 4 + 4).join(', ');
    const text = `Officials in Port Elan said on Monday that the ${t[0]} plan number ${n} would go ahead despite objections from ${own}. The ${t[1]} figures showed ${100 + n} cases linked to the ${t[2]}. Local ${t[3]} said the ${t[4]} had not been checked since ${WORDS[(n * 5) % WORDS.length]} season.`;
    lines.push(JSON.stringify({ title: `${t[0]} update ${n}`, text, source: `Courier ${n % 3}`, published: `2024-05-${String(1 + (n % 9)).padStart(2, '0')}` }));
  }
  const file = join(dir, 'stream.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function request(q: string, target: SearchRequest['target'] = 'articles'): SearchRequest {
  const parsed = parseSearchQuery(q);
  assert.ok(parsed.ok);
  return { query: parsed.value, target, limit: 5, offset: 0 };
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('search processes answer as the in-process search, several at once, and survive a killed one', { skip: PG_SKIP, timeout: 120_000 }, async () => {
  const store = openPostgres(pgLocation());
  const r = await ingestSources(store, [stream()], { clock: systemClock });
  assert.ok(r.added >= 12, `${r.added} articles stored`);
  const pool = store.startSearchPool(2)!;
  const requests = [request('harbour'), request('ballots OR levees'), request('flood', 'stories'), request('"plan number"'), request('nothingmatches')];
  const expected = requests.map((q) => store.search(q));
  assert.ok(expected[0]!.total > 0 && expected[3]!.total > 0, 'the queries match something');
  assert.deepEqual(await Promise.all(requests.map((q) => store.searchAsync(q))), expected);

  // A killed process fails at most the search it was running; the next searches are answered by its replacement.
  const [victim] = pool.pids();
  process.kill(victim!, 'SIGKILL');
  while (alive(victim!)) await new Promise((res) => setTimeout(res, 20));
  const after = await Promise.allSettled(requests.map((q) => store.searchAsync(q)));
  for (const [i, a] of after.entries()) if (a.status === 'fulfilled') assert.deepEqual(a.value, expected[i]);
  assert.deepEqual(await Promise.all(requests.map((q) => store.searchAsync(q))), expected);
  assert.equal(pool.pids().length, 2);
  assert.ok(!pool.pids().includes(victim!));

  const pids = pool.pids();
  store.close();
  const deadline = Date.now() + 10_000;
  while (pids.some(alive) && Date.now() < deadline) await new Promise((res) => setTimeout(res, 50));
  assert.deepEqual(pids.filter(alive), [], 'closing the store ends its search processes');
  await assert.rejects(pool.search(requests[0]!), /closed/);
});

test('the pool size comes from PARALLAX_PG_SEARCH_PROCESSES when set, else the cores from 2 to 4', () => {
  assert.equal(defaultSearchChildren({ PARALLAX_PG_SEARCH_PROCESSES: '3' }), 3);
  assert.equal(defaultSearchChildren({ PARALLAX_PG_SEARCH_PROCESSES: '0' }), 0);
  assert.equal(defaultSearchChildren({ PARALLAX_PG_SEARCH_PROCESSES: '1000' }), 64);
  const dflt = defaultSearchChildren({ PARALLAX_PG_SEARCH_PROCESSES: 'many' });
  assert.ok(dflt >= 2 && dflt <= 4);
});

test('with PARALLAX_PG_SEARCH_PROCESSES=0 a store searches in its own thread', { skip: PG_SKIP, timeout: 60_000 }, async () => {
  const store = openPostgres(pgLocation());
  await ingestSources(store, [stream()], { clock: systemClock });
  process.env.PARALLAX_PG_SEARCH_PROCESSES = '0';
  try {
    assert.equal(store.startSearchPool(), undefined);
    const q = request('harbour');
    assert.deepEqual(await store.searchAsync(q), store.search(q));
  } finally {
    delete process.env.PARALLAX_PG_SEARCH_PROCESSES;
    store.close();
  }
});
