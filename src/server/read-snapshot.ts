/**
 * The database version that kept read results (search answers, story list
 * pages) are valid for, refreshed at most once per interval: near-real-time
 * visibility, as Elasticsearch's refresh interval gives (default 1 s).
 *
 * Why: the store's story change counter moves with every article stored,
 * and a kept answer is only good for one counter value. While articles
 * arrive (a feed burst, a stream of posts: 10–20 a second on two cores),
 * keying on the live counter dropped every kept search several times a
 * second, and 50 clients recomputed 10–40 ms searches over and over (search
 * p99 757–865 ms at 96,000 articles). Read at most once per interval, the
 * counter moves at most once per interval, so each kept answer is computed
 * at most once per interval however fast articles come in.
 *
 * The counter is read lazily (on a request, when the interval has passed),
 * so an idle server does nothing.
 */

/** How long after its last request a query counts as in use. */
export const IN_USE_MS = 60_000;

export class ReadSnapshot {
  private version: number | undefined;
  private readAt = Number.NEGATIVE_INFINITY;
  /** When a read last found the counter moved, and the time before that (for `busy`). */
  private movedAt: number | undefined;
  private movedBefore: number | undefined;

  /**
   * @param read the store's story change counter (`store.lastStoryChange()`)
   * @param intervalMs how long a read counter value stands (0: read on every call)
   * @param nowFn the clock in ms (injected so tests step it)
   */
  constructor(
    private readonly read: () => number,
    readonly intervalMs: number,
    private readonly nowFn: () => number = Date.now,
  ) {
    if (!(intervalMs >= 0)) throw new RangeError(`refresh interval must be 0 or more ms (got ${intervalMs})`);
  }

  /** The version kept results are valid for now, reading the counter again when the interval has passed. */
  current(): number {
    const t = this.nowFn();
    // A clock that steps back (a test, an NTP correction) reads again rather than waiting.
    if (this.version === undefined || t - this.readAt >= this.intervalMs || t < this.readAt) {
      const v = this.read();
      if (this.version !== undefined && v !== this.version) {
        this.movedBefore = this.movedAt;
        this.movedAt = t;
      }
      this.version = v;
      this.readAt = t;
    }
    return this.version;
  }

  /** When the counter value now standing was read, in ms: what a kept answer of this snapshot is as old as, at most. */
  readTime(): number {
    return this.readAt;
  }

  /**
   * Whether articles keep arriving: the last two reads that found the
   * counter moved were within `windowMs` of each other, the last within
   * `windowMs` of now. A single change after a quiet spell (one article
   * posted) is not busy: its refresh is shown at the next interval as
   * before; a feed burst or a stream of posts is.
   */
  busy(windowMs: number): boolean {
    if (this.movedAt === undefined || this.movedBefore === undefined) return false;
    return this.movedAt - this.movedBefore <= windowMs && this.nowFn() - this.movedAt <= windowMs;
  }

  /** The clock this snapshot reads, in ms. */
  now(): number {
    return this.nowFn();
  }

  /**
   * Whether a kept answer last sent at `usedAt` may stand in while its
   * replacement is computed: when its query is in use (sent within the last
   * IN_USE_MS, or three intervals if longer), never with an interval of 0.
   * An answer of a query nobody asked for a while is not shown: its askers
   * wait for the fresh one. A minute, not a few intervals: on a saturated
   * machine ten searches recomputed one after another took 10 s, and with a
   * window of three intervals the queries a page asks went cold between two
   * visits, so every asker waited for them.
   */
  mayServeStale(usedAt: number): boolean {
    return this.intervalMs > 0 && this.nowFn() - usedAt <= Math.max(IN_USE_MS, 3 * this.intervalMs);
  }
}
