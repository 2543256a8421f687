/**
 * Several `parallax serve` instances on one PostgreSQL database (issue 16):
 * articles posted to either, in turn, end in the stories one process gives
 * for the same stream, since each request takes the database's writer turn
 * and an instance reloads the clusterer's state when another wrote since.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStore, storeConfigFor } from '../../src/storage/create-store.js';
import type { Store } from '../../src/storage/store.js';
import { PG_SKIP, pgLocation } from '../storage/backends.js';
import { bearer, createToken, ingestRecords, OTHER_STORY, postJson, seedRecords, startTestServer } from './helpers.js';

function storiesOf(store: Store): string[][] {
  return store
    .listStories()
    .map((s) => [...s.articleIds].sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

test('postgres: two server instances posted to in turn give the stories of one process', { skip: PG_SKIP }, async () => {
  const records = [...seedRecords(), OTHER_STORY];
  const reference = createStore(storeConfigFor(pgLocation()));
  ingestRecords(reference, records);
  const expected = storiesOf(reference);
  reference.close();

  const db = pgLocation();
  const a = await startTestServer({ db });
  const b = await startTestServer({ db });
  try {
    const write = bearer(await createToken(db, 'write'));
    // One record per request, alternating instances: each sees the other's articles only through the database.
    for (const [i, r] of records.entries()) {
      const res = await postJson(`${(i % 2 === 0 ? a : b).url}/api/v1/articles`, [r], write);
      assert.equal(res.status, 200);
      const body = (await res.json()) as { added: number };
      assert.equal(body.added, 1, `record ${i}: ${JSON.stringify(body)}`);
    }
    // Two at once: the writer turn orders them.
    const both = await Promise.all([a, b].map((s) => postJson(`${s.url}/api/v1/articles`, records, write)));
    for (const res of both) assert.equal(((await res.json()) as { duplicates: number }).duplicates, records.length);
  } finally {
    await a.stop();
    await b.stop();
  }
  const store = createStore(storeConfigFor(db));
  assert.deepEqual(storiesOf(store), expected);
  assert.equal(store.clusterStore().docCount(), records.length, 'each article assigned once');
  store.close();
});
