/**
 * Files, folders and URLs → stored articles, streaming: each article is
 * stored (in chunks of INGEST_CHUNK) as it is read, and each problem is
 * handed to the caller as it happens, so a crash or a slow input never hides
 * what went before, and memory does not grow with the input. The database's
 * writer turn is held throughout, so two ingests at once run one after the
 * other.
 */
import type { Clock, InputProblem } from '../core/result.js';
import type { Store } from '../storage/store.js';
import { createIngester, keepProblem, type IngestReport } from './ingest-articles.js';
import { streamSources, type ReadSourcesOptions } from './read-inputs.js';
import { createMemoryGovernor } from './memory-governor.js';

export interface IngestSourcesOptions extends ReadSourcesOptions {
  readonly clock: Clock;
  /** Each problem, as it happens: unreadable input, rejected article, or an internal failure. */
  readonly onProblem?: (p: InputProblem, kind: 'read' | 'rejected' | 'internal') => void;
  /** After each article read. */
  readonly onArticle?: () => void;
  /** Called once when another process holds the database and this one waits. */
  readonly onWait?: (message: string) => void;
  /** Articles per chunk (see createIngester). */
  readonly chunk?: number;
  /** After each committed page of a re-clustering the opening needs (openCluster): articles clustered, and stored. */
  readonly onRecluster?: (seen: number, total: number) => void;
}

export interface IngestSourcesReport extends IngestReport {
  /** Inputs that could not be read or parsed. */
  readonly readProblems: readonly InputProblem[];
}

/**
 * Reads and ingests every source, streaming.
 * @example await ingestSources(store, ['articles/', 'feed.xml'], { clock: systemClock, onProblem: (p) => console.error(formatProblem(p)) })
 */
export async function ingestSources(store: Store, paths: readonly string[], opts: IngestSourcesOptions): Promise<IngestSourcesReport> {
  const release = store.lockWriters(opts.onWait);
  try {
    const ingester = createIngester({
      store,
      clock: opts.clock,
      ...(opts.chunk !== undefined && { chunk: opts.chunk }),
      ...(opts.onRecluster && { recluster: { onPage: opts.onRecluster } }),
      ...(opts.onArticle && { onArticle: opts.onArticle }),
      onRejected: (p) => opts.onProblem?.(p, 'rejected'),
      onProblem: (p) => opts.onProblem?.(p, 'internal'),
    });
    const readProblems: InputProblem[] = [];
    const memory = createMemoryGovernor();
    for await (const ev of streamSources(paths, opts)) {
      memory.check();
      if (ev.kind === 'article') ingester.add(ev.article);
      else {
        keepProblem(readProblems, ev.problem);
        opts.onProblem?.(ev.problem, 'read');
      }
    }
    return { ...ingester.finish(), readProblems };
  } finally {
    release();
  }
}
