/**
 * The (tsv, seq) search index of migration 11 (pg-search-index.ts): a new
 * database gets it where the server has btree_gin, and a search answers the
 * same whether its wider windows read their range from an index or filter
 * every match, and whether the index is the new one or the old vector-only
 * one. Needs PARALLAX_TEST_PG (skipped with a message without it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleIdFor } from '../../../src/core/ids.js';
import type { Analysis, CleanArticle } from '../../../src/core/types.js';
import { openPostgres } from '../../../src/storage/create-store.js';
import { PgSearch } from '../../../src/storage/postgres/pg-search.js';
import { parseSearchQuery } from '../../../src/storage/search-query.js';
import type { SearchRequest, SearchResults } from '../../../src/storage/service-types.js';
import { PG_SKIP, pgLocation } from '../backends.js';

const N = 60;

/** Article k: "tide" in every one, "beacon" in every sixth, "gale" in articles 3 and 50 only; day k % 28, source k % 4. */
function fill(store: ReturnType<typeof openPostgres>): void {
  for (let k = 0; k < N; k++) {
    const text = `The tide table for day ${k} lists ${k * 3 + 1} boats.${k % 6 === 0 ? ' The beacon on the mole was repaired.' : ''}${k === 3 || k === 50 ? ' A gale closed the port.' : ''}`;
    const id = articleIdFor(text);
    const day = `2024-06-${String(1 + (k % 28)).padStart(2, '0')}`;
    const article = {
      id,
      title: `Port log ${k}`,
      text,
      meta: { publishedFrom: 'none', headings: [], captions: [], credits: [], machineTranslated: false, removed: [], source: `Dock ${k % 4}`, published: day },
    } as CleanArticle;
    const analysis = { articleId: id, language: 'en', sentences: [], entities: [], quotes: [], figures: [], dates: [] } as Analysis;
    store.putArticle(article, analysis, 'now');
  }
}

function request(q: string, extra: Partial<SearchRequest> = {}): SearchRequest {
  const parsed = parseSearchQuery(q);
  assert.ok(parsed.ok, q);
  return { query: parsed.value, limit: 50, offset: 0, ...extra };
}

/** What an answer says, hits by id with their scores (the order of equal scores is the newest first on both). */
const shape = (r: SearchResults): unknown => ({ total: r.total, capped: r.totalCapped, facets: r.facets, hits: r.hits.map((h) => [h.id, h.score, h.matches]) });

const QUERIES = ['tide', 'beacon', 'gale', 'beacon OR gale', 'tide -beacon', '"beacon on the mole"', 'source:"Dock 2"', 'tide source:"Dock 1"', 'beacon from:2024-06-05 to:2024-06-20'];
const SETTINGS = [
  { cap: 1000, firstWindow: 5 },
  { cap: 4, firstWindow: 5 },
  { cap: 7, firstWindow: 2 },
  { cap: 1, firstWindow: 1 },
];

test('postgres: a new database searches through the (tsv, seq) index where the server has btree_gin', { skip: PG_SKIP }, (t) => {
  const store = openPostgres(pgLocation());
  try {
    const available = store.db.one<{ n: number }>("SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'btree_gin'")!.n > 0;
    if (!available) return t.skip('this PostgreSQL server has no btree_gin extension (PostgreSQL contrib): the vector-only index is kept');
    const indexes = store.db.query<{ indexname: string; indexdef: string }>('SELECT indexname, indexdef FROM pg_indexes WHERE tablename = $1 AND schemaname = current_schema()', ['articles']);
    const names = indexes.map((i) => i.indexname);
    assert.ok(names.includes('articles_tsv_seq'), names.join(', '));
    assert.ok(!names.includes('articles_tsv'), names.join(', '));
    assert.match(indexes.find((i) => i.indexname === 'articles_tsv_seq')!.indexdef, /USING gin \(tsv, seq\b/);
  } finally {
    store.close();
  }
});

test('postgres: answers are the same with the range read from an index or filtered, and with either index', { skip: PG_SKIP }, () => {
  const store = openPostgres(pgLocation());
  try {
    fill(store);
    const answers = (): Map<string, unknown> => {
      const out = new Map<string, unknown>();
      for (const s of SETTINGS) {
        for (const q of QUERIES) {
          for (const target of ['articles', 'stories'] as const) {
            const key = `${q} ${target} cap ${s.cap} window ${s.firstWindow}`;
            const indexed = shape(new PgSearch(store.db, { ...s, rangePerMatch: Infinity }).search(request(q, { target })));
            const filtered = shape(new PgSearch(store.db, { ...s, rangePerMatch: 0 }).search(request(q, { target })));
            assert.deepEqual(filtered, indexed, key);
            out.set(key, indexed);
          }
        }
      }
      return out;
    };
    const before = answers();
    // Spot checks of what the cap and windows give: "gale" (k = 3, 50) is found below every window; "tide" is capped.
    assert.equal((before.get('gale articles cap 1 window 1') as { total: number }).total, 1);
    assert.equal((before.get('gale articles cap 4 window 5') as { total: number }).total, 2);
    assert.equal((before.get('tide articles cap 7 window 2') as { capped: boolean }).capped, true);
    assert.equal((before.get('tide articles cap 1000 window 5') as { total: number }).total, N);
    // The old index instead of the new one (a database the migration left for its operator, docs/DEPLOY.md).
    store.db.exec('DROP INDEX IF EXISTS articles_tsv_seq; CREATE INDEX IF NOT EXISTS articles_tsv ON articles USING gin (tsv)');
    assert.deepEqual(answers(), before);
  } finally {
    store.close();
  }
});
