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
 * so an idle server does nothing. `previous` is the snapshot just replaced
 * and when it was last seen current: a kept answer of it may stand in while
 * its replacement is computed (search-cache.ts), as long as it is at most
 * two intervals old.
 */

export interface SnapshotState {
  /** The story change counter value that kept results are valid for. */
  readonly version: number;
  /** The version before, when it was last read as current (ms), or undefined. */
  readonly previous: { readonly version: number; readonly seenAt: number } | undefined;
}

export class ReadSnapshot {
  private version: number | undefined;
  private readAt = Number.NEGATIVE_INFINITY;
  private previous: { version: number; seenAt: number } | undefined;

  /**
   * @param read the store's story change counter (`store.lastStoryChange()`)
   * @param intervalMs how long a read counter value stands (0: read on every call)
   * @param now the clock in ms (injected so tests step it)
   */
  constructor(
    private readonly read: () => number,
    readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!(intervalMs >= 0)) throw new RangeError(`refresh interval must be 0 or more ms (got ${intervalMs})`);
  }

  /** The current snapshot, reading the counter again when the interval has passed. */
  current(): SnapshotState {
    const t = this.now();
    // A clock that steps back (a test, an NTP correction) reads again rather than waiting.
    if (this.version === undefined || t - this.readAt >= this.intervalMs || t < this.readAt) {
      const v = this.read();
      if (this.version !== undefined && v !== this.version) this.previous = { version: this.version, seenAt: this.readAt };
      this.version = v;
      this.readAt = t;
    }
    return { version: this.version, previous: this.previous };
  }

  /**
   * Whether an answer kept for `version` may stand in for the current one
   * while that is computed: only the snapshot just replaced, seen current
   * within the last two intervals (an answer of a query nobody asked for a
   * while is never shown), and never with an interval of 0.
   */
  mayServeStale(version: number): boolean {
    const p = this.previous;
    return this.intervalMs > 0 && p !== undefined && p.version === version && this.now() - p.seenAt <= 2 * this.intervalMs;
  }
}
