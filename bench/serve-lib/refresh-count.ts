/**
 * How many search recomputations a feed burst causes, by the server's own
 * search cache (src/server/search-cache.ts) on a stepped clock: the count
 * depends on the rule, not on the machine, so it can be compared on a
 * shared machine where p99s cannot. Fifty clients ask the benchmark's ten
 * queries in turn (one ask per simulated millisecond), articles arrive at
 * RATE per second for SECONDS, each recomputation takes COMPUTE_MS of
 * simulated time; printed per staleness bound: computations per second
 * during the burst, and the largest age of an answer sent. With `--db
 * FILE` (a copy of the service database) the ten queries' CPU on this
 * machine is measured too, so computations per second × CPU per
 * computation is the share of a core the search threads take.
 *   node --import tsx bench/serve-lib/refresh-count.ts [--db COPY.db]
 */
import { ReadSnapshot } from '../../src/server/read-snapshot.js';
import { SearchCache } from '../../src/server/search-cache.js';
import type { SearchResults } from '../../src/storage/service-types.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const RATE = opt('--rate', 45);
const SECONDS = opt('--seconds', 20);
const COMPUTE_MS = opt('--compute-ms', 30);
const WORDS = ['government', 'police', 'president', 'election', 'court', 'Korea', 'water', 'school', 'market', 'fire'];

async function simulate(maxStaleMs: number): Promise<{ perSecond: number; first: number; refreshes: number; held: number; maxAgeMs: number }> {
  let now = 0;
  let counter = 0;
  const snapshot = new ReadSnapshot(() => counter, 1000, () => now);
  const cache = new SearchCache({} as never, { snapshot, maxStaleMs });
  const empty: SearchResults = { total: 0, hits: [], facets: { sources: [], languages: [], days: [] } };
  // Computations finish COMPUTE_MS after they start, one at a time per thread (first ones and refreshes apart).
  const pending: { at: number; resolve: (r: SearchResults) => void }[] = [];
  const busyUntil = { first: 0, refresh: 0 };
  const compute = (refresh: boolean): Promise<SearchResults> =>
    new Promise((resolve) => {
      const lane = refresh ? 'refresh' : 'first';
      busyUntil[lane] = Math.max(busyUntil[lane], now) + COMPUTE_MS;
      pending.push({ at: busyUntil[lane], resolve });
    });
  // Warm: each query computed once before the burst.
  for (const w of WORDS) void cache.getAsync(w, compute);
  now = 1000;
  for (const p of pending.splice(0)) p.resolve({ ...empty });
  await new Promise((r) => setImmediate(r));
  const c0 = { computed: cache.computed, refreshed: cache.refreshed, held: cache.held };
  let maxAge = 0;
  const end = now + SECONDS * 1000;
  let nextArticle = now;
  for (let i = 0; now < end; now++, i++) {
    while (nextArticle <= now) {
      counter++;
      nextArticle += 1000 / RATE;
    }
    const due = pending.filter((p) => p.at <= now);
    if (due.length > 0) {
      for (const p of due) {
        pending.splice(pending.indexOf(p), 1);
        p.resolve({ ...empty });
      }
      await new Promise((r) => setImmediate(r));
    }
    const r = cache.getAsync(WORDS[i % WORDS.length]!, compute);
    const got = await Promise.race([r, new Promise<undefined>((res) => setImmediate(() => res(undefined)))]);
    if (got !== undefined) maxAge = Math.max(maxAge, now - (cache.asOf(got) ?? now));
  }
  const first = cache.computed - c0.computed;
  const refreshes = cache.refreshed - c0.refreshed;
  return { perSecond: (first + refreshes) / SECONDS, first, refreshes, held: cache.held - c0.held, maxAgeMs: maxAge };
}

for (const stale of [0, 2000, 5000, 10_000]) {
  const r = await simulate(stale);
  process.stdout.write(
    `search max staleness ${stale} ms: ${r.perSecond.toFixed(2)} computations/s during a ${SECONDS}-s burst of ${RATE} articles/s (${r.first} first, ${r.refreshes} refreshes, ${r.held} answers held), oldest answer sent ${r.maxAgeMs} ms (computations ${COMPUTE_MS} ms each)\n`,
  );
}

const dbIdx = args.indexOf('--db');
if (dbIdx >= 0) {
  const { createStore } = await import('../../src/storage/create-store.js');
  const { parseSearchQuery } = await import('../../src/storage/search-query.js');
  const store = createStore({ type: 'sqlite', file: args[dbIdx + 1]! });
  let total = 0;
  const each: string[] = [];
  for (const w of WORDS) {
    const q = parseSearchQuery(w);
    if (!q.ok) continue;
    const request = { query: q.value, target: 'articles', limit: 20, offset: 0 } as const;
    store.search(request);
    const c = process.cpuUsage();
    for (let k = 0; k < 3; k++) store.search(request);
    const d = process.cpuUsage(c);
    const ms = (d.user + d.system) / 1000 / 3;
    total += ms;
    each.push(`${w} ${ms.toFixed(1)}`);
  }
  store.close();
  process.stdout.write(`CPU per search at ${args[dbIdx + 1]}: ${each.join(', ')} ms; the ten: ${total.toFixed(0)} ms (mean ${(total / WORDS.length).toFixed(1)})\n`);
}
