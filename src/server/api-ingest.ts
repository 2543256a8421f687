/**
 * POST /api/v1/articles → the pipeline. Each record goes through the same
 * reader as a JSON Lines line of `parallax ingest` (HTML in `text` is
 * extracted, dates normalised), and the request's articles are one chunk of
 * one long-lived ingester, so outlet templates are learned from the whole
 * request first, exactly as `ingestArticles` does for a batch. The
 * ingester keeps the clusterer's state in memory between requests (loading
 * it per request would cost more as the database grows); the server holds
 * the database's writer turn, so nothing else changes it underneath.
 */
import type { Clock, InputProblem } from '../core/result.js';
import type { RawArticle } from '../core/types.js';
import { createIngester, type Ingester } from '../pipeline/ingest-articles.js';
import { parseJsonlLine } from '../stages/ingest/parse-jsonl.js';
import type { Store } from '../storage/store.js';
import type { Metrics } from './metrics.js';
import type { PostArticlesBodyT } from './schemas.js';

const REQUEST_PATH = 'request';
/** Larger than any request (maxItems 500): a request is processed at `finish`, as one chunk. */
const CHUNK = 1_000_000;
/** The ingester's reports grow with every rejection: start a fresh one past this many. */
const RENEW_AFTER = 10_000;

export interface ApiIngestResult {
  readonly added: number;
  readonly duplicates: number;
  readonly rejected: { index: number; message: string }[];
  readonly stories: { id: string; created: boolean; articles: number }[];
}

/** The 0-based request position of a problem at `request#L3`. */
function indexOf(p: InputProblem): number {
  const m = /#L(\d+)$/.exec(p.path);
  return p.line !== undefined ? p.line - 1 : m ? Number(m[1]) - 1 : -1;
}

export class ApiIngest {
  private ingester: Ingester | undefined;
  private seen = { added: 0, duplicates: 0, rejected: 0, problems: 0 };

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
  ) {}

  private current(): Ingester {
    if (this.ingester === undefined || this.seen.rejected + this.seen.problems > RENEW_AFTER) {
      this.ingester = createIngester({ store: this.store, clock: this.clock, chunk: CHUNK });
      this.seen = { added: 0, duplicates: 0, rejected: 0, problems: 0 };
    }
    return this.ingester;
  }

  /** Ingests one request's records (synchronously: one request at a time). */
  ingest(records: PostArticlesBodyT): ApiIngestResult {
    const t0 = process.hrtime.bigint();
    const rejected: { index: number; message: string }[] = [];
    const raws: RawArticle[] = [];
    records.forEach((rec, i) => {
      const line = parseJsonlLine(REQUEST_PATH, i + 1, JSON.stringify(rec));
      if (line?.kind === 'article') raws.push(line.article);
      else if (line?.kind === 'problem') rejected.push({ index: i, message: line.problem.message });
    });
    const before = this.store.lastStoryChange();
    const ing = this.current();
    for (const raw of raws) ing.add(raw);
    const report = ing.finish();
    for (const p of report.rejected.slice(this.seen.rejected)) rejected.push({ index: indexOf(p), message: p.message });
    for (const p of report.problems.slice(this.seen.problems)) rejected.push({ index: indexOf(p), message: p.message });
    const added = report.added - this.seen.added;
    const duplicates = report.duplicates - this.seen.duplicates;
    const failed = report.problems.length - this.seen.problems;
    this.seen = { added: report.added, duplicates: report.duplicates, rejected: report.rejected.length, problems: report.problems.length };
    const stories = this.store.storiesChangedSince(before, 10_000).map((s) => ({ id: s.id, created: s.createdSeq > before, articles: s.articles }));
    const m = this.metrics.ingest;
    m.requests++;
    m.added += added;
    m.duplicates += duplicates;
    m.failed += failed;
    m.rejected += rejected.length - failed;
    m.seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    return { added, duplicates, rejected: rejected.sort((a, b) => a.index - b.index), stories };
  }
}
