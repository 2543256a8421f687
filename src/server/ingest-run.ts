/**
 * The core of POST /api/v1/articles, shared by the server thread and the
 * ingest worker (ingest-worker.ts): each record goes through the same
 * reader as a JSON Lines line of `parallax ingest` (HTML in `text` is
 * extracted, dates normalised), then into one long-lived ingester that keeps
 * the clusterer's state in memory between requests (loading it per request
 * would cost more as the database grows). A request is ingested in slices
 * of SLICE articles: outlet templates are learned from each slice first, as
 * the CLI learns from each chunk of its stream.
 */
import type { Clock, InputProblem } from '../core/result.js';
import type { RawArticle } from '../core/types.js';
import { createIngester, type Ingester } from '../pipeline/ingest-articles.js';
import { parseJsonlLine } from '../stages/ingest/parse-jsonl.js';
import type { Store } from '../storage/store.js';
import type { PostArticlesBodyT } from './schemas.js';

const REQUEST_PATH = 'request';
/** Larger than any slice: a slice is processed at `finish`, as one chunk. */
const CHUNK = 1_000_000;
/** Articles ingested as one chunk (about 0.3–1 s of CPU). */
export const SLICE = 50;
/** How often a request waiting for the writer's turn on a shared database asks again. */
const TURN_POLL_MS = 25;
/** The ingester's reports grow with every rejection: start a fresh one past this many. */
const RENEW_AFTER = 5_000;

/**
 * What is ingested: a request's records (read as JSON Lines lines are), or
 * articles a watched source has already read (`raws`: a page's extracted
 * text, a WARC record's crawl date, a byline), stored exactly as
 * `parallax ingest` stores them.
 */
export type IngestInput = PostArticlesBodyT | { readonly raws: readonly RawArticle[] };

export interface RecordsResult {
  readonly added: number;
  readonly duplicates: number;
  /** Internal failures among the rejected (the rest are data outcomes). */
  readonly failed: number;
  readonly rejected: { index: number; message: string }[];
}

/** The 0-based request position of a problem at `request#L3`. */
function indexOf(p: InputProblem): number {
  const m = /#L(\d+)$/.exec(p.path);
  return p.line !== undefined ? p.line - 1 : m ? Number(m[1]) - 1 : -1;
}

export class RecordIngester {
  private ingester: Ingester | undefined;
  private seen = { added: 0, duplicates: 0, rejected: 0, problems: 0 };
  /** The story change counter after this process's last write (a shared database: see ingest). */
  private lastWrite: number | undefined;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  private current(): Ingester {
    if (this.ingester === undefined || this.seen.rejected + this.seen.problems > RENEW_AFTER) {
      // On a shared database (PostgreSQL) a stale clusterer is not rebuilt inside a request: that is `parallax recluster`.
      const shared = this.store.tryLockWriters !== undefined;
      this.ingester = createIngester({ store: this.store, clock: this.clock, chunk: CHUNK, ...(shared ? { recluster: { otherParams: 'refuse' as const } } : {}) });
      this.seen = { added: 0, duplicates: 0, rejected: 0, problems: 0 };
    }
    return this.ingester;
  }

  /**
   * Readies the ingester before the first request: opening it brings the
   * clusterer's tables level with the stored articles, which after an upgrade
   * that changed the clustering parameters re-clusters every stored article
   * (minutes on a large database), better paid at start than by a request.
   */
  open(): void {
    this.current();
  }

  /**
   * Ingests one request's records; `between` runs between two slices (the
   * server thread yields there). On a database other processes write too
   * (PostgreSQL: several servers, workers), each request takes the writer's
   * turn, waiting without blocking the event loop, and the clusterer's and
   * templates' memory is reloaded when another process wrote since this one
   * last did: a stale memory would assign as if the other's articles were
   * not there (and collide with its rows).
   */
  async ingest(input: IngestInput, between?: () => Promise<void>): Promise<RecordsResult> {
    const { tryLockWriters, unlockWriters } = this.store;
    if (tryLockWriters === undefined || unlockWriters === undefined) return this.ingestHeld(input, between);
    while (!tryLockWriters.call(this.store)) await new Promise((resolve) => setTimeout(resolve, TURN_POLL_MS));
    try {
      if (this.store.lastStoryChange() !== this.lastWrite) this.ingester = undefined;
      return await this.ingestHeld(input, between);
    } finally {
      this.lastWrite = this.store.lastStoryChange();
      unlockWriters.call(this.store);
    }
  }

  private async ingestHeld(input: IngestInput, between?: () => Promise<void>): Promise<RecordsResult> {
    const rejected: { index: number; message: string }[] = [];
    const raws: RawArticle[] = Array.isArray(input) ? [] : [...(input as { readonly raws: readonly RawArticle[] }).raws];
    if (Array.isArray(input)) {
      (input as PostArticlesBodyT).forEach((rec, i) => {
        const line = parseJsonlLine(REQUEST_PATH, i + 1, JSON.stringify(rec));
        if (line?.kind === 'article') raws.push(line.article);
        else if (line?.kind === 'problem') rejected.push({ index: i, message: line.problem.message });
      });
    }
    let added = 0;
    let duplicates = 0;
    let failed = 0;
    for (let i = 0; i < raws.length; i += SLICE) {
      if (i > 0 && between !== undefined) await between();
      const ing = this.current();
      for (const raw of raws.slice(i, i + SLICE)) ing.add(raw);
      const report = ing.finish();
      for (const p of report.rejected.slice(this.seen.rejected)) rejected.push({ index: indexOf(p), message: p.message });
      for (const p of report.problems.slice(this.seen.problems)) rejected.push({ index: indexOf(p), message: p.message });
      added += report.added - this.seen.added;
      duplicates += report.duplicates - this.seen.duplicates;
      failed += report.problems.length - this.seen.problems;
      this.seen = { added: report.added, duplicates: report.duplicates, rejected: report.rejected.length, problems: report.problems.length };
    }
    return { added, duplicates, failed, rejected: rejected.sort((a, b) => a.index - b.index) };
  }
}
