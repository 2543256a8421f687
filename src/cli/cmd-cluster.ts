/**
 * `parallax cluster --in ARTICLES.jsonl --out OUT.jsonl [--db STATE.db]`:
 * clusters a stream of articles in file order and writes each article's
 * final story.
 */
import { writeFileSync } from 'node:fs';
import { assignmentsOf, clusterInto, clusterStream, type StreamArticle, type StreamAssignment } from '../stages/cluster/cluster-stream.js';
import { SqliteClusterStore } from '../storage/sqlite/cluster-tables.js';
import { UsageError } from './args.js';
import { CLUSTER_SPEC } from './batch-specs.js';
import { parseFlags } from './flags.js';
import type { Io } from './commands.js';
import { cappedLines, MAX_LINE_BYTES } from './capped-lines.js';
import { displayName, openInput } from './std-streams.js';

/**
 * Articles of a JSON Lines file (plain, .gz, or `-` for stdin), read line by
 * line with a cap per line: a line that is not an object with a string or
 * numeric `id` and a string `text` (empty for a headline) is a problem
 * `file:line: message`, and skipped. A file of any size is read without
 * ever holding it as one string.
 */
export async function readJsonlFile(path: string, io: Io): Promise<{ rows: StreamArticle[]; problems: string[] }> {
  const rows: StreamArticle[] = [];
  const problems: string[] = [];
  const name = displayName(path);
  // A file that cannot be opened is one error line (openInput's CliError).
  const input = await openInput(path, io);
  try {
    for await (const l of cappedLines(input)) {
      if ('tooLong' in l) {
        problems.push(`${name}:${l.lineNo}: line too long (${l.tooLong} bytes, limit ${MAX_LINE_BYTES}); skipped`);
        continue;
      }
      if (l.line.trim() === '') continue;
      const why = articleProblem(l.line);
      if (typeof why === 'string') problems.push(`${name}:${l.lineNo}: ${why}; skipped`);
      else rows.push(why);
    }
  } catch (e) {
    problems.push(`${name}: input stopped: ${(e as Error).message}`);
  }
  return { rows, problems };
}

/** The article a line holds, or why it holds none. */
function articleProblem(line: string): StreamArticle | string {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return `invalid JSON (${(e as Error).message})`;
  }
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) return 'not a JSON object';
  const r = rec as Record<string, unknown>;
  if (typeof r.id !== 'string' && typeof r.id !== 'number') return 'no "id" (string or number)';
  if (typeof r.text !== 'string') return r.text === undefined ? 'no "text" field (use "" for a headline)' : `"text" is ${Array.isArray(r.text) ? 'an array' : r.text === null ? 'null' : `a${typeof r.text === 'object' ? 'n' : ''} ${typeof r.text}`}, not a string`;
  return { ...(r as Record<string, unknown>), id: String(r.id) } as unknown as StreamArticle;
}

/** Writes records as JSON Lines to --out, or to stdout when absent. */
export function writeJsonl(out: string | undefined, records: readonly unknown[], io: Io): void {
  const text = records.map((r) => JSON.stringify(r)).join('\n');
  if (out && out !== '-') writeFileSync(out, records.length > 0 ? `${text}\n` : '');
  else if (records.length > 0) io.stdout(text);
}

/** Parses `--in FILE [--out FILE] [--db FILE] [--quiet]`. */
export function parseInOut(argv: readonly string[]): { input: string; out: string | undefined; db: string | undefined; quiet: boolean } {
  const { values, positionals } = parseFlags(CLUSTER_SPEC, argv);
  const v = values as { in?: string; out?: string; db?: string; quiet?: boolean };
  const input = v.in ?? positionals[0];
  if (!input) throw new UsageError('give the input file with --in FILE');
  return { input, out: v.out, db: v.db, quiet: v.quiet === true };
}

/**
 * With --db the story state is written to that SQLite file as each article
 * is decided; run again on the same input after an interruption, the
 * articles already assigned are skipped and the rest continue from the
 * stored state, so the output equals an uninterrupted run.
 */
export async function cmdCluster(argv: readonly string[], io: Io): Promise<number> {
  const { input, out, db, quiet } = parseInOut(argv);
  const { rows: articles, problems } = await readJsonlFile(input, io);
  const shown = 5;
  for (const p of problems.slice(0, shown)) io.stderr(`parallax: ${p}`);
  if (problems.length > shown) io.stderr(`parallax: … and ${problems.length - shown} more problems in ${displayName(input)}`);
  let assignments: StreamAssignment[];
  let resumed = 0;
  if (db) {
    let store: SqliteClusterStore;
    try {
      store = SqliteClusterStore.open(db);
    } catch (e) {
      throw new UsageError(`cannot use ${db}: ${(e as Error).message}`);
    }
    try {
      const before = store.docCount();
      const added = clusterInto(store, articles);
      resumed = before > 0 ? articles.length - added : 0;
      assignments = assignmentsOf(store, articles);
    } finally {
      store.close();
    }
  } else assignments = clusterStream(articles).assignments;
  writeJsonl(out, assignments, io);
  if (!quiet) {
    const again = resumed > 0 ? ` (${resumed} already assigned in ${db}, kept)` : '';
    io.stderr(`clustered ${assignments.length} article(s) into ${new Set(assignments.map((a) => a.story)).size} stories${again}`);
  }
  return problems.length > 0 && assignments.length === 0 ? 1 : 0;
}
