/**
 * Regenerates test/golden/analyze/<case>/expected.json from the current
 * analyzer output on the example articles. Review the diff before committing.
 * Figures and dates are left out: they belong to their own goldens.
 * Also regenerates test/stages/analyze/multilingual/golden/<lang>.json, the
 * one-report-in-ten-languages cases (sentences, quotes, figures, dates).
 *
 *   node --import tsx scripts/regen-golden-analyze.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExamples } from '../test/golden/analyze/examples.js';
import { goldenOf } from '../test/golden/analyze/golden-of.js';
import { CASES } from '../test/stages/analyze/multilingual/cases.js';
import { multilingualGoldenOf } from '../test/stages/analyze/multilingual/golden-of.js';

const root = join(import.meta.dirname, '..', 'test', 'golden', 'analyze');
for (const { name, article } of loadExamples()) {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(goldenOf(article), null, 2)}\n`);
  process.stdout.write(`wrote ${join(dir, 'expected.json')}\n`);
}

const mlRoot = join(import.meta.dirname, '..', 'test', 'stages', 'analyze', 'multilingual', 'golden');
mkdirSync(mlRoot, { recursive: true });
for (const c of CASES) {
  const file = join(mlRoot, `${c.lang}.json`);
  writeFileSync(file, `${JSON.stringify(multilingualGoldenOf(c), null, 2)}\n`);
  process.stdout.write(`wrote ${file}\n`);
}
