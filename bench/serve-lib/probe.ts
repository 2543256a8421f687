/**
 * The read phases of bench/serve.ts alone, on a database already built
 * (`bench/serve.ts --db FILE --build-only`): story list, a cached brief
 * (autocannon, Node's client, and wrk when installed) and the brief revalidated with its ETag,
 * each with the CPU per request of the server process and of the load
 * generator, so a change to the read path can be compared back to back in
 * a minute rather than the full run's several. Extra arguments go to the
 * server's node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
 *   node --import tsx bench/serve-lib/probe.ts /tmp/serve.db [node flags]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cannon, hasWrk, nativeCannon, report, wrkCannon, type LoadResult } from './load.js';

const db = process.argv[2];
if (db === undefined || !existsSync(db)) {
  process.stderr.write(`probe: give a database built by bench/serve.ts (${db ?? 'none given'} not found)\n`);
  process.exit(2);
}
const SECONDS = 5;
const sqlite = new Database(db, { readonly: true });
const top = sqlite.prepare('SELECT id FROM story_index ORDER BY abs(size - 200), id LIMIT 1').get() as { id: string };
sqlite.close();
const child = spawn(process.execPath, [...process.argv.slice(3), '--import', 'tsx', join(import.meta.dirname, '../serve.ts'), '--child', db], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<string>((resolve) => child.stdout.once('data', (b: Buffer) => resolve(b.toString().trim())));
/** The server's CPU so far in ms (Linux /proc: utime + stime in 10 ms ticks). */
const serverCpu = (): number => {
  const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
/** This process's CPU and its ended children's (wrk) in ms: the load generator's. */
const ownCpu = (): number => {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000 + (Number(f[13]) + Number(f[14])) * 10;
};
try {
  const brief = `/api/v1/stories/${top.id}`;
  // Built (in the worker) before the timed phases.
  await (await fetch(`${url}${brief}`)).arrayBuffer();
  const first = await fetch(`${url}${brief}`, { headers: { 'accept-encoding': 'gzip' } });
  const etag = first.headers.get('etag') ?? '';
  await first.arrayBuffer();
  const lists = (i: number): string => `/api/v1/stories?limit=20${i % 2 ? '&sort=size' : ''}`;
  const phases: [string, typeof cannon, (i: number) => string, Record<string, string>][] = [
    ['story list', cannon, lists, {}],
    ['brief cached', cannon, () => brief, {}],
    ['brief cached node client', nativeCannon, () => brief, {}],
    ...(hasWrk() ? ([['story list wrk', wrkCannon, lists, {}], ['brief cached wrk', wrkCannon, () => brief, {}]] as const) : []),
    ['brief revalidated', cannon, () => brief, { 'if-none-match': etag }],
  ];
  for (const [name, run, path, headers] of phases) {
    const s0 = serverCpu();
    const c0 = ownCpu();
    const r: LoadResult = await run(name, url, path, { connections: 50, seconds: SECONDS, headers });
    const c = ownCpu() - c0;
    const n = Math.max(1, r.rps * SECONDS);
    process.stdout.write(report(r, `; CPU per request: server ${((serverCpu() - s0) / n).toFixed(2)} ms, load generator ${(c / n).toFixed(2)} ms`));
  }
} finally {
  child.kill('SIGTERM');
}
