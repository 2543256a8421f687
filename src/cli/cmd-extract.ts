/**
 * `parallax extract --in PAGES.jsonl[.gz] --out OUT.jsonl`: HTML pages → article
 * text and metadata, one output line per input line, in input order. Pages are
 * spread over worker threads (extraction is CPU-bound); a bounded window of
 * pages in flight keeps memory flat however long the file is.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { extractPage, type PageInput } from '../stages/ingest/extract/extract-page.js';
import { UsageError } from './args.js';
import { EXTRACT_SPEC } from './batch-specs.js';
import { parseFlags } from './flags.js';
import { cappedLines, MAX_LINE_BYTES } from './capped-lines.js';
import { createProgress } from './progress.js';
import { openInput, openOutputStream } from './std-streams.js';
import type { Io } from './commands.js';

export interface Task { readonly seq: number; readonly page: PageInput }
export interface Done { readonly seq: number; readonly line: string }

const WORKER_FLAG = 'parallaxExtractWorker';

/** One page → its output line; every failure becomes an `error` field. */
function processPage(page: PageInput): string {
  return JSON.stringify(extractPage(page));
}

function errorLine(id: unknown, error: string): string {
  return JSON.stringify({ id: id ?? null, title: null, text: '', published: null, author: null, language: null, error });
}

/** Parses one input line; a bad line is an error line, not a stop. */
function toTask(line: string, seq: number, lineNo: number): Task | Done {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return { seq, line: errorLine(null, `line ${lineNo}: invalid JSON`) };
  }
  if (v === null || typeof v !== 'object') return { seq, line: errorLine(null, `line ${lineNo}: not an object`) };
  const rec = v as Record<string, unknown>;
  if (typeof rec['html'] !== 'string') return { seq, line: errorLine(rec['id'], `line ${lineNo}: no html string`) };
  const id = typeof rec['id'] === 'number' ? rec['id'] : String(rec['id'] ?? lineNo);
  return { seq, page: { id, url: typeof rec['url'] === 'string' ? rec['url'] : undefined, html: rec['html'] } };
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] && parentPort) {
  const port = parentPort;
  // Loaded: the page timer starts now, so the worker's start-up never counts against a page.
  port.postMessage({ ready: true });
  port.on('message', (t: Task) => {
    let line: string;
    try {
      line = processPage(t.page);
    } catch (err) {
      line = errorLine(t.page.id, `extraction failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    port.postMessage({ seq: t.seq, line } satisfies Done);
  });
}

/**
 * A worker running this module. Compiled, that is the .js file itself; under
 * tsx (tests, benchmarks) Node 20 does not pass the loader on to workers, so
 * the worker registers tsx before importing the .ts source.
 */
function newWorker(): Worker {
  const workerData = { [WORKER_FLAG]: true };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(import.meta.url), { workerData });
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * The most one page may take on a worker. A page that runs longer (some
 * markup no limit foresaw) costs its worker, which is replaced: the page
 * gets an error line and the pages queued behind it go to the new worker,
 * so no single page can hang the batch.
 */
export const PAGE_TIME_LIMIT_MS = 60_000;

interface Slot { w: Worker; busy: Map<number, Task>; since: number; ready: boolean }

/** Runs tasks on N worker threads (or in-process when N is 0), results keyed by seq. */
export class Pool {
  private readonly workers: Slot[] = [];
  private readonly watchdog: NodeJS.Timeout | undefined;
  constructor(size: number, private readonly onDone: (d: Done) => void, private readonly limitMs = PAGE_TIME_LIMIT_MS) {
    for (let i = 0; i < size; i++) this.spawn();
    if (size > 0) {
      this.watchdog = setInterval(() => this.checkTimes(), Math.min(1000, limitMs));
      this.watchdog.unref();
    }
  }
  private spawn(): Slot {
    const w = newWorker();
    const slot: Slot = { w, busy: new Map<number, Task>(), since: Date.now(), ready: false };
    w.on('message', (d: Done | { ready: true }) => {
      if ('ready' in d) {
        slot.ready = true;
        slot.since = Date.now();
        return;
      }
      slot.busy.delete(d.seq);
      slot.since = Date.now();
      this.onDone(d);
    });
    // A worker that dies (out of memory, a native crash) fails only its own pages.
    w.on('error', (err) => this.replace(slot, (t) => errorLine(t.page.id, `worker failed: ${err.message}`), true));
    this.workers.push(slot);
    return slot;
  }
  /** Fails the slot's current page (or all its pages), and moves the rest to a new worker. */
  private replace(slot: Slot, why: (t: Task) => string, failAll: boolean): void {
    const i = this.workers.indexOf(slot);
    if (i < 0) return;
    this.workers.splice(i, 1);
    const tasks = [...slot.busy.values()];
    slot.busy.clear();
    void slot.w.terminate();
    const fresh = this.spawn();
    tasks.forEach((t, k) => {
      if (failAll || k === 0) this.onDone({ seq: t.seq, line: why(t) });
      else {
        fresh.busy.set(t.seq, t);
        fresh.w.postMessage(t);
      }
    });
  }
  private checkTimes(): void {
    const now = Date.now();
    for (const slot of [...this.workers]) {
      if (slot.ready && slot.busy.size > 0 && now - slot.since > this.limitMs) {
        const limit = this.limitMs >= 1000 ? `${Math.round(this.limitMs / 1000)} s` : `${this.limitMs} ms`;
        this.replace(slot, (t) => errorLine(t.page.id, `extraction took over ${limit}; stopped`), false);
      }
    }
  }
  run(t: Task): void {
    if (this.workers.length === 0) {
      this.onDone({ seq: t.seq, line: processPage(t.page) });
      return;
    }
    const slot = this.workers.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
    if (slot.busy.size === 0) slot.since = Date.now();
    slot.busy.set(t.seq, t);
    slot.w.postMessage(t);
  }
  async close(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    await Promise.all(this.workers.map((s) => s.w.terminate()));
  }
}

/** Writes a line; while the stream is full, every caller shares one wait for 'drain'. */
let drainWait: Promise<void> | undefined;
function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> | undefined {
  if (out.write(`${line}\n`)) return undefined;
  drainWait ??= new Promise((resolve) => out.once('drain', () => { drainWait = undefined; resolve(); }));
  return drainWait;
}

export async function cmdExtract(argv: readonly string[], io: Io): Promise<number> {
  const values = parseFlags(EXTRACT_SPEC, argv).values as { in?: string; out?: string; workers?: string };
  const inPath = values.in, outPath = values.out;
  if (!inPath || !outPath) throw new UsageError('give --in PAGES.jsonl[.gz] and --out OUT.jsonl');
  const nWorkers = values.workers !== undefined ? Number(values.workers) : Math.min(availableParallelism(), 8);
  if (!Number.isInteger(nWorkers) || nWorkers < 0) throw new UsageError('--workers must be a whole number ≥ 0');

  // `-` is stdin / stdout; a file that cannot be opened is one line (exit 1).
  const input = await openInput(inPath, io);
  const out = await openOutputStream(outPath, io);
  const progress = createProgress();
  progress.start(0, 'extract');

  const ready = new Map<number, string>();
  let next = 0, written = 0, errors = 0;
  let wake: (() => void) | undefined;
  let flushing: Promise<void> = Promise.resolve();
  let lastWait: Promise<void> | undefined;
  const flush = (): void => {
    while (ready.has(next)) {
      const line = ready.get(next)!;
      ready.delete(next++);
      if (line.includes('"error":')) errors++;
      written++;
      progress.tick();
      const wait = writeLine(out, line);
      if (wait && wait !== lastWait) { lastWait = wait; flushing = flushing.then(() => wait); }
    }
    wake?.();
  };
  const pool = new Pool(nWorkers, (d) => {
    ready.set(d.seq, d.line);
    flush();
  });
  // Enough pages in flight to keep every worker busy while results wait to be written in order.
  const window = Math.max(8, nWorkers * 16);
  let seq = 0, lineNo = 0;
  let gzError: Error | undefined;
  input.on('error', (e: Error) => { gzError = e; });
  try {
    // Lines are capped: one huge line is an error line, never a crash.
    for await (const l of cappedLines(input)) {
      lineNo = l.lineNo;
      if ('line' in l && l.line.trim() === '') continue;
      const t: Task | Done = 'line' in l ? toTask(l.line, seq++, lineNo)
        : { seq: seq++, line: errorLine(null, `line ${lineNo}: too long (${l.tooLong} bytes, limit ${MAX_LINE_BYTES}); skipped`) };
      if ('page' in t) pool.run(t);
      else { ready.set(t.seq, t.line); flush(); }
      while (seq - next >= window) await new Promise<void>((r) => { wake = r; });
      await flushing;
    }
  } catch (err) {
    gzError = err instanceof Error ? err : new Error(String(err));
  }
  while (next < seq) await new Promise<void>((r) => { wake = r; });
  await flushing;
  await pool.close();
  progress.stop();
  await new Promise<void>((resolve) => out.end(() => resolve()));
  if (gzError) io.stderr(`parallax extract: input stopped at line ${lineNo}: ${gzError.message}`);
  io.stderr(`parallax extract: ${written} pages, ${errors} with errors → ${outPath}`);
  return gzError || (written > 0 && errors === written) ? 1 : 0;
}
