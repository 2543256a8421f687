import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoryBrief } from '../core/brief.js';
import { asStoryId } from '../core/ids.js';
import { formatProblem, systemClock, type InputProblem } from '../core/result.js';
import { buildAllBriefs, buildBrief } from '../pipeline/build-briefs.js';
import { ingestArticles, type IngestReport } from '../pipeline/ingest-articles.js';
import { readSources, type ReadSourcesOptions } from '../pipeline/read-inputs.js';
import { renderHtml, renderHtmlReport, renderJson, renderMarkdown } from '../stages/brief/index.js';
import { createStore } from '../storage/create-store.js';
import type { Store } from '../storage/store.js';
import { briefFormat, parseCommand, UsageError, type BriefFormat } from './args.js';
import { createProgress } from './progress.js';

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

const DEFAULT_DB = 'parallax.db';

function openStore(db: string | undefined): Store {
  return createStore({ type: 'sqlite', file: db ?? DEFAULT_DB });
}

/** Flags of the commands that read inputs: URLs and feeds. */
const SOURCE_FLAGS = {
  follow: { type: 'boolean' },
  'allow-private': { type: 'boolean' },
  timeout: { type: 'string' },
  'max-bytes': { type: 'string' },
  delay: { type: 'string' },
} as const;

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
  const { articles, problems } = await readSources(paths, sources);
  const progress = createProgress();
  progress.start(articles.length, 'ingest');
  const report = ingestArticles(articles, { store, clock: systemClock, onArticle: () => progress.tick() });
  progress.stop();
  for (const p of [...problems, ...report.problems]) io.stderr(`parallax: ${formatProblem(p)}`);
  if (!quiet) for (const p of report.rejected) io.stderr(`parallax: ${formatProblem(p)}`);
  return { report, readProblems: problems };
}

function exitCodeOf(report: IngestReport, readProblems: readonly InputProblem[], strict: boolean): number {
  const anyProblem = readProblems.length > 0 || report.problems.length > 0 || report.rejected.length > 0;
  if (report.added === 0 && report.duplicates === 0) return 1;
  return strict && anyProblem ? 1 : 0;
}

export async function cmdIngest(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(argv, SOURCE_FLAGS);
  const sources = sourceOptions(values);
  const store = openStore(values.db);
  try {
    const { report, readProblems } = await ingestPaths(store, positionals, io, values.quiet === true, sources);
    if (!values.quiet) {
      io.stderr(
        `ingested ${report.added} new article(s), ${report.duplicates} already stored, ${report.rejected.length} rejected, ` +
          `${readProblems.length + report.problems.length} unreadable; ${store.listStories().length} stories in ${values.db ?? DEFAULT_DB}`,
      );
    }
    return exitCodeOf(report, readProblems, values.strict === true);
  } finally {
    store.close();
  }
}

export function cmdStories(argv: readonly string[], io: Io): number {
  const { values } = parseCommand(argv);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got "${format}")`);
  const store = openStore(values.db);
  try {
    const byId = new Map(store.listArticles().map((a) => [a.article.id, a.article]));
    const stories = store.listStories().map((s) => {
      const first = byId.get(s.articleIds[0]!);
      return { id: s.id, articles: s.articleIds.length, title: first?.title ?? '', articleIds: s.articleIds };
    });
    if (format === 'json') io.stdout(JSON.stringify({ stories }, null, 2));
    else if (stories.length === 0) io.stderr('no stories yet: run `parallax ingest PATH...` first');
    else for (const s of stories) io.stdout(`${s.id}\t${s.articles} article(s)\t${s.title}`);
    return 0;
  } finally {
    store.close();
  }
}

function render(briefs: readonly StoryBrief[], format: BriefFormat): string {
  if (format === 'json') return `${JSON.stringify({ stories: JSON.parse(`[${briefs.map((b) => renderJson(b)).join(',')}]`) }, null, 2)}\n`;
  if (format === 'html') return briefs.length === 1 ? renderHtml(briefs[0]!) : renderHtmlReport(briefs);
  return briefs.map((b) => renderMarkdown(b)).join('\n\n---\n\n');
}

function emit(text: string, out: string | undefined, io: Io): void {
  if (out) writeFileSync(out, text);
  else io.stdout(text.endsWith('\n') ? text.slice(0, -1) : text);
}

export function cmdBrief(argv: readonly string[], io: Io): number {
  const { values, positionals } = parseCommand(argv);
  const format = briefFormat(values.format);
  const [storyArg] = positionals;
  if (!storyArg) throw new UsageError('give a story id (see `parallax stories`)');
  const store = openStore(values.db);
  try {
    const brief = buildBrief(store, asStoryId(storyArg));
    if (!brief) {
      io.stderr(`parallax: no story ${storyArg} in ${values.db ?? DEFAULT_DB} (see \`parallax stories\`)`);
      return 1;
    }
    emit(format === 'json' ? renderJson(brief) : render([brief], format), values.out, io);
    return 0;
  } finally {
    store.close();
  }
}

export async function cmdAnalyze(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(argv, SOURCE_FLAGS);
  const format = briefFormat(values.format);
  const sources = sourceOptions(values);
  // Without --db the run leaves nothing behind: a throwaway database.
  const tmp = values.db ? undefined : mkdtempSync(join(tmpdir(), 'parallax-'));
  const store = openStore(values.db ?? join(tmp!, 'analyze.db'));
  try {
    const { report, readProblems } = await ingestPaths(store, positionals, io, values.quiet === true, sources);
    const code = exitCodeOf(report, readProblems, values.strict === true);
    if (report.added === 0 && report.duplicates === 0) {
      io.stderr('parallax: nothing could be ingested');
      return code;
    }
    emit(render(buildAllBriefs(store), format), values.out, io);
    return code;
  } finally {
    store.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}
