/**
 * bench/postgres.ts's settings, read from its command line (see its header
 * for the flags), the server it runs on, the article file it replays, and
 * what each worker process reports back.
 */
import { join } from 'node:path';

export const args = process.argv.slice(2);
export const opt = (name: string, dflt: number): number => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
export const ARTICLES = opt('--articles', 300);
export const SCALE = opt('--scale', 2000);
// --warm N: each worker process runs the per-article code on N articles before the clock starts (0: cold processes).
export const WARM = opt('--warm', 0);
// --statements: with pg_stat_statements loaded on the server (shared_preload_libraries), each worker run's statements ranked by time per article.
export const STATEMENTS = args.includes('--statements');
export const CONCURRENCY = opt('--concurrency', 50);
export const SECONDS = opt('--seconds', 5);
// --workers 0 skips the worker runs (the scale database and search only).
export const WORKERS = (args.includes('--workers') ? args[args.indexOf('--workers') + 1]! : '1,2,4').split(',').map(Number).filter((w) => w > 0);
// Search processes per server in the HTTP phase, one server per value (0: searches in the server's own thread).
export const POOLS = (args.includes('--pools') ? args[args.indexOf('--pools') + 1]! : '0,2').split(',').map(Number);
export const SERVER = process.env.PARALLAX_BENCH_PG ?? process.env.PARALLAX_TEST_PG;
// --db-existing URL: the worker runs ingest into that database instead of a fresh one (kept; e.g. bench/pg-scale.ts's
// large one), each run ARTICLES new articles taken from the replayed stream from --offset on; no scale or search phase.
export const EXISTING = args.includes('--db-existing') ? args[args.indexOf('--db-existing') + 1] : undefined;
export const OFFSET = opt('--offset', 0);
export const SRC = join(import.meta.dirname, '../../../shared/data/clusters/giveme5w1h/articles.jsonl');

export interface WorkerOut {
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
