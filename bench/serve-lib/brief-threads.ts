/**
 * Which threads a brief's CPU goes to: a BriefWorker warmed with WARM, then
 * STORY built twice in the warm foreground thread; per brief, the wall time
 * and each thread's CPU (ms, from /proc: the foreground thread named, its
 * helper and V8's platform threads not). Usage:
 *   node --import tsx bench/serve-lib/brief-threads.ts DB WARM STORY
 * Opening the database applies pending migrations: use a copy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { BriefWorker } from '../../src/server/brief-worker.js';
const [file, warmId, id] = process.argv.slice(2) as [string, string, string];
const threads = () => {
  const m = new Map<string, { ms: number; nice: number }>();
  for (const t of readdirSync(`/proc/${process.pid}/task`)) {
    try { const f = readFileSync(`/proc/${process.pid}/task/${t}/stat`, 'utf8').split(') ')[1]!.split(' '); m.set(t, { ms: (Number(f[11]) + Number(f[12])) * 10, nice: Number(f[16]) }); } catch {}
  }
  return m;
};
const alive = setInterval(() => {}, 1000);
const w = new BriefWorker(file);
await w.warm(warmId as never);
for (let k = 0; k < 2; k++) {
  const a = threads(); const t0 = performance.now();
  await w.build(id as never, true);
  const b = threads();
  const tids = w.threads();
  const rows = [...b].map(([t, x]) => ({ t, ms: x.ms - (a.get(t)?.ms ?? 0), role: t === String(process.pid) ? 'main' : Number(t) === tids.foreground ? 'fg' : 'other' })).filter((r) => r.ms > 0).sort((x, y) => y.ms - x.ms);
  console.log(`brief ${k + 1}: ${(performance.now() - t0).toFixed(0)} ms wall; ${rows.map((r) => `${r.role} ${r.ms}`).join(', ')}; total ${rows.reduce((s, r) => s + r.ms, 0)} ms`);
}
await w.close(); clearInterval(alive);
