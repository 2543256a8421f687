import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { estimateJaccard, jaccard, MINHASH_DEFAULTS, signatureOf } from '../../src/stages/dedupe/minhash.js';

// Sets built from a shared core plus private parts, so Jaccard spans [0, 1].
const setPair = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 }), { minLength: 0, maxLength: 120 }), fc.nat({ max: 120 }), fc.nat({ max: 120 }))
  .map(([core, extraA, extraB]) => {
    const a = new Set(core);
    const b = new Set(core);
    for (let i = 0; i < extraA; i++) a.add(-1 - i);
    for (let i = 0; i < extraB; i++) b.add(-100_000 - i);
    return [a, b] as const;
  })
  .filter(([a, b]) => a.size + b.size > 0);

test('MinHash estimate is within tolerance of exact Jaccard', () => {
  // 128 permutations: std error ≤ 0.045; 0.2 is > 4 sigma, so failures mean a bug.
  fc.assert(
    fc.property(setPair, ([a, b]) => {
      const est = estimateJaccard(signatureOf(a), signatureOf(b));
      assert.ok(Math.abs(est - jaccard(a, b)) <= 0.2, `est ${est} exact ${jaccard(a, b)}`);
    }),
    { numRuns: 150, seed: 42 },
  );
});

test('MinHash mean error over many pairs is small (estimator is unbiased)', () => {
  let sum = 0;
  let n = 0;
  fc.assert(
    fc.property(setPair, ([a, b]) => {
      sum += Math.abs(estimateJaccard(signatureOf(a), signatureOf(b)) - jaccard(a, b));
      n++;
    }),
    { numRuns: 200, seed: 7 },
  );
  assert.ok(sum / n < 0.05, `mean abs error ${sum / n}`);
});

test('signatures are symmetric in their inputs and order-independent', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 50 }), (xs) => {
      assert.deepEqual(signatureOf(new Set(xs)), signatureOf(new Set([...xs].reverse()), MINHASH_DEFAULTS));
    }),
    { numRuns: 50, seed: 1 },
  );
});
