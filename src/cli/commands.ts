/**
 * The database commands: `parallax ingest`, `stories`, `brief` and `analyze`
 * (their flags in db-specs.ts), and the Io every command writes through.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asStoryId } from '../core/ids.js';
import { buildAllBriefs, buildBrief } from '../pipeline/build-briefs.js';
import { cmdEnqueue } from './cmd-worker.js';
import { renderJson } from '../stages/brief/index.js';
import { redactUrl } from '../storage/postgres/pg-connection.js';
import type { Store } from '../storage/store.js';
import { briefFormat, UsageError } from './args.js';
import { ANALYZE_SPEC, BRIEF_SPEC, INGEST_SPEC, STORIES_SPEC } from './db-specs.js';
import { parseFlags } from './flags.js';

export { ANALYZE_SPEC, BRIEF_SPEC, INGEST_SPEC, STORIES_SPEC };
import { createProgress, elapsed, plural, progressSettings } from './progress.js';
import { DEFAULT_DB, openExistingStore, openStore } from './open-store.js';
import { exitCodeOf, ingestPaths, sourceOptions, teaserHint, withStdin } from './ingest-paths.js';
import { checkOut, emit, render } from './brief-output.js';

export interface Io {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** What `-` reads (process.stdin when absent). */
  readonly stdin?: NodeJS.ReadableStream;
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
