/**
 * What bench/postgres.ts measures with: CPU time of this process and of
 * others (from /proc), quantiles, an HTTP load of CONCURRENCY clients, and
 * the pg_stat_statements report of the worker runs.
 */
import { readFileSync } from 'node:fs';
import type { PgConnection } from '../../src/storage/postgres/pg-connection.js';
import { CONCURRENCY, SECONDS } from './settings.js';

const TICK_MS = 10; // /proc CPU times are in clock ticks of 10 ms (USER_HZ = 100 on Linux)

/** CPU milliseconds of a process so far, from /proc (utime + stime). */
export function procCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}

export function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

export const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;

export async function load(url: string, next: (i: number) => string): Promise<number[]> {
  const times: number[] = [];
  let i = 0;
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const path = next(i++);
        const res = await fetch(`${url}${path}`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`HTTP ${res.status} on ${path}`);
        times.push(performance.now() - t);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}

/** Clears pg_stat_statements (the whole server's: run it on a server of your own). */
export function statementsReset(admin: PgConnection): void {
  admin.exec('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  admin.exec('SELECT pg_stat_statements_reset()');
}

/** The bench database's statements since the reset, by execution time per article (planning is not in it: prepared once). */
export function statementsReport(admin: PgConnection, dbName: string, articles: number): void {
  const rows = admin.adhoc<{ query: string; calls: string; ms: number; rows: string; blks: string }>(
    `SELECT regexp_replace(s.query, '\\s+', ' ', 'g') AS query, s.calls::text AS calls, s.total_exec_time AS ms, s.rows::text AS rows,
            (s.shared_blks_hit + s.shared_blks_read + s.shared_blks_dirtied)::text AS blks
     FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1 ORDER BY s.total_exec_time DESC LIMIT 24`,
    [dbName],
  );
  const { ms: total, calls } = admin.adhoc<{ ms: number; calls: string }>(
    'SELECT coalesce(sum(total_exec_time), 0) AS ms, coalesce(sum(calls), 0)::text AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1',
    [dbName],
  )[0]!;
  process.stdout.write(`    statements (pg_stat_statements, execution only): ${(total / articles).toFixed(2)} ms and ${(Number(calls) / articles).toFixed(1)} statements per article in all; the largest:\n`);
  for (const r of rows) {
    process.stdout.write(
      `    ${(r.ms / articles).toFixed(3)} ms/article  ${(Number(r.calls) / articles).toFixed(2)} calls/article  ${(Number(r.blks) / articles).toFixed(0)} blocks/article  ${r.query.slice(0, 150)}\n`,
    );
  }
}
