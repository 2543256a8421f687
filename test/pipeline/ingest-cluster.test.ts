import { test } from 'node:test';
import assert from 'node:assert/strict';
import { systemClock } from '../../src/core/result.js';
import type { RawArticle } from '../../src/core/types.js';
import { ingestArticles, openCluster } from '../../src/pipeline/ingest-articles.js';
import { readInputs } from '../../src/pipeline/read-inputs.js';
import type { Store } from '../../src/storage/store.js';
import { BACKENDS } from '../storage/backends.js';

const OTHER: RawArticle[] = [
  ['Harbour bridge reopens after repairs', 'The harbour bridge reopened to traffic on Tuesday after six months of repairs that cost the city more than 12 million euros, officials said. Drivers queued from early morning.'],
  ['Rail strike halts northern services', 'Train drivers walked out on Thursday in a dispute over pay, cancelling most services on the northern line for the second time this month. The union said talks had failed.'],
  ['Farmers warn of late harvest', 'A cold and wet spring has delayed planting across the region, and farmers said the grain harvest could come three weeks later than usual this year.'],
].map(([title, text], i) => ({ format: 'txt', path: `other-${i}.txt`, body: `${title}\n\n${text}\n\nLocal officials said more details would follow later in the week, and residents were asked to check for updates.` }));

const RAWS = [...readInputs(['examples/biden-putin-call']).articles, ...OTHER];

function ingest(store: Store, raws: readonly RawArticle[]): void {
  const report = ingestArticles(raws, { store, clock: systemClock });
  assert.deepEqual(report.problems, []);
  assert.deepEqual(report.rejected, []);
}

/** Story of each stored article, by id, and the groups they form. */
function storiesOf(store: Store): string[][] {
  return store
    .listStories()
    .map((s) => [...s.articleIds].sort())
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

for (const b of BACKENDS) {
test(`${b.name}: ingest keeps the story state in the cluster tables, not in a stage_state blob`, { skip: b.skip }, () => {
  const store = b.fresh();
  ingest(store, RAWS);
  const cluster = store.clusterStore();
  assert.equal(cluster.docCount(), store.countArticles());
  for (const s of store.listArticles()) assert.equal(cluster.storyOfArticle(s.article.id), s.storyId, s.article.title);
  assert.equal(store.loadState('cluster'), undefined);
  // The five articles on the call form one story; the three others stand alone.
  assert.deepEqual(
    store.listStories().map((s) => s.articleIds.length),
    [5, 1, 1, 1],
  );
  store.close();
});

test(`${b.name}: batches ingested one after another into a database give the stories of one batch`, { skip: b.skip }, () => {
  const whole = b.fresh();
  ingest(whole, RAWS);
  const at = b.location();
  for (const part of [RAWS.slice(0, 2), RAWS.slice(2, 6), RAWS.slice(6)]) {
    const store = b.open(at);
    ingest(store, part);
    store.close();
  }
  const store = b.open(at);
  assert.deepEqual(storiesOf(store), storiesOf(whole));
  assert.equal(store.clusterStore().docCount(), RAWS.length);
  store.close();
  whole.close();
});

test(`${b.name}: a state built with other parameters is cleared and the stored articles re-clustered`, { skip: b.skip }, () => {
  const whole = b.fresh();
  ingest(whole, RAWS);
  const store = b.fresh();
  ingest(store, RAWS.slice(0, 4));
  // A joining threshold no article reaches: every stored article founds its own story.
  const strict = store.clusterStore({ assignThreshold: 2, mergeThreshold: 2 });
  assert.equal(strict.docCount(), 0, 'the old state was cleared');
  assert.equal(strict.params.assignThreshold, 2);
  // The next ingest (default parameters) clears that state again and replays the stored articles first.
  ingest(store, RAWS.slice(4));
  assert.equal(store.clusterStore().docCount(), RAWS.length);
  assert.deepEqual(storiesOf(store), storiesOf(whole));
  store.close();
  whole.close();
});

test(`${b.name}: a re-clustering stopped midway resumes where it was and gives the same stories`, { skip: b.skip }, () => {
  const whole = b.fresh();
  ingest(whole, RAWS);
  const at = b.location();
  let store = b.open(at);
  ingest(store, RAWS);
  store.clusterStore({ assignThreshold: 2, mergeThreshold: 2 });
  // A crash after the second committed page of three articles: six re-clustered, the rest not.
  const heard: number[] = [];
  assert.throws(
    () =>
      openCluster(store, {
        page: 3,
        onPage: (seen, total) => {
          assert.equal(total, RAWS.length);
          heard.push(seen);
          if (heard.length === 2) throw new Error('killed');
        },
      }),
    /killed/,
  );
  store.close();
  assert.deepEqual(heard, [3, 6]);
  store = b.open(at);
  assert.equal(store.clusterStore().docCount(), 6, 'the committed pages were kept');
  const resumed: number[] = [];
  openCluster(store, { page: 3, onPage: (seen) => resumed.push(seen) });
  assert.deepEqual(resumed, [RAWS.length], 'only the last page was re-clustered');
  assert.deepEqual(storiesOf(store), storiesOf(whole));
  store.close();
  whole.close();
});
}
