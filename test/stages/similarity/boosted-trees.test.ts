import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitBoostedTrees, quantileThresholds, treesSum, treeValue, type BoostingOptions, type TreeNode } from '../../../src/stages/similarity/boosted-trees.js';

/** A 20 × 20 grid on [0, 1)² with a third column that never varies. */
const GRID = Array.from({ length: 400 }, (_, i) => [(i % 20) / 20, Math.floor(i / 20) / 20, 7]);
/** A step in x0, a second step in x1 only where x0 is high (an interaction), and a constant. */
const target = (x: readonly number[]) => 1 + 2 * (x[0] >= 0.5 ? 1 : 0) + (x[0] >= 0.5 && x[1] >= 0.3 ? 1 : 0);
const OPTIONS: BoostingOptions = { trees: 150, depth: 2, shrinkage: 0.1, minLeaf: 10, bins: 20, leafPenalty: 1 };
const mse = (pred: readonly number[], y: readonly number[]) => pred.reduce((s, p, i) => s + (p - y[i]) ** 2, 0) / y.length;

/** Every node of a tree, splits and leaves. */
function nodes(t: TreeNode): TreeNode[] {
  return typeof t === 'number' ? [t] : [t, ...nodes(t[2]), ...nodes(t[3])];
}

test('a tree routes x[column] < threshold left, and trees add up', () => {
  const t: TreeNode = [0, 0.5, [1, 2, -1, -2], 3];
  assert.equal(treeValue(t, [0.4, 1]), -1);
  assert.equal(treeValue(t, [0.4, 2]), -2);
  assert.equal(treeValue(t, [0.5, 0]), 3);
  assert.equal(treesSum([t, 0.25], [0.9, 0]), 3.25);
  assert.equal(treesSum([], [0]), 0);
});

test('thresholds are the distinct quantiles of a column', () => {
  assert.deepEqual(quantileThresholds([5, 1, 4, 2, 3], 4), [2, 3, 4]);
  assert.deepEqual(quantileThresholds([0, 0, 0, 1], 2), [0]);
  assert.deepEqual(quantileThresholds([2, 2, 2], 8), [2]);
});

test('the trees learn a step function with an interaction from a start of 0, and leave the constant column alone', () => {
  const y = GRID.map(target);
  const init = GRID.map(() => 0);
  const trees = fitBoostedTrees(GRID, y, init, OPTIONS);
  assert.equal(trees.length, OPTIONS.trees);
  const pred = GRID.map((x) => treesSum(trees, x));
  assert.ok(mse(init, y) > 4, `${mse(init, y)}`);
  assert.ok(mse(pred, y) < 0.01, `${mse(pred, y)}`);
  // Points off the grid land on the right step too.
  assert.ok(Math.abs(treesSum(trees, [0.93, 0.61, 7]) - 4) < 0.1);
  assert.ok(Math.abs(treesSum(trees, [0.12, 0.61, 7]) - 1) < 0.1);
  for (const t of trees) for (const n of nodes(t)) if (typeof n !== 'number') assert.notEqual(n[0], 2, 'split on a constant column');
});

test('fitting is deterministic and starts from the given predictions', () => {
  const y = GRID.map(target);
  const init = GRID.map((x) => x[0]);
  const a = fitBoostedTrees(GRID, y, init, OPTIONS);
  const b = fitBoostedTrees(GRID, y, init, OPTIONS);
  assert.deepEqual(a, b);
  // Residuals already 0: every tree is a leaf of value 0.
  assert.deepEqual(fitBoostedTrees(GRID, y, y, { ...OPTIONS, trees: 3 }), [0, 0, 0]);
});

test('no leaf holds fewer than minLeaf training rows, and too few rows make one leaf', () => {
  const y = GRID.map(target);
  const minLeaf = 90;
  const trees = fitBoostedTrees(GRID, y, GRID.map(() => 0), { ...OPTIONS, trees: 20, minLeaf });
  const leafOf = (t: TreeNode, x: readonly number[]): string => (typeof t === 'number' ? '' : x[t[0]] < t[1] ? `L${leafOf(t[2], x)}` : `R${leafOf(t[3], x)}`);
  for (const t of trees) {
    const counts = new Map<string, number>();
    for (const x of GRID) counts.set(leafOf(t, x), (counts.get(leafOf(t, x)) ?? 0) + 1);
    for (const c of counts.values()) assert.ok(c >= minLeaf, `${[...counts]}`);
  }
  // Fewer than two leaves' worth of rows: the first tree is the shrunk mean residual.
  const few = fitBoostedTrees(GRID.slice(0, 10), [1, 1, 1, 1, 1, 3, 3, 3, 3, 3], new Array<number>(10).fill(0), { ...OPTIONS, trees: 1, minLeaf: 6, leafPenalty: 0 });
  assert.deepEqual(few, [0.1 * 2]);
});

test('only constant columns: the trees are leaves, each the shrunk mean of what is left', () => {
  const X = [[1, 2], [1, 2], [1, 2], [1, 2]];
  const trees = fitBoostedTrees(X, [1, 2, 3, 6], [0, 0, 0, 0], { ...OPTIONS, trees: 2, minLeaf: 1, shrinkage: 0.5, leafPenalty: 0 });
  assert.deepEqual(trees, [1.5, 0.75]);
});
