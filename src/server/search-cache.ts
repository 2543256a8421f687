/**
 * Search results kept per query for a snapshot of the database. The same
 * searches come back again and again (a newsroom's standing queries, a page
 * of results reloaded), and a common word matches thousands of articles:
 * counting facets over them and cutting 20 snippets costs 10–50 ms at
 * 96,000 articles, answering from here well under one.
 *
 * The snapshot (read-snapshot.ts) is the store's story change counter, read
 * at most once per refresh interval (default 1 s; 0: on every search), so
 * new articles become searchable at the next refresh and, while articles
 * stream in, each kept answer is recomputed at most once per interval
 * rather than after every article. After a refresh a query is recomputed
 * lazily, when next asked, and clients asking for it meanwhile share that
 * one computation; with computations off the event loop (`getAsync`: the
 * search worker, PostgreSQL's search processes) the previous snapshot's
 * answer keeps answering until the new one is ready, so no client waits for
 * a refresh. Least recently used answers go past `capacity`.
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
}

export const DEFAULT_REFRESH_MS = 1000;

export class SearchCache {
  /** Kept answers: the snapshot version computed for, and when last sent (an answer in use may stand in for its recomputation). */
  private readonly entries = new Map<string, { version: number; results: SearchResults; usedAt: number }>();
  private readonly snapshot: ReadSnapshot;
  private readonly capacity: number;
  hits = 0;
  misses = 0;
  /** Answers of the previous snapshot given while the current one's were computed. */
  stale = 0;

  constructor(store: Store, opts: SearchCacheOptions = {}) {
    this.capacity = opts.capacity ?? 500;
    this.snapshot = opts.snapshot ?? new ReadSnapshot(() => store.lastStoryChange(), opts.refreshMs ?? DEFAULT_REFRESH_MS, opts.now);
  }

  /** The results for `key`, computed by `compute` (on this thread) when not kept for the current snapshot. */
  get(key: string, compute: () => SearchResults): SearchResults {
    const version = this.snapshot.current();
    const cached = this.cached(key, version);
    if (cached !== undefined) return cached;
    const results = compute();
    this.keepIfNewer(key, version, results);
    return results;
  }

  /** Searches under way (getAsync), one per key at most: clients asking meanwhile share it. */
  private readonly inFlight = new Map<string, { version: number; done: Promise<SearchResults> }>();

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
  getAsync(key: string, compute: () => Promise<SearchResults>): Promise<SearchResults> {
    const version = this.snapshot.current();
    const cached = this.cached(key, version);
    if (cached !== undefined) return Promise.resolve(cached);
    let running = this.inFlight.get(key);
    if (running === undefined) {
      const flight = {
        version,
        done: compute()
          .then((results) => {
            this.keepIfNewer(key, version, results);
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
    const previous = this.entries.get(key);
    if (previous !== undefined && this.snapshot.mayServeStale(previous.usedAt)) {
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
  private keepIfNewer(key: string, version: number, results: SearchResults): void {
    const now = this.entries.get(key);
    if (now !== undefined && now.version > version) return;
    this.entries.delete(key);
    this.entries.set(key, { version, results, usedAt: this.snapshot.now() });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
