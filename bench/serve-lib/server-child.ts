/**
 * The server of bench/serve.ts in its own process (started with `--child DB`), so the load generator does not
 * share its event loop, and the parent's side of the lines they exchange: the child prints its URL, then answers
 * "memory" / "memory gc", "searches", "warm" and "threads" on stdin, one JSON line each.
 */

/** The child's main: the server on DB with the bench's options, answering the parent's questions on stdin. */
export async function serveChild(args: readonly string[], opt: (name: string, dflt: number) => number): Promise<void> {
  // The server, alone in its process so the clients do not share its event loop.
  const { startServer } = await import('../../src/server/start.js');
  const { createInterface } = await import('node:readline');
  const refreshMs = opt('--refresh-ms', -1);
  const searchStaleMs = opt('--search-stale-ms', -1);
  const ingestNice = opt('--ingest-nice', -1);
  // No rate limit: 50 clients on one address are the test. Loopback feeds allowed (the burst's local feed).
  const server = await startServer({
    db: args[1]!,
    port: 0,
    log: () => {},
    rateLimit: { perSecond: 0 },
    sources: { allowPrivate: true, tickMs: 1000, fetch: { delayMs: 0 } },
    ...(refreshMs >= 0 || searchStaleMs >= 0 ? { readRefresh: { ...(refreshMs >= 0 ? { intervalMs: refreshMs } : {}), ...(searchStaleMs >= 0 ? { searchMaxStaleMs: searchStaleMs } : {}) } } : {}),
    ...(ingestNice >= 0 ? { ingestNice } : {}),
  });
  process.stdout.write(`${server.url}\n`);
  const listening = performance.now();
  // Asked on stdin ("memory", or "memory gc" for after a full collection of the server thread's heap): what the memory is made of.
  createInterface({ input: process.stdin }).on('line', (line) => {
    // Answered once the thread for briefs someone waits for is warm (brief-worker.ts; at once on code without one).
    if (line === 'threads') {
      const briefs = server.deps.briefs as Partial<typeof server.deps.briefs>;
      process.stdout.write(`threads ${JSON.stringify(briefs.briefThreads?.() ?? {})}\n`);
      return;
    }
    if (line === 'warm') {
      const briefs = server.deps.briefs as Partial<typeof server.deps.briefs>;
      // And the search workers' warm-up (start.ts searchesWarm; absent on older code), timed apart.
      const searchesWarm = (server as { searchesWarm?: Promise<number> }).searchesWarm;
      // And the ingester open (start.ts ingestOpen; absent on older code): on a large database it brings the clusterer's
      // tables level with the stored articles for some 15 s after the start, which is the start's work, not the load's.
      const ingestOpen = (server as { ingestOpen?: Promise<number> }).ingestOpen;
      let searchMs = -1;
      let ingestMs = -1;
      void searchesWarm?.then(() => (searchMs = Math.round(performance.now() - listening)));
      void ingestOpen?.then(() => (ingestMs = Math.round(performance.now() - listening)));
      void Promise.all([briefs.whenWarm?.() ?? Promise.resolve(), searchesWarm, ingestOpen]).then(() =>
        process.stdout.write(`warm ${Math.round(performance.now() - listening)}${searchMs >= 0 ? ` (search workers warm at ${searchMs} ms` : ''}${ingestMs >= 0 ? `${searchMs >= 0 ? ', ' : ' ('}ingest open at ${ingestMs} ms` : ''}${searchMs >= 0 || ingestMs >= 0 ? ')' : ''}\n`),
      );
      return;
    }
    // The kept search answers' counters alone (cheap: asked around each burst for its computations per second).
    if (line === 'searches') {
      const c = server.deps.searches as Partial<typeof server.deps.searches>;
      process.stdout.write(`searches ${JSON.stringify({ hits: c.hits, misses: c.misses, stale: c.stale, held: c.held, computed: c.computed, refreshed: c.refreshed, escalated: c.escalated })}\n`);
      return;
    }
    const gc = (globalThis as { gc?: () => void }).gc;
    if (line === 'memory gc' && gc !== undefined) gc();
    // (Optional call: the same bench run against older server code, which has no memory report, reports RSS only.)
    const deps = server.deps as Partial<typeof server.deps> & Pick<typeof server.deps, 'refresher' | 'briefs'>;
    const report = deps.memory?.() ?? Promise.resolve({ rss: process.memoryUsage().rss, heapUsed: process.memoryUsage().heapUsed, heapTotal: process.memoryUsage().heapTotal, external: process.memoryUsage().external, briefCache: deps.briefs.usage() });
    // With the memory: how the kept search answers were used (computed, kept, stood in while recomputed).
    const searches = deps.searches !== undefined ? { hits: deps.searches.hits, misses: deps.searches.misses, stale: deps.searches.stale, held: deps.searches.held, computed: deps.searches.computed, refreshed: deps.searches.refreshed } : undefined;
    void report.then((m) => process.stdout.write(`memory ${JSON.stringify({ ...m, backgroundBriefs: deps.refresher.built, deferred: (deps.refresher as { deferred?: number }).deferred, searches })}\n`));
  });
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
}

export type Counts = { hits: number; misses: number; stale: number; held?: number; computed?: number; refreshed?: number; escalated?: number };
export type Memory = { briefWorkers?: { foreground?: number; background?: number }; searches?: Counts; searchRefreshWorker?: { used: number; total: number }; rss: number; heapUsed: number; heapTotal: number; external: number; briefCache: { bytes: number; entries: number; budget: number }; ingestWorker?: { used: number; total: number }; searchWorker?: { used: number; total: number }; backgroundBriefs: number; deferred?: number };

/** The parent's questions to the child: its memory (after a full collection when `gc`), and the kept search answers' counters. */
export function childQuestions(child: { readonly stdin: { write(s: string): unknown } }, lines: AsyncIterator<string>): { memory: (gc: boolean) => Promise<Memory>; searchCounts: () => Promise<Counts> } {
  const memory = async (gc: boolean): Promise<Memory> => {
    child.stdin.write(gc ? 'memory gc\n' : 'memory\n');
    for (;;) {
      const l = String((await lines.next()).value);
      if (l.startsWith('memory ')) return JSON.parse(l.slice(7)) as Memory;
    }
  };
  const searchCounts = async (): Promise<Counts> => {
    child.stdin.write('searches\n');
    for (;;) {
      const l = String((await lines.next()).value);
      if (l.startsWith('searches ')) return JSON.parse(l.slice(9)) as Counts;
    }
  };
  return { memory, searchCounts };
}

const mb = (b: number | undefined): string => (b === undefined ? '—' : `${(b / 2 ** 20).toFixed(0)} MB`);
export const memoryLine = (label: string, m: Memory): string =>
  `${label}: RSS ${mb(m.rss)}; server thread heap ${mb(m.heapUsed)} used of ${mb(m.heapTotal)}, external ${mb(m.external)}; brief cache weighs ${mb(m.briefCache.bytes)} (${m.briefCache.entries} briefs, budget ${mb(m.briefCache.budget)}); ingest worker heap ${mb(m.ingestWorker?.used)} of ${mb(m.ingestWorker?.total)}; search worker heap ${mb(m.searchWorker?.used)} of ${mb(m.searchWorker?.total)}, refresh search worker ${mb(m.searchRefreshWorker?.used)} of ${mb(m.searchRefreshWorker?.total)}${m.briefWorkers !== undefined ? `; brief threads' heaps after their last brief: foreground ${mb(m.briefWorkers.foreground)}, background ${mb(m.briefWorkers.background)}` : ''}; the rest (brief threads' heaps, SQLite caches, allocator, code) ${mb(m.rss - m.heapTotal - m.external - (m.ingestWorker?.total ?? 0) - (m.searchWorker?.total ?? 0) - (m.searchRefreshWorker?.total ?? 0))}; background briefs built ${m.backgroundBriefs}${m.deferred !== undefined ? ` (deferred to reads ${m.deferred} times)` : ''}${m.searches !== undefined ? `; kept search answers: ${m.searches.hits} hits, ${m.searches.misses} misses of which ${m.searches.stale} answered by the previous snapshot while recomputed${m.searches.held !== undefined ? `, ${m.searches.held} held (younger than the staleness bound while articles kept arriving); computations: ${m.searches.computed} first, ${m.searches.refreshed} refreshes` : ''}` : ''}\n`;
