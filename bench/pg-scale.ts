/**
 * Clustering at scale on PostgreSQL: the synthetic stream of
 * bench/cluster-scale.ts (the dev streams replayed with new ids, advancing
 * dates and per-replica word variants) assigned through the PostgreSQL
 * cluster store the workers' assigner uses (PgClusterStore, writes deferred
 * and flushed once per batch of BATCH articles in one transaction, as
 * queue-worker.ts does), and each article stored in `articles` in the same
 * transaction (one statement per batch, with its story, its search vector
 * and GIN entry, the story index triggers; a minimal analysis: language
 * only), so the database holds real rows for search and size.
 *
 * At 10k, 30k, 100k, 200k … it reports over the last 10k articles: the
 * story assignment per article (plan + apply in memory, plus its share of
 * the batch's clusterer-table statement), wall and CPU p50/p99, its wall
 * minus CPU (waiting for PostgreSQL or for a core); the article-store write
 * per article (the batch's insert + commit, shared); PostgreSQL's CPU per
 * article (the backend's /proc times); peak RSS; stories; the database's
 * size. Rerun on the same database it resumes after the last stored article.
 * From 100k on it writes the URL and article count to READY_FILE (if given)
 * for readers that need a large database.
 *   node --import tsx bench/pg-scale.ts --db postgres://…/px1m --max 1000000 [--batch 50] [--ready FILE]   # kept, resumable
 *   PARALLAX_BENCH_PG=postgres://…/postgres node --import tsx bench/pg-scale.ts [--max N] [--keep]   # own database, dropped
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../src/core/types.js';
import { planAssignment } from '../src/stages/cluster/index.js';
import { toClusterDoc, type StreamArticle } from '../src/stages/cluster/cluster-stream.js';
import { PgClusterStore } from '../src/storage/postgres/pg-cluster-tables.js';
import { foldForSearch, tsvSql } from '../src/storage/postgres/pg-search.js';
import { PgConnection } from '../src/storage/postgres/pg-connection.js';
import { PgStore } from '../src/storage/postgres/pg-store.js';
import { newArticle } from '../src/pipeline/queue-worker.js';
import { STREAM_ROOT, streamAvailable, syntheticStream } from './cluster-lib/synthetic-stream.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
// With --db the run writes into that database and keeps it (and resumes there); with only PARALLAX_BENCH_PG (a server
// URL, as `npm run bench` has it) it works in a database of its own, dropped at the end unless --keep, 30,000 by default.
const EXPLICIT = opt('--db');
const MAX = Number(opt('--max') ?? (EXPLICIT !== undefined ? 100_000 : 30_000));
const BATCH = Number(opt('--batch') ?? 50);
const READY = opt('--ready');
const SERVER = EXPLICIT ?? process.env.PARALLAX_BENCH_PG;
// Past 1M (a resumed run) a row every 10,000: the assignment at that size measured again, e.g. on a quiet machine.
const CHECKPOINTS = [10_000, 30_000, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000, 700_000, 800_000, 900_000, 1_000_000, ...Array.from({ length: 10 }, (_, i) => 1_010_000 + i * 10_000)].filter((n) => n <= MAX);
const WINDOW = 10_000;
const TICK_MS = 10;

function procCpuMs(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}
const cpuNow = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

if (SERVER === undefined) {
  process.stdout.write('skipped pg-scale: set PARALLAX_BENCH_PG or --db to a PostgreSQL database URL\n');
  process.exit(0);
}
if (!streamAvailable()) {
  process.stdout.write(`skipped pg-scale: ${STREAM_ROOT} not found\n`);
  process.exit(0);
}

let URL_ = SERVER;
let own: string | undefined;
if (EXPLICIT === undefined) {
  own = `parallax_pgscale_${process.pid}`;
  const admin = new PgConnection(SERVER);
  admin.exec(`CREATE DATABASE ${own}`);
  admin.close();
  const u = new URL(SERVER);
  u.pathname = `/${own}`;
  URL_ = u.toString();
}
const store = new PgStore(URL_);
const db = store.db;
const cluster = new PgClusterStore(db);
const backend = db.one<{ pid: number }>('SELECT pg_backend_pid() AS pid')!.pid;
const dbName = db.one<{ d: string }>('SELECT current_database() AS d')!.d;
const cfg = store.noteConfig('en');
const startN = cluster.docCount();
if (startN > 0) process.stdout.write(`resuming after ${startN} assigned articles\n`);
process.stdout.write(
  `pg-scale: up to ${MAX} articles into ${dbName} (batch ${BATCH}); load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`,
);

const lat = new Float64Array(WINDOW);
const cpu = new Float64Array(WINDOW);
let n = startN;
let peakRss = 0;
// Per window: the article store's wall and CPU, the clusterer-table flushes' wall, PostgreSQL's CPU.
let win = { t: performance.now(), cpu: cpuNow(), pg: procCpuMs(backend), storeMs: 0, storeCpu: 0, flushMs: [] as number[] };
const t0 = performance.now();
const curve: { label: string; n: number; cpu99: number; p99: number }[] = [];
const ingestedAt = new Date().toISOString();

function sizes(): string {
  const rows = db.query<{ t: string; b: string }>(
    `SELECT c.relname AS t, pg_total_relation_size(c.oid)::text AS b FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
     WHERE c.relkind = 'r' AND s.nspname = current_schema() ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 6`,
  );
  return rows.map((r) => `${r.t} ${(Number(r.b) / 2 ** 20).toFixed(0)}`).join(', ');
}

function checkpoint(): void {
  const idx = Array.from({ length: WINDOW }, (_, i) => i);
  const q = (arr: Float64Array, p: number): number => [...arr].sort((x, y) => x - y)[Math.floor(WINDOW * p)]!;
  const waits = new Float64Array(idx.map((i) => lat[i]! - cpu[i]!));
  const [p50, p99, c50, c99, w99] = [q(lat, 0.5), q(lat, 0.99), q(cpu, 0.5), q(cpu, 0.99), q(waits, 0.99)];
  const wallS = (performance.now() - win.t) / 1000;
  const pcpu = cpuNow() - win.cpu;
  const pg = procCpuMs(backend) - win.pg;
  const flush = [...win.flushMs].sort((x, y) => x - y);
  const label = n >= 1_000_000 ? `${n / 1_000_000}m` : `${n / 1000}k`;
  const stored = db.one<{ n: number }>('SELECT count(*)::int AS n FROM articles')!.n;
  const size = Number(db.one<{ b: string }>('SELECT pg_database_size(current_database())::text AS b')!.b);
  process.stdout.write(
    `${label}: ${(WINDOW / wallS).toFixed(0)} articles/s (process CPU ${(pcpu / WINDOW).toFixed(2)} ms + PostgreSQL CPU ${(pg / WINDOW).toFixed(2)} ms per article); ` +
      `assignment wall p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, CPU p50 ${c50.toFixed(2)} ms, p99 ${c99.toFixed(2)} ms, wall−CPU p99 ${w99.toFixed(2)} ms ` +
      `(clusterer-table flush per batch p50 ${flush[Math.floor(flush.length / 2)]?.toFixed(1)} ms, p99 ${flush[Math.floor(flush.length * 0.99)]?.toFixed(1)} ms); ` +
      `article store ${(win.storeMs / WINDOW).toFixed(2)} ms wall, ${(win.storeCpu / WINDOW).toFixed(2)} ms process CPU per article; ` +
      `peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB, active stories ${cluster.activeCount()}, stories ${cluster.nextSeq()}, articles stored ${stored}; ` +
      `database ${(size / 2 ** 20).toFixed(0)} MB (${(size / stored / 1024).toFixed(2)} KB per article; MB: ${sizes()}); elapsed ${((performance.now() - t0) / 1000).toFixed(0)} s; ` +
      `load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}\n`,
  );
  curve.push({ label, n, cpu99: c99, p99 });
  if (READY !== undefined && stored >= 100_000) writeFileSync(READY, `${URL_} ${stored}\n`);
}

const it = syntheticStream(MAX, startN);
for (let done = false; !done; ) {
  const batch: StreamArticle[] = [];
  for (let k = 0; k < BATCH; k++) {
    const x = it.next();
    if (x.done) {
      done = true;
      break;
    }
    batch.push(x.value);
  }
  if (batch.length === 0) break;
  const times: [number, number][] = [];
  let flushMs = 0;
  let flushCpu = 0;
  let storeT = 0;
  let storeC = 0;
  db.transaction(() => {
    cluster.deferWrites(true);
    // The ids of the stories these articles would found, asked once (as the worker reads them with its batch).
    cluster.noteAbsentStories(batch.map((a) => `s_${a.id}`));
    for (const a of batch) {
      const doc = toClusterDoc(a);
      const t = performance.now();
      const c = cpuNow();
      const plan = planAssignment(newArticle(cluster, a.id), doc);
      if (plan) {
        cluster.apply(plan);
        // Articles of earlier batches follow a merge now; this batch's are stored below with their final story.
        for (const ev of plan.events) if (ev.kind === 'merged') for (const id of ev.articleIds) store.setStory(id, ev.into);
      }
      times.push([performance.now() - t, cpuNow() - c]);
    }
    const t = performance.now();
    const c = cpuNow();
    cluster.deferWrites(false);
    flushMs = performance.now() - t;
    flushCpu = cpuNow() - c;
    const ts = performance.now();
    const cs = cpuNow();
    const rows = batch.map((a, ord) => {
      const analysis: Analysis = { articleId: a.id as Analysis['articleId'], language: 'en', sentences: [], entities: [], quotes: [], figures: [], dates: [] };
      const meta = { source: a.source, published: a.published, publishedFrom: 'meta', headings: [], captions: [], credits: [], machineTranslated: false, removed: [] };
      return {
        ord,
        id: a.id,
        title: a.title ?? '',
        text: a.text ?? '',
        meta: JSON.stringify(meta),
        analysis: JSON.stringify(analysis),
        published: a.published ?? null,
        source: a.source ?? null,
        ftitle: foldForSearch(a.title ?? ''),
        ftext: foldForSearch(a.text ?? ''),
      };
    });
    // As queue.storeStagedMany: the batch in one statement, each with its story as the clusterer's tables give it now.
    db.query(
      `INSERT INTO articles (id, title, text, meta, analysis, published, source, language, ingested_at, tsv, story_id)
       SELECT x.id, x.title, x.text, x.meta, x.analysis, x.published, x.source, 'en', $2, ${tsvSql('$3', 'x.ftitle', 'x.ftext')}, c.story_id
       FROM json_to_recordset($1::json) AS x(ord integer, id text, title text, text text, meta text, analysis text, published text, source text, ftitle text, ftext text)
       JOIN cluster_articles c ON c.article_id = x.id ORDER BY x.ord ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(rows), ingestedAt, cfg],
    );
    win.flushMs.push(flushMs);
    storeT = ts;
    storeC = cs;
  });
  // The commit is counted with the article store (its rows are most of what the transaction writes).
  win.storeMs += performance.now() - storeT;
  win.storeCpu += cpuNow() - storeC;
  const share = [flushMs / times.length, flushCpu / times.length];
  for (const [ms, c] of times) {
    lat[n % WINDOW] = ms + share[0]!;
    cpu[n % WINDOW] = c + share[1]!;
    n++;
    if (n % 1000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (n % 50_000 === 0 && !CHECKPOINTS.includes(n)) process.stderr.write(`${n} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    if (CHECKPOINTS.includes(n)) checkpoint();
    if (n % WINDOW === 0) win = { t: performance.now(), cpu: cpuNow(), pg: procCpuMs(backend), storeMs: 0, storeCpu: 0, flushMs: [] };
  }
}
store.close();
if (own !== undefined && !args.includes('--keep')) {
  const admin = new PgConnection(SERVER);
  admin.exec(`DROP DATABASE IF EXISTS ${own} WITH (FORCE)`);
  admin.close();
} else if (own !== undefined) process.stdout.write(`kept database ${own}\n`);
if (curve.length > 1 && curve[curve.length - 1]!.n >= 10 * curve[0]!.n) {
  const [a, b] = [curve[0]!, curve[curve.length - 1]!];
  const per10 = (x: number, y: number): number => (y / x) ** (1 / Math.log10(b.n / a.n));
  process.stdout.write(`cost per 10× (${a.label} → ${b.label}): CPU p99 ×${per10(a.cpu99, b.cpu99).toFixed(2)}, wall p99 ×${per10(a.p99, b.p99).toFixed(2)}\n`);
}
process.stdout.write(`${n} articles in ${((performance.now() - t0) / 1000).toFixed(0)} s into ${dbName}\n`);
