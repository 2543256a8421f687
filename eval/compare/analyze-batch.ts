/**
 * Runs `parallax analyze FILE --format json --out OUT --quiet` for many small
 * corpora in one process, one after another (the NeuS corpora of
 * differ-corpora.ts are three leads each: starting a process apiece would
 * cost more than analysing them). Same CLI path as cli.ts.
 *
 *   node --import tsx eval/compare/analyze-batch.ts FILE OUT [FILE OUT…]
 */
import { main } from '../../src/cli/main.js';

const args = process.argv.slice(2);
let failed = 0;
for (let i = 0; i + 1 < args.length; i += 2) {
  const code = await main(['analyze', args[i]!, '--format', 'json', '--out', args[i + 1]!, '--quiet']);
  if (code !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
