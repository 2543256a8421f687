/**
 * What a brief-scale child measures and reports: the CPU time of its main
 * thread, the story nearest a size in a database, and the line it prints
 * for the parent (one run).
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

/** CPU seconds of this process's main thread so far (Linux /proc; NaN elsewhere): the brief's own thread, without the helper's. */
export function mainThreadCpu(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Id of the story of `file` whose size is nearest `n` (bench bookkeeping straight from the SQLite story index). */
export function nearestStory(file: string, n: number): string {
  const db = new Database(file, { readonly: true });
  const row = db.prepare('SELECT id FROM story_index ORDER BY abs(size - ?), id LIMIT 1').get(n) as { id: string } | undefined;
  db.close();
  if (row === undefined) throw new Error(`brief-scale: ${file} has no stories`);
  return row.id;
}

export interface Run {
  articles: number;
  seconds: number;
  cpuSeconds: number;
  /** The same brief again in the warm process (as a running service computes it), wall seconds. */
  warmSeconds: number;
  renderSeconds: number;
  peakMB: number;
  jsonBytes: number;
  markdownBytes: number;
  htmlBytes: number;
  reuse: number;
  lineages: number;
  quotes: number;
  claims: number;
}
