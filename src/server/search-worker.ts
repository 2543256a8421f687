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
 * This file is both sides: imported, it exports the client; run as a worker,
 * it searches.
 */
import { getPriority, setPriority } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import type { SearchRequest, SearchResults } from '../storage/service-types.js';
import { serveRequests, ThreadClient, type ThreadHeap } from './thread-client.js';

const ROLE = 'parallax-search-worker';

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  const { createStore } = await import('../storage/create-store.js');
  const { file, nice } = workerData as { file: string; nice?: number };
  // This thread's priority for good (pid 0: this thread; Linux keeps one per thread). Lowering is always allowed;
  // where the system refuses, the thread runs as it is.
  if (nice !== undefined) {
    try {
      if (nice > getPriority(0)) setPriority(0, nice);
    } catch {
      // Not supported here: the server's priority.
    }
  }
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

  /** The worker's V8 heap, or undefined when it is not running (answered between two searches). */
  heap(): Promise<ThreadHeap | undefined> {
    return this.thread.heap();
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}

/** The refresh worker's nice value: the lowest priority. */
export const REFRESH_NICE = 19;
