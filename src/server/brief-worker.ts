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
 * This file is both sides: imported, it exports the client; run as a worker,
 * it answers requests.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { StoryBrief } from '../core/brief.js';
import type { StoryId } from '../core/ids.js';
import { bootstrap } from './thread-client.js';

interface Request {
  readonly n: number;
  readonly id: string;
}
/** A brief built: its story version (read before its articles) and the length of its JSON, the cache's measure of its size. */
export interface Built {
  readonly brief: StoryBrief;
  readonly version: number;
  readonly bytes: number;
}
type Reply = { readonly n: number; readonly built?: Built; readonly error?: string };

if (!isMainThread && (workerData as { role?: string } | null)?.role === 'parallax-brief-worker') {
  const { createStore } = await import('../storage/create-store.js');
  const { buildBrief } = await import('../pipeline/build-briefs.js');
  const { recordProvenance } = await import('./brief-provenance.js');
  const store = createStore({ type: 'sqlite', file: (workerData as { file: string }).file });
  parentPort!.on('message', (req: Request) => {
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
    parentPort!.postMessage(reply);
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

  constructor(private readonly file: string) {}

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    const w = new Worker(bootstrap(import.meta.url), { eval: true, workerData: { role: 'parallax-brief-worker', file: this.file } });
    w.unref();
    w.on('message', (r: Reply) => {
      const job = this.current;
      if (this.worker !== w || job === undefined || job.n !== r.n) return; // a stopped worker's last word is not this job's
      this.current = undefined;
      if (r.error !== undefined) job.reject(new Error(`brief worker: ${r.error}`));
      else job.resolve(r.built);
      this.next();
    });
    // A worker that dies fails the job it was on; the next job starts a new one.
    const fail = (err: Error): void => {
      if (this.worker !== w) return;
      this.worker = undefined;
      const job = this.current;
      this.current = undefined;
      job?.reject(err);
      this.next();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`brief worker exited (${code})`)));
    this.worker = w;
    return w;
  }

  private next(): void {
    if (this.current !== undefined) return;
    const job = this.urgentJobs.shift() ?? this.backgroundJobs.shift();
    if (job === undefined) return;
    this.current = job;
    this.start().postMessage({ n: job.n, id: job.id } satisfies Request);
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
    const w = this.worker;
    this.worker = undefined; // its exit is then not taken for a failure (see `fail`)
    this.current = undefined;
    this.backgroundJobs.unshift(job);
    this.preempted++;
    void w?.terminate();
  }

  /** Whether the worker is building a brief now. */
  busy(): boolean {
    return this.current !== undefined;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    const closed = new Error('brief worker closed');
    for (const job of [...(this.current !== undefined ? [this.current] : []), ...this.urgentJobs.splice(0), ...this.backgroundJobs.splice(0)]) job.reject(closed);
    this.current = undefined;
    if (w !== undefined) await w.terminate();
  }
}
