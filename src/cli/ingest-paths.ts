/**
 * What `parallax ingest` and `parallax analyze` share: standard input as a
 * spooled file, the fetch flags as source options, the streamed ingest with
 * its problem lines and progress, the teaser-feed hint and the exit code.
 */
import { systemClock, type InputProblem } from '../core/result.js';
import type { IngestReport } from '../pipeline/ingest-articles.js';
import { ingestSources } from '../pipeline/ingest-sources.js';
import type { ReadSourcesOptions } from '../pipeline/read-inputs.js';
import type { Store } from '../storage/store.js';
import { UsageError } from './args.js';
import type { Io } from './commands.js';
import { ProblemLines } from './problem-lines.js';
import { createProgress, plural } from './progress.js';
import { spoolStdin, type SpooledStdin } from './stdin-input.js';

/** Replaces `-` among the inputs by a spooled copy of stdin. */
export async function withStdin(paths: readonly string[], io: Io): Promise<{ paths: string[]; io: Io; dispose: () => void }> {
  const dashes = paths.filter((p) => p === '-').length;
  if (dashes === 0) return { paths: [...paths], io, dispose: () => {} };
  if (dashes > 1) throw new UsageError('- (standard input) can be given only once');
  const spooled: SpooledStdin = await spoolStdin(io.stdin ?? process.stdin);
  return {
    paths: paths.map((p) => (p === '-' ? spooled.path : p)),
    io: { ...io, stdout: io.stdout, stderr: (line) => io.stderr(spooled.rename(line)) },
    dispose: spooled.dispose,
  };
}

/**
 * A feed whose items were all too short was a teaser feed: one hint instead
 * of leaving the user with a column of "too-short" lines.
 */
export function teaserHint(cmd: string, report: IngestReport, follow: boolean, io: Io): void {
  if (follow) return;
  const teasers = report.rejected.filter((p) => /#item\d+$/.test(p.path) && /too-short|empty/.test(p.message));
  if (teasers.length === 0) return;
  io.stderr(`parallax ${cmd}: hint: ${plural(teasers.length, 'feed item')} held too little text (a feed of teasers?); add --follow to fetch each item's page`);
}

function nonNegativeInt(flag: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n)) {
    throw new UsageError(`--${flag} must be a whole number (got "${String(value)}")`);
  }
  return n;
}

/** Source options from the flags; unset flags keep the fetcher's defaults. */
export function sourceOptions(values: Record<string, unknown>): ReadSourcesOptions {
  const fetch: Record<string, unknown> = { allowPrivate: values['allow-private'] === true };
  const timeout = nonNegativeInt('timeout', values.timeout);
  const maxBytes = nonNegativeInt('max-bytes', values['max-bytes']);
  const delay = nonNegativeInt('delay', values.delay);
  if (timeout !== undefined) {
    fetch.timeoutMs = timeout;
    fetch.connectTimeoutMs = timeout;
  }
  if (maxBytes !== undefined) fetch.maxBytes = maxBytes;
  if (delay !== undefined) fetch.delayMs = delay;
  return { follow: values.follow === true, fetch };
}

/** Reads (files, folders, URLs), cleans, analyses and stores; problems go to stderr one line each. */
export async function ingestPaths(store: Store, paths: readonly string[], io: Io, quiet: boolean, sources: ReadSourcesOptions = {}): Promise<{ report: IngestReport; readProblems: readonly InputProblem[] }> {
  if (paths.length === 0) throw new UsageError('give at least one file, folder or URL to ingest');
  // Streamed: each article is stored and each problem printed as it happens
  // (the first few per file, then a count), so a slow or broken input never
  // hides what came before and memory does not grow with the input.
  const lines = new ProblemLines('parallax', io.stderr);
  const progress = createProgress();
  progress.start(0, 'ingest');
  let done = 0;
  let reclustering = false;
  const report = await ingestSources(store, paths, {
    ...sources,
    clock: systemClock,
    onArticle: () => {
      done++;
      progress.tick();
    },
    onWait: (message) => io.stderr(`parallax: ${message}`),
    onRecluster: (_seen, total) => {
      // Once, at the first committed page: after an upgrade this can take minutes, and it resumes if stopped.
      if (!reclustering && !quiet) io.stderr(`parallax: re-clustering the ${total} stored articles (the clusterer's tables are behind them, as after a change of clustering parameters; resumes where it was if stopped)`);
      reclustering = true;
    },
    onProblem: (p, kind) => {
      if (kind === 'rejected' && quiet) return;
      progress.stop();
      lines.report(p.path, p.line, p.message);
      progress.start(0, 'ingest');
      progress.tick(done);
    },
  });
  progress.stop();
  lines.finish();
  return { report, readProblems: report.readProblems };
}

export function exitCodeOf(report: IngestReport, readProblems: readonly InputProblem[], strict: boolean): number {
  const anyProblem = readProblems.length > 0 || report.problems.length > 0 || report.rejected.length > 0;
  if (report.added === 0 && report.duplicates === 0) return 1;
  return strict && anyProblem ? 1 : 0;
}
