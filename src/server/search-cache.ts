/**
 * Search results kept per query for a snapshot of the database. The same
 * searches come back again and again (a newsroom's standing queries, a page
 * of results reloaded), and a common word matches thousands of articles:
 * counting facets over them and cutting 20 snippets costs 10–50 ms at
 * 96,000 articles, answering from here well under one.
 *
 * The snapshot (read-snapshot.ts) is the store's story change counter, read
 * at most once per refresh interval (default 1 s; 0: on every search), so
 * new articles become searchable at the next refresh. After a refresh a
 * query is recomputed lazily, when next asked, and clients asking for it
 * meanwhile share that one computation; with computations off the event
 * loop (`getAsync`: the search worker, PostgreSQL's search processes) the
 * previous snapshot's answer keeps answering until the new one is ready,
 * so no client waits for a refresh. Least recently used answers go past
 * `capacity`.
 *
 * While articles keep arriving (the snapshot moved at two refreshes in a
 * row, read-snapshot.ts `busy`), a kept answer in use is not recomputed at
 * every refresh but once it is `maxStaleMs` old (default 5 s): during a
 * 1,000-item feed burst the ten standing queries of the benchmark were
 * recomputed every second, about 0.3 of a core beside ingest's 0.65 on two
 * cores, and search p99 doubled. News search a few seconds behind the feed
 * is what users of such services get (Elasticsearch's refresh is 1 s by
 * default and is often raised to 30 s during bulk loads); the age of every
 * answer is sent with it (`asOf`, the X-Parallax-Data-Age-Ms header). A
 * single change after a quiet spell is shown at the next refresh as before.
 *
 * The guarantee: an answer sent reflects every article stored before
 * `asOf`, and asOf is at most max(refresh interval, maxStaleMs) old, plus,
 * when a recomputation is under way, the time it takes (the previous answer
 * stands in meanwhile). A refresh runs at the lowest priority and waits for
 * the cores the readers leave; when it has been under way for twice the
 * bound, the same search is asked at the server's priority, so an answer is
 * at most about three bounds old plus one computation (15 s by default, on
 * a machine whose cores the readers keep busy).
 */
import type { SearchResults } from '../storage/service-types.js';
import type { Store } from '../storage/store.js';
import { ReadSnapshot } from './read-snapshot.js';

export interface SearchCacheOptions {
  /** Kept answers (default 500). */
  readonly capacity?: number;
  /** How long new articles may wait to become searchable, in ms (default 1000; 0: at once). */
  readonly refreshMs?: number;
  /** The clock in ms (default Date.now; injected by tests). */
  readonly now?: () => number;
  /** A snapshot shared with other kept reads (the story list), in place of refreshMs and now. */
  readonly snapshot?: ReadSnapshot;
  /** While articles keep arriving, how old a kept answer in use may get before it is recomputed, in ms (default 5000; 0: at every refresh). */
  readonly maxStaleMs?: number;
}

export const DEFAULT_REFRESH_MS = 1000;
export const DEFAULT_MAX_STALE_MS = 5000;

/** A computation under way: for which snapshot, since when, and whether it is a refresh (low priority) not yet repeated at normal priority. */
interface Flight {
  readonly version: number;
  readonly asOf: number;
  readonly startedAt: number;
  readonly refresh: boolean;
  escalated: boolean;
  readonly done: Promise<SearchResults>;
}

/** A kept answer: the snapshot version computed for and when that version was read, when last sent. */
interface Entry {
  readonly version: number;
  readonly results: SearchResults;
  readonly asOf: number;
  usedAt: number;
}

export class SearchCache {
  /** Kept answers: the snapshot version computed for, and when last sent (an answer in use may stand in for its recomputation). */
  private readonly entries = new Map<string, Entry>();
  /** When each answer's snapshot was read (kept and computed answers alike), for `asOf`. */
  private readonly asOfs = new WeakMap<SearchResults, number>();
  private readonly snapshot: ReadSnapshot;
  private readonly capacity: number;
  readonly maxStaleMs: number;
  /** Answers kept for the current snapshot. */
  hits = 0;
  /** Asks with no answer for the current snapshot (held, stale and waited for alike). */
  misses = 0;
  /** Answers of the previous snapshot given while the current one's were computed. */
  stale = 0;
  /** Answers of an earlier snapshot given as they are while articles kept arriving, younger than maxStaleMs: nothing recomputed. */
  held = 0;
  /** Computations started: first ones (someone waits) and refreshes (an answer stands in). */
  computed = 0;
  refreshed = 0;

  constructor(store: Store, opts: SearchCacheOptions = {}) {
    this.capacity = opts.capacity ?? 500;
    this.snapshot = opts.snapshot ?? new ReadSnapshot(() => store.lastStoryChange(), opts.refreshMs ?? DEFAULT_REFRESH_MS, opts.now);
    this.maxStaleMs = opts.maxStaleMs ?? DEFAULT_MAX_STALE_MS;
    if (!(this.maxStaleMs >= 0)) throw new RangeError(`search max staleness must be 0 or more ms (got ${this.maxStaleMs})`);
  }

  /** When the snapshot `results` were computed for was read (ms on the snapshot's clock); undefined for results not from here. */
  asOf(results: SearchResults): number | undefined {
    return this.asOfs.get(results);
  }

  /** The results for `key`, computed by `compute` (on this thread) when not kept for the current snapshot. */
  get(key: string, compute: () => SearchResults): SearchResults {
    const version = this.snapshot.current();
    const cached = this.cached(key, version);
    if (cached !== undefined) return cached;
    const held = this.holding(key);
    if (held !== undefined) return held;
    const asOf = this.snapshot.readTime();
    this.computed++;
    const results = compute();
    this.keepIfNewer(key, version, results, asOf);
    return results;
  }

  /**
   * The kept answer of `key` as it is, when articles keep arriving and it is
   * in use and younger than maxStaleMs: recomputing it at every refresh of a
   * burst is the CPU the readers need. Else undefined.
   */
  private holding(key: string): SearchResults | undefined {
    const e = this.entries.get(key);
    if (e === undefined || this.maxStaleMs <= 0 || !this.snapshot.mayServeStale(e.usedAt)) return undefined;
    const now = this.snapshot.now();
    if (now - e.asOf >= this.maxStaleMs || now < e.asOf || !this.snapshot.busy(this.maxStaleMs)) return undefined;
    this.held++;
    e.usedAt = now;
    return e.results;
  }

  /** Searches under way (getAsync), one per key at most: clients asking meanwhile share it. */
  private readonly inFlight = new Map<string, Flight>();
  /** Refreshes repeated at the server's priority because the low-priority one was still waiting for a core. */
  escalated = 0;

  /**
   * As get, with results computed elsewhere (the search worker, PostgreSQL's
   * search processes). The snapshot is read before the computation starts,
   * so an answer is never kept under a version newer than it has seen.
   *
   * One computation per query at a time: a query whose previous computation
   * has not finished when the snapshot moves again (a busy machine) waits for
   * it rather than queueing another behind it, so the worker's queue never
   * holds more than one search per kept query. Meanwhile the kept answer
   * stands in when the query is in use (sent within the last minute,
   * read-snapshot.ts), however long the recomputation takes on a
   * busy machine; the askers of a query nobody asked for a while wait for
   * the computation.
   */
  getAsync(key: string, compute: (refresh: boolean) => Promise<SearchResults>): Promise<SearchResults> {
    const version = this.snapshot.current();
    const cached = this.cached(key, version);
    if (cached !== undefined) return Promise.resolve(cached);
    const held = this.holding(key);
    if (held !== undefined) return Promise.resolve(held);
    const previous = this.entries.get(key);
    const standIn = previous !== undefined && this.snapshot.mayServeStale(previous.usedAt);
    let running = this.inFlight.get(key);
    if (running === undefined) {
      const asOf = this.snapshot.readTime();
      // A refresh (an answer stands in, nobody waits) may run at a lower priority than a first computation.
      if (standIn) this.refreshed++;
      else this.computed++;
      const flight: Flight = {
        version,
        asOf,
        startedAt: this.snapshot.now(),
        refresh: standIn,
        escalated: false,
        done: compute(standIn)
          .then((results) => {
            this.keepIfNewer(key, version, results, asOf);
            return results;
          })
          .finally(() => {
            if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
          }),
      };
      running = flight;
      this.inFlight.set(key, flight);
      // A failure reaches the clients waiting for this search; one nobody waits for (a refresh behind a stale answer) ends here.
      flight.done.catch(() => {});
    }
    // A refresh runs at the lowest priority, and while reads keep every core busy it may wait for one far longer than
    // its computation takes. Once it has been under way for twice the bound, the same search is asked again at the
    // server's priority (once per refresh), so an answer's age stays within about three bounds and one computation.
    const bound = Math.max(this.snapshot.intervalMs, this.maxStaleMs);
    if (running.refresh && !running.escalated && bound > 0 && this.snapshot.now() - running.startedAt >= 2 * bound) {
      running.escalated = true;
      this.escalated++;
      const { version: v, asOf } = running;
      compute(false).then(
        (results) => this.keepIfNewer(key, v, results, asOf),
        () => {},
      );
    }
    if (standIn && previous !== undefined) {
      this.stale++;
      previous.usedAt = this.snapshot.now();
      return Promise.resolve(previous.results);
    }
    return running.done;
  }

  /** The entry for `key` when computed at `version` (counted as a hit and made most recent), else undefined (a miss). */
  private cached(key: string, version: number): SearchResults | undefined {
    const e = this.entries.get(key);
    if (e !== undefined && e.version === version) {
      this.hits++;
      e.usedAt = this.snapshot.now();
      this.entries.delete(key);
      this.entries.set(key, e);
      return e.results;
    }
    this.misses++;
    return undefined;
  }

  /** Keeps `results` as the most recent entry unless a newer answer landed meanwhile, dropping the least recent beyond capacity. */
  private keepIfNewer(key: string, version: number, results: SearchResults, asOf: number): void {
    this.asOfs.set(results, asOf);
    const now = this.entries.get(key);
    if (now !== undefined && now.version > version) return;
    this.entries.delete(key);
    this.entries.set(key, { version, results, asOf, usedAt: this.snapshot.now() });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
