import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLshState, loadLshState, lshInsert, lshQuery, serializeLshState } from '../../src/stages/dedupe/lsh.js';
import { jaccard, signatureOf } from '../../src/stages/dedupe/minhash.js';

test('LSH finds pairs well above its threshold with high probability', () => {
  let found = 0;
  let total = 0;
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 30 }), { minLength: 40, maxLength: 200 }), fc.double({ min: 0.75, max: 1, noNaN: true }), (core, share) => {
      // b keeps a `share` of a's elements plus new ones: Jaccard ≥ ~0.6.
      const keep = Math.ceil(core.length * share);
      const a = new Set(core);
      const b = new Set([...core.slice(0, keep), ...core.slice(keep).map((x) => -1 - x)]);
      if (jaccard(a, b) < 0.7) return;
      total++;
      const s = lshInsert(createLshState(), 'a', signatureOf(a));
      if (lshQuery(s, signatureOf(b)).includes('a')) found++;
    }),
    { numRuns: 150, seed: 3 },
  );
  // At J ≥ 0.7 the 25×5 scheme finds a pair with p ≥ 0.98.
  assert.ok(total > 20);
  assert.ok(found / total >= 0.9, `${found}/${total}`);
});

test('LSH rarely proposes pairs far below its threshold', () => {
  let proposed = 0;
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 30 }), { minLength: 60, maxLength: 200 }), (xs) => {
      const half = xs.length >> 1;
      const a = new Set(xs.slice(0, half + 5));
      const b = new Set(xs.slice(half)); // Jaccard ≈ 5 / n
      const s = lshInsert(createLshState(), 'a', signatureOf(a));
      if (lshQuery(s, signatureOf(b)).includes('a')) proposed++;
    }),
    { numRuns: 100, seed: 5 },
  );
  assert.ok(proposed <= 5, `${proposed} false candidates`);
});

test('serialise/load round-trip answers queries identically', () => {
  fc.assert(
    fc.property(fc.array(fc.uniqueArray(fc.nat(1000), { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 8 }), (sets) => {
      let s = createLshState();
      sets.forEach((xs, i) => (s = lshInsert(s, `d${i}`, signatureOf(new Set(xs)))));
      const loaded = loadLshState(serializeLshState(s));
      for (const xs of sets) assert.deepEqual(lshQuery(loaded, signatureOf(new Set(xs))), lshQuery(s, signatureOf(new Set(xs))));
      // Every inserted set finds itself.
      sets.forEach((xs, i) => assert.ok(lshQuery(s, signatureOf(new Set(xs))).includes(`d${i}`)));
    }),
    { numRuns: 40, seed: 9 },
  );
});
