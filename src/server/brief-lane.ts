/**
 * One brief worker thread and the job it is on: the brief worker
 * (brief-worker.ts) has two lanes, the foreground one for briefs someone
 * waits for and the background one for the rest, each with its own thread,
 * priority, V8 heap limit and recycling. A lane runs one job at a time; what
 * to run next is the brief worker's choice (`idle` is called when the lane
 * is free again).
 *
 * A thread that dies (out of memory, or a bug) fails the job it was on
 * (`BriefTooLarge` for the heap limit) and the lane's next job starts a new
 * thread. After a brief that left its heap above `recycleBytes` the thread
 * is ended so that memory goes back to the system; `onRecycled` lets the
 * foreground lane warm a new thread again.
 */
import { setPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bootstrap } from './thread-client.js';
import { HttpError } from './errors.js';
import type { StoryBrief } from '../core/brief.js';
import type { StoryId } from '../core/ids.js';
import type { StoryBadges } from '../stages/brief/badges.js';

/**
 * A brief built: its story version (read before its articles) and the length of its JSON, the cache's measure of its size;
 * from a worker thread also that JSON (the disk cache's text) and the API's JSON rendering, made there.
 */
export interface Built {
  /** From a worker thread: parsed from `json` on first use (after the brief is answered, brief-cache.ts). */
  readonly brief: StoryBrief;
  readonly version: number;
  readonly bytes: number;
  /** What story lists show of it, counted where it was built (a worker's brief is not parsed for them). */
  readonly badges?: StoryBadges;
  /** `JSON.stringify(brief)` as UTF-8 (from a worker thread). */
  readonly json?: Uint8Array;
  /**
   * `renderJson(brief)`; gzipped later, on the first request that accepts gzip (in libuv's pool:
   * brief-rendered.ts), not before the brief is answered (39 ms of the 201-article brief's critical path).
   */
  readonly rendered?: { readonly page: Uint8Array };
}

/**
 * A brief as the thread posts it: UTF-8 bytes, transferred (not copied). The
 * server thread then parses the brief when it needs it (JSON.parse of 2.4 MB:
 * 7 ms) rather than deserialising a structured clone (15 ms), and does not render the
 * JSON brief nor stringify it for the disk cache (23 + 24 ms of CPU for the
 * 204-article brief, each a stall of every request waiting); its gzip is
 * made in libuv's pool when a client first accepts it.
 */
export interface WireBuilt {
  readonly version: number;
  readonly json: Uint8Array;
  readonly badges: StoryBadges;
}

const utf8 = new TextDecoder();

/**
 * The server thread's side of a posted brief: nothing is decoded now; the
 * rendered JSON page when a reader needs its text (a client taking gzip never
 * does), the brief object on first use. Under load, decoding and parsing a
 * 201-article brief's 6.5 MB of JSON took the server thread 110-120 ms
 * between the brief's arrival and its answer (docs/BENCHMARKS.md).
 */
function unwire(w: WireBuilt, page: Uint8Array | undefined): Built {
  let brief: StoryBrief | undefined;
  return {
    get brief(): StoryBrief {
      return (brief ??= JSON.parse(utf8.decode(w.json)) as StoryBrief);
    },
    version: w.version,
    bytes: w.json.byteLength,
    json: w.json,
    badges: w.badges,
    ...(page !== undefined ? { rendered: { page } } : {}),
  };
}

/** The synthetic warm-up story's id (warm-story.ts): never a stored story's (those are `s_` and hex), so no reader can ask for it. */
export const WARM_STORY_ID = '(synthetic warm-up)' as StoryId;
/** Its articles by default: as many as the large briefs that must answer fast (issue 14's ~200). */
export const WARM_STORY_ARTICLES = 200;

/** What the thread is asked: a story's brief at a nice value; `warm` builds it only to load and compile the code (nothing posted back, nothing recorded). */
/** The `n` of the message a thread posts when it starts (its thread id). */
export const HELLO = -1;

export interface LaneRequest {
  readonly n: number;
  readonly id: string;
  readonly nice: number;
  readonly warm?: boolean;
  /** The synthetic warm-up story's size (brief-thread.ts, warm-story.ts). */
  readonly articles?: number;
  /** After the brief, drop the texts kept between briefs (a warm-up pass over a stored story). */
  readonly forget?: boolean;
}
/** `renice` false: the thread could not take the priority asked (an unprivileged process cannot lower its nice value again). */
/** `warmArticles`: a warm-up pass's brief, how many articles it had (the brief itself is not posted). */
export type LaneReply = { readonly n: number; readonly built?: WireBuilt; readonly page?: Uint8Array; readonly version?: number; readonly warmArticles?: number; readonly error?: string; readonly renice?: false; readonly heapBytes?: number; readonly nice?: number; readonly tid?: number; readonly idle?: boolean };

/** A brief that needs more memory than the worker's heap limit: a typed outcome (a 503 naming the setting), not a crash. */
export class BriefTooLarge extends HttpError {
  constructor(
    readonly id: string,
    readonly heapMb: number,
  ) {
    super(503, `the brief of story ${id} needs more memory than the brief worker's ${heapMb} MB (parallax serve --brief-heap-mb)`);
  }
}

export interface Job {
  readonly n: number;
  readonly id: string;
  readonly urgent: boolean;
  readonly warm?: boolean;
  /** The synthetic warm-up story's size, for a warm-up job of it. */
  readonly articles?: number;
  /** A warm-up pass over a stored story: the thread keeps nothing of its texts afterwards (brief-thread.ts). */
  readonly forget?: boolean;
  /** Given the JSON rendering as soon as the thread has it, before the brief itself is stringified and posted. */
  readonly onPage?: (page: Uint8Array, version: number) => void;
  readonly resolve: (b: Built | undefined) => void;
  readonly reject: (e: Error) => void;
}

export interface LaneOptions {
  readonly moduleUrl: string;
  readonly file: string;
  readonly heapMb: number;
  readonly recycleBytes: number;
  /** The nice value this lane's briefs run at. */
  readonly nice: () => number;
  /** Whether the thread takes Linux's idle scheduling class at its start (the background lane). */
  readonly idleClass?: boolean;
  /** The nice value the thread is given to stop quickly (the server's own). */
  readonly stopNice: number;
  /** Called when the lane is free for its next job. */
  readonly idle: () => void;
  /** Called after the lane's thread was ended for its heap. */
  readonly onRecycled?: (job: Job) => void;
}

export class BriefLane {
  private worker: Worker | undefined;
  /** The job the thread is on. */
  current: Job | undefined;
  /** Threads ended after a brief that left their heap above the limit. */
  recycled = 0;
  /** Threads started (a warm lane starts one and keeps it). */
  started = 0;
  /** Jobs run (warm-up passes included). */
  ran = 0;
  /** The nice value the last brief ran at. */
  lastNice: number | undefined;
  /** When the lane's current thread finished its first job (undefined: not yet, or no thread). */
  warmSince: number | undefined;
  /** Whether the thread took Linux's idle scheduling class (known once it has started; `idleClass` lanes only). */
  idleClass: boolean | undefined;
  /** The thread's V8 heap (total) after its last brief, in bytes (undefined: no thread, or none done yet). */
  lastHeap: number | undefined;
  /** The current job's JSON rendering, posted ahead of its brief. */
  private page: { readonly n: number; readonly page: Uint8Array } | undefined;
  /** Articles in the brief of each warm-up pass, in order (0: its story was not found). */
  readonly warmArticles: number[] = [];
  /** The thread's Linux thread id, once it answered (for per-thread CPU in the benchmark, and its priority at close). */
  tid: number | undefined;

  constructor(private readonly o: LaneOptions) {}

  /** Whether a thread is running (started, not ended). */
  alive(): boolean {
    return this.worker !== undefined;
  }

  busy(): boolean {
    return this.current !== undefined;
  }

  /** The lane's thread, started when there is none (its modules load meanwhile). */
  start(): Worker {
    if (this.worker !== undefined) return this.worker;
    const w = new Worker(bootstrap(this.o.moduleUrl), { eval: true, workerData: { role: 'parallax-brief-worker', file: this.o.file, idle: this.o.idleClass === true }, resourceLimits: { maxOldGenerationSizeMb: this.o.heapMb } });
    this.started++;
    this.warmSince = undefined;
    w.unref();
    w.on('message', (r: LaneReply) => this.reply(w, r));
    // A thread that dies fails the job it was on; the next job starts a new one.
    const fail = (err: Error): void => {
      if (this.worker !== w) return;
      this.worker = undefined;
      this.warmSince = undefined;
      const job = this.current;
      this.current = undefined;
      if (job !== undefined) job.reject((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? new BriefTooLarge(job.id, this.o.heapMb) : err);
      this.o.idle();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`brief worker exited (${code})`)));
    this.worker = w;
    return w;
  }

  /** Runs `job` (the lane must be free). */
  run(job: Job): void {
    this.current = job;
    this.ran++;
    this.start().postMessage({ n: job.n, id: job.id, nice: this.o.nice(), ...(job.warm === true ? { warm: true } : {}), ...(job.articles !== undefined ? { articles: job.articles } : {}), ...(job.forget === true ? { forget: true } : {}) } satisfies LaneRequest);
  }

  private reply(w: Worker, r: LaneReply): void {
    // The thread's first word, at its start: its id.
    if (r.n === HELLO) {
      if (this.worker === w) {
        this.tid = r.tid;
        this.idleClass = r.idle === true;
      }
      return;
    }
    const job = this.current;
    if (this.worker !== w || job === undefined || job.n !== r.n) return; // an ended thread's last word is not this job's
    if (r.page !== undefined) {
      // The JSON rendering, posted before the rest (brief-thread.ts): the job goes on. Kept as bytes, decoded
      // only when a reader needs the text (brief-rendered.ts).
      this.page = { n: r.n, page: r.page };
      job.onPage?.(r.page, r.version ?? 0);
      return;
    }
    if (r.renice === false) {
      // The thread could not be given this lane's priority: a fresh thread (the server's priority) builds it.
      this.retire();
      this.run(job);
      return;
    }
    this.current = undefined;
    this.lastNice = r.nice;
    this.tid = r.tid;
    this.lastHeap = r.heapBytes;
    this.warmSince ??= Date.now();
    if (job.warm === true) this.warmArticles.push(r.warmArticles ?? 0);
    const page = this.page?.n === r.n ? this.page.page : undefined;
    this.page = undefined;
    if (r.error !== undefined) job.reject(new Error(`brief worker: ${r.error}`));
    else job.resolve(r.built === undefined ? undefined : unwire(r.built, page));
    // A giant story's brief leaves a heap of gigabytes: given back to the system, not kept for the next brief.
    if ((r.heapBytes ?? 0) > this.o.recycleBytes) {
      this.recycled++;
      this.retire();
      this.o.onRecycled?.(job);
    }
    this.o.idle();
  }

  /** Ends the thread; its exit is then not taken for a failure. */
  private retire(): void {
    const w = this.worker;
    this.worker = undefined;
    this.tid = undefined;
    this.lastHeap = undefined;
    this.warmSince = undefined;
    if (w !== undefined) void w.terminate();
  }

  /**
   * Ends the thread and hands back the job it was on (to be failed by the
   * caller) with the thread's end, waited for at most `waitMs`: a thread at
   * nice 19 on a busy machine may not get a core to stop on for a long time,
   * and nothing it does then is kept (its writes are single transactions).
   */
  stop(waitMs: number): { job: Job | undefined; ended: Promise<void> } {
    const w = this.worker;
    this.worker = undefined;
    // A thread at nice 19 on a busy machine may wait long for the core it needs to stop: given the server's priority first (where allowed).
    if (w !== undefined && this.tid !== undefined) {
      try {
        setPriority(this.tid, this.o.stopNice);
      } catch {
        // Not allowed (unprivileged), or the thread is gone.
      }
    }
    const job = this.current;
    this.current = undefined;
    this.tid = undefined;
    if (w === undefined) return { job, ended: Promise.resolve() };
    if (!Number.isFinite(waitMs)) return { job, ended: w.terminate().then(() => undefined) };
    let timer: NodeJS.Timeout | undefined;
    const ended = Promise.race([
      w.terminate().then(() => undefined),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, waitMs);
        timer.unref();
      }),
    ]).finally(() => clearTimeout(timer));
    return { job, ended };
  }
}
