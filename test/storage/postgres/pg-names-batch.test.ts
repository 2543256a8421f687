/**
 * The name and quote index written a batch of articles at a time (as the
 * queue's assigner does, indexNameRows with many articles) ends exactly as
 * when each article is indexed on its own: the same names with the same
 * first spelling and type, the same article counts, ids in the same order,
 * the same links and quotes. Needs PARALLAX_TEST_PG (skipped with a message
 * without it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../../src/core/types.js';
import { openPostgres } from '../../../src/storage/create-store.js';
import { indexNameRows, nameRows } from '../../../src/storage/postgres/pg-search-names.js';
import type { PgStore } from '../../../src/storage/postgres/pg-store.js';
import { PG_SKIP, pgLocation } from '../backends.js';

const PEOPLE = ['Anna Berg', 'ANNA BERG', 'Tomas Lindqvist', 'Olga Petrova', 'Jürgen Groß', 'Port Elan Council'];

/** Twelve articles whose entities and quoted speakers repeat across articles, in varying spellings. */
function articles(): { seq: number; text: string; analysis: Analysis }[] {
  return Array.from({ length: 12 }, (_, n) => {
    const a = PEOPLE[n % PEOPLE.length]!;
    const b = PEOPLE[(n * 5 + 1) % PEOPLE.length]!;
    const text = `“We will open the terminal in spring,” ${a} said. The plan number ${n} was backed by ${b}.`;
    const analysis = {
      language: 'en',
      entities: [
        { name: a, type: n % 2 === 0 ? 'person' : 'organization' },
        { name: b, type: 'person' },
        { name: a, type: 'person' },
      ],
      quotes: [{ speaker: a, start: 0, end: text.indexOf('”') + 1 }],
    } as unknown as Analysis;
    return { seq: 100 + n, text, analysis };
  });
}

function index(store: PgStore, batch: number): void {
  const all = articles().map((x) => ({ seq: x.seq, rows: nameRows(x.text, x.analysis) }));
  for (let i = 0; i < all.length; i += batch) store.transaction(() => indexNameRows(store.db, all.slice(i, i + batch)));
}

function tables(store: PgStore): unknown {
  return {
    // Ids compared by their order, not their values (a batch may skip values of the sequence).
    names: store.db.query('SELECT kind, name, folded, type, articles, tsv::text AS tsv, rank() OVER (ORDER BY id) AS ord FROM names ORDER BY id'),
    links: store.db.query('SELECT n.kind, n.folded, l.seq FROM article_names l JOIN names n ON n.id = l.name_id ORDER BY n.kind, n.folded, l.seq'),
    quotes: store.db.query('SELECT seq, speaker, start, "end", speaker_tsv::text AS s, tsv::text AS t FROM article_quotes ORDER BY id'),
  };
}

test('names indexed in batches end as when indexed one article at a time', { skip: PG_SKIP, timeout: 60_000 }, () => {
  const one = openPostgres(pgLocation());
  const batched = openPostgres(pgLocation());
  try {
    index(one, 1);
    index(batched, 5);
    const a = tables(one) as { names: { articles: number }[] };
    assert.deepEqual(tables(batched), a);
    // Anna Berg in both spellings is one name, counted once per article that has it (twice in one article is once).
    assert.ok(a.names.length >= 5);
    assert.equal(a.names.reduce((s, n) => s + n.articles, 0), (tables(one) as { links: unknown[] }).links.length);
  } finally {
    one.close();
    batched.close();
  }
});
