/**
 * The PostgreSQL backend and its workers. Needs a PostgreSQL server
 * (PARALLAX_BENCH_PG, else PARALLAX_TEST_PG: a URL whose user may create
 * databases) and the giveme5w1h full texts; skips with a message without
 * either. Works in a database of its own, dropped at the end.
 *
 * 1. Workers: the same ARTICLES full-text articles (giveme5w1h replayed with
 *    new words, as bench/serve.ts does) enqueued with `ingest --queue`'s
 *    function, then processed by 1, 2 and 4 `parallax worker` processes
 *    started together: articles per second (wall), and where the time went
 *    (each worker's CPU and its PostgreSQL backend's CPU, read from /proc;
 *    claim / process / stage / assign wall time).
 * 2. Scale: SCALE articles through 2 workers into one database: story
 *    assignment per article (its plan, plus its share of the batch's writes:
 *    the clusterer's tables, the articles with their stories, the name
 *    index), the database's size, then search p50/p99 over HTTP from
 *    CONCURRENCY clients against one `parallax serve` on it per --pools value
 *    (search processes per server; 0: in the server's thread), for 10 cached
 *    words and for all-different two-word queries, with the CPU per request
 *    of the server and of its search processes.
 * Printed with `figure` lines, not gated: the machine is shared and the
 * figures follow its load.
 *   node --import tsx bench/postgres.ts                                  # 300 articles per worker run, 2,000 at scale
 *   node --import tsx bench/postgres.ts --articles 600 --scale 10000 --workers 1,2,4
 *   node --import tsx bench/postgres.ts --workers 0 --scale 2000 --pools 0,2,4   # search only: servers with 0, 2, 4 search processes
 *   node --import tsx bench/postgres.ts --db-existing postgres://…/px1m --articles 1000 --workers 1,2 --offset N   # ingest into a large existing database
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../src/core/result.js';
import { enqueueSources } from '../src/pipeline/queue-enqueue.js';
import { runWorker } from '../src/pipeline/queue-worker.js';
import { openPostgres } from '../src/storage/create-store.js';
import { PgConnection } from '../src/storage/postgres/pg-connection.js';
import { clean } from '../src/stages/clean/index.js';
import { analyze } from '../src/stages/analyze/index.js';
import { MemoryClusterStore, planAssignment } from '../src/stages/cluster/index.js';
import { docFeatures } from '../src/stages/cluster/doc-terms.js';
import { clusterDoc } from '../src/pipeline/ingest-articles.js';
import { decodeFeatures, encodeFeatures, paramsKey } from '../src/storage/postgres/pg-queue-features.js';
import { nameRows } from '../src/storage/postgres/pg-search-names.js';
import { foldForSearch } from '../src/storage/postgres/pg-search.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const ARTICLES = opt('--articles', 300);
const SCALE = opt('--scale', 2000);
// --warm N: each worker process runs the per-article code on N articles before the clock starts (0: cold processes).
const WARM = opt('--warm', 0);
// --statements: with pg_stat_statements loaded on the server (shared_preload_libraries), each worker run's statements ranked by time per article.
const STATEMENTS = args.includes('--statements');
const CONCURRENCY = opt('--concurrency', 50);
const SECONDS = opt('--seconds', 5);
// --workers 0 skips the worker runs (the scale database and search only).
const WORKERS = (args.includes('--workers') ? args[args.indexOf('--workers') + 1]! : '1,2,4').split(',').map(Number).filter((w) => w > 0);
// Search processes per server in the HTTP phase, one server per value (0: searches in the server's own thread).
const POOLS = (args.includes('--pools') ? args[args.indexOf('--pools') + 1]! : '0,2').split(',').map(Number);
const SERVER = process.env.PARALLAX_BENCH_PG ?? process.env.PARALLAX_TEST_PG;
// --db-existing URL: the worker runs ingest into that database instead of a fresh one (kept; e.g. bench/pg-scale.ts's
// large one), each run ARTICLES new articles taken from the replayed stream from --offset on; no scale or search phase.
const EXISTING = args.includes('--db-existing') ? args[args.indexOf('--db-existing') + 1] : undefined;
const OFFSET = opt('--offset', 0);
const SRC = join(import.meta.dirname, '../../shared/data/clusters/giveme5w1h/articles.jsonl');
const TICK_MS = 10; // /proc CPU times are in clock ticks of 10 ms (USER_HZ = 100 on Linux)

/** CPU milliseconds of a process so far, from /proc (utime + stime). */
function procCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}

function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;

if (args[0] === '--worker') {
  // One worker process: waits for the go file so all start together, then drains the queue.
  const [, url, go, warmFile, warmN] = args;
  // --warm N: the process first runs the worker's per-article code on N articles of the file in memory (nothing
  // stored), so the run measures a worker that has been running (as a service does) and not V8 compiling its code.
  if (Number(warmN) > 0 && warmFile) warmUp(warmFile, Number(warmN));
  const store = openPostgres(url!);
  const backend = store.db.one<{ pid: number }>('SELECT pg_backend_pid() AS pid')!.pid;
  process.stdout.write('ready\n');
  while (!existsSync(go!)) await sleep(5);
  const cpu0 = cpuMs();
  const back0 = procCpuMs(backend);
  const assignMs: number[] = [];
  const assignCpuMs: number[] = [];
  const report = await runWorker(store, {
    clock: systemClock,
    drain: true,
    batch: 2,
    pollMs: 20,
    onAssign: (ms, cpu) => {
      assignMs.push(ms);
      assignCpuMs.push(cpu);
    },
  });
  const out = { jobs: report.jobs, assigned: report.assigned, batches: report.assignBatches, cpuMs: cpuMs() - cpu0, backendCpuMs: procCpuMs(backend) - back0, ms: report.ms, cpu: report.cpuMs, assignMs, assignCpuMs };
  store.close();
  process.stdout.write(`${JSON.stringify(out)}\n`);
} else if (args[0] === '--serve') {
  const { startServer } = await import('../src/server/start.js');
  const server = await startServer({ db: args[1]!, port: 0, log: () => {}, rateLimit: { perSecond: 0 } });
  // On PostgreSQL the background brief pass runs on the server's thread (brief-refresh.ts: stories of up to 60
  // articles, half a core), and right after a start it has every story to do: each brief holds the event loop for
  // its whole length. It is stopped here so the search phases measure search; --refresh keeps it.
  if (args[2] !== 'refresh') server.deps.refresher.stop();
  process.stdout.write(`${server.url}\n`);
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
} else {
  await run();
}

/** The worker's code paths (clean, analyse, term vector, name rows, search text, assignment) on N articles, in memory. */
function warmUp(file: string, n: number): void {
  const cluster = new MemoryClusterStore();
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).slice(0, n);
  lines.forEach((line, i) => {
    const r = JSON.parse(line) as { title?: string; text?: string; published?: string; source?: string };
    const c = clean({ format: 'jsonl', path: `${file}#L${i + 1}`, body: r.text ?? '', ...(r.title ? { title: r.title } : {}), ...(r.published ? { published: r.published } : {}), ...(r.source ? { source: r.source } : {}) });
    if (!c.ok) return;
    const analysis = analyze(c.value);
    const doc = clusterDoc({ article: c.value, analysis });
    const features = decodeFeatures(encodeFeatures(docFeatures(doc, cluster.params), paramsKey(cluster.params)), paramsKey(cluster.params));
    JSON.stringify(nameRows(c.value.text, analysis));
    foldForSearch(c.value.text);
    JSON.stringify(analysis);
    const plan = planAssignment(cluster, { ...doc, ...(features !== undefined ? { features } : {}) });
    if (plan !== undefined) cluster.apply(plan);
  });
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A third of the 4+ letter words get a suffix per replica, so replicas are new articles with new words. */
function perturb(text: string, replica: number): string {
  if (replica === 0) return text;
  return text.replace(/\p{L}{4,}/gu, (w) => (hash(`${w.toLowerCase()}|${replica}`) % 100 < 35 ? `${w}${String.fromCharCode(97 + ((hash(`${w}|${replica}`) >>> 8) % 26))}x` : w));
}

function writeArticles(file: string, n: number, offset: number): void {
  const base = readFileSync(SRC, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { title?: string; text?: string; source?: string });
  const lines: string[] = [];
  for (let k = 0; k < n; k++) {
    const r = Math.floor((k + offset) / base.length);
    const a = base[(k + offset) % base.length]!;
    const day = new Date(Date.parse('2020-01-01') + (r * 3 + (hash(a.text ?? '') % 3)) * 86_400_000).toISOString().slice(0, 10);
    lines.push(JSON.stringify({ title: perturb(a.title ?? '', r), text: perturb(a.text ?? '', r), published: day, ...(a.source ? { source: a.source } : {}) }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

interface WorkerOut {
  jobs: number;
  assigned: number;
  batches: number;
  cpuMs: number;
  backendCpuMs: number;
  ms: { claim: number; process: number; stage: number; assign: number; idle: number };
  cpu: { claim: number; process: number; stage: number; assign: number; idle: number };
  assignMs: number[];
  assignCpuMs: number[];
}

/** W worker processes started together on one schema; wall time from the go signal to the last exit. */
async function workers(url: string, w: number, dir: string, warmFile = ''): Promise<{ wallMs: number; outs: WorkerOut[] }> {
  const go = join(dir, `go-${w}-${Date.now()}`);
  let ready = 0;
  let start = 0;
  const runs = Array.from(
    { length: w },
    () =>
      new Promise<WorkerOut>((resolve, reject) => {
        // --profile DIR: each worker writes a V8 CPU profile there (node --cpu-prof).
        const prof = args.includes('--profile') ? ['--cpu-prof', '--cpu-prof-dir', args[args.indexOf('--profile') + 1]!] : [];
        const child = spawn(process.execPath, [...prof, '--import', 'tsx', import.meta.filename, '--worker', url, go, warmFile, String(WARM)], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d;
          if (/^ready$/m.test(String(d)) && ++ready === w) {
            start = performance.now();
            writeFileSync(go, '');
          }
        });
        child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as WorkerOut) : reject(new Error(`worker exited ${code}`))));
      }),
  );
  const outs = await Promise.all(runs);
  return { wallMs: performance.now() - start, outs };
}

/** Clears pg_stat_statements (the whole server's: run it on a server of your own). */
function statementsReset(admin: PgConnection): void {
  admin.exec('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  admin.exec('SELECT pg_stat_statements_reset()');
}

/** The bench database's statements since the reset, by execution time per article (planning is not in it: prepared once). */
function statementsReport(admin: PgConnection, dbName: string, articles: number): void {
  const rows = admin.adhoc<{ query: string; calls: string; ms: number; rows: string; blks: string }>(
    `SELECT regexp_replace(s.query, '\\s+', ' ', 'g') AS query, s.calls::text AS calls, s.total_exec_time AS ms, s.rows::text AS rows,
            (s.shared_blks_hit + s.shared_blks_read + s.shared_blks_dirtied)::text AS blks
     FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1 ORDER BY s.total_exec_time DESC LIMIT 24`,
    [dbName],
  );
  const { ms: total, calls } = admin.adhoc<{ ms: number; calls: string }>(
    'SELECT coalesce(sum(total_exec_time), 0) AS ms, coalesce(sum(calls), 0)::text AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1',
    [dbName],
  )[0]!;
  process.stdout.write(`    statements (pg_stat_statements, execution only): ${(total / articles).toFixed(2)} ms and ${(Number(calls) / articles).toFixed(1)} statements per article in all; the largest:\n`);
  for (const r of rows) {
    process.stdout.write(
      `    ${(r.ms / articles).toFixed(3)} ms/article  ${(Number(r.calls) / articles).toFixed(2)} calls/article  ${(Number(r.blks) / articles).toFixed(0)} blocks/article  ${r.query.slice(0, 150)}\n`,
    );
  }
}

function schemaUrl(dbName: string, schema: string): string {
  const url = new URL(SERVER!);
  url.pathname = `/${dbName}`;
  url.searchParams.set('options', `-csearch_path=${schema}`);
  return url.toString();
}

async function enqueue(url: string, file: string): Promise<{ jobs: number; wallMs: number; cpuMs: number }> {
  const store = openPostgres(url);
  const t = performance.now();
  const c = cpuMs();
  const r = await enqueueSources(store, [file]);
  const out = { jobs: r.jobs, wallMs: performance.now() - t, cpuMs: cpuMs() - c };
  store.close();
  return out;
}

async function load(url: string, next: (i: number) => string): Promise<number[]> {
  const times: number[] = [];
  let i = 0;
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const path = next(i++);
        const res = await fetch(`${url}${path}`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`HTTP ${res.status} on ${path}`);
        times.push(performance.now() - t);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}

async function run(): Promise<void> {
  if (SERVER === undefined) {
    process.stdout.write('skipped postgres: set PARALLAX_BENCH_PG (or PARALLAX_TEST_PG) to a PostgreSQL server URL\n');
    return;
  }
  if (!existsSync(SRC)) {
    process.stdout.write(`skipped postgres: ${SRC} not found\n`);
    return;
  }
  let admin: PgConnection;
  try {
    admin = new PgConnection(SERVER);
  } catch (err) {
    process.stdout.write(`skipped postgres: ${(err as Error).message.split('\n')[0]}\n`);
    return;
  }
  if (EXISTING !== undefined) {
    admin.close();
    await runExisting(EXISTING);
    return;
  }
  const dbName = `parallax_bench_${process.pid}`;
  admin.exec(`CREATE DATABASE ${dbName}`);
  const dir = mkdtempSync(join(tmpdir(), 'px-bench-pg-'));
  try {
    const file = join(dir, 'articles.jsonl');
    writeArticles(file, ARTICLES, 0);
    process.stdout.write(`workers: ${ARTICLES} full-text articles (giveme5w1h replayed with new words)${WARM > 0 ? `, each worker warmed on ${WARM} of them first` : ', cold worker processes'}; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`);
    const rates = new Map<number, number>();
    for (const w of WORKERS) {
      const url = schemaUrl(dbName, `w${w}`);
      const q = await enqueue(url, file);
      if (STATEMENTS) statementsReset(admin);
      const { wallMs, outs } = await workers(url, w, dir, file);
      const sum = (f: (o: WorkerOut) => number): number => outs.reduce((s, o) => s + f(o), 0);
      const added = sum((o) => o.assigned);
      const rate = added / (wallMs / 1000);
      rates.set(w, rate);
      const cpu = sum((o) => o.cpuMs);
      const back = sum((o) => o.backendCpuMs);
      process.stdout.write(
        `  ${w} worker${w > 1 ? 's' : ''}: ${added} articles in ${(wallMs / 1000).toFixed(1)} s wall = ${rate.toFixed(1)} articles/s; ` +
          `CPU ${(cpu / added).toFixed(1)} ms/article in the workers + ${(back / added).toFixed(1)} ms in their PostgreSQL backends; ` +
          `worker CPU per article: clean+analyse ${(sum((o) => o.cpu.process) / added).toFixed(1)} ms, stage ${(sum((o) => o.cpu.stage) / added).toFixed(1)} ms, ` +
          `store+assign ${(sum((o) => o.cpu.assign) / added).toFixed(1)} ms, claim ${(sum((o) => o.cpu.claim) / added).toFixed(1)} ms; ` +
          `wall (all workers): process ${(sum((o) => o.ms.process) / 1000).toFixed(1)} s, stage ${(sum((o) => o.ms.stage) / 1000).toFixed(1)} s, ` +
          `assign ${(sum((o) => o.ms.assign) / 1000).toFixed(1)} s, claim ${(sum((o) => o.ms.claim) / 1000).toFixed(1)} s, idle ${(sum((o) => o.ms.idle) / 1000).toFixed(1)} s; ` +
          `jobs per worker ${outs.map((o) => o.jobs).join('/')}; ${sum((o) => o.batches ?? 0) > 0 ? (added / sum((o) => o.batches ?? 0)).toFixed(1) : '?'} articles per assignment transaction; enqueue ${(q.wallMs / 1000).toFixed(1)} s wall, ${(q.cpuMs / q.jobs).toFixed(1)} ms CPU/article\n`,
      );
      process.stdout.write(`figure pg_workers_${w}_articles_per_s ${rate.toFixed(2)}\n`);
      if (STATEMENTS) statementsReport(admin, dbName, added);
    }
    const one = rates.get(1);
    for (const [w, r] of rates) if (one !== undefined && w > 1) process.stdout.write(`figure pg_workers_${w}_speedup ${(r / one).toFixed(2)}\n`);

    // Scale: one database of SCALE articles through 2 workers (--scale 0: workers only).
    if (SCALE <= 0) return;
    const big = schemaUrl(dbName, 'scale');
    const bigFile = join(dir, 'scale.jsonl');
    writeArticles(bigFile, SCALE, 0);
    const q = await enqueue(big, bigFile);
    const { wallMs, outs } = await workers(big, 2, dir);
    const assign = outs.flatMap((o) => o.assignMs).sort((a, b) => a - b);
    const assignCpu = outs.flatMap((o) => o.assignCpuMs).sort((a, b) => a - b);
    process.stdout.write(
      `scale: ${assign.length} articles through 2 workers in ${(wallMs / 1000).toFixed(0)} s (${(assign.length / (wallMs / 1000)).toFixed(1)} articles/s; enqueue ${(q.wallMs / 1000).toFixed(0)} s); ` +
        `story assignment per article (plan, store with its story, cluster tables; committed 50 jobs at a time): wall p50 ${quantile(assign, 0.5).toFixed(1)} ms, p99 ${quantile(assign, 0.99).toFixed(1)} ms, max ${assign[assign.length - 1]?.toFixed(1)} ms; ` +
        `CPU of the assigning process p50 ${quantile(assignCpu, 0.5).toFixed(1)} ms, p99 ${quantile(assignCpu, 0.99).toFixed(1)} ms (the database's share not included)\n`,
    );
    process.stdout.write(`figure pg_assign_p99_ms ${quantile(assign, 0.99).toFixed(1)}\nfigure pg_assign_cpu_p99_ms ${quantile(assignCpu, 0.99).toFixed(1)}\n`);
    const size = admin.one<{ b: string }>(`SELECT pg_database_size('${dbName}')::text AS b`)!;
    const store = openPostgres(big);
    const textBytes = Number(store.db.one<{ b: string }>('SELECT sum(octet_length(text))::text AS b FROM articles')!.b);
    const tables = store.db.query<{ name: string; b: string }>(
      "SELECT c.relname AS name, pg_total_relation_size(c.oid)::text AS b FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'scale' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 5",
    );
    const schemaBytes = Number(store.db.one<{ b: string }>("SELECT sum(pg_total_relation_size(c.oid))::text AS b FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'scale' AND c.relkind = 'r'")!.b);
    const n = store.countArticles();
    // Search cost without the HTTP layer and the machine's queueing: CPU of this process and of its PostgreSQL backend.
    const { parseSearchQuery } = await import('../src/storage/search-query.js');
    const backend = store.db.one<{ pid: number }>('SELECT pg_backend_pid() AS pid')!.pid;
    const words = ['government', 'police', 'president', 'election', 'court', 'Korea', 'water', 'school', 'market', 'fire'];
    const c0 = cpuMs();
    const b0 = procCpuMs(backend);
    const searches = 200;
    const each: number[] = [];
    for (let i = 0; i < searches; i++) {
      const q = parseSearchQuery(words[i % words.length]!);
      if (!q.ok) continue;
      const t = performance.now();
      store.search({ query: q.value, limit: 20, offset: 0 });
      each.push(performance.now() - t);
    }
    each.sort((x, y) => x - y);
    process.stdout.write(
      `search in process (${searches} one after another, one-word queries, 20 hits with snippets, total and facets): CPU ${((cpuMs() - c0) / searches).toFixed(1)} ms in the process + ` +
        `${((procCpuMs(backend) - b0) / searches).toFixed(1)} ms in PostgreSQL per search; wall p50 ${quantile(each, 0.5).toFixed(1)} ms, p99 ${quantile(each, 0.99).toFixed(1)} ms\n`,
    );
    store.close();
    process.stdout.write(
      `database: ${(schemaBytes / 2 ** 20).toFixed(0)} MB for ${n} articles = ${(schemaBytes / n / 1024).toFixed(1)} KB per article (${((schemaBytes - textBytes) / n / 1024).toFixed(1)} KB without the text); ` +
        `largest tables ${tables.map((t) => `${t.name} ${(Number(t.b) / 2 ** 20).toFixed(0)} MB`).join(', ')}; whole bench database ${(Number(size.b) / 2 ** 20).toFixed(0)} MB\n`,
    );
    process.stdout.write(`figure pg_kb_per_article ${(schemaBytes / n / 1024).toFixed(1)}\n`);

    // Two-word queries from this vocabulary: 1,600 distinct ones, so nearly every request misses the server's result cache.
    const vocab = ['government', 'police', 'president', 'election', 'court', 'Korea', 'water', 'school', 'market', 'fire', 'minister', 'city', 'company', 'report', 'people', 'state', 'world', 'year', 'week', 'country', 'health', 'money', 'home', 'family', 'law', 'war', 'oil', 'bank', 'game', 'team', 'film', 'music', 'data', 'power', 'energy', 'trade', 'china', 'europe', 'africa', 'russia'];
    let offset = 0;
    for (const pool of POOLS) {
      // One server per pool size (PARALLAX_PG_SEARCH_PROCESSES; 0: searches in the server's thread, one at a time).
      const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--serve', big, ...(args.includes('--refresh') ? ['refresh'] : [])], {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, PARALLAX_PG_SEARCH_PROCESSES: String(pool) },
      });
      const url = await new Promise<string>((resolve) => child.stdout.once('data', (b: Buffer) => resolve(b.toString().trim())));
      // The server and its search processes, for CPU per request (not tsx's esbuild service, also a child).
      const searchers = (): number[] =>
        readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8')
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map(Number)
          .filter((pid) => {
            try {
              return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('pg-search-child');
            } catch {
              return false;
            }
          });
      // Wait for the search processes to connect (they start with the server).
      await sleep(3000);
      try {
        const phases: [string, (i: number) => string][] = [
          ['10 words, cached after the first answer', (i) => `/search?q=${words[i % words.length]}`],
          // Each server gets queries of its own (offset), so none is answered from an earlier server's run in PostgreSQL's caches alone.
          ['two-word queries, each new (uncached)', (i) => `/search?q=${vocab[(i + offset) % vocab.length]}+${vocab[Math.floor((i + offset) / vocab.length) % vocab.length]}`],
        ];
        for (const [name, next] of phases) {
          const pids = [child.pid!, ...searchers()];
          const c0 = pids.map(procCpuMs);
          const times = await load(`${url}/api/v1`, next);
          const cpu = pids.map((p, k) => procCpuMs(p) - c0[k]!);
          if (!name.startsWith('10')) offset += times.length;
          process.stdout.write(
            `search over HTTP, ${name} (one server, ${pids.length - 1} search processes, ${n} articles): ${(times.length / SECONDS).toFixed(0)} req/s, p50 ${quantile(times, 0.5).toFixed(1)} ms, ` +
              `p99 ${quantile(times, 0.99).toFixed(1)} ms (${CONCURRENCY} clients, ${SECONDS} s); CPU per request: server ${(cpu[0]! / times.length).toFixed(2)} ms, search processes ${(cpu.slice(1).reduce((a, b) => a + b, 0) / times.length).toFixed(2)} ms; ` +
              `load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}\n`,
          );
          process.stdout.write(`figure pg_search${name.startsWith('10') ? '' : '_uncached'}_pool${pool}_p99_ms ${quantile(times, 0.99).toFixed(1)}\n`);
        }
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    // --keep: the database stays for a look at it (its name is printed).
    if (args.includes('--keep')) process.stdout.write(`kept database ${dbName}\n`);
    else admin.exec(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    admin.close();
  }
}

/** --db-existing: 1, 2, … workers ingest ARTICLES new full texts each into an existing database, one run after the other. */
async function runExisting(url: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'px-bench-pg-'));
  const count = (): number => {
    const db = new PgConnection(url);
    const n = db.one<{ n: number }>('SELECT count(*)::int AS n FROM articles')!.n;
    db.close();
    return n;
  };
  try {
    let offset = OFFSET;
    for (const w of WORKERS) {
      const file = join(dir, `articles-${w}.jsonl`);
      writeArticles(file, ARTICLES, offset);
      offset += ARTICLES;
      const before = count();
      const q = await enqueue(url, file);
      const { wallMs, outs } = await workers(url, w, dir);
      const sum = (f: (o: WorkerOut) => number): number => outs.reduce((s, o) => s + f(o), 0);
      const added = sum((o) => o.assigned);
      const assign = outs.flatMap((o) => o.assignMs).sort((a, b) => a - b);
      const assignCpu = outs.flatMap((o) => o.assignCpuMs).sort((a, b) => a - b);
      process.stdout.write(
        `existing database (${before} articles before): ${w} worker${w > 1 ? 's' : ''}: ${added} articles in ${(wallMs / 1000).toFixed(1)} s wall = ${(added / (wallMs / 1000)).toFixed(1)} articles/s ` +
          `(start-up included: the assigner loads the clusterer's state); CPU ${(sum((o) => o.cpuMs) / added).toFixed(1)} ms/article in the workers + ${(sum((o) => o.backendCpuMs) / added).toFixed(1)} ms in their PostgreSQL backends; ` +
          `worker CPU per article: clean+analyse ${(sum((o) => o.cpu.process) / added).toFixed(1)}, stage ${(sum((o) => o.cpu.stage) / added).toFixed(1)}, store+assign ${(sum((o) => o.cpu.assign) / added).toFixed(1)}, claim ${(sum((o) => o.cpu.claim) / added).toFixed(1)} ms; ` +
          `assignment per article wall p50 ${quantile(assign, 0.5).toFixed(1)} ms, p99 ${quantile(assign, 0.99).toFixed(1)} ms, CPU p50 ${quantile(assignCpu, 0.5).toFixed(1)} ms, p99 ${quantile(assignCpu, 0.99).toFixed(1)} ms; ` +
          `enqueue ${(q.wallMs / 1000).toFixed(1)} s; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`,
      );
      process.stdout.write(`figure pg_existing_workers_${w}_articles_per_s ${(added / (wallMs / 1000)).toFixed(2)}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
