/**
 * Both sides of a worker thread that answers numbered requests in order
 * (the ingest and search workers). The server thread posts `{n, body}` and
 * gets `{n, result}` or `{n, error}` back; a heap question is answered
 * between two requests, not queued behind the next. A worker that dies fails
 * what it held, and the next request starts a new one; after `close` none
 * does, and a request fails at once.
 *
 * Each worker module imports this file, calls `serveRequests` when it runs
 * as its worker, and wraps a `ThreadClient` for the server thread.
 */
import { parentPort, Worker } from 'node:worker_threads';

/** A worker thread's V8 heap, in bytes. */
export interface ThreadHeap {
  readonly used: number;
  readonly total: number;
}

type Ask<Q> = { readonly n: number; readonly body: Q } | { readonly n: number; readonly heap: true };
type Answer<R> = { readonly n: number; readonly result?: R; readonly error?: string; readonly heap?: ThreadHeap };

/**
 * The worker's side: `handle` answers each request, one at a time in the
 * order they came (the next waits for this one's answer).
 */
export async function serveRequests<Q, R>(handle: (body: Q) => R | Promise<R>): Promise<void> {
  const { getHeapStatistics } = await import('node:v8');
  let queue: Promise<void> = Promise.resolve();
  parentPort!.on('message', (ask: Ask<Q>) => {
    if ('heap' in ask) {
      const h = getHeapStatistics();
      parentPort!.postMessage({ n: ask.n, heap: { used: h.used_heap_size, total: h.total_heap_size } } satisfies Answer<R>);
      return;
    }
    queue = queue.then(async () => {
      let answer: Answer<R>;
      try {
        answer = { n: ask.n, result: await handle(ask.body) };
      } catch (err) {
        answer = { n: ask.n, error: err instanceof Error ? err.stack ?? err.message : String(err) };
      }
      parentPort!.postMessage(answer);
    });
  });
}

/**
 * The worker's bootstrap: imports its module (compiled, or through tsx when
 * the server runs from TypeScript: Node 20 workers do not inherit the
 * parent's `--import tsx` hooks, so they are registered here).
 */
export function bootstrap(moduleUrl: string): string {
  const self = JSON.stringify(moduleUrl);
  return moduleUrl.endsWith('.ts') ? `import('tsx/esm/api').then((api) => { api.register(); return import(${self}); });` : `import(${self});`;
}

export interface ThreadOptions {
  /** Named in errors ("search worker exited (1)"). */
  readonly name: string;
  /** The worker module's `import.meta.url`. */
  readonly moduleUrl: string;
  readonly workerData: unknown;
  /** Whether the worker may keep the process alive. */
  readonly keepAlive: boolean;
}

export class ThreadClient<Q, R> {
  private worker: Worker | undefined;
  /** Set by `close`: no worker starts again (a request still on its way, a warm-up's next query, would hold the process open). */
  private closed = false;
  private n = 0;
  private readonly waiting = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>();
  private readonly heapAsked = new Map<number, (h: ThreadHeap | undefined) => void>();

  constructor(private readonly opts: ThreadOptions) {}

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    const w = new Worker(bootstrap(this.opts.moduleUrl), { eval: true, workerData: this.opts.workerData });
    if (!this.opts.keepAlive) w.unref();
    w.on('message', (a: Answer<R>) => {
      if (a.heap !== undefined) {
        this.heapAsked.get(a.n)?.(a.heap);
        this.heapAsked.delete(a.n);
        return;
      }
      const p = this.waiting.get(a.n);
      this.waiting.delete(a.n);
      if (a.error !== undefined || a.result === undefined) p?.reject(new Error(`${this.opts.name}: ${a.error ?? 'no result'}`));
      else p?.resolve(a.result);
    });
    const fail = (err: Error): void => {
      if (this.worker === w) this.worker = undefined;
      for (const p of this.waiting.values()) p.reject(err);
      this.waiting.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`${this.opts.name} exited (${code})`)));
    this.worker = w;
    return w;
  }

  /** The worker's answer to `body`, after the requests sent before it. */
  request(body: Q): Promise<R> {
    if (this.closed) return Promise.reject(new Error(`${this.opts.name}: closed`));
    const n = ++this.n;
    return new Promise((resolve, reject) => {
      this.waiting.set(n, { resolve, reject });
      this.start().postMessage({ n, body } satisfies Ask<Q>);
    });
  }

  /** The worker's V8 heap, or undefined when it is not running or does not answer within `timeoutMs`. */
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
      w.postMessage({ n, heap: true } satisfies Ask<Q>);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const w = this.worker;
    this.worker = undefined;
    if (w !== undefined) await w.terminate();
  }
}
