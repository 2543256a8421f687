/**
 * PostgreSQL search reads a bounded part of a query's matches
 * (pg-search.ts): counted up to a cap (then `totalCapped`, the facets of the
 * newest cap matches), looked for in windows of the newest articles widened
 * down to the first one, the newest matches ranked. A small cap and window
 * here make each path run on a few dozen articles; with the default cap the
 * answers equal SQLite's (compared on the same articles). Needs
 * PARALLAX_TEST_PG (skipped with a message without it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleIdFor } from '../../../src/core/ids.js';
import type { Analysis, CleanArticle } from '../../../src/core/types.js';
import { openPostgres } from '../../../src/storage/create-store.js';
import { PgSearch } from '../../../src/storage/postgres/pg-search.js';
import { parseSearchQuery } from '../../../src/storage/search-query.js';
import type { SearchRequest, SearchResults } from '../../../src/storage/service-types.js';
import type { Store } from '../../../src/storage/store.js';
import { BACKENDS, PG_SKIP, pgLocation } from '../backends.js';

const N = 40;

/** Article k: "harbour" in every one, "lantern" in every eighth (spread from first to last), day k, source by k % 3. */
function articles(): { article: CleanArticle; analysis: Analysis }[] {
  return Array.from({ length: N }, (_, k) => {
    const text = `The harbour board met on day ${k} to discuss berth ${k * 7 + 3}.${k % 8 === 0 ? ' A lantern was lit at the pier.' : ''} Crews counted ${k + 11} vessels in item ${k}.`;
    const id = articleIdFor(text);
    const day = `2024-03-${String(1 + (k % 28)).padStart(2, '0')}`;
    return {
      article: {
        id,
        title: `Harbour notes ${k}`,
        text,
        meta: { publishedFrom: 'none', headings: [], captions: [], credits: [], machineTranslated: false, removed: [], source: `Port ${k % 3}`, published: day },
      },
      analysis: { articleId: id, language: 'en', sentences: [], entities: [], quotes: [], figures: [], dates: [] },
    } as { article: CleanArticle; analysis: Analysis };
  });
}

function fill(store: Store): void {
  for (const x of articles()) store.putArticle(x.article, x.analysis, 'now');
}

function request(q: string, extra: Partial<SearchRequest> = {}): SearchRequest {
  const parsed = parseSearchQuery(q);
  assert.ok(parsed.ok, q);
  return { query: parsed.value, limit: 50, offset: 0, ...extra };
}

const sum = (r: SearchResults, key: 'sources' | 'languages' | 'days'): number => r.facets[key].reduce((a, f) => a + f.count, 0);

test('postgres: past the cap a total is a lower bound, and the facets count the newest matches', { skip: PG_SKIP }, () => {
  const store = openPostgres(pgLocation());
  try {
    fill(store);
    const search = new PgSearch(store.db, { cap: 10, firstWindow: 4 });
    const r = search.search(request('harbour'));
    assert.equal(r.total, 10);
    assert.equal(r.totalCapped, true);
    assert.equal(sum(r, 'sources'), 10);
    assert.equal(sum(r, 'days'), 10);
    // The newest ten articles are k = 30..39: days 2024-03-03..2024-03-12 (k % 28 + 1).
    const newest = Array.from({ length: 10 }, (_, i) => `2024-03-${String(1 + ((30 + i) % 28)).padStart(2, '0')}`).sort().reverse();
    assert.deepEqual(r.facets.days.map((d) => d.value), newest);
    // Ranked among the newest matches read (the cap's eleven: k = 29..39 here; in use the cap and the ranked window are both 200).
    assert.ok(r.hits.length > 0);
    for (const h of r.hits) assert.ok(Number(/\d+$/.exec(h.title)![0]) >= 29, h.title);
    // The page is ranked in the last pass: a later page is the same ranking's slice, whichever pass was the last.
    for (const s of [search, new PgSearch(store.db, { cap: 100, firstWindow: 4 })]) {
      const all = s.search(request('harbour lantern OR harbour', { limit: 9 })).hits.map((h) => h.id);
      assert.equal(all.length, 9);
      assert.deepEqual(s.search(request('harbour lantern OR harbour', { limit: 4, offset: 3 })).hits.map((h) => h.id), all.slice(3, 7));
    }
    // Filters alone are capped the same way; stories too.
    const f = search.search(request('source:"Port 1"'));
    assert.equal(f.total, 10);
    assert.equal(f.totalCapped, true);
    const under = new PgSearch(store.db, { cap: 100, firstWindow: 4 }).search(request('harbour'));
    assert.equal(under.total, N);
    assert.equal(under.totalCapped, undefined);
  } finally {
    store.close();
  }
});

test('postgres: matches spread over the whole table are all found through widening windows, counted exactly', { skip: PG_SKIP }, () => {
  const store = openPostgres(pgLocation());
  try {
    fill(store);
    // "lantern": k = 0, 8, 16, 24, 32 — the first window (the newest 4 articles) holds none of them.
    const want = [0, 8, 16, 24, 32].map((k) => articles()[k]!.article.id).sort();
    for (const [cap, firstWindow] of [
      [10, 4],
      [10, 1],
      [3, 4],
    ] as const) {
      const r = new PgSearch(store.db, { cap, firstWindow }).search(request('lantern'));
      if (cap >= 5) {
        assert.equal(r.total, 5, `cap ${cap}, window ${firstWindow}`);
        assert.equal(r.totalCapped, undefined);
        assert.deepEqual(r.hits.map((h) => h.id).sort(), want);
        assert.equal(sum(r, 'days'), 5);
      } else {
        // Three counted, the newest ones (k = 32, 24, 16).
        assert.equal(r.total, 3);
        assert.equal(r.totalCapped, true);
        assert.deepEqual(r.facets.days.map((d) => d.value), ['2024-03-17', '2024-03-25', '2024-03-05'].sort().reverse());
      }
    }
  } finally {
    store.close();
  }
});

test('postgres and sqlite answer alike under the default cap: totals, facets, hits', { skip: PG_SKIP }, () => {
  const pg = openPostgres(pgLocation());
  const lite = BACKENDS[0]!.fresh();
  try {
    fill(pg);
    fill(lite);
    for (const q of ['harbour', 'lantern', 'lantern OR berth', '"lantern was lit"', 'source:"Port 2"', 'harbour from:2024-03-05 to:2024-03-09']) {
      const a = pg.search(request(q));
      const b = lite.search(request(q));
      assert.equal(a.total, b.total, q);
      assert.equal(a.totalCapped, undefined, q);
      assert.deepEqual(a.facets, b.facets, q);
      assert.deepEqual(a.hits.map((h) => h.id).sort(), b.hits.map((h) => h.id).sort(), q);
    }
  } finally {
    pg.close();
    lite.close();
  }
});
