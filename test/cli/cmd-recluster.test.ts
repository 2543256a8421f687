/**
 * `parallax recluster` and the refusal it answers: a process sharing a
 * database (PostgreSQL workers and servers) does not rebuild a clusterer
 * state built with other parameters; it says to run this, which re-clusters
 * the stored articles in stream order (resumable) to the stories one run of
 * this version gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import { systemClock } from '../../src/core/result.js';
import { ingestArticles, openCluster } from '../../src/pipeline/ingest-articles.js';
import { readInputs } from '../../src/pipeline/read-inputs.js';
import { ClusterParamsChanged, type Store } from '../../src/storage/store.js';
import { BACKENDS } from '../storage/backends.js';

const RAWS = readInputs(['examples/biden-putin-call']).articles;

function storiesOf(store: Store): string[][] {
  return store
    .listStories()
    .map((s) => [...s.articleIds].sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

async function run(argv: string[]): Promise<{ code: number; err: string[] }> {
  const err: string[] = [];
  const code = await main(argv, { stdout: () => {}, stderr: (s) => err.push(s) });
  return { code, err };
}

for (const b of BACKENDS) {
  test(`${b.name}: a sharing process refuses a state built with other parameters; parallax recluster rebuilds it`, { skip: b.skip }, async () => {
    const at = b.location();
    let store = b.open(at);
    ingestArticles(RAWS, { store, clock: systemClock });
    const expected = storiesOf(store);
    // Another version's state: a threshold no article reaches, stored with its parameters.
    store.clusterStore({ assignThreshold: 2, mergeThreshold: 2 });
    assert.throws(() => openCluster(store, { otherParams: 'refuse' }), (e: unknown) => e instanceof ClusterParamsChanged && /parallax recluster/.test(e.message) && /assignThreshold=2/.test(e.message));
    assert.equal(store.clusterStore({ assignThreshold: 2, mergeThreshold: 2 }).docCount(), 0, 'the refusal changed nothing');
    store.close();

    const first = await run(['recluster', '--db', at]);
    assert.equal(first.code, 0, first.err.join('\n'));
    assert.match(first.err.at(-1)!, new RegExp(`^parallax recluster: ${RAWS.length} stored articles, re-clustered in 1 page `));
    const again = await run(['recluster', '--db', at]);
    assert.equal(again.code, 0);
    assert.match(again.err.at(-1)!, /nothing to do/);

    store = b.open(at);
    assert.deepEqual(storiesOf(store), expected);
    assert.equal(openCluster(store, { otherParams: 'refuse' }).docCount(), RAWS.length, 'level: no refusal');
    store.close();
  });
}

test('parallax recluster takes no inputs', async () => {
  const r = await run(['recluster', 'news.jsonl']);
  assert.equal(r.code, 2);
  assert.match(r.err.join('\n'), /recluster takes no inputs/);
});
