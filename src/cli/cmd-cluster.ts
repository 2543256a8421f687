/**
 * `parallax cluster --in ARTICLES.jsonl --out OUT.jsonl [--db STATE.db]`:
 * clusters a stream of articles in file order and writes each article's
 * final story.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { assignmentsOf, clusterInto, clusterStream, type StreamArticle, type StreamAssignment } from '../stages/cluster/cluster-stream.js';
import { SqliteClusterStore } from '../storage/sqlite/cluster-tables.js';
import { UsageError } from './args.js';
import { CLUSTER_SPEC } from './batch-specs.js';
import { parseFlags } from './flags.js';
import type { Io } from './commands.js';

/**
 * Objects of a JSON Lines file (plain or .gz) that have a string or numeric
 * `id`; other lines are returned as problems so the command can report them.
 */
export function readJsonlFile(path: string): { rows: Record<string, unknown>[]; problems: string[] } {
  let buf: Buffer;
  try {
    buf = readFileSync(path === '-' ? 0 : path); // `-`: standard input
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as Error).message}`);
  }
  const text = (path.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
  const rows: Record<string, unknown>[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const rec = JSON.parse(line) as unknown;
      if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) throw new Error('not an object');
      const id = (rec as { id?: unknown }).id;
      if (typeof id !== 'string' && typeof id !== 'number') throw new Error('no id');
      rows.push({ ...(rec as Record<string, unknown>), id: String(id) });
    } catch (e) {
      problems.push(`${path}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return { rows, problems };
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
export function cmdCluster(argv: readonly string[], io: Io): number {
  const { input, out, db, quiet } = parseInOut(argv);
  const { rows, problems } = readJsonlFile(input);
  for (const p of problems) io.stderr(`parallax: ${p}`);
  const articles = rows as unknown as StreamArticle[];
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
