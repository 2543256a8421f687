import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import { reuseCandidates } from '../../../src/stages/dedupe/reuse-candidates.js';
import { loadExamples } from './example-articles.js';

const ex = loadExamples();
const fillers = Array.from({ length: 6 }, (_, i) => ({
  id: asArticleId(`a_filler${i}`),
  text: `Report ${i}: the ${['orchestra', 'harvest', 'marathon', 'museum', 'ferry', 'bakery'][i]} season opened with ${['concerts', 'tractors', 'runners', 'paintings', 'sailors', 'pastries'][i]} and local ${['violins', 'barley', 'medals', 'sculptures', 'harbours', 'ovens'][i]} drew crowds.`,
}));

test('small batches get all pairs, once each', () => {
  const pairs = reuseCandidates(ex);
  assert.equal(pairs.length, 10);
  assert.deepEqual(pairs[0], [ex[0].id, ex[1].id]);
  assert.equal(reuseCandidates([...ex, ex[0]]).length, 10);
});

test('large batches use MinHash/LSH: the example pairs that share text meet, unrelated filler does not', () => {
  const pairs = reuseCandidates([...ex, ...fillers], { allPairsMax: 2 });
  const has = (i: number, j: number) => pairs.some(([x, y]) => x === ex[i].id && y === ex[j].id);
  assert.ok(has(0, 1), '000/001');
  assert.ok(has(2, 4), '002/004');
  // Fillers share a template with each other, but nothing with the examples.
  const filler = (id: string) => id.startsWith('a_filler');
  for (const [x, y] of pairs) assert.equal(filler(x), filler(y), `${x}-${y}`);
  assert.ok(pairs.some(([x, y]) => filler(x) && filler(y)));
});
