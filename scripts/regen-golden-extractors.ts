/**
 * Regenerates test/golden/extractors/<fixture>/<extractor>.json (quotes,
 * speakers, entities, figures, dates on the small texts of
 * test/golden/extractors/fixtures.ts) from the current analyzer.
 *
 *   node --import tsx scripts/regen-golden-extractors.ts
 *
 * Reviewing the diff: `git diff test/golden/extractors` — each file holds one
 * extractor's decisions with the surface text, so every changed line should be
 * a change you meant (a speaker now named, a qualifier now read). A change to
 * a line you did not aim at is a regression: fix the code, not the golden.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../test/golden/extractors/fixtures.js';
import { analysisOf, goldenOf } from '../test/golden/extractors/golden-of.js';

const root = join(import.meta.dirname, '..', 'test', 'golden', 'extractors');
for (const f of FIXTURES) {
  const dir = join(root, f.name);
  mkdirSync(dir, { recursive: true });
  const a = analysisOf(f);
  for (const x of f.extractors) {
    writeFileSync(join(dir, `${x}.json`), `${JSON.stringify(goldenOf(f, a, x), null, 2)}\n`);
    process.stdout.write(`wrote ${join(dir, `${x}.json`)}\n`);
  }
}
