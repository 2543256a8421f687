/**
 * Ingest off the event loop. Cleaning, analysing and clustering take about
 * 10 ms of CPU per article; on the server's thread a 1,000-item feed poll
 * would hold every reader up for seconds, however finely it is sliced. The
 * worker owns the long-lived ingester and its own connection to the
 * database file; each article commits in its own short transaction (the
 * pipeline's), so the server thread's reads never wait and its few writes
 * (source and alert bookkeeping) wait milliseconds at most. Requests are
 * answered in order, one at a time, as before.
 *
 * This file is both sides: imported, it exports the client; run as a
 * worker, it ingests.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { IngestInput, RecordsResult } from './ingest-run.js';

interface Request {
  readonly n: number;
  readonly records: IngestInput;
  /** Only open the ingester (see RecordIngester.open). */
  readonly open?: true;
}
/** Asks for the worker's heap (answered between two requests, not queued behind the next). */
interface MemoryRequest {
  readonly memory: number;
}
type Reply = { readonly n: number; readonly result?: RecordsResult; readonly error?: string };
/** A worker thread's V8 heap, in bytes. */
export interface ThreadHeap {
  readonly used: number;
  readonly total: number;
}

const ROLE = 'parallax-ingest-worker';

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  const { createStore } = await import('../storage/create-store.js');
  const { systemClock } = await import('../core/result.js');
  const { RecordIngester } = await import('./ingest-run.js');
  const store = createStore({ type: 'sqlite', file: (workerData as { file: string }).file });
  const ingester = new RecordIngester(store, systemClock);
  // Messages are handled one at a time: the next waits for this one's reply.
  let queue: Promise<void> = Promise.resolve();
  const { getHeapStatistics } = await import('node:v8');
  parentPort!.on('message', (req: Request | MemoryRequest) => {
    if ('memory' in req) {
      const h = getHeapStatistics();
      parentPort!.postMessage({ memory: req.memory, heap: { used: h.used_heap_size, total: h.total_heap_size } });
      return;
    }
    queue = queue.then(async () => {
      let reply: Reply;
      try {
        if (req.open === true) ingester.open();
        reply = { n: req.n, result: req.open === true ? { added: 0, duplicates: 0, failed: 0, rejected: [] } : await ingester.ingest(req.records) };
      } catch (err) {
        reply = { n: req.n, error: err instanceof Error ? err.stack ?? err.message : String(err) };
      }
      parentPort!.postMessage(reply);
    });
  });
}

/** Imports this module in the worker (through tsx when the server runs from TypeScript: Node 20 workers do not inherit `--import tsx`). */
function bootstrap(): string {
  const self = JSON.stringify(import.meta.url);
  return import.meta.url.endsWith('.ts') ? `import('tsx/esm/api').then((api) => { api.register(); return import(${self}); });` : `import(${self});`;
}

export class IngestWorker {
  private worker: Worker | undefined;
  private n = 0;
  private readonly waiting = new Map<number, { resolve: (r: RecordsResult) => void; reject: (e: Error) => void }>();

  constructor(private readonly file: string) {}

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    const w = new Worker(bootstrap(), { eval: true, workerData: { role: ROLE, file: this.file } });
    w.on('message', (r: Reply | { memory: number; heap: ThreadHeap }) => {
      if ('memory' in r) {
        this.heapAsked.get(r.memory)?.(r.heap);
        this.heapAsked.delete(r.memory);
        return;
      }
      const p = this.waiting.get(r.n);
      this.waiting.delete(r.n);
      if (r.error !== undefined || r.result === undefined) p?.reject(new Error(`ingest worker: ${r.error ?? 'no result'}`));
      else p?.resolve(r.result);
    });
    // A worker that dies fails what it was doing (each article before it is committed); the next request starts a new one.
    const fail = (err: Error): void => {
      if (this.worker === w) this.worker = undefined;
      for (const p of this.waiting.values()) p.reject(err);
      this.waiting.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`ingest worker exited (${code})`)));
    this.worker = w;
    return w;
  }

  ingest(records: IngestInput): Promise<RecordsResult> {
    return this.send({ n: ++this.n, records });
  }

  /** Starts the worker and opens its ingester (RecordIngester.open); requests sent meanwhile wait for it. */
  async open(): Promise<void> {
    await this.send({ n: ++this.n, records: [], open: true });
  }

  private send(req: Request): Promise<RecordsResult> {
    return new Promise((resolve, reject) => {
      this.waiting.set(req.n, { resolve, reject });
      this.start().postMessage(req);
    });
  }

  private readonly heapAsked = new Map<number, (h: ThreadHeap | undefined) => void>();

  /**
   * The worker's V8 heap (its clusterer and template state live there), or
   * undefined when it is not running or does not answer within `timeoutMs`
   * (it answers between two requests).
   */
  heap(timeoutMs = 5000): Promise<ThreadHeap | undefined> {
    const w = this.worker;
    if (w === undefined) return Promise.resolve(undefined);
    const n = ++this.n;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.heapAsked.delete(n);
        resolve(undefined);
      }, timeoutMs);
      this.heapAsked.set(n, (h) => {
        clearTimeout(timer);
        resolve(h);
      });
      w.postMessage({ memory: n } satisfies MemoryRequest);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w !== undefined) await w.terminate();
  }
}
