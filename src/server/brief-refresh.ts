/**
 * Keeps story briefs current in the background, so that a story page
 * rarely waits for its brief: after a story changes and then stays quiet
 * for a few seconds (a wire story gains its copies in bursts), its brief is
 * computed again in the brief worker, one story at a time, behind any brief
 * someone is waiting for. In priority order:
 *
 * 1. stories someone viewed (the most recent view first), whatever their size;
 * 2. small stories a list page showed, whose badges the list wants;
 * 3. once started (`start`, by `parallax serve`): every story whose brief is
 *    not recorded at its current version (brief-provenance.ts: the stored
 *    record is what survives a restart), largest first, then most recently
 *    changed; right after start, the largest stories whose brief is not
 *    cached yet come first, so the first views after a restart find them.
 *
 * Bounded work: one brief at a time, and after each a pause as long as the
 * brief took times (1 − share) / share, so the background uses at most
 * `share` of one core. Reads come first: while the server answers more than
 * `busyRps` requests a second, no background brief starts (for up to
 * `maxDeferMs` at a time, so a server never idle still gets its briefs): on
 * two cores a background brief of a large story took a core for minutes,
 * and its arrival (a structured clone of megabytes read on the server
 * thread) held every request behind it. Without a worker (PostgreSQL, memory) briefs would
 * run on the server's thread: the background then takes stories of at most
 * `mainThreadMax` articles. Briefs of stories from `keepFrom` articles (and
 * of viewed ones) are kept in the brief cache; smaller ones are only
 * recorded (cheap to build again when opened).
 */
import { asStoryId, type StoryId } from '../core/ids.js';
import type { StaleStory } from '../storage/provenance-types.js';
import type { Store } from '../storage/store.js';
import type { BriefCache } from './brief-cache.js';
import { BATCH, DEFAULTS, LIST_MAX_ARTICLES, MAX_LISTED, MAX_VIEWED, VIEW_TTL_MS, type RefreshOptions } from './brief-refresh-options.js';

export { DEFAULT_BUSY_RPS, type RefreshOptions } from './brief-refresh-options.js';

export class BriefRefresher {
  private readonly o: Required<RefreshOptions>;
  /** Viewed stories → when last viewed (most recent last). */
  private readonly viewedAt = new Map<string, number>();
  /** Small stories a list showed (most recent last). */
  private readonly listedIds = new Set<string>();
  /** Stories seen changing → when they last changed. */
  private readonly changedAt = new Map<string, number>();
  /** The version each story was last briefed at (by anyone): not briefed again at it. */
  private readonly briefedAt = new Map<string, number>();
  private lastSeq: number;
  private started = false;
  private stopped = false;
  private running = false;
  private wake: (() => void) | undefined;
  private readonly timer: NodeJS.Timeout;
  /** The store-wide pass: the next stories to look at, and whether the prewarm list is done. */
  private backlog: StaleStory[] = [];
  /** The change counter at the last read of the backlog, and when it may be read again without a change. */
  private backlogSeq = -1;
  private backlogAgainAt = 0;
  private prewarmList: StaleStory[] | undefined;
  /** Briefs computed in the background (for the benchmark and tests). */
  built = 0;
  /** Times a background brief waited for the reads to calm down (for the benchmark and tests). */
  deferred = 0;

  constructor(
    private readonly store: Store,
    private readonly cache: BriefCache,
    private readonly hasWorker: boolean,
    private readonly now: () => number = Date.now,
    opts: RefreshOptions = {},
    /** Requests the server answered a second lately (Metrics.recentRate). */
    private readonly readRate: () => number = () => 0,
  ) {
    this.o = { ...DEFAULTS, ...opts };
    this.lastSeq = store.lastStoryChange();
    cache.onBuilt((id, version) => this.briefedAt.set(id, version));
    this.timer = setInterval(() => {
      this.poll();
      this.kick();
    }, this.o.pollMs);
    this.timer.unref();
  }

  /** Starts the store-wide pass (every story kept current), besides viewed and listed stories. */
  start(): void {
    if (this.stopped || this.started) return;
    this.started = true;
    this.kick();
  }

  /** A story someone viewed: its brief is kept current first. */
  viewed(id: string): void {
    this.viewedAt.delete(id);
    this.viewedAt.set(id, this.now());
    if (this.viewedAt.size > MAX_VIEWED) this.viewedAt.delete(this.viewedAt.keys().next().value!);
  }

  /** Stories a list showed: the small ones are briefed for their badges. */
  listed(stories: readonly { id: string; updatedSeq: number; articles: number }[]): void {
    for (const s of stories) {
      if (s.articles > LIST_MAX_ARTICLES || this.briefedAt.get(s.id) === s.updatedSeq) continue;
      this.listedIds.delete(s.id);
      this.listedIds.add(s.id);
    }
    while (this.listedIds.size > MAX_LISTED) this.listedIds.delete(this.listedIds.values().next().value!);
    this.kick();
  }

  /** Whether the background has anything it may brief now (for tests and the benchmark). */
  idle(): boolean {
    return !this.running;
  }

  private poll(): void {
    if (this.stopped) return;
    try {
      for (;;) {
        const changed = this.store.storiesChangedSince(this.lastSeq, 500);
        for (const s of changed) {
          this.lastSeq = s.updatedSeq;
          this.changedAt.set(s.id, this.now());
        }
        if (changed.length < 500) break;
      }
      if (this.changedAt.size > 0) this.backlog = [];
    } catch {
      // The database is busy or closing: the next tick reads again.
    }
    // Stories quiet for long are no longer in question.
    for (const [id, at] of this.changedAt) if (this.now() - at > 10 * this.o.quietMs) this.changedAt.delete(id);
  }

  private quiet(id: string): boolean {
    const at = this.changedAt.get(id);
    return at === undefined || this.now() - at >= this.o.quietMs;
  }

  /** The next story to brief and whether to keep its brief, or undefined when nothing is due. */
  private pick(): { id: StoryId; keep: boolean } | undefined {
    const due = (id: string, minArticles = 1): { id: StoryId; version: number; articles: number } | undefined => {
      const s = this.store.storySummary(asStoryId(id));
      if (s === undefined || s.articles < minArticles || !this.quiet(id)) return undefined;
      if (this.briefedAt.get(id) === s.updatedSeq || this.cache.has(s.id, s.updatedSeq) || this.cache.pending(s.id)) return undefined;
      if (!this.hasWorker && s.articles > this.o.mainThreadMax) return undefined;
      return { id: s.id, version: s.updatedSeq, articles: s.articles };
    };
    // Most recent view first, within the view's time to live.
    for (const [id, at] of [...this.viewedAt].reverse()) {
      if (this.now() - at > VIEW_TTL_MS) {
        this.viewedAt.delete(id);
        continue;
      }
      const s = due(id);
      if (s !== undefined) return { id: s.id, keep: true };
    }
    for (const id of [...this.listedIds].reverse()) {
      const s = due(id);
      this.listedIds.delete(id);
      if (s !== undefined) return { id: s.id, keep: s.articles >= this.o.keepFrom };
    }
    if (!this.started) return undefined;
    this.prewarmList ??= this.store
      .storyPage({ sort: 'size', limit: this.o.prewarm })
      .stories.filter((s) => s.articles >= this.o.keepFrom)
      .map((s) => ({ id: s.id, updatedSeq: s.updatedSeq, articles: s.articles }));
    while (this.prewarmList.length > 0) {
      const s = due(this.prewarmList.shift()!.id, this.o.keepFrom);
      if (s !== undefined) return { id: s.id, keep: true };
    }
    for (let round = 0; round < 2; round++) {
      if (this.backlog.length === 0) {
        // The read scans the story index: not again before a story changes, or (when what it found
        // had changed too recently) before the quiet time has passed.
        const seq = this.store.lastStoryChange();
        if (seq === this.backlogSeq && this.now() < this.backlogAgainAt) return undefined;
        const max = this.hasWorker ? undefined : this.o.mainThreadMax;
        this.backlog = this.store.provenanceStore().stale(2, BATCH * 4, max).filter((s) => this.briefedAt.get(s.id) !== s.updatedSeq).slice(0, BATCH);
        this.backlogSeq = seq;
        this.backlogAgainAt = this.backlog.length === 0 ? Number.POSITIVE_INFINITY : 0;
        if (this.backlog.length === 0) return undefined;
      }
      while (this.backlog.length > 0) {
        const s = due(this.backlog.shift()!.id, 2);
        if (s !== undefined) return { id: s.id, keep: s.articles >= this.o.keepFrom };
      }
      // What was left had changed too recently (or was being built): read again after the quiet time.
      this.backlogAgainAt = this.now() + this.o.quietMs;
    }
    return undefined;
  }

  private kick(): void {
    if (this.wake !== undefined) {
      // Sleeping between briefs: the pause stands (it bounds the background's share).
      return;
    }
    void this.run();
  }

  private async run(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      while (!this.stopped) {
        // Between two briefs the server answers what waits.
        await new Promise((resolve) => setImmediate(resolve));
        if (this.stopped) break;
        await this.deferToReads();
        if (this.stopped) break;
        let next: { id: StoryId; keep: boolean } | undefined;
        try {
          this.poll();
          next = this.pick();
        } catch {
          // The database is busy or closing: the next tick looks again.
          next = undefined;
        }
        if (next === undefined) break;
        const t0 = performance.now();
        try {
          await this.cache.refresh(next.id, next.keep);
          this.built++;
        } catch {
          // The worker failed or closed: the story stays stale and is tried at its next version.
          const s = this.store.storySummary(next.id);
          if (s !== undefined) this.briefedAt.set(next.id, s.updatedSeq);
        }
        const took = performance.now() - t0;
        const pause = (took * (1 - this.o.share)) / this.o.share;
        if (pause >= 1 && !this.stopped) {
          await new Promise<void>((resolve) => {
            const t = setTimeout(resolve, pause);
            t.unref();
            this.wake = () => {
              clearTimeout(t);
              resolve();
            };
          });
          this.wake = undefined;
        }
      }
    } finally {
      this.running = false;
    }
  }

  /** Waits while the server is busy answering reads (at most maxDeferMs). */
  private async deferToReads(): Promise<void> {
    if (this.o.busyRps <= 0) return;
    const until = this.now() + this.o.maxDeferMs;
    let counted = false;
    while (!this.stopped && this.readRate() > this.o.busyRps && this.now() < until) {
      if (!counted) this.deferred++;
      counted = true;
      await this.sleep(this.o.pollMs);
    }
  }

  /** A pause that `stop` ends early. */
  private async sleep(ms: number): Promise<void> {
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      t.unref();
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
    this.wake = undefined;
  }

  /** Stops the background (before the database closes). */
  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.wake?.();
  }
}
