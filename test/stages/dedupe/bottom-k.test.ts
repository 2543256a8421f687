/**
 * Bottom-k sketches: the k smallest distinct values, and the Jaccard
 * estimate they give, checked against the exact Jaccard of random sets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bottomK, bottomKJaccard } from '../../../src/stages/dedupe/bottom-k.js';
import { seededRandom } from '../../../src/core/random.js';

test('bottomK keeps the k smallest distinct values, ascending', () => {
  assert.deepEqual([...bottomK(Uint32Array.of(9, 3, 3, 7, 1, 9), 3)], [1, 3, 7]);
  assert.deepEqual([...bottomK(Uint32Array.of(5, 5), 4)], [5]);
  assert.deepEqual([...bottomK(new Uint32Array(0), 4)], []);
});

test('bottomKJaccard: identical sets 1, disjoint 0, and near the exact Jaccard of random sets', () => {
  assert.equal(bottomKJaccard(Uint32Array.of(1, 2, 3), Uint32Array.of(1, 2, 3), 3), 1);
  assert.equal(bottomKJaccard(Uint32Array.of(1, 2), Uint32Array.of(3, 4), 2), 0);
  assert.equal(bottomKJaccard(new Uint32Array(0), new Uint32Array(0), 4), 0);
  const random = seededRandom(11);
  for (let t = 0; t < 20; t++) {
    const a = new Set<number>();
    const b = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = Math.floor(random() * 2 ** 32);
      const r = random();
      if (r < 0.4) a.add(v);
      else if (r < 0.8) b.add(v);
      else (a.add(v), b.add(v));
    }
    const exact = [...a].filter((v) => b.has(v)).length / new Set([...a, ...b]).size;
    const est = bottomKJaccard(bottomK(Uint32Array.from(a), 256), bottomK(Uint32Array.from(b), 256), 256);
    // Standard error √(J(1−J)/k) ≈ 0.025 at J = 0.2, k = 256: four of them.
    assert.ok(Math.abs(est - exact) < 0.1, `estimate ${est} against ${exact}`);
  }
});
