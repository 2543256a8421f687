/**
 * PgClusterStore's document frequencies (kept in a TermCounts table, read
 * back from cluster_df and the pending rows when a store is reopened) equal
 * those of the in-memory store on the same stream: across folds, across a
 * reopen between folds, with enough distinct terms to make the table grow
 * several times, and with non-ASCII terms. Needs PARALLAX_TEST_PG (skipped
 * with a message without it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { planAssignment } from '../../../src/stages/cluster/assign-article.js';
import type { ClusterDoc } from '../../../src/stages/cluster/doc-terms.js';
import { MemoryClusterStore } from '../../../src/stages/cluster/memory-cluster-store.js';
import { openPostgres } from '../../../src/storage/create-store.js';
import { PgClusterStore } from '../../../src/storage/postgres/pg-cluster-tables.js';
import { PG_SKIP, pgLocation } from '../backends.js';

const STEMS = ['harbour', 'ferry', 'ballot', 'levee', 'zürich', 'ελλάδα', 'москва', 'inflation', 'striker', 'volcano'];

/** 60 articles, each with a few shared words and ten words of its own (about 600 distinct words in all). */
function docs(): ClusterDoc[] {
  return Array.from({ length: 60 }, (_, n) => {
    const own = Array.from({ length: 10 }, (_, k) => `${STEMS[k]}${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + Math.floor(n / 26))}q`);
    const shared = [STEMS[n % STEMS.length]!, STEMS[(n + 3) % STEMS.length]!];
    return {
      id: asArticleId(`d${n}`),
      title: `${shared.join(' ')} ${own[0]} report`,
      text: `Officials said the ${shared.join(' and the ')} talks went on. ${own.join(' ')} were named on day ${n % 5}.`,
      published: `2024-06-${String(1 + (n % 7)).padStart(2, '0')}`,
    };
  });
}

test('document frequencies survive folds and a reopen, equal to the memory store', { skip: PG_SKIP, timeout: 60_000 }, () => {
  const store = openPostgres(pgLocation());
  const memory = new MemoryClusterStore();
  // A fold every 7 articles, so the reopen below reads both cluster_df and pending rows.
  let pg = new PgClusterStore(store.db, {}, { dfFoldEvery: 7 });
  const terms = new Set<string>();
  docs().forEach((doc, i) => {
    const a = planAssignment(memory, doc)!;
    memory.apply(a);
    const b = planAssignment(pg, doc)!;
    assert.equal(b.storyId, a.storyId, doc.id);
    pg.apply(b);
    for (const t of b.terms) terms.add(t);
    if (i === 31) pg = new PgClusterStore(store.db, {}, { dfFoldEvery: 7 });
  });
  assert.ok(terms.size > 600, `enough distinct terms to grow the table (${terms.size})`);
  assert.ok([...terms].some((t) => /[^\x00-\x7f]/.test(t)), 'non-ASCII terms among them');
  const reopened = new PgClusterStore(store.db, {}, { dfFoldEvery: 7 });
  for (const t of terms) {
    assert.equal(pg.df(t), memory.df(t), t);
    assert.equal(reopened.df(t), memory.df(t), t);
  }
  assert.equal(reopened.df('never-seen-term'), 0);
  store.close();
});
