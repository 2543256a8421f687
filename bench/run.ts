/**
 * `npm run bench`: runs every bench/*.ts (except this file) and checks the
 * `figure <name> <value>` lines they print against bench/floors.json — the
 * regression gate: a figure below its pinned floor fails the run.
 *   npm run bench                 # all benchmarks
 *   npm run bench -- cluster      # only bench/cluster.ts
 *   npm run bench -- --pin        # raise floors to today's figures (never lowers one; ceilings are set by hand)
 * Benchmarks read ../shared/data when present and skip with a message when not.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const pin = args.includes('--pin');
const only = args.filter((a) => !a.startsWith('--'));
const floorsFile = join(here, 'floors.json');
// An entry has a floor (higher is better) or a ceiling (lower is better: seconds, MB, a growth exponent).
const floors = JSON.parse(readFileSync(floorsFile, 'utf8')) as Record<string, { floor?: number; ceiling?: number; note?: string }>;

const files = readdirSync(here)
  // *-misses.ts are error-analysis listings, not benchmarks.
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('-misses.ts'))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
  .sort();

const figures = new Map<string, number>();
let failed = false;
for (const f of files) {
  console.log(`\n== bench/${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, f)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  if (r.status !== 0) {
    console.log(`bench/${f} exited ${r.status}`);
    failed = true;
  }
  for (const m of r.stdout.matchAll(/^figure (\S+) (-?[\d.]+)$/gm)) figures.set(m[1]!, Number(m[2]));
}

console.log('\n== floors');
for (const [name, { floor, ceiling }] of Object.entries(floors)) {
  const v = figures.get(name);
  const bound = ceiling !== undefined ? `ceiling ${ceiling}` : `floor ${floor}`;
  if (v === undefined) {
    console.log(`  ${name}: not measured this run (${bound})`);
    continue;
  }
  const ok = ceiling !== undefined ? v <= ceiling : v >= floor!;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}: ${v} (${bound})`);
  if (!ok) failed = true;
  // Ceilings are set by hand (timings vary with the machine's load); floors rise with the figures.
  if (pin && floor !== undefined && v > floor) floors[name] = { ...floors[name]!, floor: v };
}
if (pin) {
  for (const [name, v] of figures) if (!(name in floors)) floors[name] = { floor: v };
  writeFileSync(floorsFile, `${JSON.stringify(floors, null, 2)}\n`);
  console.log('floors raised where figures improved (never lowered)');
}
process.exit(failed ? 1 : 0);
