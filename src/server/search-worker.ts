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
 * This file is both sides: imported, it exports the client; run as a worker,
 * it searches.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { SearchRequest, SearchResults } from '../storage/service-types.js';
import type { ThreadHeap } from './ingest-worker.js';

interface Request {
  readonly n: number;
  readonly request: SearchRequest;
}
type Reply = { readonly n: number; readonly results?: SearchResults; readonly error?: string; readonly heap?: ThreadHeap };

const ROLE = 'parallax-search-worker';

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  const { createStore } = await import('../storage/create-store.js');
  const { getHeapStatistics } = await import('node:v8');
  const store = createStore({ type: 'sqlite', file: (workerData as { file: string }).file });
  parentPort!.on('message', (req: Request | { readonly n: number; readonly heap: true }) => {
    let reply: Reply;
    try {
      if ('heap' in req) {
        const h = getHeapStatistics();
        reply = { n: req.n, heap: { used: h.used_heap_size, total: h.total_heap_size } };
      } else reply = { n: req.n, results: store.search(req.request) };
    } catch (err) {
      reply = { n: req.n, error: err instanceof Error ? err.stack ?? err.message : String(err) };
    }
    parentPort!.postMessage(reply);
  });
}

/** Imports this module in the worker (through tsx when the server runs from TypeScript: Node 20 workers do not inherit `--import tsx`). */
function bootstrap(): string {
  const self = JSON.stringify(import.meta.url);
  return import.meta.url.endsWith('.ts') ? `import('tsx/esm/api').then((api) => { api.register(); return import(${self}); });` : `import(${self});`;
}

export class SearchWorker {
  private worker: Worker | undefined;
  private n = 0;
  private readonly waiting = new Map<number, { resolve: (r: SearchResults) => void; reject: (e: Error) => void }>();
  private readonly heapAsked = new Map<number, (h: ThreadHeap) => void>();

  constructor(private readonly file: string) {}

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    const w = new Worker(bootstrap(), { eval: true, workerData: { role: ROLE, file: this.file } });
    w.unref();
    w.on('message', (r: Reply) => {
      if (r.heap !== undefined) {
        this.heapAsked.get(r.n)?.(r.heap);
        this.heapAsked.delete(r.n);
        return;
      }
      const p = this.waiting.get(r.n);
      this.waiting.delete(r.n);
      if (r.error !== undefined || r.results === undefined) p?.reject(new Error(`search worker: ${r.error ?? 'no result'}`));
      else p?.resolve(r.results);
    });
    // A worker that dies fails the searches it held; the next search starts a new one.
    const fail = (err: Error): void => {
      if (this.worker === w) this.worker = undefined;
      for (const p of this.waiting.values()) p.reject(err);
      this.waiting.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`search worker exited (${code})`)));
    this.worker = w;
    return w;
  }

  search(request: SearchRequest): Promise<SearchResults> {
    const n = ++this.n;
    return new Promise((resolve, reject) => {
      this.waiting.set(n, { resolve, reject });
      this.start().postMessage({ n, request } satisfies Request);
    });
  }

  /** The worker's V8 heap, or undefined when it is not running (answered after the searches before it). */
  heap(): Promise<ThreadHeap | undefined> {
    const w = this.worker;
    if (w === undefined) return Promise.resolve(undefined);
    const n = ++this.n;
    return new Promise((resolve) => {
      this.heapAsked.set(n, resolve);
      w.postMessage({ n, heap: true });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w !== undefined) await w.terminate();
  }
}
