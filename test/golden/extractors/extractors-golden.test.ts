import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './fixtures.js';
import { analysisOf, goldenOf } from './golden-of.js';

// Regenerate after a reviewed change: node --import tsx scripts/regen-golden-extractors.ts
for (const f of FIXTURES) {
  const a = analysisOf(f);
  for (const x of f.extractors) {
    test(`${x} golden ${f.name} unchanged`, () => {
      const expected = JSON.parse(readFileSync(join(import.meta.dirname, f.name, `${x}.json`), 'utf8'));
      assert.deepEqual(goldenOf(f, a, x), expected);
    });
  }
}

test('every extractor has golden coverage', () => {
  const covered = new Set(FIXTURES.flatMap((f) => f.extractors));
  assert.deepEqual([...covered].sort(), ['dates', 'entities', 'figures', 'quotes', 'speakers']);
});
