import { accessSync, constants, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { StoryBrief } from '../core/brief.js';
import { asStoryId } from '../core/ids.js';
import { formatProblem, systemClock, type InputProblem } from '../core/result.js';
import { buildAllBriefs, buildBrief } from '../pipeline/build-briefs.js';
import type { IngestReport } from '../pipeline/ingest-articles.js';
import { ingestSources } from '../pipeline/ingest-sources.js';
import type { ReadSourcesOptions } from '../pipeline/read-inputs.js';
import { ProblemLines } from './problem-lines.js';
import { cmdEnqueue } from './cmd-worker.js';
import { renderHtml, renderHtmlReport, renderJson, renderMarkdown } from '../stages/brief/index.js';
import { createStore, isPostgresUrl, storeConfigFor } from '../storage/create-store.js';
import { redactUrl } from '../storage/postgres/pg-connection.js';
import type { Store } from '../storage/store.js';
import { briefFormat, UsageError, type BriefFormat } from './args.js';
import { CliError, fileErrorLine } from './errors.js';
import { ANALYZE_SPEC, BRIEF_SPEC, INGEST_SPEC, STORIES_SPEC } from './db-specs.js';
import { parseFlags } from './flags.js';

export { ANALYZE_SPEC, BRIEF_SPEC, INGEST_SPEC, STORIES_SPEC };
import { createProgress, elapsed, plural, progressSettings } from './progress.js';
import { spoolStdin, type SpooledStdin } from './stdin-input.js';

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** What `-` reads (process.stdin when absent). */
  readonly stdin?: NodeJS.ReadableStream;
}

const DEFAULT_DB = 'parallax.db';

/** Why a database file cannot be opened, in one line. */
function databaseProblem(file: string, err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (/directory does not exist/i.test(e.message ?? '')) return `cannot open database ${file}: the folder ${dirname(file)} does not exist`;
  if (e.code === 'SQLITE_NOTADB') return `cannot open database ${file}: not a database (an SQLite file made by parallax ingest)`;
  if (e.code === 'SQLITE_CANTOPEN') return `cannot open database ${file}: cannot open the file (a folder, or no permission)`;
  if (e.code === 'SQLITE_READONLY') return `cannot open database ${file}: the file or its folder is read-only`;
  return `cannot open database ${file}: ${fileErrorLine(err) ?? e.message ?? String(err)}`;
}

/** Opens (or creates) the database; a path that cannot hold one is a one-line error. */
function openStore(db: string | undefined): Store {
  const file = db ?? DEFAULT_DB;
  try {
    return createStore(storeConfigFor(file));
  } catch (err) {
    // PostgreSQL's messages already name the server (password hidden) and say what failed.
    if (isPostgresUrl(file)) throw new CliError(err instanceof Error ? err.message.split('\n')[0]!.trim() : String(err));
    throw new CliError(databaseProblem(file, err));
  }
}

/** For commands that only read: a missing file is an error, never a new empty database. */
function openExistingStore(db: string | undefined): Store {
  const file = db ?? DEFAULT_DB;
  if (file !== ':memory:' && !isPostgresUrl(file) && !existsSync(file)) throw new CliError(`no database at ${file} (run parallax ingest first)`);
  return openStore(db);
}

/** Replaces `-` among the inputs by a spooled copy of stdin. */
async function withStdin(paths: readonly string[], io: Io): Promise<{ paths: string[]; io: Io; dispose: () => void }> {
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
function teaserHint(cmd: string, report: IngestReport, follow: boolean, io: Io): void {
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
function sourceOptions(values: Record<string, unknown>): ReadSourcesOptions {
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
async function ingestPaths(store: Store, paths: readonly string[], io: Io, quiet: boolean, sources: ReadSourcesOptions = {}): Promise<{ report: IngestReport; readProblems: readonly InputProblem[] }> {
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

function exitCodeOf(report: IngestReport, readProblems: readonly InputProblem[], strict: boolean): number {
  const anyProblem = readProblems.length > 0 || report.problems.length > 0 || report.rejected.length > 0;
  if (report.added === 0 && report.duplicates === 0) return 1;
  return strict && anyProblem ? 1 : 0;
}

export async function cmdIngest(argv: readonly string[], rawIo: Io): Promise<number> {
  const t0 = Date.now();
  const { values, positionals } = parseFlags(INGEST_SPEC, argv);
  const sources = sourceOptions(values);
  const quiet = values.quiet === true;
  progressSettings.quiet = quiet;
  const db = values.db as string | undefined;
  const store = openStore(db);
  const { paths, io, dispose } = await withStdin(positionals, rawIo).catch((err: unknown) => {
    store.close();
    throw err;
  });
  try {
    if (values.queue === true) return await cmdEnqueue(store, paths, io, quiet, sources);
    const { report, readProblems } = await ingestPaths(store, paths, io, quiet, sources);
    if (!quiet) {
      teaserHint('ingest', report, values.follow === true, io);
      const problems = readProblems.length + report.problems.length + report.rejected.length;
      io.stderr(
        `parallax ingest: ${plural(report.added, 'article')} added, ${plural(report.duplicates, 'duplicate')}, ` +
          `${plural(problems, 'problem')}; ${plural(store.listStories().length, 'story', 'stories')} in ${redactUrl(db ?? DEFAULT_DB)} (${elapsed(t0)})`,
      );
    }
    return exitCodeOf(report, readProblems, values.strict === true);
  } finally {
    store.close();
    dispose();
  }
}

export function cmdStories(argv: readonly string[], io: Io): number {
  const { values } = parseFlags(STORIES_SPEC, argv);
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got "${format}")`);
  const store = openExistingStore(values.db as string | undefined);
  try {
    const byId = new Map(store.listArticles().map((a) => [a.article.id, a.article]));
    const stories = store.listStories().map((s) => {
      const first = byId.get(s.articleIds[0]!);
      return { id: s.id, articles: s.articleIds.length, title: first?.title ?? '', articleIds: s.articleIds };
    });
    if (format === 'json') io.stdout(JSON.stringify({ stories }, null, 2));
    else if (stories.length === 0) io.stderr('parallax stories: no stories yet: run `parallax ingest PATH...` first');
    else for (const s of stories) io.stdout(`${s.id}\t${s.articles} article(s)\t${s.title.replace(/[\t\n\r]+/g, ' ')}`);
    return 0;
  } finally {
    store.close();
  }
}

function render(briefs: readonly StoryBrief[], format: BriefFormat): string {
  // Each brief as `parallax brief` prints it (one line), so a story of this output is byte for byte that brief.
  if (format === 'json') return `{"stories":[${briefs.map((b) => renderJson(b).trimEnd()).join(',')}]}\n`;
  if (format === 'html') return briefs.length === 1 ? renderHtml(briefs[0]!) : renderHtmlReport(briefs);
  return briefs.map((b) => renderMarkdown(b)).join('\n\n---\n\n');
}

/** Fails early, before minutes of work, when --out cannot be written. */
function checkOut(out: string | undefined): void {
  if (out === undefined || out === '-') return;
  const dir = dirname(out);
  if (!existsSync(dir)) throw new CliError(`cannot write ${out}: the folder ${dir} does not exist`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new CliError(`cannot write ${out}: is a folder`);
  try {
    accessSync(existsSync(out) ? out : dir, constants.W_OK);
  } catch (err) {
    throw new CliError(fileErrorLine(err, 'cannot write') ?? `cannot write ${out}: ${(err as Error).message}`);
  }
}

function emit(text: string, out: string | undefined, io: Io): void {
  if (out === undefined || out === '-') {
    io.stdout(text.endsWith('\n') ? text.slice(0, -1) : text);
    return;
  }
  try {
    writeFileSync(out, text);
  } catch (err) {
    throw new CliError(fileErrorLine(err, 'cannot write') ?? `cannot write ${out}: ${(err as Error).message}`);
  }
}

export function cmdBrief(argv: readonly string[], io: Io): number {
  const { values, positionals } = parseFlags(BRIEF_SPEC, argv);
  const format = briefFormat(values.format as string | undefined);
  const out = values.out as string | undefined;
  const [storyArg, extra] = positionals;
  if (!storyArg) throw new UsageError('give a story id (see `parallax stories`)');
  if (extra !== undefined) throw new UsageError(`one story at a time (got "${storyArg}" and "${extra}")`);
  checkOut(out);
  const store = openExistingStore(values.db as string | undefined);
  try {
    const brief = buildBrief(store, asStoryId(storyArg));
    if (!brief) {
      io.stderr(`parallax brief: no story ${storyArg} in ${(values.db as string | undefined) ?? DEFAULT_DB} (see \`parallax stories\`)`);
      return 1;
    }
    emit(format === 'json' ? renderJson(brief) : render([brief], format), out, io);
    return 0;
  } finally {
    store.close();
  }
}

export async function cmdAnalyze(argv: readonly string[], rawIo: Io): Promise<number> {
  const t0 = Date.now();
  const { values, positionals } = parseFlags(ANALYZE_SPEC, argv);
  const format = briefFormat(values.format as string | undefined);
  const sources = sourceOptions(values);
  const quiet = values.quiet === true;
  progressSettings.quiet = quiet;
  const out = values.out as string | undefined;
  const db = values.db as string | undefined;
  checkOut(out);
  if (positionals.length === 0) throw new UsageError('give at least one file, folder, URL or - (stdin) to analyze');
  // Without --db the run leaves nothing behind: a throwaway database.
  const tmp = db ? undefined : mkdtempSync(join(tmpdir(), 'parallax-'));
  let store: Store | undefined;
  let dispose = (): void => {};
  try {
    store = openStore(db ?? join(tmp!, 'analyze.db'));
    const input = await withStdin(positionals, rawIo);
    dispose = input.dispose;
    const io = input.io;
    const { report, readProblems } = await ingestPaths(store, input.paths, io, quiet, sources);
    const code = exitCodeOf(report, readProblems, values.strict === true);
    if (!quiet) teaserHint('analyze', report, values.follow === true, io);
    if (report.added === 0 && report.duplicates === 0) {
      io.stderr('parallax analyze: nothing could be ingested');
      return code;
    }
    const stories = store.listStories().length;
    const progress = createProgress();
    progress.start(stories, 'briefs');
    const briefs = buildAllBriefs(store, () => progress.tick());
    progress.stop();
    emit(render(briefs, format), out, io);
    if (!quiet) {
      const problems = readProblems.length + report.problems.length + report.rejected.length;
      io.stderr(`parallax analyze: ${plural(report.added + report.duplicates, 'article')}, ${plural(problems, 'problem')}, ${plural(briefs.length, 'story', 'stories')} briefed (${elapsed(t0)})`);
    }
    return code;
  } finally {
    store?.close();
    dispose();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}
