/**
 * The one tree learner (similarity's residual trees, the summary reranker):
 * routing and prediction, quantile cuts, what it learns (a step, an
 * interaction), from the mean or from an initial prediction per row,
 * deterministic, leaf sizes and the ridge on leaf values.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitForest, leafValue, predictForest, quantileCuts, type Tree, type TreeOptions } from '../../src/core/regression-trees.js';

/** A 20 × 20 grid on [0, 1)² with a third column that never varies. */
const GRID = Array.from({ length: 400 }, (_, i) => [(i % 20) / 20, Math.floor(i / 20) / 20, 7]);
/** A step in x0, a second step in x1 only where x0 is high (an interaction), and a constant. */
const target = (x: readonly number[]) => 1 + 2 * (x[0] >= 0.5 ? 1 : 0) + (x[0] >= 0.5 && x[1] >= 0.3 ? 1 : 0);
const OPTIONS: TreeOptions = { trees: 150, depth: 2, rate: 0.1, minLeaf: 10, bins: 20, lambda: 1 };
const STUMPS: TreeOptions = { trees: 60, depth: 1, rate: 0.5, minLeaf: 1, bins: 8, lambda: 0 };
const mse = (pred: readonly number[], y: readonly number[]) => pred.reduce((s, p, i) => s + (p - y[i]) ** 2, 0) / y.length;
/** A tree of one leaf. */
const leaf = (v: number): Tree => ({ f: [-1], t: [0], l: [-1], r: [-1], v: [v] });
/** The path of `x` through a tree, as L/R. */
function pathOf(t: Tree, x: readonly number[]): string {
  let k = 0;
  let path = '';
  while (t.f[k] >= 0) {
    const left = x[t.f[k]] < t.t[k];
    path += left ? 'L' : 'R';
    k = left ? t.l[k] : t.r[k];
  }
  return path;
}

test('a tree routes x[feature] < threshold left; the forest is base + rate × the sum of its leaves', () => {
  // Root on x0 at 0.5; its left child on x1 at 2.
  const t: Tree = { f: [0, 1, -1, -1, -1], t: [0.5, 2, 0, 0, 0], l: [1, 2, -1, -1, -1], r: [4, 3, -1, -1, -1], v: [9, 9, -1, -2, 3] };
  assert.equal(leafValue(t, [0.4, 1]), -1);
  assert.equal(leafValue(t, [0.4, 2]), -2);
  assert.equal(leafValue(t, [0.5, 0]), 3);
  assert.equal(predictForest({ base: 1, rate: 0.5, trees: [t, leaf(0.5)] }, [0.9, 0]), 1 + 0.5 * 3.5);
  assert.equal(predictForest({ base: 0.25, rate: 0.1, trees: [] }, [0]), 0.25);
});

test('cuts are the distinct order statistics at ⌊b·n/bins⌋: values the feature takes', () => {
  assert.deepEqual(quantileCuts([5, 1, 4, 2, 3], 4), [2, 3, 4]);
  assert.deepEqual(quantileCuts([0, 0, 0, 1], 2), [0]);
  assert.deepEqual(quantileCuts([2, 2, 2], 8), [2]);
  // No interpolation: the median of two values is the upper one, not their mean.
  assert.deepEqual(quantileCuts([10, 0], 2), [10]);
});

test('from an initial prediction of 0, trees learn a step with an interaction and leave the constant column alone', () => {
  const y = GRID.map(target);
  const init = GRID.map(() => 0);
  const f = fitForest(GRID, y, OPTIONS, init);
  assert.equal(f.trees.length, OPTIONS.trees);
  assert.equal(f.base, 0, 'fitted on top of the given predictions');
  const pred = GRID.map((x) => predictForest(f, x));
  assert.ok(mse(init, y) > 4, `${mse(init, y)}`);
  assert.ok(mse(pred, y) < 0.01, `${mse(pred, y)}`);
  // Points off the grid land on the right step too.
  assert.ok(Math.abs(predictForest(f, [0.93, 0.61, 7]) - 4) < 0.1);
  assert.ok(Math.abs(predictForest(f, [0.12, 0.61, 7]) - 1) < 0.1);
  for (const t of f.trees) assert.ok(!t.f.includes(2), 'split on a constant column');
});

test('a step in one feature is learned from the mean, the other feature ignored', () => {
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 40; i++) {
    X.push([i % 10, (i * 7) % 5]);
    y.push(i % 10 >= 5 ? 2 : -1);
  }
  const f = fitForest(X, y, STUMPS);
  assert.equal(f.base, 0.5, 'the mean of y');
  assert.ok(Math.abs(predictForest(f, [8, 0]) - 2) < 1e-6, `high side ${predictForest(f, [8, 0])}`);
  assert.ok(Math.abs(predictForest(f, [1, 4]) + 1) < 1e-6, `low side ${predictForest(f, [1, 4])}`);
  for (const t of f.trees) assert.ok(t.f[0] === 0 || t.f[0] === -1, 'every split on the informative feature');
});

test('depth 2 captures an interaction that stumps cannot', () => {
  const X: number[][] = [];
  const y: number[] = [];
  for (let a = 0; a < 10; a++) for (let b = 0; b < 10; b++) {
    X.push([a, b]);
    y.push(a >= 5 && b >= 5 ? 1 : 0);
  }
  const err = (depth: number): number => {
    const f = fitForest(X, y, { ...STUMPS, depth, trees: 100, rate: 0.3 });
    return mse(X.map((x) => predictForest(f, x)), y);
  };
  assert.ok(err(2) < 0.001, `depth 2: ${err(2)}`);
  assert.ok(err(1) > 0.01, `stumps: ${err(1)}`);
});

test('fitting is deterministic; a start already at the target gives leaves of 0', () => {
  const X = Array.from({ length: 200 }, (_, i) => [Math.sin(i), (i % 13) / 13, i % 3]);
  const y = X.map(([a, b, c]) => a * b + c);
  const o: TreeOptions = { trees: 20, depth: 3, rate: 0.1, minLeaf: 5, bins: 16, lambda: 1 };
  assert.deepEqual(fitForest(X, y, o), fitForest(X, y, o));
  const init = GRID.map((x) => x[0]);
  assert.deepEqual(fitForest(GRID, GRID.map(target), OPTIONS, init), fitForest(GRID, GRID.map(target), OPTIONS, init));
  // Residuals already 0: every tree is a single leaf of value 0.
  assert.deepEqual(fitForest(X, y, { ...o, trees: 3 }, y), { base: 0, rate: 0.1, trees: [leaf(0), leaf(0), leaf(0)] });
});

test('no leaf holds fewer than minLeaf training rows; too few rows make one leaf, the ridge mean', () => {
  const y = GRID.map(target);
  const minLeaf = 90;
  const f = fitForest(GRID, y, { ...OPTIONS, trees: 20, minLeaf }, GRID.map(() => 0));
  for (const t of f.trees) {
    const counts = new Map<string, number>();
    for (const x of GRID) counts.set(pathOf(t, x), (counts.get(pathOf(t, x)) ?? 0) + 1);
    for (const c of counts.values()) assert.ok(c >= minLeaf, `${[...counts]}`);
  }
  // The outlier cannot get a leaf of its own: it shares one with at least nine others.
  const X = Array.from({ length: 30 }, (_, i) => [i]);
  const out = fitForest(X, X.map(([v]) => (v === 0 ? 100 : 0)), { trees: 1, depth: 4, rate: 1, minLeaf: 10, bins: 30, lambda: 0 });
  assert.ok(predictForest(out, [0]) <= 100 / 10 + 1e-9, `leaf ${predictForest(out, [0])}`);
  // Fewer than two leaves' worth of rows: one leaf, the residuals' sum over their count plus lambda.
  const few = [1, 1, 1, 1, 1, 3, 3, 3, 3, 3];
  assert.deepEqual(fitForest(GRID.slice(0, 10), few, { ...OPTIONS, trees: 1, minLeaf: 6, lambda: 0 }, new Array<number>(10).fill(0)).trees, [leaf(2)]);
  assert.deepEqual(fitForest(GRID.slice(0, 10), few, { ...OPTIONS, trees: 1, minLeaf: 6, lambda: 10 }, new Array<number>(10).fill(0)).trees, [leaf(1)]);
});

test('only constant columns: each tree is a leaf, the mean of what the trees before it left; no rows, no trees', () => {
  const X = [[1, 2], [1, 2], [1, 2], [1, 2]];
  const f = fitForest(X, [1, 2, 3, 6], { ...OPTIONS, trees: 2, minLeaf: 1, rate: 0.5, lambda: 0 }, [0, 0, 0, 0]);
  assert.deepEqual(f.trees, [leaf(3), leaf(1.5)]);
  assert.equal(predictForest(f, [1, 2]), 2.25);
  // From the mean instead: nothing is left for the trees.
  const m = fitForest(X, [1, 2, 3, 6], { ...OPTIONS, trees: 2, minLeaf: 1, rate: 0.5, lambda: 0 });
  assert.deepEqual(m, { base: 3, rate: 0.5, trees: [leaf(0), leaf(0)] });
  assert.deepEqual(fitForest([], [], STUMPS), { base: 0, rate: STUMPS.rate, trees: [] });
});
