import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortKeyed, sortUint32 } from '../../../src/stages/compare/radix-sort.js';

function randomUint32s(seed: number, n: number, range: number): Uint32Array {
  let x = seed;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    // Both halves of the number vary (two radix passes), with repeats when the range is small.
    out[i] = range >= 2 ** 32 ? (x ^ Math.imul(x >>> 7, 2654435761)) >>> 0 : (x >>> 3) % range;
  }
  return out;
}

test('sortUint32 sorts as a typed array sorts, small and large, with repeats and across both digits', () => {
  for (const [n, range] of [[0, 10], [1, 10], [100, 7], [5000, 2 ** 32], [20_000, 70_000], [50_000, 300]] as const) {
    const keys = randomUint32s(n + 3, n, range);
    const expected = Uint32Array.from(keys).sort();
    assert.deepEqual([...sortUint32(Uint32Array.from(keys))], [...expected], `n ${n}, range ${range}`);
  }
});

test('sortKeyed is stable: equal keys keep their input order and their values', () => {
  for (const [n, range] of [[300, 20], [4000, 2 ** 32], [6000, 50], [40_000, 2 ** 32], [40_000, 100_000]] as const) {
    const keys = randomUint32s(n + 11, n, range);
    const values = Int32Array.from({ length: n }, (_, i) => i);
    // What a stable comparison sort gives.
    const order = [...values].sort((a, b) => keys[a]! - keys[b]! || a - b);
    const got = sortKeyed(Uint32Array.from(keys), Int32Array.from(values));
    assert.deepEqual([...got.values], order, `n ${n}, range ${range}`);
    assert.deepEqual([...got.keys], order.map((i) => keys[i]!));
  }
});
