/**
 * Ingest off the event loop. Cleaning, analysing and clustering take about
 * 10 ms of CPU per article; on the server's thread a 1,000-item feed poll
 * would hold every reader up for seconds, however finely it is sliced. The
 * worker owns the long-lived ingester and its own connection to the
 * database file; each article commits in its own short transaction (the
 * pipeline's), so the server thread's reads never wait and its few writes
 * (source and alert bookkeeping) wait milliseconds at most. Requests are
 * answered in order, one at a time (thread-client.ts).
 *
 * This file is both sides: imported, it exports the client; run as a
 * worker, it ingests.
 */
import { getPriority, setPriority } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import type { IngestInput, RecordsResult } from './ingest-run.js';
import { serveRequests, ThreadClient, type ThreadHeap } from './thread-client.js';

export type { ThreadHeap } from './thread-client.js';

/**
 * How many nice steps the ingest thread runs below the server's priority by
 * default. On two cores a feed burst's ingest (most of a core for tens of
 * seconds) at the readers' priority made reads wait their turn for a core:
 * on a quiet machine, search p99 during a 1,000-item burst was 2.0-2.3x its
 * idle figure at 0 and 1.25-1.8x at 5, with the burst still ingested at
 * 45-80 articles/s (docs/BENCHMARKS.md, 2026-12-05 afternoon). A read waking
 * up takes the core first; ingest gets all the CPU reads leave. The price:
 * on a machine busy with other work at the server's priority, ingest gets
 * less (about half its rate at load 10-15); `--ingest-nice 0` restores the
 * same priority.
 */
export const DEFAULT_INGEST_NICE = 5;

interface Request {
  readonly records: IngestInput;
  /** Only open the ingester (see RecordIngester.open). */
  readonly open?: true;
}

const ROLE = 'parallax-ingest-worker';
const OPENED: RecordsResult = { added: 0, duplicates: 0, failed: 0, rejected: [] };

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  const { createStore } = await import('../storage/create-store.js');
  const { systemClock } = await import('../core/result.js');
  const { RecordIngester } = await import('./ingest-run.js');
  const { file, nice } = workerData as { file: string; nice?: number };
  const store = createStore({ type: 'sqlite', file });
  const ingester = new RecordIngester(store, systemClock);
  // This thread's priority for good (pid 0: this thread; Linux keeps a nice value per thread, a new thread
  // starts with its creator's). Lowering is always allowed; where the system refuses, ingest runs as it is.
  if (nice !== undefined && nice > ownNice()) renice(nice);
  await serveRequests<Request, RecordsResult>((req) => {
    if (req.open !== true) return ingester.ingest(req.records);
    // Opening at start (loading the clusterer's tables: tens of seconds at 100,000 articles) is not something a
    // reader waits for: it runs at a lower priority (nice +10 on this thread) where the priority can be raised again
    // afterwards (root), so the first reads after a start get the cores. Unprivileged, it runs as it is.
    const own = getPriority(0);
    const lowered = process.getuid?.() === 0 && own < 19 && renice(Math.min(19, own + 10));
    try {
      ingester.open();
    } finally {
      if (lowered) renice(own);
    }
    return OPENED;
  });
}

/** The calling thread's nice value (0 where the system cannot tell). */
function ownNice(): number {
  try {
    return getPriority(0);
  } catch {
    return 0;
  }
}

/** Sets this thread's nice value; false where the system refuses. */
function renice(nice: number): boolean {
  try {
    setPriority(0, nice);
    return true;
  } catch {
    return false;
  }
}

export class IngestWorker {
  private readonly thread: ThreadClient<Request, RecordsResult>;

  /** `niceSteps`: how far below the server thread's priority the ingest thread runs (default DEFAULT_INGEST_NICE; 0: the same). */
  constructor(file: string, niceSteps = DEFAULT_INGEST_NICE) {
    const nice = Math.min(19, ownNice() + Math.max(0, niceSteps));
    // Kept alive: an ingest under way must not be cut off because nothing else holds the process.
    this.thread = new ThreadClient({ name: 'ingest worker', moduleUrl: import.meta.url, workerData: { role: ROLE, file, nice }, keepAlive: true });
  }

  ingest(records: IngestInput): Promise<RecordsResult> {
    return this.thread.request({ records });
  }

  /** Starts the worker and opens its ingester (RecordIngester.open); requests sent meanwhile wait for it. */
  async open(): Promise<void> {
    await this.thread.request({ records: [], open: true });
  }

  /** The worker's V8 heap (its clusterer and template state live there), or undefined when it is not running or does not answer in time. */
  heap(timeoutMs = 5000): Promise<ThreadHeap | undefined> {
    return this.thread.heap(timeoutMs);
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}
