/**
 * What bench/pg-serve.ts reads about processes and the machine: CPU time
 * from /proc, a process's descendants, quantiles, and a header line naming
 * what the figures depend on.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { PgConnection } from '../../src/storage/postgres/pg-connection.js';

/** /proc's clock ticks (USER_HZ: 100 on Linux). */
const TICK_MS = 10;

export function procCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** A process and its descendants (the server's search processes; tsx's esbuild service too, idle during the load). */
export function tree(pid: number): number[] {
  let kids: number[] = [];
  try {
    for (const t of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) kids = kids.concat(tree(Number(t)));
  } catch {
    return [];
  }
  return [pid, ...kids];
}

/** What the figures depend on: commit, time, machine, load, PostgreSQL, and which article search index the database has. */
export function header(db: PgConnection): string {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    // Not a git checkout: the commit is unknown.
  }
  const indexes = db.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'articles' AND schemaname = current_schema() AND indexdef LIKE '%USING gin%'").map((r) => r.indexname);
  const { v: version, sb } = db.one<{ v: string; sb: string }>("SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb")!;
  return `commit ${commit}, ${new Date().toISOString()}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}; PostgreSQL ${version}, shared_buffers ${sb}; article search index: ${indexes.join(', ') || 'none'}`;
}

export function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

