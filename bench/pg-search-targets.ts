/**
 * Quote, entity and name search on PostgreSQL (issue 16): the giveme5w1h
 * full texts ingested into a schema of their own (dropped at the end), then
 * the cost of indexing an article's names and quotes (timed as the backfill
 * of articles stored before migration 5, three rounds) and the latency of
 * quote, entity, `speaker:` and `entity:` searches (50 each, in process).
 * Needs PARALLAX_BENCH_PG (else PARALLAX_TEST_PG) and ../shared/data; skips
 * with a message without either. Not gated: the machine is shared.
 *   PARALLAX_BENCH_PG=postgres://… node --import tsx bench/pg-search-targets.ts
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../src/core/result.js';
import { ingestSources } from '../src/pipeline/ingest-sources.js';
import { openPostgres } from '../src/storage/create-store.js';
import { PgConnection } from '../src/storage/postgres/pg-connection.js';
import { backfillNames } from '../src/storage/postgres/pg-search-names.js';
import { parseSearchQuery } from '../src/storage/search-query.js';
import type { SearchRequest } from '../src/storage/service-types.js';

const SERVER = process.env.PARALLAX_BENCH_PG ?? process.env.PARALLAX_TEST_PG;
const SRC = join(import.meta.dirname, '../../shared/data/clusters/giveme5w1h/articles.jsonl');
const QUERIES: readonly [string, NonNullable<SearchRequest['target']>][] = [
  ['government', 'quotes'],
  ['said', 'quotes'],
  ['speaker:Obama', 'quotes'],
  ['Korea', 'entities'],
  ['president', 'entities'],
  ['entity:Obama', 'articles'],
  ['speaker:Obama', 'articles'],
];

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(): Promise<void> {
  if (SERVER === undefined) return void process.stdout.write('skipped pg-search-targets: set PARALLAX_BENCH_PG (or PARALLAX_TEST_PG)\n');
  if (!existsSync(SRC)) return void process.stdout.write(`skipped pg-search-targets: ${SRC} not found\n`);
  const schema = `bench_search_${process.pid}`;
  const url = new URL(SERVER);
  url.searchParams.set('options', `-csearch_path=${schema}`);
  const store = openPostgres(url.toString());
  try {
    const r = await ingestSources(store, [SRC], { clock: systemClock });
    const n = store.db.one<{ n: number; q: number }>('SELECT (SELECT count(*) FROM names)::int AS n, (SELECT count(*) FROM article_quotes)::int AS q')!;
    process.stdout.write(`${r.added} articles, ${n.n} names, ${n.q} quotes\n`);
    for (let round = 0; round < 3; round++) {
      store.db.exec('DELETE FROM article_names; DELETE FROM names; DELETE FROM article_quotes; INSERT INTO names_backfill (seq) SELECT seq FROM articles');
      const t = performance.now();
      const c = cpu();
      backfillNames(store.db);
      process.stdout.write(`figure pg_names_index_ms_per_article ${((performance.now() - t) / r.added).toFixed(2)} (process CPU ${((cpu() - c) / r.added).toFixed(2)})\n`);
    }
    for (const [q, target] of QUERIES) {
      const parsed = parseSearchQuery(q);
      if (!parsed.ok) throw new Error(`bad query ${q}`);
      const times: number[] = [];
      let total = 0;
      const c = cpu();
      for (let i = 0; i < 50; i++) {
        const t = performance.now();
        total = store.search({ query: parsed.value, limit: 20, offset: 0, target }).total;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      process.stdout.write(
        `figure pg_search_${target} "${q}" total ${total}: wall p50 ${times[25]!.toFixed(1)} ms, max ${times[49]!.toFixed(1)} ms, process CPU ${((cpu() - c) / 50).toFixed(1)} ms\n`,
      );
    }
  } finally {
    store.close();
    const admin = new PgConnection(SERVER);
    try {
      admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    } finally {
      admin.close();
    }
  }
}

await main();
