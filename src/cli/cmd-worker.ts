/**
 * `parallax worker --db postgres://…`: one worker process of the job queue
 * (src/pipeline/queue-worker.ts); run as many as the load needs, on as many
 * machines. And `parallax ingest --db postgres://… --queue`, which puts
 * inputs in that queue instead of ingesting them in this process.
 */
import { formatProblem, systemClock } from '../core/result.js';
import { enqueueSources } from '../pipeline/queue-enqueue.js';
import type { ReadSourcesOptions } from '../pipeline/read-inputs.js';
import { runWorker } from '../pipeline/queue-worker.js';
import { isPostgresUrl, openPostgres } from '../storage/create-store.js';
import type { PgStore } from '../storage/postgres/pg-store.js';
import type { Store } from '../storage/store.js';
import { UsageError } from './args.js';
import type { Io } from './commands.js';
import { CliError } from './errors.js';
import { parseFlags, type CommandSpec } from './flags.js';
import { elapsed, plural } from './progress.js';

export const WORKER_SPEC: CommandSpec = {
  name: 'worker',
  group: 'main',
  summary: 'process the PostgreSQL job queue: fetch, extract, clean and analyse inputs, then assign stories',
  details: `Inputs enter the queue with \`parallax ingest --db postgres://… --queue PATH|URL...\`. Run any
number of workers on one database: each claims jobs (SELECT … FOR UPDATE SKIP LOCKED, under a
lease), and one at a time stores the results and assigns stories in stream order, so the
stories equal those of a single-process ingest. A worker killed mid-job loses nothing: its job
is taken again when the lease runs out. Stops after the current job on SIGTERM or Ctrl-C.`,
  flags: {
    db: { type: 'string', arg: 'URL', help: 'the PostgreSQL database (postgres://user@host/db)' },
    drain: { type: 'boolean', help: 'exit when the queue is empty and every done job has its stories' },
    batch: { type: 'string', arg: 'N', help: 'jobs claimed at once (default 4)' },
    lease: { type: 'string', arg: 'SECONDS', help: 'how long a claimed job stays this worker’s before another may take it (default 120)' },
    poll: { type: 'string', arg: 'MS', help: 'pause between looks at an empty queue (default 500)' },
    quiet: { type: 'boolean', short: 'q', help: 'no summary line and no rejection lines on stderr' },
  },
};

function positive(flag: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--${flag} must be a whole number of at least 1 (got "${String(value)}")`);
  return Number(value);
}

/** Opens the PostgreSQL database a worker needs; anything else is a usage error. */
function openQueueStore(db: string | undefined, what: string): PgStore {
  if (db === undefined || !isPostgresUrl(db)) throw new UsageError(`${what} needs --db postgres://… (the job queue lives in PostgreSQL)`);
  try {
    return openPostgres(db);
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message.split('\n')[0]!.trim() : String(err));
  }
}

export async function cmdWorker(argv: readonly string[], io: Io): Promise<number> {
  const t0 = Date.now();
  const { values, positionals } = parseFlags(WORKER_SPEC, argv);
  if (positionals.length > 0) throw new UsageError(`worker takes no inputs (got "${positionals[0]}"): enqueue them with parallax ingest --queue`);
  const batch = positive('batch', values.batch);
  const lease = positive('lease', values.lease);
  const poll = positive('poll', values.poll);
  const quiet = values.quiet === true;
  const store = openQueueStore(values.db as string | undefined, 'parallax worker');
  let stopping = false;
  const stop = (): void => {
    stopping = true;
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  try {
    const report = await runWorker(store, {
      clock: systemClock,
      drain: values.drain === true,
      ...(batch !== undefined ? { batch } : {}),
      ...(lease !== undefined ? { leaseSeconds: lease } : {}),
      ...(poll !== undefined ? { pollMs: poll } : {}),
      shouldStop: () => stopping,
      onProblem: (p) => {
        if (!quiet) io.stderr(`parallax worker: ${formatProblem(p)}`);
      },
    });
    if (!quiet) {
      const q = report.queue;
      io.stderr(
        `parallax worker: ${plural(report.jobs, 'job')} done (${plural(report.added, 'article')} analysed, ${plural(report.duplicates, 'duplicate')}, ` +
          `${plural(report.rejected, 'rejection')}), ${plural(report.assigned, 'article')} given stories; queue: ${q.pending} pending, ${q.running} running, ` +
          `${q.done} awaiting stories, ${q.assigned} finished (${elapsed(t0)})`,
      );
    }
    return 0;
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    store.close();
  }
}

/**
 * `parallax ingest --queue`: enqueues the inputs and returns; workers do the rest.
 * Exit 1 when nothing could be enqueued.
 */
export async function cmdEnqueue(store: Store, paths: readonly string[], io: Io, quiet: boolean, sources: ReadSourcesOptions): Promise<number> {
  const t0 = Date.now();
  if (paths.length === 0) throw new UsageError('give at least one file, folder or URL to ingest');
  if (!('queue' in store)) throw new UsageError('--queue needs --db postgres://… (the job queue lives in PostgreSQL)');
  const report = await enqueueSources(store as PgStore, paths, {
    ...sources,
    onProblem: (p) => io.stderr(`parallax ingest: ${formatProblem(p)}`),
    onWait: (m) => io.stderr(`parallax: ${m}`),
  });
  if (!quiet) {
    const range = report.firstPos !== undefined ? ` (positions ${report.firstPos}–${report.lastPos})` : '';
    io.stderr(`parallax ingest: ${plural(report.jobs, 'job')} queued${range}, ${plural(report.readProblems.length, 'problem')}; run parallax worker to process them (${elapsed(t0)})`);
  }
  return report.jobs === 0 ? 1 : 0;
}
