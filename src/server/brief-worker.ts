/**
 * Briefs computed afresh off the event loop. A 200-article brief takes about
 * a second of CPU; computed on the server's thread it would stall every
 * other request for that second. A worker thread opens its own connection to
 * the same database file (WAL: readers never block the writer or each
 * other), reads the story's version, builds the brief, records the story's
 * provenance counts at that version (brief-provenance.ts) and posts the
 * brief back with its version and size; the server thread only renders and
 * caches it. One worker: the machine this runs on has few cores, and a
 * second brief waits for the first rather than competing with the server.
 *
 * The worker is given one brief at a time, so a brief someone is waiting for
 * (`urgent`) goes ahead of the background's queue. It does not wait for a
 * background brief under way either: a story of thousands of articles takes
 * minutes, and a reader of a 200-article story would wait behind all of it.
 * The worker is stopped, the background brief goes back to the head of its
 * queue (its caller still waits for it), and a fresh worker builds the urgent
 * one first. The price is the fresh worker's start (about half a second) and
 * the background work lost, which is background time, not a reader's.
 *
 * Background briefs run at the lowest CPU priority (a nice value of 19 on
 * the worker's own thread: Linux gives each thread its own): on two cores
 * the background took a core for minutes (the 16 largest stories) while
 * the server thread, the ingest worker and the clients queued for the
 * other, so read p99s were waiting for a core. At nice 19 the background
 * gets what the others leave, and a read waking up takes the core at once.
 * A brief someone waits for runs at normal priority (the worker raises its
 * priority again, or, where the system does not allow that, a fresh worker
 * builds it).
 *
 * Memory is bounded: the worker's V8 heap is limited (`heapMb`), so a story
 * too large to brief within it fails as a `BriefTooLarge` (its caller gets
 * a 503 naming the setting) instead of growing the process by gigabytes
 * (0.6 MB of heap per article briefed: 2 GB for the 3,430-article story of
 * the 96,000-article benchmark); and after a brief that left the heap
 * above `recycleMb` the worker is ended, so the memory of a giant story's
 * brief goes back to the system rather than staying with the process.
 *
 * This file is both sides: imported, it exports the client; run as a worker,
 * it answers requests.
 */
import { getPriority, setPriority } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { StoryBrief } from '../core/brief.js';
import type { StoryId } from '../core/ids.js';
import { bootstrap } from './thread-client.js';
import { HttpError } from './errors.js';

interface Request {
  readonly n: number;
  readonly id: string;
  /** The thread's nice value for this brief (BACKGROUND_NICE, or the process's own for one someone waits for). */
  readonly nice: number;
}
/** A brief built: its story version (read before its articles) and the length of its JSON, the cache's measure of its size. */
export interface Built {
  readonly brief: StoryBrief;
  readonly version: number;
  readonly bytes: number;
}
/** `renice` false: the thread could not take the priority asked (an unprivileged process cannot lower its nice value again). */
type Reply = { readonly n: number; readonly built?: Built; readonly error?: string; readonly renice?: false; readonly heapBytes?: number; readonly nice?: number };

/** The nice value of background briefs: the lowest priority. */
export const BACKGROUND_NICE = 19;

export interface BriefWorkerOptions {
  /** The worker's V8 heap limit in MB (old generation): a brief needing more fails as BriefTooLarge (default 1536). */
  readonly heapMb?: number;
  /** The worker is ended after a brief that left its heap above this many MB (default 256). */
  readonly recycleMb?: number;
  /** The nice value of background briefs (default BACKGROUND_NICE; the process's own: no lowering). */
  readonly backgroundNice?: number;
  /**
   * Whether the server is busy answering reads: then no background brief
   * starts, nor restarts after being stopped for an urgent one (checked
   * every second, for at most `maxDeferMs` at a time).
   */
  readonly readsBusy?: () => boolean;
  /** The longest a background brief waits for the reads to calm down (default 60 s). */
  readonly maxDeferMs?: number;
}

export const DEFAULT_BRIEF_HEAP_MB = 1536;
export const DEFAULT_RECYCLE_MB = 256;

/** A brief that needs more memory than the worker's heap limit: a typed outcome (a 503 naming the setting), not a crash. */
export class BriefTooLarge extends HttpError {
  constructor(
    readonly id: string,
    readonly heapMb: number,
  ) {
    super(503, `the brief of story ${id} needs more memory than the brief worker's ${heapMb} MB (parallax serve --brief-heap-mb)`);
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === 'parallax-brief-worker') {
  const { createStore } = await import('../storage/create-store.js');
  const { buildBrief } = await import('../pipeline/build-briefs.js');
  const { recordProvenance } = await import('./brief-provenance.js');
  const { getHeapStatistics } = await import('node:v8');
  const store = createStore({ type: 'sqlite', file: (workerData as { file: string }).file });
  parentPort!.on('message', (req: Request) => {
    // pid 0: this thread (Linux keeps a nice value per thread).
    try {
      if (getPriority(0) !== req.nice) setPriority(0, req.nice);
    } catch {
      // Lowering is refused (not privileged): the client starts a fresh worker. Raising failing is harmless.
      if (req.nice < getPriority(0)) {
        parentPort!.postMessage({ n: req.n, renice: false } satisfies Reply);
        return;
      }
    }
    let reply: Reply;
    try {
      const summary = store.storySummary(req.id as StoryId);
      const brief = summary === undefined ? undefined : buildBrief(store, req.id as StoryId);
      if (summary === undefined || brief === undefined) reply = { n: req.n };
      else {
        recordProvenance(store, req.id as StoryId, summary.updatedSeq, brief);
        reply = { n: req.n, built: { brief, version: summary.updatedSeq, bytes: JSON.stringify(brief).length } };
      }
    } catch (err) {
      reply = { n: req.n, error: err instanceof Error ? err.stack ?? err.message : String(err) };
    }
    parentPort!.postMessage({ ...reply, heapBytes: getHeapStatistics().total_heap_size, nice: getPriority(0) });
  });
}

interface Job {
  readonly n: number;
  readonly id: string;
  readonly urgent: boolean;
  readonly resolve: (b: Built | undefined) => void;
  readonly reject: (e: Error) => void;
}

export class BriefWorker {
  private worker: Worker | undefined;
  private n = 0;
  /** The job the worker is on. */
  private current: Job | undefined;
  private readonly urgentJobs: Job[] = [];
  private readonly backgroundJobs: Job[] = [];
  /** Background briefs stopped for an urgent one (for the metrics and tests). */
  preempted = 0;
  /** Workers ended after a brief that left their heap above `recycleMb` (for the benchmark and tests). */
  recycled = 0;
  /** The nice value the last brief ran at (for tests). */
  lastNice: number | undefined;
  private readonly heapMb: number;
  private readonly recycleBytes: number;
  private readonly backgroundNice: number;
  private readonly readsBusy: () => boolean;
  private readonly maxDeferMs: number;
  /** Since when a background brief has waited for the reads, and the timer that looks again. */
  private deferredSince: number | undefined;
  private deferTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly file: string,
    opts: BriefWorkerOptions = {},
  ) {
    this.heapMb = opts.heapMb ?? DEFAULT_BRIEF_HEAP_MB;
    this.recycleBytes = (opts.recycleMb ?? DEFAULT_RECYCLE_MB) * 2 ** 20;
    this.backgroundNice = opts.backgroundNice ?? BACKGROUND_NICE;
    this.readsBusy = opts.readsBusy ?? (() => false);
    this.maxDeferMs = opts.maxDeferMs ?? 60_000;
  }

  /** Whether the next background brief waits for the reads to calm down (then `next` is called again in a second). */
  private deferBackground(): boolean {
    const now = Date.now();
    if (!this.readsBusy() || (this.deferredSince !== undefined && now - this.deferredSince >= this.maxDeferMs)) {
      this.deferredSince = undefined;
      return false;
    }
    this.deferredSince ??= now;
    this.deferTimer ??= setTimeout(() => {
      this.deferTimer = undefined;
      this.next();
    }, 1000);
    this.deferTimer.unref();
    return true;
  }

  /** The nice value a job runs at: the server thread's own for a brief someone waits for, the background's otherwise. */
  private niceFor(job: Job): number {
    const own = ownNice();
    return job.urgent ? own : Math.max(own, Math.min(19, this.backgroundNice));
  }

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    const w = new Worker(bootstrap(import.meta.url), { eval: true, workerData: { role: 'parallax-brief-worker', file: this.file }, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    w.unref();
    w.on('message', (r: Reply) => {
      const job = this.current;
      if (this.worker !== w || job === undefined || job.n !== r.n) return; // a stopped worker's last word is not this job's
      if (r.renice === false) {
        // The thread could not be given its priority back: a fresh worker (the server's priority) builds it.
        this.retire(w);
        this.post(job);
        return;
      }
      this.current = undefined;
      this.lastNice = r.nice;
      if (r.error !== undefined) job.reject(new Error(`brief worker: ${r.error}`));
      else job.resolve(r.built);
      // A giant story's brief leaves a heap of gigabytes: given back to the system, not kept for the next brief.
      if ((r.heapBytes ?? 0) > this.recycleBytes) {
        this.recycled++;
        this.retire(w);
      }
      this.next();
    });
    // A worker that dies fails the job it was on; the next job starts a new one.
    const fail = (err: Error): void => {
      if (this.worker !== w) return;
      this.worker = undefined;
      const job = this.current;
      this.current = undefined;
      if (job !== undefined) job.reject((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? new BriefTooLarge(job.id, this.heapMb) : err);
      this.next();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`brief worker exited (${code})`)));
    this.worker = w;
    return w;
  }

  /** Ends a worker whose exit is then not taken for a failure (see `fail`). */
  private retire(w: Worker): void {
    if (this.worker === w) this.worker = undefined;
    void w.terminate();
  }

  private post(job: Job): void {
    const w = this.start();
    w.postMessage({ n: job.n, id: job.id, nice: this.niceFor(job) } satisfies Request);
  }

  private next(): void {
    if (this.current !== undefined) return;
    if (this.urgentJobs.length === 0 && this.backgroundJobs.length > 0 && this.deferBackground()) return;
    const job = this.urgentJobs.shift() ?? this.backgroundJobs.shift();
    if (job === undefined) return;
    this.current = job;
    this.post(job);
  }

  /** The story's brief built in the worker, or undefined when there is no such story; `urgent` when someone waits for it. */
  build(id: StoryId, urgent = true): Promise<Built | undefined> {
    const n = ++this.n;
    return new Promise((resolve, reject) => {
      (urgent ? this.urgentJobs : this.backgroundJobs).push({ n, id, urgent, resolve, reject });
      if (urgent) this.preempt();
      this.next();
    });
  }

  /**
   * Someone now waits for a story the background asked for: its queued job
   * moves to the urgent queue (a job under way for it simply goes on).
   */
  hurry(id: StoryId): void {
    const i = this.backgroundJobs.findIndex((j) => j.id === id);
    if (i < 0) return;
    const [job] = this.backgroundJobs.splice(i, 1);
    this.urgentJobs.push({ ...job!, urgent: true });
    this.preempt();
    this.next();
  }

  /** Stops a background brief under way when an urgent one waits (see the file's comment). */
  private preempt(): void {
    const job = this.current;
    if (job === undefined || job.urgent || this.urgentJobs.every((u) => u.id === job.id)) return;
    this.current = undefined;
    this.backgroundJobs.unshift(job);
    this.preempted++;
    if (this.worker !== undefined) this.retire(this.worker);
  }

  /** Whether the worker is building a brief now. */
  busy(): boolean {
    return this.current !== undefined;
  }

  async close(): Promise<void> {
    clearTimeout(this.deferTimer);
    this.deferTimer = undefined;
    const w = this.worker;
    this.worker = undefined;
    const closed = new Error('brief worker closed');
    for (const job of [...(this.current !== undefined ? [this.current] : []), ...this.urgentJobs.splice(0), ...this.backgroundJobs.splice(0)]) job.reject(closed);
    this.current = undefined;
    if (w !== undefined) await w.terminate();
  }
}

/** The server thread's nice value (0 where the system cannot tell). */
function ownNice(): number {
  try {
    return getPriority(0);
  } catch {
    return 0;
  }
}
