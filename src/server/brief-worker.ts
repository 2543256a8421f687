/**
 * Briefs computed afresh off the event loop. A 200-article brief takes about
 * a second of CPU; computed on the server's thread it would stall every
 * other request for that second. A worker thread opens its own connection to
 * the same database file (WAL: readers never block the writer or each
 * other), reads the story's version, builds the brief, records the story's
 * provenance counts at that version (brief-provenance.ts) and posts the
 * brief back with its version and size; the server thread only renders and
 * caches it.
 *
 * Two threads (lanes, brief-lane.ts), so that a brief someone waits for
 * (`urgent`) never waits behind background work and never starts cold:
 *
 * - the **foreground** thread runs at the server's own priority and builds
 *   only briefs someone waits for. It is kept: started and warmed at start
 *   (`warm`: the brief of a synthetic 200-article story, warm-story.ts, built three times, the
 *   third time a stored story of about 100 articles instead when there is one, then the synthetic story once more, and dropped, which loads the modules, compiles the hot code of a large brief and starts the brief's helper thread,
 *   src/pipeline/brief-helper.ts, which lives as long as this thread), and
 *   ended only after a brief that left its heap above `foregroundRecycleMb`
 *   (default 768 MB; then a new one is warmed). Before, each urgent brief stopped the one worker's
 *   background brief and started a cold worker: 0.5–0.6 s of module load,
 *   compilation and helper start on the critical path of a 1 s brief.
 * - the **background** thread runs at the lowest CPU priority (a nice value
 *   of 19 on its own thread: Linux gives each thread its own; and Linux's
 *   idle scheduling class where `chrt` can set it), one brief at
 *   a time (the refresher's prewarm of the largest stories, refreshes). It
 *   is never stopped for an urgent brief: at nice 19 it gets only what the
 *   others leave, so a brief at the server's priority takes the core at
 *   once. No background brief starts while a foreground one runs, or while
 *   the server answers many reads (`readsBusy`, at most `maxDeferMs` at a
 *   time). A reader asking for a story the background has queued moves it
 *   to the foreground; one the background is building is built in the
 *   foreground too, and the first result answers both.
 *
 * Memory is bounded: each thread's V8 heap is limited (`heapMb`), so a story
 * too large to brief within it fails as a `BriefTooLarge` (its caller gets
 * a 503 naming the setting) instead of growing the process by gigabytes
 * (0.6 MB of heap per article briefed: 2 GB for the 3,430-article story of
 * the 96,000-article benchmark); and after a brief that left the heap
 * above `recycleMb` a thread is ended, so the memory of a giant story's
 * brief goes back to the system rather than staying with the process. The
 * warm foreground thread costs its idle heap and code (docs/DEPLOY.md).
 *
 * This file is the server thread's side; the thread's is brief-thread.ts.
 */
import type { StoryId } from '../core/ids.js';
import { BriefLane, WARM_STORY_ARTICLES, WARM_STORY_ID, type Built, type Job } from './brief-lane.js';
import { BRIEF_THREAD_URL } from './brief-thread.js';
import { BACKGROUND_NICE, DEFAULT_BRIEF_HEAP_MB, DEFAULT_FOREGROUND_RECYCLE_MB, DEFAULT_RECYCLE_MB, WARM_PASSES, ownNice, type BriefWorkerOptions } from './brief-worker-options.js';

export { BriefTooLarge, type Built } from './brief-lane.js';
export { BACKGROUND_NICE, DEFAULT_BRIEF_HEAP_MB, DEFAULT_FOREGROUND_RECYCLE_MB, DEFAULT_RECYCLE_MB, WARM_PASSES, type BriefWorkerOptions } from './brief-worker-options.js';

/** The longest `close` waits for the background thread to end. */
const STOP_WAIT_MS = 3000;

export class BriefWorker {
  private n = 0;
  /** Briefs someone waits for, at the server's priority, on a thread kept warm. */
  private readonly fg: BriefLane;
  /** Everything else, at the lowest priority, never stopped for the foreground. */
  private readonly bg: BriefLane;
  private readonly urgentJobs: Job[] = [];
  private readonly backgroundJobs: Job[] = [];
  /** What the foreground thread was warmed with (`warm`), kept to warm a new thread after a recycle. */
  private warmWith: { readonly id: StoryId | undefined; readonly articles: number; readonly stored: StoryId | undefined } | undefined;
  private warmJob: Job | undefined;
  private warmed: Promise<void> = Promise.resolve();
  private readonly heapMb: number;
  private readonly warmPasses: number;
  private readonly backgroundNice: number;
  private readonly readsBusy: () => boolean;
  private readonly maxDeferMs: number;
  /** Since when a background brief has waited for the reads, and the timer that looks again. */
  private deferredSince: number | undefined;
  private deferTimer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Background briefs a reader's request also started in the foreground (for the metrics and tests). */
  doubled = 0;

  constructor(file: string, opts: BriefWorkerOptions = {}) {
    this.heapMb = opts.heapMb ?? DEFAULT_BRIEF_HEAP_MB;
    this.warmPasses = Math.max(1, opts.warmPasses ?? WARM_PASSES);
    const recycleBytes = (opts.recycleMb ?? DEFAULT_RECYCLE_MB) * 2 ** 20;
    this.backgroundNice = opts.backgroundNice ?? BACKGROUND_NICE;
    this.readsBusy = opts.readsBusy ?? (() => false);
    this.maxDeferMs = opts.maxDeferMs ?? 60_000;
    const lane = { moduleUrl: BRIEF_THREAD_URL, file, heapMb: this.heapMb, recycleBytes, stopNice: ownNice(), idle: () => this.next() };
    const fgRecycleBytes = (opts.foregroundRecycleMb ?? Math.max(DEFAULT_FOREGROUND_RECYCLE_MB, opts.recycleMb ?? 0)) * 2 ** 20;
    this.fg = new BriefLane({ ...lane, recycleBytes: fgRecycleBytes, nice: ownNice, onRecycled: (job) => this.rewarm(job) });
    this.bg = new BriefLane({ ...lane, idleClass: opts.backgroundIdle ?? true, nice: () => Math.max(ownNice(), Math.min(19, this.backgroundNice)) });
  }

  /** Threads ended after a brief that left their heap above `recycleMb`, both lanes. */
  get recycled(): number {
    return this.fg.recycled + this.bg.recycled;
  }

  /** The nice value of the last brief the foreground and the background built. */
  get lastNice(): { foreground: number | undefined; background: number | undefined } {
    return { foreground: this.fg.lastNice, background: this.bg.lastNice };
  }

  /** Jobs run per lane, warm-up passes included. */
  get ran(): { foreground: number; background: number } {
    return { foreground: this.fg.ran, background: this.bg.ran };
  }

  /** Articles in the brief of each of the foreground thread's warm-up passes, in order (0: its story was not found). */
  get warmedArticles(): readonly number[] {
    return this.fg.warmArticles;
  }

  /** Threads started per lane (a warm foreground keeps its one). */
  get started(): { foreground: number; background: number } {
    return { foreground: this.fg.started, background: this.bg.started };
  }

  /**
   * Starts the foreground thread and builds the brief of story `id` in it
   * `warmPasses` times, dropping the result: the modules load, the code
   * compiles, the brief's helper thread starts, so the first brief someone
   * waits for does not pay for them. Without `id` the story is the synthetic
   * one of warm-story.ts, of `articles` articles (default 200) of built-in
   * text stored in the thread's own memory, drawn anew each pass: every path
   * of a large brief runs, and no story of the database is briefed (none, at
   * 0 articles); a stored story's id warms with that story (tests). With
   * `stored`, the last pass briefs that stored story instead (start.ts
   * `warmStoredStory`): real text takes paths and shapes of data made-up text
   * does not, and a first brief of a new large story after it cost 25–30 %
   * less CPU (docs/BENCHMARKS.md); the pass keeps nothing but compiled code
   * (its prepared texts are dropped, its brief is not posted). One more
   * synthetic pass follows it (the first brief of the 201-article story then
   * cost ~13 % less CPU again, docs/BENCHMARKS.md). Briefs
   * someone waits for go first, also between two passes; a
   * pass that left the thread recycled ends the warm-up. Resolves when done
   * (never rejects: a failed warm-up leaves a cold thread, nothing worse).
   */
  warm(id?: StoryId, articles = WARM_STORY_ARTICLES, stored?: StoryId): Promise<void> {
    this.warmWith = { id, articles, stored };
    if (this.warmJob !== undefined) return this.warmed;
    // A synthetic story of no articles (an empty database): the thread starts with the first brief.
    if (id === undefined && articles <= 0) return Promise.resolve();
    const job = id === undefined ? { id: WARM_STORY_ID, articles } : { id };
    // With a stored story, one synthetic pass more after it: the stored pass takes branches the synthetic ones never
    // did and V8 drops the optimised code those branches invalidate (deoptimisation on missing type feedback); the
    // pass after it optimises that code again, with the feedback of both, before anyone waits for a brief.
    const last = stored !== undefined ? this.warmPasses + 1 : this.warmPasses;
    this.warmed = new Promise<void>((resolve) => {
      let passes = 0;
      const pass = (): void => {
        passes++;
        const recycled = this.fg.recycled;
        const done = (): void => {
          // Looked at once the lane has dealt with the thread's heap: another pass only in the same thread, still running.
          setImmediate(() => {
            if (passes < last && !this.closed && this.fg.alive() && this.fg.recycled === recycled) {
              pass();
              this.next();
            } else resolve();
          });
        };
        const pick = stored !== undefined && passes === this.warmPasses ? { id: stored, forget: true } : job;
        this.warmJob = { n: ++this.n, ...pick, urgent: false, warm: true, resolve: done, reject: () => resolve() };
      };
      pass();
    });
    this.next();
    return this.warmed;
  }

  /** Resolves when the last warm-up asked for is done. */
  whenWarm(): Promise<void> {
    return this.warmed;
  }

  /** After the foreground thread was recycled: a new one, warmed again with the same story. */
  private rewarm(after: Job): void {
    // Not after the warm-up itself (a limit below a small brief's heap would warm forever): the next brief starts a thread.
    if (!this.closed && after.warm !== true && this.warmWith !== undefined) void this.warm(this.warmWith.id, this.warmWith.articles, this.warmWith.stored);
  }

  /** Whether the next background brief waits for the reads to calm down (then `next` is called again in a second). */
  private deferBackground(): boolean {
    const now = Date.now();
    if (!this.readsBusy() || (this.deferredSince !== undefined && now - this.deferredSince >= this.maxDeferMs)) {
      this.deferredSince = undefined;
      return false;
    }
    this.deferredSince ??= now;
    this.armDeferTimer();
    return true;
  }

  private armDeferTimer(): void {
    this.deferTimer ??= setTimeout(() => {
      this.deferTimer = undefined;
      this.next();
    }, 1000);
    this.deferTimer.unref();
  }

  private next(): void {
    if (this.closed) return;
    if (!this.fg.busy()) {
      const job = this.urgentJobs.shift() ?? this.warmJob;
      if (job === this.warmJob) this.warmJob = undefined;
      if (job !== undefined) this.fg.run(job);
    }
    // No background brief starts beside one someone waits for (it would take a core the urgent brief's two threads want).
    if (!this.bg.busy() && this.backgroundJobs.length > 0 && !this.fg.busy() && !this.deferBackground()) this.bg.run(this.backgroundJobs.shift()!);
  }

  /**
   * The story's brief built in a worker thread, or undefined when there is no such story; `urgent` when someone
   * waits for it; `onPage` is given its JSON rendering as soon as the thread has it (before the brief is posted).
   */
  build(id: StoryId, urgent = true, onPage?: (page: Uint8Array, version: number) => void): Promise<Built | undefined> {
    const n = ++this.n;
    if (this.closed) return Promise.reject(new Error('brief worker closed'));
    return new Promise((resolve, reject) => {
      (urgent ? this.urgentJobs : this.backgroundJobs).push({ n, id, urgent, resolve, reject, ...(onPage !== undefined ? { onPage } : {}) });
      this.next();
    });
  }

  /**
   * Someone now waits for a story the background asked for: its queued job
   * moves to the foreground; one the background thread is on is built in the
   * foreground as well, and whichever finishes first answers (the background
   * thread, at nice 19, may get little CPU while the server is busy).
   */
  hurry(id: StoryId): void {
    const i = this.backgroundJobs.findIndex((j) => j.id === id);
    if (i >= 0) {
      const [job] = this.backgroundJobs.splice(i, 1);
      this.urgentJobs.push({ ...job!, urgent: true });
    } else {
      const on = this.bg.current;
      if (on === undefined || on.id !== id || this.fg.current?.resolve === on.resolve || this.urgentJobs.some((j) => j.resolve === on.resolve)) return;
      this.doubled++;
      this.urgentJobs.push({ ...on, n: ++this.n, urgent: true });
    }
    this.next();
  }

  /** The Linux thread ids of the two brief threads, once each has answered (the benchmark's per-thread CPU). */
  threads(): { foreground: number | undefined; background: number | undefined } {
    return { foreground: this.fg.tid, background: this.bg.tid };
  }

  /** Each brief thread's V8 heap after its last brief, in bytes (undefined: none running, or none done yet). */
  heaps(): { foreground: number | undefined; background: number | undefined } {
    return { foreground: this.fg.alive() ? this.fg.lastHeap : undefined, background: this.bg.alive() ? this.bg.lastHeap : undefined };
  }

  /** Whether the background thread runs in Linux's idle scheduling class (known once it has started). */
  backgroundIdleClass(): boolean | undefined {
    return this.bg.idleClass;
  }

  /** Whether each lane has a thread running. */
  alive(): { foreground: boolean; background: boolean } {
    return { foreground: this.fg.alive(), background: this.bg.alive() };
  }

  /** Whether the background thread is building a brief now. */
  backgroundBusy(): boolean {
    return this.bg.busy();
  }

  /** Whether a brief asked for now would wait behind another one (the foreground thread is building). */
  busy(): boolean {
    return this.fg.busy();
  }

  /** Ends both threads; every job not done is failed. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.deferTimer);
    this.deferTimer = undefined;
    const closed = new Error('brief worker closed');
    const pending = [...this.urgentJobs.splice(0), ...this.backgroundJobs.splice(0), ...(this.warmJob !== undefined ? [this.warmJob] : [])];
    this.warmJob = undefined;
    // The foreground thread runs at the server's priority: its end is waited for. The background one is raised to that
    // priority where allowed (brief-lane.ts) and waited for a few seconds at most.
    const fg = this.fg.stop(Number.POSITIVE_INFINITY);
    const bg = this.bg.stop(STOP_WAIT_MS);
    for (const job of [...(fg.job !== undefined ? [fg.job] : []), ...(bg.job !== undefined ? [bg.job] : []), ...pending]) job.reject(closed);
    await Promise.all([fg.ended, bg.ended]);
  }
}
