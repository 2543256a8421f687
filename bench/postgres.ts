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
import { openPostgres } from '../src/storage/create-store.js';
import { PgConnection } from '../src/storage/postgres/pg-connection.js';
import { ARTICLES, CONCURRENCY, EXISTING, OFFSET, POOLS, SCALE, SECONDS, SERVER, SRC, STATEMENTS, WARM, WORKERS, args, type WorkerOut } from './postgres-lib/settings.js';
import { cpuMs, load, procCpuMs, quantile, statementsReport, statementsReset } from './postgres-lib/measure.js';
import { enqueue, schemaUrl, writeArticles } from './postgres-lib/stream.js';
import { workerChild } from './postgres-lib/worker-child.js';

if (args[0] === '--worker') {
  await workerChild();
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
