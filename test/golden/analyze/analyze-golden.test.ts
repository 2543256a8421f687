import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExamples } from './examples.js';
import { goldenOf } from './golden-of.js';

// Regenerate after a reviewed change: node --import tsx scripts/regen-golden-analyze.ts
for (const { name, article } of loadExamples()) {
  test(`analyze golden ${name}: sentences, entities and quotes unchanged`, () => {
    const expected = JSON.parse(readFileSync(join(import.meta.dirname, name, 'expected.json'), 'utf8'));
    assert.deepEqual(goldenOf(article), expected);
  });
}
