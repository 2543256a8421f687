/**
 * `parallax ingest --queue`: inputs → jobs in the PostgreSQL job queue, in
 * stream order, for `parallax worker` processes to clean, analyse and store.
 *
 * Files are read here (JSONL line by line, feeds, WARC, HTML through the
 * extractor) and each article becomes one `raw` job; a URL becomes one
 * `source` job, fetched and extracted by a worker. The outlets' template
 * lines are learned here, chunk by chunk as a single-process ingest learns
 * them (from each chunk's new articles before any is cleaned), and stored
 * with the chunk, so every worker cleans a job exactly as one process would.
 * One enqueuer at a time per database (an advisory lock), so chunks and
 * positions never interleave.
 */
import type { InputProblem } from '../core/result.js';
import type { RawArticle } from '../core/types.js';
import { clean } from '../stages/clean/index.js';
import { bodyLines } from '../stages/clean/normalize-text.js';
import { observeTemplateLines, outletOf, serializeTemplateState, type TemplateState } from '../stages/clean/template-lines.js';
import { LOCK_CLASS, LOCK_ENQUEUE } from '../storage/postgres/pg-migrations.js';
import type { PgStore } from '../storage/postgres/pg-store.js';
import { INGEST_CHUNK, keepProblem, loadTemplates, TEMPLATE_STATE } from './ingest-articles.js';
import { streamSources, type ReadSourcesOptions } from './read-inputs.js';

const URL_INPUT = /^https?:\/\//i;

export interface EnqueueOptions extends ReadSourcesOptions {
  /** Articles per chunk of template learning (as createIngester's chunk). */
  readonly chunk?: number;
  readonly onProblem?: (p: InputProblem) => void;
  readonly onWait?: (message: string) => void;
}

export interface EnqueueReport {
  readonly jobs: number;
  readonly firstPos?: number;
  readonly lastPos?: number;
  readonly readProblems: readonly InputProblem[];
}

/**
 * Enqueues every input as jobs, in order.
 * @example await enqueueSources(store, ['articles.jsonl', 'https://example.com/feed.xml'], {})
 */
export async function enqueueSources(store: PgStore, paths: readonly string[], opts: EnqueueOptions = {}): Promise<EnqueueReport> {
  const db = store.db;
  const lockArgs = [LOCK_CLASS + LOCK_ENQUEUE];
  if (db.one<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, hashtext(current_schema())) AS ok', lockArgs)?.ok !== true) {
    opts.onWait?.('waiting for another parallax process enqueuing into this database to finish…');
    db.query('SELECT pg_advisory_lock($1, hashtext(current_schema()))', lockArgs);
  }
  try {
    return await enqueueLocked(store, paths, opts);
  } finally {
    db.query('SELECT pg_advisory_unlock($1, hashtext(current_schema()))', lockArgs);
  }
}

async function enqueueLocked(store: PgStore, paths: readonly string[], opts: EnqueueOptions): Promise<EnqueueReport> {
  const queue = store.queue();
  const chunkSize = Math.max(1, opts.chunk ?? INGEST_CHUNK);
  let templates: TemplateState = loadTemplates(store);
  let chunk = queue.nextChunk();
  let jobs = 0;
  let firstPos: number | undefined;
  let lastPos: number | undefined;
  const seen = new Set<string>();
  const readProblems: InputProblem[] = [];
  let buffer: RawArticle[] = [];

  const add = (kind: 'raw' | 'source', payload: string): void => {
    const pos = queue.enqueue(chunk, kind, payload);
    firstPos ??= pos;
    lastPos = pos;
    jobs++;
  };
  // Learns from the chunk's new articles first, stores the state with the chunk, then enqueues it.
  const flush = (): void => {
    if (buffer.length === 0) return;
    const cleaned = buffer.map((raw) => {
      const outlet = outletOf(raw);
      if (outlet === undefined) return undefined;
      try {
        const c = clean(raw);
        return c.ok ? { raw, outlet, id: c.value.id } : undefined;
      } catch {
        return undefined;
      }
    });
    // Which of the chunk's articles are stored already: one query, not one per article.
    const stored = store.storedIds(cleaned.flatMap((c) => (c === undefined ? [] : [c.id])));
    for (const c of cleaned) {
      if (c === undefined || seen.has(c.id) || stored.has(c.id)) continue;
      seen.add(c.id);
      templates = observeTemplateLines(templates, c.outlet, bodyLines(c.raw.body));
    }
    const state = serializeTemplateState(templates);
    store.transaction(() => {
      queue.putChunk(chunk, state);
      // One statement per chunk: positions follow the stream order.
      const got = queue.enqueueMany(chunk, 'raw', buffer.map((raw) => JSON.stringify(raw)));
      firstPos ??= got[0];
      lastPos = got[got.length - 1] ?? lastPos;
      jobs += got.length;
      store.saveState(TEMPLATE_STATE, state);
    });
    buffer = [];
    chunk++;
  };

  for (const path of paths) {
    if (URL_INPUT.test(path)) {
      // Fetched by a worker: it cleans with the template lines learned so far.
      flush();
      const state = serializeTemplateState(templates);
      store.transaction(() => {
        queue.putChunk(chunk, state);
        add('source', JSON.stringify({ url: path, follow: opts.follow === true, fetch: opts.fetch ?? {} }));
      });
      chunk++;
      continue;
    }
    for await (const ev of streamSources([path], opts)) {
      if (ev.kind === 'problem') {
        keepProblem(readProblems, ev.problem);
        opts.onProblem?.(ev.problem);
        continue;
      }
      buffer.push(ev.article);
      if (buffer.length >= chunkSize) flush();
    }
  }
  flush();
  return { jobs, ...(firstPos !== undefined ? { firstPos } : {}), ...(lastPos !== undefined ? { lastPos } : {}), readProblems };
}
