/**
 * POST /api/v1/articles (and polled sources) → the pipeline, through
 * ingest-run.ts: in the ingest worker when the server has a database file
 * (ingest-worker.ts), else on this thread between turns of the event loop.
 * The server holds the database's writer turn, so nothing else changes it
 * underneath. Requests that write are queued and run one at a time; the
 * stories they changed are read afterwards from the change counter.
 */
import type { Clock } from '../core/result.js';
import type { Store } from '../storage/store.js';
import type { Metrics } from './metrics.js';
import { RecordIngester, type IngestInput, type RecordsResult } from './ingest-run.js';
import type { IngestWorker } from './ingest-worker.js';

export interface ApiIngestResult {
  readonly added: number;
  readonly duplicates: number;
  readonly rejected: { index: number; message: string }[];
  readonly stories: { id: string; created: boolean; articles: number }[];
}

export class ApiIngest {
  private here: RecordIngester | undefined;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
    /** Where articles are ingested (off the event loop); without one, here between turns of the loop. */
    private readonly worker?: IngestWorker,
  ) {}

  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners: (() => void)[] = [];

  /** Called after each request that stored at least one article (the alert matcher). */
  onIngested(fn: () => void): void {
    this.listeners.push(fn);
  }

  /** Ingest requests queued or under way (not counting the open). */
  private pending = 0;

  /** Ingests one request's records (or a source's read articles), after the requests queued before it. */
  ingest(records: IngestInput): Promise<ApiIngestResult> {
    this.pending++;
    const run = this.queue.then(() => this.run(records)).finally(() => this.pending--);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Opens the worker's ingester before the first request (RecordIngester.open);
   * requests sent meanwhile wait behind it. Resolves with the seconds it took.
   */
  async open(): Promise<number> {
    const worker = this.worker;
    if (worker === undefined) return 0;
    const t0 = process.hrtime.bigint();
    const run = this.queue.then(() => worker.open());
    this.queue = run.catch(() => undefined);
    await run;
    return Number(process.hrtime.bigint() - t0) / 1e9;
  }

  /**
   * Resolves when the requests queued so far are done. With `open: false`
   * (closing), an open with no request queued behind it is not waited for:
   * the worker is ended next, and an open only reads the clusterer's tables
   * or re-clusters in committed pages, which the next start resumes. On a
   * busy machine an open at the ingest thread's lower priority took up to
   * two minutes, and SIGTERM waited for all of it.
   */
  async drain(opts: { readonly open?: boolean } = {}): Promise<void> {
    if (opts.open === false && this.pending === 0) return;
    await this.queue;
  }

  private records(records: IngestInput): Promise<RecordsResult> {
    if (this.worker !== undefined) return this.worker.ingest(records);
    // Other requests are answered between slices: a 500-article request must not stall every reader for all of it.
    this.here ??= new RecordIngester(this.store, this.clock);
    return this.here.ingest(records, () => new Promise((resolve) => setImmediate(resolve)));
  }

  private async run(records: IngestInput): Promise<ApiIngestResult> {
    const t0 = process.hrtime.bigint();
    const before = this.store.lastStoryChange();
    const { added, duplicates, failed, rejected } = await this.records(records);
    const stories = this.store.storiesChangedSince(before, 10_000).map((s) => ({ id: s.id, created: s.createdSeq > before, articles: s.articles }));
    const m = this.metrics.ingest;
    m.requests++;
    m.added += added;
    m.duplicates += duplicates;
    m.failed += failed;
    m.rejected += rejected.length - failed;
    m.seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    if (added > 0) for (const fn of this.listeners) fn();
    return { added, duplicates, rejected, stories };
  }
}
