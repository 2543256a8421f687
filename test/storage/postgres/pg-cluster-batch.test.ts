/**
 * The clusterer's tables written a batch at a time (PgClusterStore's
 * deferWrites, as the queue's assigner does) end exactly as when each
 * assignment is written at once, merges included, and a reopened store
 * continues from them alike. Needs PARALLAX_TEST_PG (skipped with a message
 * without it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { planAssignment } from '../../../src/stages/cluster/assign-article.js';
import type { ClusterDoc } from '../../../src/stages/cluster/doc-terms.js';
import { openPostgres } from '../../../src/storage/create-store.js';
import { PgClusterStore } from '../../../src/storage/postgres/pg-cluster-tables.js';
import type { PgStore } from '../../../src/storage/postgres/pg-store.js';
import { PG_SKIP, pgLocation } from '../backends.js';

const TOPICS = [
  ['harbour', 'ferry', 'terminal', 'dockworkers', 'cranes'],
  ['election', 'ballots', 'candidates', 'turnout', 'polling'],
  ['flood', 'river', 'rainfall', 'evacuation', 'levees'],
];

/**
 * Articles on three topics; the ones at 9 and 10 read as two halves of one
 * story, and 20 carries the words of both, which links them (merges).
 */
function docs(): ClusterDoc[] {
  const out: ClusterDoc[] = [];
  for (let n = 0; n < 30; n++) {
    const t = TOPICS[n % TOPICS.length]!;
    const u = TOPICS[(n + 1) % TOPICS.length]!;
    const words = n % 10 === 0 ? [...t, ...u] : t;
    out.push({
      id: asArticleId(`x${n}`),
      title: `${words[0]} ${words[1]} ${n % 10 === 0 ? `${u[0]} ${u[1]}` : ''} update`,
      text: `Officials said the ${words.join(' and the ')} plans would go ahead. ${words.slice().reverse().join(', ')} were discussed at length on day ${n % 4}.`,
      published: `2024-05-${String(1 + (n % 5)).padStart(2, '0')}`,
    });
  }
  return out;
}

/** Assigns the stream; with `batch`, writes are deferred and flushed every `batch` articles, in one transaction each. */
function run(store: PgStore, batch: number | undefined): string[] {
  let cluster = store.clusterStore() as PgClusterStore;
  const stories: string[] = [];
  const all = docs();
  for (let i = 0; i < all.length; i += batch ?? 1) {
    store.transaction(() => {
      if (batch !== undefined) cluster.deferWrites(true);
      for (const doc of all.slice(i, i + (batch ?? 1))) {
        const plan = planAssignment(cluster, doc)!;
        cluster.apply(plan);
        stories.push(plan.storyId);
      }
      if (batch !== undefined) cluster.deferWrites(false);
    });
    // Every few batches the state is read back from the tables, as a restarted worker would.
    if (i % 12 === 0) cluster = store.clusterStore() as PgClusterStore;
  }
  return stories;
}

function tables(store: PgStore): unknown {
  const q = (sql: string): unknown[] => store.db.query(sql);
  return {
    stories: q('SELECT id, seq, size, first_day, last_day, last_ord, centroid::json::text AS centroid, recent::json::text AS recent FROM cluster_stories ORDER BY id'),
    articles: q('SELECT article_id, story_id, ord FROM cluster_articles ORDER BY ord'),
    pending: q('SELECT ord, terms::json::text AS terms FROM cluster_df_pending ORDER BY ord'),
    df: q('SELECT term, df FROM cluster_df ORDER BY term'),
    meta: q("SELECT value FROM cluster_meta WHERE key = 'counters'"),
  };
}

test('batched writes of the clusterer end as one-by-one writes, merges included', { skip: PG_SKIP, timeout: 60_000 }, () => {
  const one = openPostgres(pgLocation());
  const batched = openPostgres(pgLocation());
  const a = run(one, undefined);
  const b = run(batched, 7);
  assert.deepEqual(b, a);
  assert.ok(new Set(a).size < a.length, 'stories of several articles');
  const merged = one.db.one<{ n: number }>('SELECT count(*)::int AS n FROM cluster_stories')!.n < new Set(a).size;
  assert.ok(merged, 'the stream merged stories, so merges were written in batches too');
  assert.deepEqual(tables(batched), tables(one));
  one.close();
  batched.close();
});
