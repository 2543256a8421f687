/**
 * Searches computed off the event loop (SQLite). A common word at 96,000
 * articles costs 10–50 ms of CPU (counting facets over thousands of matches,
 * cutting snippets); on the server's thread every request behind it waited
 * that long, ten queries in a row after each refresh. The worker opens its
 * own read connection to the database file (WAL: never blocked by the
 * writer), answers one search at a time in order, and posts the results
 * back (a page of hits and three facet lists: small to copy). The server
 * thread keeps answers (search-cache.ts), so the worker only sees what is
 * not kept: a query new since the last refresh.
 *
 * Requests are answered in order, one at a time (thread-client.ts).
 *
 * Two of them run: one for first computations (someone waits for them) at
 * the server's priority, one for refreshes (a kept answer stands in while
 * it runs, search-cache.ts) at nice 19, so on two cores a refresh takes
 * what the readers and ingest leave rather than a share beside them. Two
 * threads, not one whose priority goes up and down: an unprivileged thread
 * may lower its priority but not raise it again.
 *
 * Both are started and warmed when the server starts (`warm`), not by the
 * first search: a worker's start (the thread, its modules: about 1.3 s of
 * CPU from TypeScript sources) and its first searches (statements, the
 * full-text index's pages) were paid by the first users, whose searches
 * queued behind it for 0.8–2.7 s beside a fresh brief (docs/BENCHMARKS.md).
 * The warm-up's queries are built in (WARM_SEARCHES) and their answers are
 * dropped: only code and pages are warmed, never an answer a user gets.
 *
 * This file is both sides: imported, it exports the client; run as a worker,
 * it searches.
 */
import { getPriority, setPriority } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import { parseSearchQuery } from '../storage/search-query.js';
import type { SearchRequest, SearchResults, SearchTarget } from '../storage/service-types.js';
import { serveRequests, ThreadClient, type ThreadHeap } from './thread-client.js';

const ROLE = 'parallax-search-worker';

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  const { file, nice } = workerData as { file: string; nice?: number };
  // This thread's priority for good (pid 0: this thread; Linux keeps one per thread), taken before its modules load
  // (the start's CPU is the thread's too). Lowering is always allowed; where the system refuses, the thread runs as it is.
  if (nice !== undefined) {
    try {
      if (nice > getPriority(0)) setPriority(0, nice);
    } catch {
      // Not supported here: the server's priority.
    }
  }
  const { createStore } = await import('../storage/create-store.js');
  const store = createStore({ type: 'sqlite', file });
  await serveRequests<SearchRequest, SearchResults>((request) => store.search(request));
}

export class SearchWorker {
  private readonly thread: ThreadClient<SearchRequest, SearchResults>;

  /** `nice`: the worker thread's nice value (absent: the server's; a value above the server's lowers it). */
  constructor(file: string, nice?: number) {
    this.thread = new ThreadClient({ name: nice === undefined ? 'search worker' : 'search refresh worker', moduleUrl: import.meta.url, workerData: { role: ROLE, file, ...(nice !== undefined ? { nice } : {}) }, keepAlive: false });
  }

  search(request: SearchRequest): Promise<SearchResults> {
    return this.thread.request(request);
  }

  /**
   * Starts the worker and runs `queries` on it one after another, dropping
   * the answers (nothing reaches the search cache): the modules load, the
   * statements are prepared and the index's pages are read before a user
   * asks. Resolves with the searches run (never rejects: a failed warm-up
   * leaves a cold worker, nothing worse; a query that does not parse is
   * skipped).
   */
  async warm(queries: readonly WarmSearch[] = WARM_SEARCHES): Promise<number> {
    let done = 0;
    for (const w of queries) {
      const parsed = parseSearchQuery(w.q);
      if (!parsed.ok) continue;
      try {
        await this.thread.request({ query: parsed.value, target: w.target ?? 'articles', limit: 20, offset: 0 });
        done++;
      } catch {
        return done;
      }
    }
    return done;
  }

  /** The worker's V8 heap, or undefined when it is not running (answered between two searches). */
  heap(): Promise<ThreadHeap | undefined> {
    return this.thread.heap();
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}

/** A warm-up search: the query text (the API's `q`) and its target (default articles). */
export interface WarmSearch {
  readonly q: string;
  readonly target?: SearchTarget;
}

/**
 * The warm-up: one search of each kind the API answers (a word, words, a
 * phrase, OR, a prefix, filters, stories, quotes, entities), with words
 * common in any news (so the facet counting and the snippets run over
 * thousands of matches, as a user's common word does). Built in, not drawn
 * from traffic: their answers are dropped anyway, and the same query asked
 * by a user is computed for it as any other.
 */
export const WARM_SEARCHES: readonly WarmSearch[] = [
  { q: 'said' },
  { q: 'minister officials' },
  { q: '"last year"' },
  { q: 'city OR state -sport' },
  { q: 'econom*' },
  { q: 'report lang:en from:2000-01-01' },
  { q: 'people', target: 'stories' },
  { q: 'said', target: 'quotes' },
  { q: 'united', target: 'entities' },
];

/** The refresh worker's nice value: the lowest priority. */
export const REFRESH_NICE = 19;
