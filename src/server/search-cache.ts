/**
 * Search results kept per query until the database changes. The same
 * searches come back again and again (a newsroom's standing queries, a
 * page of results reloaded), and a common word matches thousands of
 * articles: counting facets over them and cutting 20 snippets costs tens of
 * milliseconds, answering from here well under one. The store's story change
 * counter moves with every article stored, so a cached answer is never older
 * than the last ingest. Least recently used answers go past `capacity`.
 */
import type { SearchResults } from '../storage/service-types.js';
import type { Store } from '../storage/store.js';

export class SearchCache {
  private readonly entries = new Map<string, { version: number; results: SearchResults }>();
  hits = 0;
  misses = 0;

  constructor(
    private readonly store: Store,
    private readonly capacity = 500,
  ) {}

  /** The results for `key`, computed by `compute` when not cached for the database as it is now. */
  get(key: string, compute: () => SearchResults): SearchResults {
    const version = this.store.lastStoryChange();
    const cached = this.cached(key, version);
    if (cached !== undefined) return cached;
    const results = compute();
    this.keep(key, version, results);
    return results;
  }

  /** Searches under way (getAsync), by key and version: clients asking the same meanwhile share one. */
  private readonly inFlight = new Map<string, Promise<SearchResults>>();

  /** As get, with results computed elsewhere (PostgreSQL's search processes); the version is read before they are. */
  async getAsync(key: string, compute: () => Promise<SearchResults>): Promise<SearchResults> {
    const version = this.store.lastStoryChange();
    const cached = this.cached(key, version);
    if (cached !== undefined) return cached;
    const flightKey = `${version}\n${key}`;
    const running = this.inFlight.get(flightKey);
    if (running !== undefined) return running;
    const promise = compute();
    this.inFlight.set(flightKey, promise);
    let results: SearchResults;
    try {
      results = await promise;
    } finally {
      this.inFlight.delete(flightKey);
    }
    const now = this.entries.get(key);
    // A newer answer may have landed while this one was computed: keep the newer.
    if (now === undefined || now.version <= version) this.keep(key, version, results);
    return results;
  }

  /** The entry for `key` when computed at `version` (counted as a hit and made most recent), else undefined (a miss). */
  private cached(key: string, version: number): SearchResults | undefined {
    const e = this.entries.get(key);
    if (e !== undefined && e.version === version) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, e);
      return e.results;
    }
    this.misses++;
    return undefined;
  }

  /** Keeps `results` as the most recent entry, dropping the least recent beyond capacity. */
  private keep(key: string, version: number, results: SearchResults): void {
    this.entries.delete(key);
    this.entries.set(key, { version, results });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
