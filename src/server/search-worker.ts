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
 * This file is both sides: imported, it exports the client; run as a worker,
 * it searches.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import type { SearchRequest, SearchResults } from '../storage/service-types.js';
import { serveRequests, ThreadClient, type ThreadHeap } from './thread-client.js';

const ROLE = 'parallax-search-worker';

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  const { createStore } = await import('../storage/create-store.js');
  const store = createStore({ type: 'sqlite', file: (workerData as { file: string }).file });
  await serveRequests<SearchRequest, SearchResults>((request) => store.search(request));
}

export class SearchWorker {
  private readonly thread: ThreadClient<SearchRequest, SearchResults>;

  constructor(file: string) {
    this.thread = new ThreadClient({ name: 'search worker', moduleUrl: import.meta.url, workerData: { role: ROLE, file }, keepAlive: false });
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
