/**
 * A story's shared text found on a second thread while the brief's other
 * provenance-free work (dates, credits, entities, quotes, claim statements)
 * runs on this one: on two cores a cold 200-article brief then waits for the
 * longer of the two, not their sum.
 *
 * One helper worker per process, started on first use and kept (unref'd, so
 * it never holds the process open): a CLI brief pays its start once, and a
 * running service's briefs find it warm. `buildBrief` is synchronous, so the
 * result is awaited with `Atomics.wait` on a shared counter and read with
 * `receiveMessageOnPort`. The same function runs in either thread, so the
 * brief is the same either way. Small stories stay on this thread (starting
 * the worker costs more than their shared text), and so does any story the
 * worker fails on or does not answer within the time limit.
 *
 * This file is both sides: imported, it exports `startStoryReuse`; run as
 * the worker, it answers requests.
 */
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type { Reuse } from '../core/types.js';
// The module itself, not the provenance index: the helper loads only what finding shared text needs.
import { storyReuse, type ReuseText } from '../stages/provenance/story-reuse.js';

interface Request {
  readonly n: number;
  readonly texts: readonly ReuseText[];
}
interface Reply {
  readonly n: number;
  readonly reuse?: Reuse[];
  readonly error?: string;
}
interface HelperData {
  readonly role: 'parallax-reuse-worker';
  readonly port: MessagePort;
  readonly signal: Int32Array;
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === 'parallax-reuse-worker') {
  const { port, signal } = workerData as HelperData;
  port.on('message', (req: Request) => {
    let reply: Reply;
    try {
      reply = { n: req.n, reuse: storyReuse(req.texts) };
    } catch (err) {
      reply = { n: req.n, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
    // The reply is queued before the counter moves, so a waiter woken by it finds it.
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}

/**
 * From this many articles the story's shared text goes to the helper: below
 * it, the helper's start (tens of ms) costs more than the overlap gains.
 */
export const REUSE_THREAD_MIN_ARTICLES = 60;

/** Longest wait for the helper before the story's shared text is found here instead (a helper that died never answers). */
const WAIT_LIMIT_MS = 120_000;

interface Helper {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly signal: Int32Array;
  n: number;
}
let helper: Helper | undefined;
/** Set when the helper failed: every later story stays on this thread. */
let helperBroken = false;
/** Stories whose shared text the helper found (tests check the helper is used, not only the fallback). */
let answered = 0;

/** How many stories' shared text the helper thread has found in this process. */
export function storiesOnHelper(): number {
  return answered;
}

/**
 * The worker's bootstrap: imports this module (compiled, or through tsx when
 * running from TypeScript: Node 20 does not apply the parent's `--import tsx`
 * hooks inside workers, so they are registered there).
 */
function bootstrap(): string {
  const self = JSON.stringify(import.meta.url);
  return import.meta.url.endsWith('.ts') ? `import('tsx/esm/api').then((api) => { api.register(); return import(${self}); });` : `import(${self});`;
}

function startHelper(): Helper {
  if (helper !== undefined) return helper;
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(bootstrap(), { eval: true, workerData: { role: 'parallax-reuse-worker', port: port2, signal }, transferList: [port2] });
  worker.unref();
  port1.unref();
  // An error or exit is seen only between briefs (this thread blocks while waiting); the wait limit covers one during a brief.
  const drop = (): void => {
    if (helper?.worker === worker) helper = undefined;
    helperBroken = true;
  };
  worker.on('error', drop);
  worker.on('exit', drop);
  helper = { worker, port: port1, signal, n: 0 };
  return helper;
}

/**
 * Starts finding the story's shared text and returns the function that
 * gives it (`storyReuse(texts)`), waiting for the helper if it has it.
 * @example const reuse = startStoryReuse(texts); … work of this thread …; traceProvenance(docs, reuse())
 */
export function startStoryReuse(texts: readonly ReuseText[]): () => Reuse[] {
  if (texts.length < REUSE_THREAD_MIN_ARTICLES || helperBroken) return () => storyReuse(texts);
  let h: Helper;
  try {
    h = startHelper();
  } catch {
    helperBroken = true;
    return () => storyReuse(texts);
  }
  const n = ++h.n;
  const seen = Atomics.load(h.signal, 0);
  h.port.postMessage({ n, texts: texts.map((t) => ({ id: t.id, text: t.text })) } satisfies Request);
  return () => {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    let count = seen;
    for (;;) {
      for (let m = receiveMessageOnPort(h.port); m !== undefined; m = receiveMessageOnPort(h.port)) {
        const reply = m.message as Reply;
        if (reply.n !== n) continue;
        if (reply.reuse !== undefined) {
          answered++;
          return reply.reuse;
        }
        helperBroken = true;
        return storyReuse(texts);
      }
      const left = deadline - Date.now();
      if (left <= 0) break;
      Atomics.wait(h.signal, 0, count, Math.min(left, 1000));
      count = Atomics.load(h.signal, 0);
    }
    helperBroken = true;
    void h.worker.terminate();
    return storyReuse(texts);
  };
}
