/**
 * Briefs computed afresh off the event loop. A 200-article brief takes about
 * a second of CPU; computed on the server's thread it would stall every
 * other request for that second. A worker thread opens its own connection to
 * the same database file (WAL: readers never block the writer or each
 * other), builds the brief and posts it back; the server thread only renders
 * and caches it. One worker: the machine this runs on has few cores, and a
 * second brief waits for the first rather than competing with the server.
 *
 * This file is both sides: imported, it exports the client; run as a worker,
 * it answers requests.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { StoryBrief } from '../core/brief.js';
import type { StoryId } from '../core/ids.js';

interface Request {
  readonly n: number;
  readonly id: string;
}
type Reply = { readonly n: number; readonly brief?: StoryBrief; readonly error?: string };

if (!isMainThread && (workerData as { role?: string } | null)?.role === 'parallax-brief-worker') {
  const { createStore } = await import('../storage/create-store.js');
  const { buildBrief } = await import('../pipeline/build-briefs.js');
  const store = createStore({ type: 'sqlite', file: (workerData as { file: string }).file });
  parentPort!.on('message', (req: Request) => {
    let reply: Reply;
    try {
      const brief = buildBrief(store, req.id as StoryId);
      reply = brief === undefined ? { n: req.n } : { n: req.n, brief };
    } catch (err) {
      reply = { n: req.n, error: err instanceof Error ? err.stack ?? err.message : String(err) };
    }
    parentPort!.postMessage(reply);
  });
}

/**
 * The worker's bootstrap: imports this module (compiled, or through tsx when
 * the server itself runs from TypeScript: Node 20 does not apply the
 * parent's `--import tsx` hooks inside workers, so they are registered here).
 */
function bootstrap(): string {
  const self = JSON.stringify(import.meta.url);
  return import.meta.url.endsWith('.ts')
    ? `import('tsx/esm/api').then((api) => { api.register(); return import(${self}); });`
    : `import(${self});`;
}

export class BriefWorker {
  private worker: Worker | undefined;
  private n = 0;
  private readonly waiting = new Map<number, { resolve: (b: StoryBrief | undefined) => void; reject: (e: Error) => void }>();

  constructor(private readonly file: string) {}

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    const w = new Worker(bootstrap(), { eval: true, workerData: { role: 'parallax-brief-worker', file: this.file } });
    w.unref();
    w.on('message', (r: Reply) => {
      const p = this.waiting.get(r.n);
      this.waiting.delete(r.n);
      if (r.error !== undefined) p?.reject(new Error(`brief worker: ${r.error}`));
      else p?.resolve(r.brief);
    });
    // A worker that dies fails what it was doing; the next request starts a new one.
    const fail = (err: Error): void => {
      this.worker = undefined;
      for (const p of this.waiting.values()) p.reject(err);
      this.waiting.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`brief worker exited (${code})`)));
    this.worker = w;
    return w;
  }

  /** The story's brief built in the worker, or undefined when there is no such story. */
  build(id: StoryId): Promise<StoryBrief | undefined> {
    const n = ++this.n;
    return new Promise((resolve, reject) => {
      this.waiting.set(n, { resolve, reject });
      this.start().postMessage({ n, id } satisfies Request);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w !== undefined) await w.terminate();
  }
}
