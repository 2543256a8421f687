import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fnv1a32, sortedHas } from '../../../src/stages/dedupe/hash32.js';

test('sortedHas finds exactly the hashes a sorted array holds', () => {
  fc.assert(
    fc.property(fc.array(fc.string(), { maxLength: 60 }), fc.string(), (words, probe) => {
      const sorted = Uint32Array.from(words.map((w) => fnv1a32(w))).sort();
      const h = fnv1a32(probe);
      assert.equal(sortedHas(sorted, h), sorted.includes(h));
      for (const w of words) assert.equal(sortedHas(sorted, fnv1a32(w)), true);
    }),
  );
  assert.equal(sortedHas(new Uint32Array(0), 1), false);
});
