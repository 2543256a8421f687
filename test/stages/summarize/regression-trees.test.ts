/**
 * The reranker's tree learner: deterministic, fits what it is shown, and its
 * depth lets it capture an interaction a single split cannot.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitForest, leafValue, predictForest, type TreeOptions } from '../../../src/stages/summarize/regression-trees.js';

const STUMPS: TreeOptions = { trees: 60, depth: 1, rate: 0.5, minLeaf: 1, bins: 8, lambda: 0 };

test('trees: a step in one feature is learned, the other feature ignored', () => {
  const X: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 40; i++) {
    X.push([i % 10, (i * 7) % 5]);
    y.push(i % 10 >= 5 ? 2 : -1);
  }
  const f = fitForest(X, y, STUMPS);
  assert.ok(Math.abs(predictForest(f, [8, 0]) - 2) < 1e-6, `high side ${predictForest(f, [8, 0])}`);
  assert.ok(Math.abs(predictForest(f, [1, 4]) + 1) < 1e-6, `low side ${predictForest(f, [1, 4])}`);
  for (const t of f.trees) assert.ok(t.f[0] === 0 || t.f[0] === -1, 'every split on the informative feature');
});

test('trees: the same rows give the same forest', () => {
  const X = Array.from({ length: 200 }, (_, i) => [Math.sin(i), (i % 13) / 13, i % 3]);
  const y = X.map(([a, b, c]) => a * b + c);
  const o: TreeOptions = { trees: 20, depth: 3, rate: 0.1, minLeaf: 5, bins: 16, lambda: 1 };
  assert.deepEqual(fitForest(X, y, o), fitForest(X, y, o));
});

test('trees: depth 2 captures an interaction that stumps cannot', () => {
  const X: number[][] = [];
  const y: number[] = [];
  for (let a = 0; a < 10; a++) for (let b = 0; b < 10; b++) {
    X.push([a, b]);
    y.push(a >= 5 && b >= 5 ? 1 : 0);
  }
  const mse = (depth: number): number => {
    const f = fitForest(X, y, { ...STUMPS, depth, trees: 100, rate: 0.3 });
    return X.reduce((s, x, i) => s + (predictForest(f, x) - y[i]) ** 2, 0) / X.length;
  };
  assert.ok(mse(2) < 0.001, `depth 2: ${mse(2)}`);
  assert.ok(mse(1) > 0.01, `stumps: ${mse(1)}`);
});

test('trees: a leaf holds at least minLeaf rows; no rows, no trees', () => {
  const X = Array.from({ length: 30 }, (_, i) => [i]);
  const y = X.map(([v]) => (v === 0 ? 100 : 0));
  const f = fitForest(X, y, { trees: 1, depth: 4, rate: 1, minLeaf: 10, bins: 30, lambda: 0 });
  // The outlier cannot get a leaf of its own: it shares one with at least nine others.
  assert.ok(leafValue(f.trees[0], [0]) <= 100 / 10 + 1e-9, `leaf ${leafValue(f.trees[0], [0])}`);
  assert.deepEqual(fitForest([], [], STUMPS).trees, []);
});
