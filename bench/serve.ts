/**
 * `parallax serve` under load. Builds a database through the real ingest
 * (clean, analyse, cluster, story summaries, search index) from the
 * giveme5w1h full texts replayed with new words (a third of the 4+ letter
 * words get a suffix per replica, dates advance three days per replica, as
 * bench/cluster-scale.ts does), reporting ingest CPU per article at the
 * start and the end and the database's bytes per article without the text;
 * then starts the server in a child process and runs autocannon
 * (CONCURRENCY connections, closed loop) against the story list, search and
 * a cached brief, reporting p50/p99 latency and throughput; one brief of
 * about 200 articles computed afresh (in the server's worker thread) while
 * clients read; reads while articles are posted; and reads while a local
 * feed of 1,000 new items is polled in (the burst), against the idle p99.
 * Printed, not gated: the figures follow the machine's load.
 *   node --import tsx bench/serve.ts                     # 3,000 articles (~1 min)
 *   node --import tsx bench/serve.ts --articles 20000    # larger
 *   ... --db /tmp/serve.db                               # keep the database (built only when missing)
 *   ... --build-only                                      # build the database (and the ingest curve), no load
 *   ... --tool wrk                                        # wrk (C) instead of autocannon for the load phases
 *   ... --ingest-nice N                                   # the server's ingest thread N nice steps below it (default: the server's)
 *   ... --only bursts                                     # the idle reads and the two bursts only (a quicker comparison)
 *   ... --only fresh [--fresh 3] [--fresh-posting] [--fresh-users RATE]  # fresh briefs of the stories nearest 200 articles, one after another, each while 50 clients
 *                                                           read the list (and articles are posted); the brief's wall time, each server thread's CPU, the list's p99
 *   ... --search-stale-ms MS                              # the server's bound on a search answer's age while articles keep arriving (default 5000; 0: recomputed at every refresh)
 * A cached brief is also loaded with wrk when it is installed (Debian: `apt-get install wrk`): autocannon's
 * JavaScript HTTP parser costs more CPU per large body than the server does, so its p99 there measures itself.
 */
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { systemClock } from '../src/core/result.js';
import type { RawArticle } from '../src/core/types.js';
import { createIngester } from '../src/pipeline/ingest-articles.js';
import { buildBrief } from '../src/pipeline/build-briefs.js';
import { createStore } from '../src/storage/create-store.js';
import { formatDbSize, measureDb, perArticleBytes } from './serve-lib/db-size.js';
import { PostStream } from './serve-lib/post-stream.js';
import { users } from './serve-lib/users.js';
import { seededRandom } from '../src/core/random.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const ARTICLES = opt('--articles', 3000);
const CONCURRENCY = opt('--concurrency', 50);
const SECONDS = opt('--seconds', 5);
const DB_ARG = args.includes('--db') ? args[args.indexOf('--db') + 1] : undefined;
const TOOL = args.includes('--tool') ? args[args.indexOf('--tool') + 1] : 'autocannon';
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const usersRate = opt('--fresh-users', 0);
const SRC = join(import.meta.dirname, '../../shared/data/clusters/giveme5w1h/articles.jsonl');

if (args[0] === '--child') {
  // The server, alone in its process so the clients do not share its event loop.
  const { startServer } = await import('../src/server/start.js');
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
      let searchMs = -1;
      void searchesWarm?.then(() => (searchMs = Math.round(performance.now() - listening)));
      void Promise.all([briefs.whenWarm?.() ?? Promise.resolve(), searchesWarm]).then(() =>
        process.stdout.write(`warm ${Math.round(performance.now() - listening)}${searchMs >= 0 ? ` (search workers warm at ${searchMs} ms)` : ''}\n`),
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
} else {
  await run();
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function perturb(text: string, replica: number): string {
  if (replica === 0) return text;
  return text.replace(/\p{L}{4,}/gu, (w) => {
    const h = hash(`${w.toLowerCase()}|${replica}`);
    return h % 100 < 35 ? `${w}${String.fromCharCode(97 + ((h >>> 8) % 26))}x` : w;
  });
}

async function run(): Promise<void> {
  if (!existsSync(SRC)) {
    process.stdout.write(`skipped serve: ${SRC} not found\n`);
    return;
  }
  const base = readFileSync(SRC, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { title?: string; text?: string; source?: string; published?: string });
  const dir = mkdtempSync(join(tmpdir(), 'px-bench-serve-'));
  const db = DB_ARG ?? join(dir, 'serve.db');
  const build = !existsSync(db);
  try {
    const store = createStore({ type: 'sqlite', file: db });
    // Only when building: opening the ingester re-clusters a database whose clustering parameters changed since.
    const ing = build ? createIngester({ store, clock: systemClock, chunk: 500 }) : undefined;
    const cpuPer = (n: number, f: () => void): number => {
      const c = process.cpuUsage();
      f();
      const d = process.cpuUsage(c);
      return (d.user + d.system) / 1000 / n;
    };
    // Generated lazily: 100,000 articles held at once would take a gigabyte of strings.
    // Replicas from `from` on: the load phases post articles the database does not hold yet.
    function* generate(from = 0): Generator<RawArticle> {
      for (let r = from === 0 ? 0 : Math.ceil(from / base.length), k = 0; ; r++) {
        for (const a of base) {
          if (from === 0 && k >= ARTICLES) return;
          const day = new Date(Date.parse('2020-01-01') + (r * 3 + (hash(a.text ?? '') % 3)) * 86_400_000).toISOString().slice(0, 10);
          k++;
          yield { format: 'jsonl', path: `bench#L${k}`, title: perturb(a.title ?? '', r), body: perturb(a.text ?? '', r), published: day, ...(a.source ? { source: a.source } : {}) };
        }
      }
    }
    // Ingest CPU per article over 500-article chunks: the first, and around each checkpoint (the curve).
    const t0 = performance.now();
    let first = 0;
    let last = 0;
    const checkpoints = [1_000, 2_000, 5_000, 10_000, 15_000, 20_000, 30_000, 40_000, 50_000, 75_000, 100_000, 200_000];
    if (build) {
      const it = generate();
      for (let done = 0; ; ) {
        const slice: RawArticle[] = [];
        while (slice.length < 500) {
          const x = it.next();
          if (x.done) break;
          slice.push(x.value);
        }
        if (slice.length === 0) break;
        const ms = cpuPer(slice.length, () => {
          for (const raw of slice) ing!.add(raw);
          ing!.finish();
        });
        if (done === 0) first = ms;
        last = ms;
        done += slice.length;
        if (checkpoints.includes(done)) {
          process.stdout.write(`ingest curve: ${done} stored, ${ms.toFixed(1)} ms CPU per article (last 500), ${((performance.now() - t0) / 1000).toFixed(0)} s wall, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB\n`);
        }
        if (slice.length < 500) break;
      }
    }
    const n = store.countArticles();
    store.close();
    const sqlite = new Database(db, { readonly: true });
    const textBytes = (sqlite.prepare('SELECT SUM(length(CAST(text AS BLOB))) AS b FROM articles').get() as { b: number }).b;
    const bytes = ['', '-wal'].reduce((s, x) => s + (existsSync(`${db}${x}`) ? statSync(`${db}${x}`).size : 0), 0);
    // The story nearest 200 articles: the target's "200-article brief" (the largest runs to thousands at 100k).
    const nearest = sqlite.prepare('SELECT id, size FROM story_index ORDER BY abs(size - 200), id LIMIT ?').all(Math.max(1, opt('--fresh', 3))) as { id: string; size: number }[];
    const top = nearest[0]!;
    const words = ['government', 'police', 'president', 'election', 'court', 'Korea', 'water', 'school', 'market', 'fire'];
    sqlite.close();
    if (build) process.stdout.write(`ingest: ${n} articles in ${((performance.now() - t0) / 1000).toFixed(0)} s; CPU per article ${first.toFixed(1)} ms (first 500), ${last.toFixed(1)} ms (last 500)\n`);
    process.stdout.write(`database: ${(bytes / n / 1024).toFixed(1)} KB per article, ${((bytes - textBytes) / n / 1024).toFixed(1)} KB without the text\n`);
    // Where the bytes go (dbstat: pages in use per table and index; free pages apart).
    const size = measureDb(db);
    process.stdout.write(formatDbSize(size));
    process.stdout.write(`figure serve.dbKbWithoutText ${(perArticleBytes(size) / Math.max(1, size.articles) / 1024).toFixed(2)}\n`);

    if (args.includes('--build-only')) return;
    if (ONLY !== 'bursts') {
      const fresh = createStore({ type: 'sqlite', file: db });
      const c = process.cpuUsage();
      buildBrief(fresh, top.id as never);
      const d = process.cpuUsage(c);
      fresh.close();
      process.stdout.write(`brief afresh in-process (${top.size} articles): ${((d.user + d.system) / 1000).toFixed(0)} ms CPU\n`);
    }

    const refreshArg = [
      ...(args.includes('--refresh-ms') ? ['--refresh-ms', String(opt('--refresh-ms', 1000))] : []),
      ...(args.includes('--ingest-nice') ? ['--ingest-nice', String(opt('--ingest-nice', 0))] : []),
      ...(args.includes('--search-stale-ms') ? ['--search-stale-ms', String(opt('--search-stale-ms', 5000))] : []),
    ];
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, '--child', db, ...refreshArg], { stdio: ['pipe', 'pipe', 'inherit'] });
    // The child's lines: its URL first, then one per memory question.
    const { createInterface } = await import('node:readline');
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const url = String((await lines.next()).value).trim();
    type Counts = { hits: number; misses: number; stale: number; held?: number; computed?: number; refreshed?: number; escalated?: number };
    type Memory = { briefWorkers?: { foreground?: number; background?: number }; searches?: Counts; searchRefreshWorker?: { used: number; total: number }; rss: number; heapUsed: number; heapTotal: number; external: number; briefCache: { bytes: number; entries: number; budget: number }; ingestWorker?: { used: number; total: number }; searchWorker?: { used: number; total: number }; backgroundBriefs: number; deferred?: number };
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
    const mb = (b: number | undefined): string => (b === undefined ? '—' : `${(b / 2 ** 20).toFixed(0)} MB`);
    const memoryLine = (label: string, m: Memory): string =>
      `${label}: RSS ${mb(m.rss)}; server thread heap ${mb(m.heapUsed)} used of ${mb(m.heapTotal)}, external ${mb(m.external)}; brief cache weighs ${mb(m.briefCache.bytes)} (${m.briefCache.entries} briefs, budget ${mb(m.briefCache.budget)}); ingest worker heap ${mb(m.ingestWorker?.used)} of ${mb(m.ingestWorker?.total)}; search worker heap ${mb(m.searchWorker?.used)} of ${mb(m.searchWorker?.total)}, refresh search worker ${mb(m.searchRefreshWorker?.used)} of ${mb(m.searchRefreshWorker?.total)}${m.briefWorkers !== undefined ? `; brief threads' heaps after their last brief: foreground ${mb(m.briefWorkers.foreground)}, background ${mb(m.briefWorkers.background)}` : ''}; the rest (brief threads' heaps, SQLite caches, allocator, code) ${mb(m.rss - m.heapTotal - m.external - (m.ingestWorker?.total ?? 0) - (m.searchWorker?.total ?? 0) - (m.searchRefreshWorker?.total ?? 0))}; background briefs built ${m.backgroundBriefs}${m.deferred !== undefined ? ` (deferred to reads ${m.deferred} times)` : ''}${m.searches !== undefined ? `; kept search answers: ${m.searches.hits} hits, ${m.searches.misses} misses of which ${m.searches.stale} answered by the previous snapshot while recomputed${m.searches.held !== undefined ? `, ${m.searches.held} held (younger than the staleness bound while articles kept arriving); computations: ${m.searches.computed} first, ${m.searches.refreshed} refreshes` : ''}` : ''}\n`;
    process.stdout.write(memoryLine('server memory at start', await memory(false)));
    const { cannon: autocannonRun, hasWrk, nativeCannon, report: reportLoad, serveFeed, wrkCannon } = await import('./serve-lib/load.js');
    const wrk = hasWrk();
    if (!wrk) process.stdout.write(`wrk not found (Debian: apt-get install wrk): ${TOOL === 'wrk' ? 'autocannon runs the load phases, and ' : ''}the cached brief is not loaded with wrk\n`);
    const tool = TOOL === 'wrk' && wrk ? wrkCannon : autocannonRun;
    process.stdout.write(`load phases: ${tool === wrkCannon ? 'wrk' : 'autocannon'}, ${CONCURRENCY} connections, ${SECONDS} s\n`);
    type Load = Awaited<ReturnType<typeof autocannonRun>>;
    // CPU per request of the server process (Linux /proc; clock ticks of 10 ms) and of this one (the
    // load generator): on 2 shared cores a p99 is also the other's and other jobs' CPU, so both are shown.
    // `thread`: the server's main thread alone (/proc/PID/task/PID), apart from its workers (ingest, search, brief).
    const serverCpuMs = (thread = false): number | undefined => {
      try {
        const f = readFileSync(thread ? `/proc/${child.pid}/task/${child.pid}/stat` : `/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return (Number(f[11]) + Number(f[12])) * 10;
      } catch {
        return undefined;
      }
    };
    // CPU of each of the server's threads (tid → ms, with its nice value): which thread took the cores during a phase.
    const threadCpu = (): Map<string, { ms: number; nice: number }> => {
      const out = new Map<string, { ms: number; nice: number }>();
      try {
        for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
          try {
            const f = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
            out.set(tid, { ms: (Number(f[11]) + Number(f[12])) * 10, nice: Number(f[16]) });
          } catch {
            // The thread ended meanwhile.
          }
        }
      } catch {
        // Not Linux, or the server is gone.
      }
      return out;
    };
    const threadNote = (before: Map<string, { ms: number; nice: number }>, after: Map<string, { ms: number; nice: number }>): string => {
      const rows = [...after].map(([tid, a]) => ({ tid, nice: a.nice, ms: a.ms - (before.get(tid)?.ms ?? 0) })).filter((r) => r.ms >= 100 && r.tid !== String(child.pid));
      rows.sort((a, b) => b.ms - a.ms);
      return rows.length === 0 ? '' : `; other server threads: ${rows.slice(0, 4).map((r) => `${(r.ms / 1000).toFixed(1)} s (nice ${r.nice})`).join(', ')}`;
    };
    // This process's CPU and its ended children's (wrk runs as one), in ms: the load generator's.
    const loadCpuMs = (): number => {
      const c = process.cpuUsage();
      let children = 0;
      try {
        const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
        children = (Number(f[13]) + Number(f[14])) * 10;
      } catch {
        // Not Linux: this process only.
      }
      return (c.user + c.system) / 1000 + children;
    };
    const cpuNotes = new WeakMap<Load, string>();
    const measured = async (run: (...a: Parameters<typeof autocannonRun>) => Promise<Load>, ...a: Parameters<typeof autocannonRun>): Promise<Load> => {
      const s0 = serverCpuMs();
      const t0 = serverCpuMs(true);
      const th0 = threadCpu();
      const c0 = loadCpuMs();
      const r = await run(...a);
      const s1 = serverCpuMs();
      const t1 = serverCpuMs(true);
      const c = loadCpuMs() - c0;
      const n = Math.max(1, r.rps * a[3].seconds);
      const per = (x0: number | undefined, x1: number | undefined): string => (x0 !== undefined && x1 !== undefined ? ((x1 - x0) / n).toFixed(2) : '?');
      cpuNotes.set(r, `; CPU per request: server ${per(s0, s1)} ms (its main thread ${per(t0, t1)}), load generator ${(c / n).toFixed(2)} ms${threadNote(th0, threadCpu())}`);
      return r;
    };
    const cannon = (...a: Parameters<typeof autocannonRun>): Promise<Load> => measured(tool, ...a);
    const report = (r: Load, note = ''): string => reportLoad(r, `${note}${cpuNotes.get(r) ?? ''}`);
    const { newToken } = await import('../src/server/access.js');
    const tokens = createStore({ type: 'sqlite', file: db });
    const { token, hash: tokenHash, record } = newToken('write', new Date());
    tokens.putToken(tokenHash, record);
    tokens.close();
    const auth = { authorization: `Bearer ${token}` };
    const opts = { connections: CONCURRENCY, seconds: SECONDS };
    const lists = (i: number): string => `/api/v1/stories?limit=20${i % 2 ? '&sort=size' : ''}`;
    const searches = (i: number): string => `/api/v1/search?q=${words[i % words.length]}`;
    const loadAvg = (): string => {
      try {
        return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
      } catch {
        return '?';
      }
    };
    /**
     * Fresh briefs one after another, each while 50 clients read the story list for 3 s (started together):
     * the brief's wall time over HTTP, the list's p99 in the same window, the load average, and the CPU each
     * server thread took from the request to the answer (the main thread apart; workers by their nice value).
     */
    const freshBriefs = async (stories: readonly { id: string; size: number }[]): Promise<void> => {
      // With --fresh-posting, articles are posted meanwhile (batches of 20, back to back), as in the issue's target.
      const stream = args.includes('--fresh-posting') ? new PostStream(`${url}/api/v1`, auth, generate(3_000_000 + (Math.floor(Date.now() / 1000) % 100_000) * 2000)) : undefined;
      await stream?.started(200);
      for (const s of stories) {
        const p0 = stream?.total ?? 0;
        // --fresh-users RATE: 50 people reading (story list and search, alternately), each pausing a random 0–2/RATE s
        // between requests (bench/serve-lib/users.ts), started 1 s before the brief is asked; else 50 connections back to back.
        let k = 0;
        const during = usersRate > 0
          ? users([url], CONCURRENCY, 4, () => (k++ % 2 ? { path: searches(k), kind: 'search' } : { path: lists(k), kind: 'list' }), usersRate, seededRandom(17 + k))
          : cannon(`story list during a fresh brief (${s.size} articles)`, url, lists, { ...opts, seconds: 3 });
        if (usersRate > 0) await new Promise((r) => setTimeout(r, 1000));
        const l0 = loadAvg();
        const th0 = threadCpu();
        const c0 = loadCpuMs();
        const t0 = performance.now();
        const brief = await new Promise<{ status: number; ms: number }>((resolve) =>
          get(`${url}/api/v1/stories/${s.id}`, (r) => {
            r.on('data', () => {}).on('end', () => resolve({ status: r.statusCode ?? 0, ms: performance.now() - t0 }));
          }).on('error', () => resolve({ status: 0, ms: performance.now() - t0 })),
        );
        const th1 = threadCpu();
        const c1 = loadCpuMs();
        // Which thread is which: the brief threads name their ids (code without them: none named).
        child.stdin.write('threads\n');
        let named: { foreground?: number; background?: number } = {};
        for (;;) {
          const l = String((await lines.next()).value);
          if (l.startsWith('threads ')) {
            named = JSON.parse(l.slice(8)) as typeof named;
            break;
          }
        }
        const role = (tid: string): string => (tid === String(child.pid) ? 'main' : Number(tid) === named.foreground ? 'foreground brief' : Number(tid) === named.background ? 'background brief' : 'other');
        const rows = [...th1].map(([tid, a]) => ({ tid, role: role(tid), nice: a.nice, ms: a.ms - (th0.get(tid)?.ms ?? 0) })).filter((r) => r.ms >= 50 || r.role !== 'other');
        rows.sort((a, b) => (a.role === 'other' ? 1 : 0) - (b.role === 'other' ? 1 : 0) || b.ms - a.ms);
        process.stdout.write(`brief afresh over HTTP (${s.size} articles, while 50 clients read the list): ${brief.ms.toFixed(0)} ms wall, status ${brief.status}; load average ${l0} → ${loadAvg()}; CPU from request to answer: server threads ${rows.map((r) => `${r.role === 'other' ? '' : `${r.role} `}${(r.ms / 1000).toFixed(2)} s (nice ${r.nice})`).join(', ') || 'none'}, load generator ${((c1 - c0) / 1000).toFixed(2)} s${stream ? `; ${stream.total - p0} articles posted meanwhile` : ''}\n`);
        process.stdout.write(`figure serve_brief_fresh_ms ${brief.ms.toFixed(0)}\n`);
        const d = await during;
        if ('kinds' in d) {
          const q = (v: readonly number[], p: number): string => (v.length ? v[Math.min(v.length - 1, Math.floor(p * v.length))]!.toFixed(0) : '–');
          const perKind = [...d.kinds].map(([kind, v]) => `${kind} p50 ${q(v, 0.5)} / p99 ${q(v, 0.99)} ms (${v.length})`).join(', ');
          process.stdout.write(`${CONCURRENCY} users pausing 0–${(2 / usersRate).toFixed(1)} s, 4 s around the brief: ${(d.latencies.length / 4).toFixed(0)} req/s, p99 ${q(d.latencies, 0.99)} ms; ${perKind}; non-2xx ${d.non2xx}, errors ${d.errors}\n`);
        } else process.stdout.write(report(d));
      }
      await stream?.stop();
    };
    try {
      const api = `${url}/api/v1`;
      // A brief computed afresh (never requested before) while 50 clients read the story list. Not awaited here:
      // right after a start the brief worker may be on a background brief of one of the largest stories (thousands of
      // articles, minutes of CPU), which a request waits behind; the other phases go on meanwhile.
      const all = ONLY !== 'bursts';
      // A running service has warmed its foreground brief thread long before a reader comes: wait for it (and say how long).
      const tw = performance.now();
      child.stdin.write('warm\n');
      for (;;) {
        const l = String((await lines.next()).value);
        if (l.startsWith('warm ')) {
          const [ms, ...searchWarm] = l.slice(5).split(' ');
          process.stdout.write(`foreground brief thread warm: ${ms} ms after the server listened${searchWarm.length > 0 ? ` ${searchWarm.join(' ')}` : ''} (waited ${(performance.now() - tw).toFixed(0)} ms here)\n`);
          break;
        }
      }
      if (ONLY === 'fresh') {
        await freshBriefs(nearest);
        return;
      }
      const t = performance.now();
      const during = all ? cannon('story list during a fresh brief', url, lists, { ...opts, seconds: 3 }) : undefined;
      const freshBrief = all
        ? new Promise<{ status: number; ms: number }>((resolve) =>
            get(`${api}/stories/${top.id}`, (r) => {
              r.on('data', () => {}).on('end', () => resolve({ status: r.statusCode ?? 0, ms: performance.now() - t }));
            }).on('error', () => resolve({ status: 0, ms: performance.now() - t })),
          )
        : undefined;
      if (during !== undefined) process.stdout.write(report(await during));
      // Warm: the first search of a process compiles its statements; not what a user waits for every time.
      await fetch(`${api}/search?q=warm`);
      // The idle figures the bursts are compared with: as long as a burst's read phase (10 s), so both p99s are
      // taken over as many requests and as many chances of a rare stall.
      const burstOpts = { ...opts, seconds: Math.max(SECONDS, 10) };
      const idleList = await cannon('story list', url, lists, burstOpts);
      process.stdout.write(report(idleList));
      // The same with Node's own client (native parser): how much of the p99 is the load generator's CPU.
      if (all) process.stdout.write(report(await measured(nativeCannon, 'story list node client', url, lists, opts)));
      const idleSearch = await cannon('search', url, searches, burstOpts);
      process.stdout.write(report(idleSearch));

      // Reads while articles are posted (batches of 20, back to back: as fast as the ingest worker takes them),
      // replicas never generated before (a rerun on a kept database posts new articles, not duplicates).
      const fresh0 = 1_000_000 + (Math.floor(Date.now() / 1000) % 100_000) * 2000;
      const stream = all ? new PostStream(api, auth, generate(fresh0), (m) => process.stdout.write(`post failed: ${m}\n`)) : undefined;
      const postedIn = async (name: string, phase: () => Promise<Load>): Promise<string> => {
        const t0 = performance.now();
        const r = await phase();
        const t1 = performance.now();
        const n = stream?.addedBetween(t0, t1) ?? 0;
        return report(r, `; posted meanwhile ${n} articles in ${((t1 - t0) / 1000).toFixed(1)} s (${(n / ((t1 - t0) / 1000)).toFixed(1)} articles/s)`);
      };
      const ingestStart = performance.now();
      if (all) {
        // The stream under way before the reads start.
        await stream?.started();
        process.stdout.write(await postedIn('story list while ingesting', () => cannon('story list while ingesting', url, lists, opts)));
        process.stdout.write(await postedIn('search while ingesting', () => cannon('search while ingesting', url, searches, opts)));
        await stream?.stop();
        process.stdout.write(`ingested meanwhile: ${stream?.total ?? 0} articles in ${((performance.now() - ingestStart) / 1000).toFixed(0)} s\n`);
      }

      // A burst of 1,000 feed items polled while 50 clients read the story list, then another while they search.
      const burstPhase = async (name: string, paths: (i: number) => string, idle: Load, from: number): Promise<void> => {
        const burst: { title: string; text: string; published: string }[] = [];
        const bit = generate(from);
        while (burst.length < 1000) {
          const a = bit.next().value as RawArticle;
          burst.push({ title: a.title ?? '', text: a.body, published: a.published ?? '2030-01-01' });
        }
        const feed = await serveFeed(burst);
        try {
          const before = Number(/^parallax_articles (\d+)/m.exec(await (await fetch(`${url}/metrics`)).text())?.[1]);
          const t0 = performance.now();
          const src = await fetch(`${api}/sources`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ url: feed.url, kind: 'feed' }) });
          const { id } = (await src.json()) as { id: string };
          const k0 = await searchCounts();
          const burstRead = await cannon(name, url, paths, burstOpts);
          const k1 = await searchCounts();
          const ratio = burstRead.p99 / Math.max(1, idle.p99);
          // Searches computed during the read phase: what the search workers took beside ingest.
          const d = (f: keyof Counts): number => (k1[f] ?? 0) - (k0[f] ?? 0);
          const kept = name.startsWith('search') ? `; searches computed during it: ${((d('computed') + d('refreshed')) / burstOpts.seconds).toFixed(1)}/s (${d('computed')} first, ${d('refreshed')} refreshes), ${d('held')} answers held, ${d('stale')} stood in while recomputed, ${d('escalated')} refreshes repeated at the server's priority` : '';
          process.stdout.write(report(burstRead, ` (idle p99 ${idle.p99} ms: ${ratio.toFixed(1)}x)${kept}`));
          process.stdout.write(`figure serve_burst_${name.startsWith('search') ? 'search_' : ''}p99_ratio ${ratio.toFixed(2)}\n`);
          for (;;) {
            const s = (await (await fetch(`${api}/sources/${id}`)).json()) as { lastPollAt?: string; itemsSeen: number; lastError?: string };
            if (s.lastPollAt !== undefined) {
              const after = Number(/^parallax_articles (\d+)/m.exec(await (await fetch(`${url}/metrics`)).text())?.[1]);
              const secs = (performance.now() - t0) / 1000;
              process.stdout.write(`feed burst: ${s.itemsSeen} of 1000 items ingested (${after - before} new articles) in ${secs.toFixed(0)} s (${((after - before) / secs).toFixed(1)} articles/s)${s.lastError ? `; error ${s.lastError}` : ''}\n`);
              break;
            }
            await new Promise((r) => setTimeout(r, 1000));
          }
        } finally {
          await feed.close();
        }
      };
      await burstPhase('story list during a 1,000-item feed burst', lists, idleList, fresh0 + 500_000);
      await burstPhase('search during a 1,000-item feed burst', searches, idleSearch, fresh0 + 700_000);

      if (freshBrief === undefined) return;
      const fresh = await freshBrief;
      process.stdout.write(`brief afresh over HTTP (${top.size} articles, worker thread, while the phases above ran): ${fresh.ms.toFixed(0)} ms wall, status ${fresh.status}\n`);
      process.stdout.write(`figure serve_brief_fresh_ms ${fresh.ms.toFixed(0)}\n`);
      const json = (await (await fetch(`${api}/stories/${top.id}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()).byteLength;
      const gz = (await new Promise<number>((resolve) =>
        get(`${api}/stories/${top.id}`, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
          let n = 0;
          r.on('data', (c: Buffer) => (n += c.length)).on('end', () => resolve(n));
        }),
      ));
      process.stdout.write(`brief of that story: ${(json / 2 ** 20).toFixed(1)} MB of JSON, ${(gz / 2 ** 20).toFixed(1)} MB gzipped\n`);
      process.stdout.write(report(await measured(autocannonRun, 'brief cached', url, () => `/api/v1/stories/${top.id}`, opts)));
      // wrk parses in C and drops the bodies: its p99 is the server's and the kernel's, not a JavaScript parser's.
      if (wrk) process.stdout.write(report(await measured(wrkCannon, 'brief cached wrk', url, () => `/api/v1/stories/${top.id}`, opts)));
      // The same with Node's native HTTP parser (autocannon's is JavaScript: its CPU per 0.3 MB body is the bottleneck),
      // and revalidated: a client holding the current version sends its ETag and gets a 304.
      process.stdout.write(report(await measured(nativeCannon, 'brief cached node client', url, () => `/api/v1/stories/${top.id}`, opts)));
      // The client's own work per reply, apart from the transfer: inflating the gzipped body, and parsing the JSON.
      const { gunzipSync, gzipSync } = await import('node:zlib');
      const text = await (await fetch(`${api}/stories/${top.id}`, { headers: { 'accept-encoding': 'identity' } })).text();
      const zipped = gzipSync(text, { level: 6 });
      const cpuOf = (f: () => void, n = 5): number => {
        const c0 = process.cpuUsage();
        for (let k = 0; k < n; k++) f();
        const c1 = process.cpuUsage(c0);
        return (c1.user + c1.system) / 1000 / n;
      };
      process.stdout.write(`client work per cached brief reply: gunzip ${cpuOf(() => gunzipSync(zipped)).toFixed(1)} ms CPU, JSON.parse ${cpuOf(() => JSON.parse(text)).toFixed(1)} ms CPU (${(text.length / 2 ** 20).toFixed(1)} MB of JSON)\n`);
      process.stdout.write(report(await measured((n, b, p, o) => nativeCannon(n, b, p, { ...o, gunzip: true }), 'brief cached node client gunzipped', url, () => `/api/v1/stories/${top.id}`, opts)));
      const etag = (await fetch(`${api}/stories/${top.id}`, { headers: { 'accept-encoding': 'gzip' } })).headers.get('etag') ?? '';
      process.stdout.write(report(await cannon('brief revalidated', url, () => `/api/v1/stories/${top.id}`, { ...opts, headers: { 'if-none-match': etag } }), ' (304s)'));

      const rss = await (await fetch(`${url}/metrics`)).text();
      // Time inside the server per request (from its own metrics): what the server spends, apart from queueing and the clients.
      const sums = new Map<string, { sum: number; n: number }>();
      for (const m of rss.matchAll(/^parallax_http_request_duration_seconds_(sum|count)\{method="GET",route="([^"]+)"\} ([\d.e+-]+)$/gm)) {
        const e = sums.get(m[2]!) ?? { sum: 0, n: 0 };
        if (m[1] === 'sum') e.sum = Number(m[3]);
        else e.n = Number(m[3]);
        sums.set(m[2]!, e);
      }
      for (const [route, e] of sums) if (e.n > 0) process.stdout.write(`server time per request, ${route}: ${((e.sum / e.n) * 1000).toFixed(1)} ms mean over ${e.n}\n`);
      process.stdout.write(`server RSS after the load: ${(Number(/^process_resident_memory_bytes (\d+)/m.exec(rss)?.[1]) / 2 ** 20).toFixed(0)} MB\n`);
      process.stdout.write(memoryLine('server memory after the load', await memory(false)));
      process.stdout.write(memoryLine('server memory after the load, server thread collected', await memory(true)));
    } finally {
      const ts = performance.now();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      // SIGTERM ends the brief threads too (a background brief at nice 19 included): how long the stop took.
      process.stdout.write(`server stopped ${(performance.now() - ts).toFixed(0)} ms after SIGTERM\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
