/**
 * Regenerates test/golden/analyze/<case>/expected.json from the current
 * analyzer output on the example articles. Review the diff before committing.
 * Figures and dates are left out: they belong to their own goldens.
 *
 *   node --import tsx scripts/regen-golden-analyze.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExamples } from '../test/golden/analyze/examples.js';
import { goldenOf } from '../test/golden/analyze/golden-of.js';

const root = join(import.meta.dirname, '..', 'test', 'golden', 'analyze');
for (const { name, article } of loadExamples()) {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(goldenOf(article), null, 2)}\n`);
  process.stdout.write(`wrote ${join(dir, 'expected.json')}\n`);
}
