/**
 * Search under load on PostgreSQL with several `parallax serve` instances
 * (issue 16: "search p99 under 50 concurrent clients < 100 ms" at a large
 * database; servers are stateless, several on one database). Runs against
 * a database you give it (read only: it writes nothing), so it can measure
 * one of a million articles built elsewhere:
 *   node --import tsx bench/pg-serve.ts --db postgres://…/news [--instances 1,2] [--connections 50] [--seconds 15] [--phases distinct,warm] [--zipf 500]
 *   ... --phases repeat       # Zipf repeats on cold caches (--warm: `repeat` becomes `warm`)
 *   ... --replicate 825        # first (a database of your own holding an ingest): 825 copies of its articles, in SQL
 *   ... --in-process 5        # first, each kind's first three queries 5 times in this process: CPU here and in PostgreSQL per search
 *   ... --rate 1               # each connection sends at most 1 request a second (users with a pause between searches), not back to back
 *   ... --phases distinct,distinct@1,warm   # a phase at its own rate (name@requests per second per connection): every row in one run
 *   ... --phases distinct@~1   # users, not paced connections: each of the 50 waits a random 0-2 s (mean 1 s) before each search, as load tools model people (Locust's `between`)
 *   PARALLAX_BENCH_PG_SERVE=postgres://…/news npm run bench -- pg-serve
 * Without a database it skips with a message. A database at an older schema
 * version is refused unless --migrate (the servers would migrate it).
 *
 * The queries come from the database itself (deterministic): common and
 * rare words of a sample of its articles, two-word queries, two-word title
 * phrases, `speaker:` and `entity:` searches of its most quoted speakers
 * and most named entities, page 2 of common words, and type=stories. Phases:
 * - distinct: every request a query not asked before in the run, so every
 *   one misses the servers' answer caches (the cost of a search);
 * - repeat: queries drawn with Zipf's law (s = 1) over the pool's first
 *   --zipf queries (500 by default), as a newsroom's standing and popular
 *   queries repeat, from cold caches;
 * - warm: the same, after each server's cache was sent each of those
 *   queries once (a service in use for a while): the caches answer all, so
 *   this phase measures cached answers, the other two the searches.
 * The default (distinct, warm; 1 and 2 instances; 15 s each) prints in one
 * run what issue 16's target needs, with a header naming the commit, the
 * machine's load, the database's size and its search index.
 * Per instance count N (servers started as `parallax serve` starts them, in
 * child processes, each with its pool of search processes, no rate limit,
 * the background brief pass stopped unless --refresh, as bench/postgres.ts
 * does: it builds briefs on the server's thread), the connections are split
 * evenly over the N servers (as a load balancer would), each server driven
 * by its own autocannon instance; every response's latency is collected, so
 * p50/p99 are over all requests. CPU per request (/proc): the servers' own
 * processes, their search processes, PostgreSQL's backends serving them
 * (found by the application_name the servers connect with), and this
 * process (the load generator). Printed, not gated.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
// autocannon ships no types; its programmatic API is the documented one (README: "Programmatically").
import autocannon from 'autocannon';
import { openPostgres } from '../src/storage/create-store.js';
import { PgConnection } from '../src/storage/postgres/pg-connection.js';
import { PG_MIGRATIONS } from '../src/storage/postgres/pg-migrations.js';
import { parseSearchQuery } from '../src/storage/search-query.js';
import type { SearchRequest } from '../src/storage/service-types.js';
import { header, procCpuMs, quantile, tree } from './pg-serve-lib/proc.js';
import { queryPool, rng, type Query } from './pg-serve-lib/queries.js';
import { replicate } from './pg-serve-lib/replicate.js';
import { users, type PhaseResult } from './serve-lib/users.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const APP = 'parallax-bench-serve';

if (args[0] === '--child') {
  // One server, as `parallax serve --db URL --rate-limit 0` starts it.
  const { startServer } = await import('../src/server/start.js');
  const server = await startServer({ db: args[1]!, port: 0, log: () => {}, rateLimit: { perSecond: 0 } });
  if (args[2] !== 'refresh') server.deps.refresher.stop();
  process.stdout.write(`${server.url}\n`);
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
} else {
  await main();
}

async function startServers(url: string, count: number, refresh: boolean): Promise<{ procs: ChildProcess[]; bases: string[] }> {
  const procs: ChildProcess[] = [];
  const bases: string[] = [];
  for (let i = 0; i < count; i++) {
    const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', url, ...(refresh ? ['refresh'] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
    procs.push(child);
    bases.push(await new Promise<string>((resolve, reject) => {
      child.stdout!.once('data', (b: Buffer) => resolve(b.toString().trim()));
      child.once('exit', (code) => reject(new Error(`server ${i + 1} exited (${code}) before listening`)));
    }));
  }
  return { procs, bases };
}


/** `connections` split over the servers, each share driven by an autocannon instance, for `seconds`; paths from next(). */
async function drive(bases: readonly string[], connections: number, seconds: number, next: () => Query, rate?: number): Promise<PhaseResult> {
  const latencies: number[] = [];
  const kinds = new Map<string, number[]>();
  let non2xx = 0;
  let errors = 0;
  await Promise.all(
    bases.map(async (base, k) => {
      const conns = Math.floor(connections / bases.length) + (k < connections % bases.length ? 1 : 0);
      const inst = autocannon({
        url: base,
        connections: conns,
        duration: seconds,
        // --rate: a client that waits between searches, as people do; without it each connection sends back to back (saturation).
        ...(rate !== undefined ? { connectionRate: rate } : {}),
        headers: { 'accept-encoding': 'gzip' },
        requests: [
          {
            setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
              const q = next();
              context.kind = q.kind;
              return { ...req, path: q.path };
            },
          },
        ],
      });
      inst.on('response', (client: unknown, status: number, _bytes: number, ms: number) => {
        latencies.push(ms);
        // The kind of the request just answered: a connection sends one at a time, and its next is built after this event.
        const kind = (client as { requestIterator?: { context?: { kind?: string } } }).requestIterator?.context?.kind ?? '?';
        (kinds.get(kind) ?? kinds.set(kind, []).get(kind)!).push(ms);
        if (status < 200 || status >= 300) non2xx++;
      });
      inst.on('reqError', () => errors++);
      await inst;
    }),
  );
  latencies.sort((a, b) => a - b);
  for (const v of kinds.values()) v.sort((a, b) => a - b);
  return { latencies, non2xx, errors, kinds };
}

/** Each kind's first three queries, `reps` times each, through the store's search: this process's CPU and its backend's per search. */
function searchCosts(url: string, queries: readonly Query[], reps: number): void {
  const store = openPostgres(url);
  try {
    const backend = store.db.one<{ pid: number }>('SELECT pg_backend_pid() AS pid')!.pid;
    const kinds = [...new Set(queries.map((q) => q.kind))].sort();
    for (const kind of kinds) {
      for (const q of queries.filter((x) => x.kind === kind).slice(0, 3)) {
        const u = new URL(q.path, 'http://x');
        const parsed = parseSearchQuery(u.searchParams.get('q')!);
        if (!parsed.ok) continue;
        const type = u.searchParams.get('type');
        const req: SearchRequest = { query: parsed.value, limit: 20, offset: Number(u.searchParams.get('offset') ?? 0), ...(type === 'stories' ? { target: 'stories' as const } : {}) };
        let r = store.search(req);
        const walls: number[] = [];
        const u0 = process.cpuUsage();
        const b0 = procCpuMs(backend);
        for (let i = 0; i < reps; i++) {
          const t = performance.now();
          r = store.search(req);
          walls.push(performance.now() - t);
        }
        const u1 = process.cpuUsage(u0);
        walls.sort((a, b) => a - b);
        process.stdout.write(
          `in process, ${kind} ${JSON.stringify(u.searchParams.get('q'))}${type ? ` type=${type}` : ''}${u.searchParams.get('offset') ? ' page 2' : ''}: total ${r.total}${r.totalCapped ? '+' : ''}; ` +
            `CPU per search ${((u1.user + u1.system) / 1000 / reps).toFixed(1)} ms here + ${((procCpuMs(backend) - b0) / reps).toFixed(1)} ms PostgreSQL; wall p50 ${quantile(walls, 0.5).toFixed(0)} ms\n`,
        );
      }
    }
  } finally {
    store.close();
  }
}

/** Waits (up to 60 s) until the servers and their search processes use less than a twentieth of a core. */
async function idle(pids: readonly number[]): Promise<void> {
  const cpu = (): number => pids.flatMap(tree).reduce((a, p) => a + procCpuMs(p), 0);
  for (let i = 0; i < 60; i++) {
    const c0 = cpu();
    await new Promise((r) => setTimeout(r, 1000));
    if (cpu() - c0 < 50) return;
  }
}

async function main(): Promise<void> {
  const url = opt('--db') ?? process.env.PARALLAX_BENCH_PG_SERVE;
  if (url === undefined) return void process.stdout.write('skipped pg-serve: give --db postgres://… (or PARALLAX_BENCH_PG_SERVE) naming a PostgreSQL database with articles\n');
  const instances = (opt('--instances') ?? '1,2').split(',').map(Number).filter((n) => n > 0);
  const connections = Number(opt('--connections') ?? 50);
  const seconds = Number(opt('--seconds') ?? 15);
  const phases = (opt('--phases') ?? 'distinct,warm').split(',').map((p) => (p === 'repeat' && args.includes('--warm') ? 'warm' : p));
  const refresh = args.includes('--refresh');
  const defaultRate = opt('--rate') === undefined ? undefined : Number(opt('--rate'));
  const tagged = new URL(url);
  tagged.searchParams.set('application_name', APP);
  const db = new PgConnection(url);
  // The servers bring the schema up to date when they open the database: a write. On a database another process owns
  // (a pinned build, a read-only copy) that is refused unless asked for (an older build then refuses the database).
  const have = db.one<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations')?.v ?? 0;
  const newest = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]!.version;
  if (have < newest && !args.includes('--migrate')) {
    db.close();
    process.stderr.write(`pg-serve: the database is at schema version ${have}, this code at ${newest}: its servers would migrate it (a write). Run on a copy (createdb -T), or pass --migrate\n`);
    process.exit(2);
  }
  const replicas = Number(opt('--replicate') ?? 0);
  if (replicas > 0) replicate(db, replicas);
  const { queries, articles, frequent } = queryPool(db);
  const counts = new Map<string, number>();
  for (const q of queries) counts.set(q.kind, (counts.get(q.kind) ?? 0) + 1);
  process.stdout.write(`${articles} articles; ${queries.length} distinct queries (${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')})\n`);
  process.stdout.write(`${header(db)}\n`);
  const backends = (): number[] => db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [APP]).map((r) => r.pid);
  let used = 0;
  try {
    // --in-process N: first the cost of one search of each kind, N in a row in this process (no HTTP, no cache).
    const inProcess = Number(opt('--in-process') ?? 0);
    if (inProcess > 0) searchCosts(tagged.toString(), [...frequent, ...queries], inProcess);
    for (const count of instances) {
      const { procs, bases } = await startServers(tagged.toString(), count, refresh);
      try {
        // The search processes connect as the server starts; a short warm-up at low concurrency compiles the code paths (not counted).
        await new Promise((r) => setTimeout(r, 3000));
        await drive(bases, Math.min(connections, 2 * count), 3, () => queries[used++ % queries.length]!);
        for (const spec of phases) {
          // name@rate: this phase's connections send at most `rate` requests a second each (else --rate, else back to back).
          const [phase, at] = spec.split('@') as [string, string | undefined];
          // name@~rate: users with random pauses (mean 1/rate s) instead of paced connections.
          const asUsers = at?.startsWith('~') === true;
          const rate = at !== undefined ? Number(asUsers ? at.slice(1) : at) : defaultRate;
          // Requests cut off at the end of the last run are still being answered: each run starts on idle servers.
          await idle(procs.map((p) => p.pid!));
          const zipf = rng(count * 100 + phases.indexOf(spec));
          // Zipf (s = 1) over the pool's first 2,000 queries (--zipf N): rank k asked in proportion to 1/k.
          const top = Math.min(Number(opt('--zipf') ?? 500), queries.length);
          const h = Array.from({ length: top }, (_, k) => 1 / (k + 1));
          const cum: number[] = [];
          h.reduce((acc, v, k) => (cum[k] = acc + v), 0);
          const pick = (): Query => {
            const x = zipf() * cum[top - 1]!;
            let lo = 0;
            let hi = top - 1;
            while (lo < hi) {
              const mid = (lo + hi) >> 1;
              if (cum[mid]! < x) lo = mid + 1;
              else hi = mid;
            }
            return queries[lo]!;
          };
          // --warm: the repeat phase measures servers whose caches have seen each query of the Zipf pool once (in use
          // for a while, as a service is), not their first minutes; sent once each, at low concurrency, not timed.
          if (phase === 'warm') {
            const t = performance.now();
            for (const base of bases) {
              let k = 0;
              while (k < top) await drive([base], Math.min(connections, 4), 5, () => queries[k++ % top]!);
            }
            process.stdout.write(`warmed: ${top} queries once to each server's cache in ${((performance.now() - t) / 1000).toFixed(0)} s\n`);
            await idle(procs.map((p) => p.pid!));
          }
          if (phase === 'distinct' && used + 20_000 > queries.length) process.stdout.write(`note: ${queries.length} queries in the pool; past ${queries.length} requests in a run they repeat\n`);
          const next = phase === 'distinct' ? (): Query => queries[used++ % queries.length]! : pick;
          const mains = procs.map((p) => p.pid!);
          const children = mains.flatMap((p) => tree(p).slice(1));
          const pg = backends();
          const cpuOf = (pids: readonly number[]): number[] => pids.map(procCpuMs);
          const [m0, c0, b0] = [cpuOf(mains), cpuOf(children), cpuOf(pg)];
          const g0 = process.cpuUsage();
          const load0 = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
          const r = asUsers ? await users(bases, connections, seconds, next, rate!, rng(7 + count)) : await drive(bases, connections, seconds, next, rate);
          const g1 = process.cpuUsage(g0);
          const used1 = (pids: readonly number[], before: readonly number[]): number => pids.reduce((acc, p, k) => acc + procCpuMs(p) - before[k]!, 0);
          const n = r.latencies.length;
          const per = (ms: number): string => (ms / n).toFixed(2);
          const load1 = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
          process.stdout.write(
            `${phase}, ${count} instance(s), ${connections} ${asUsers ? `users, each pausing a random 0–${(2 / rate!).toFixed(1)} s between searches` : `connections${rate !== undefined ? ` at ${rate} request/s each` : ' back to back'}`}, ${seconds} s: ${(n / seconds).toFixed(0)} req/s, p50 ${quantile(r.latencies, 0.5).toFixed(0)} ms, ` +
              `p99 ${quantile(r.latencies, 0.99).toFixed(0)} ms, max ${quantile(r.latencies, 1).toFixed(0)} ms${r.non2xx + r.errors > 0 ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ''}; ` +
              `CPU per request: servers ${per(used1(mains, m0))} ms (${mains.length}), search processes ${per(used1(children, c0))} ms (${children.length}), ` +
              `PostgreSQL ${per(used1(pg, b0))} ms (${pg.length} backends), load generator ${per((g1.user + g1.system) / 1000)} ms; load average ${load0} → ${load1}\n`,
          );
          for (const [kind, v] of [...r.kinds].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
            process.stdout.write(`  ${kind}: ${v.length} requests, p50 ${quantile(v, 0.5).toFixed(0)} ms, p99 ${quantile(v, 0.99).toFixed(0)} ms\n`);
          }
          process.stdout.write(`figure pg_serve_${phase}${asUsers ? `_users${rate}` : rate !== undefined ? `_rate${rate}` : ''}_${count}x_p99_ms ${quantile(r.latencies, 0.99).toFixed(0)}\n`);
        }
      } finally {
        for (const p of procs) p.kill('SIGTERM');
        await Promise.all(procs.map((p) => (p.exitCode !== null ? Promise.resolve() : new Promise((r) => p.once('exit', r)))));
      }
    }
  } finally {
    db.close();
  }
}
