/**
 * `npm run golden`: regenerates every golden file — the analyze goldens
 * (English and the ten-language reports), the extractor goldens and the
 * brief's wire-format goldens — by running each regenerator in turn, each
 * in its own process as when run alone. Review `git diff test/` before
 * committing: a golden that changes is a behaviour that changed.
 *
 *   npm run golden            # all three
 *   npm run golden -- brief   # only those whose name contains "brief"
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SCRIPTS = ['regen-golden-analyze.ts', 'regen-golden-extractors.ts', 'regen-golden-brief.ts'];
const only = process.argv.slice(2);
let failed = 0;
for (const script of SCRIPTS.filter((s) => only.length === 0 || only.some((o) => s.includes(o)))) {
  process.stdout.write(`${script}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script)], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`${script} failed (exit ${r.status ?? r.signal})\n`);
    failed++;
  }
}
process.exitCode = failed > 0 ? 1 : 0;
