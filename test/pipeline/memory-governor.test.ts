import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMemoryGovernor } from '../../src/pipeline/memory-governor.js';

test('past the soft limit a full collection is asked for, once every N checks', () => {
  const mem = createMemoryGovernor(0, 3);
  for (let i = 0; i < 7; i++) mem.check();
  assert.equal(mem.collections, 2);
});

test('below the soft limit nothing is collected', () => {
  const mem = createMemoryGovernor(Number.MAX_SAFE_INTEGER, 1);
  for (let i = 0; i < 10; i++) mem.check();
  assert.equal(mem.collections, 0);
});
