/**
 * B-cubed loss by class of error (bench/cluster-lib/loss-classes.ts): the classes sum to the whole loss, as the
 * shared scorer's per-article B-cubed defines it, and each predicted story or gold-story part is filed by what it holds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubedLossClasses, formatLossClasses } from '../../../bench/cluster-lib/loss-classes.js';

const story = (prefix: string, n: number, s: string) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, story: s }));
// Gold: A and B of 10 articles, C of 3, D of 2.
const gold = [...story('a', 10, 'A'), ...story('b', 10, 'B'), ...story('c', 3, 'C'), ...story('d', 2, 'D')];
// Predicted: A and B fused in x; C's first article in z with D's two; C's other two in w.
const predicted = [
  ...story('a', 10, 'x'),
  ...story('b', 10, 'x'),
  { id: 'c0', story: 'z' },
  { id: 'd0', story: 'z' },
  { id: 'd1', story: 'z' },
  { id: 'c1', story: 'w' },
  { id: 'c2', story: 'w' },
];

/** Per-article B-cubed, straight from its definition. */
function reference(): { p: number; r: number } {
  const g = new Map(gold.map((x) => [x.id, x.story]));
  const q = new Map(predicted.map((x) => [x.id, x.story]));
  let p = 0;
  let r = 0;
  for (const id of g.keys()) {
    const both = [...g.keys()].filter((o) => g.get(o) === g.get(id) && q.get(o) === q.get(id)).length;
    p += both / [...q.values()].filter((s) => s === q.get(id)).length;
    r += both / [...g.values()].filter((s) => s === g.get(id)).length;
  }
  return { p: p / g.size, r: r / g.size };
}

test('the classes sum to the B-cubed losses', () => {
  const c = bcubedLossClasses(gold, predicted);
  const ref = reference();
  assert.ok(Math.abs(c.precision - ref.p) < 1e-12);
  assert.ok(Math.abs(c.recall - ref.r) < 1e-12);
});

test('each predicted story and part is filed by what it holds', () => {
  const c = bcubedLossClasses(gold, predicted);
  const p = new Map(c.precisionLoss.map((k) => [k.name, k]));
  // x holds A and B (10 each): fused; loss 20 × (1 − 10/20) / 25.
  assert.ok(Math.abs(p.get('two or more gold stories fused')!.loss - (20 * 0.5) / 25) < 1e-12);
  // z holds one article of C and two of D, no story of 10: a small story of odd articles.
  assert.ok(Math.abs(p.get('a small story of odd articles')!.loss - (1 * (2 / 3) + 2 * (1 / 3)) / 25) < 1e-12);
  assert.equal(p.has('a few odd articles in a large story'), false);
  // C is split 2 (w, its largest part) + 1 (z, where D has more articles): that part went into another story.
  const r = new Map(c.recallLoss.map((k) => [k.name, k]));
  assert.ok(Math.abs(r.get("a part inside another gold story's story")!.loss - (2 * (1 / 3) + 1 * (2 / 3)) / 25) < 1e-12);
  assert.equal(r.get("a part inside another gold story's story")!.count, 1);
  assert.equal(r.has('a part on its own'), false);
});

test('strays in a large story, a part alone, and the printed lines', () => {
  const g = [...story('a', 10, 'A'), ...story('e', 2, 'E')];
  // e0 strays into A's story; e1 alone.
  const q = [...story('a', 10, 'x'), { id: 'e0', story: 'x' }, { id: 'e1', story: 'y' }];
  const c = bcubedLossClasses(g, q);
  assert.deepEqual(c.precisionLoss.map((k) => k.name), ['a few odd articles in a large story']);
  // E's parts are of one article each: the first story id (x) is its largest, y the other part, alone.
  assert.deepEqual(c.recallLoss.map((k) => k.name), ['a part on its own']);
  const text = formatLossClasses(c);
  assert.match(text, /^B-cubed F1 0\.\d{4} \(P 0\.\d{4}, R 0\.\d{4}\)/);
  assert.match(text, /precision 0\.\d{4} in 1 predicted stories: a few odd articles in a large story \(F1 without: 0\.\d{4}\)/);
});
