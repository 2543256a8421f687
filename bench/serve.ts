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
 *   ... --only fresh [--fresh 3] [--fresh-posting] [--fresh-users RATE] [--fresh-kept grown|whole] [--fresh-client curl]  # fresh briefs of the stories nearest 200 articles, one after another, each while 50 clients
 *                                                           read the list (and articles are posted); the brief's wall time, each server thread's CPU, the list's p99
 *   ... --search-stale-ms MS                              # the server's bound on a search answer's age while articles keep arriving (default 5000; 0: recomputed at every refresh)
 * A cached brief is also loaded with wrk when it is installed (Debian: `apt-get install wrk`): autocannon's
 * JavaScript HTTP parser costs more CPU per large body than the server does, so its p99 there measures itself.
 * Here: the database's build and report, the child's start and the measured load tools; the child is
 * serve-lib/server-child.ts, the phases serve-lib/load-phases.ts (--only fresh: fresh-briefs.ts), CPU from /proc proc-cpu.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { systemClock } from '../src/core/result.js';
import type { RawArticle } from '../src/core/types.js';
import { createIngester } from '../src/pipeline/ingest-articles.js';
import { buildBrief } from '../src/pipeline/build-briefs.js';
import { createStore } from '../src/storage/create-store.js';
import { formatDbSize, measureDb, perArticleBytes } from './serve-lib/db-size.js';
import { keepRecords } from './serve-lib/kept-records.js';
import { loadCpuMs, serverMeters } from './serve-lib/proc-cpu.js';
import { hash, perturb } from './serve-lib/replicas.js';
import { childQuestions, memoryLine, serveChild } from './serve-lib/server-child.js';

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
  await serveChild(args, opt);
} else {
  await run();
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

    // --fresh-kept grown|whole: the fresh stories' shared-text records as the running service would have kept them.
    const keptMode = args.includes('--fresh-kept') ? args[args.indexOf('--fresh-kept') + 1] : undefined;
    if (keptMode === 'grown' || keptMode === 'whole') process.stdout.write(keepRecords(db, nearest, keptMode));
    else if (keptMode !== undefined) throw new Error(`--fresh-kept ${keptMode}: use grown or whole`);

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
    const { memory, searchCounts } = childQuestions(child, lines);
    process.stdout.write(memoryLine('server memory at start', await memory(false)));
    const { cannon: autocannonRun, hasWrk, report: reportLoad, wrkCannon } = await import('./serve-lib/load.js');
    const { loadPhases } = await import('./serve-lib/load-phases.js');
    const wrk = hasWrk();
    if (!wrk) process.stdout.write(`wrk not found (Debian: apt-get install wrk): ${TOOL === 'wrk' ? 'autocannon runs the load phases, and ' : ''}the cached brief is not loaded with wrk\n`);
    const tool = TOOL === 'wrk' && wrk ? wrkCannon : autocannonRun;
    process.stdout.write(`load phases: ${tool === wrkCannon ? 'wrk' : 'autocannon'}, ${CONCURRENCY} connections, ${SECONDS} s\n`);
    type Load = Awaited<ReturnType<typeof autocannonRun>>;
    const { serverCpuMs, threadCpu, threadNote } = serverMeters(child);
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
    try {
      await loadPhases({ args, ONLY, SECONDS, CONCURRENCY, usersRate, child, lines, url, auth, opts, nearest, top, lists, searches, generate, cannon, measured, report, wrk, threadCpu, memory, searchCounts });
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
