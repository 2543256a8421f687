import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monotoneCalibration, pearson, piecewise, ridge } from '../../../src/stages/similarity/regression.js';

test('ridge without penalty recovers an exact linear relation in the columns\' own units', () => {
  const X = [[0, 1], [1, 0], [2, 5], [3, 2], [4, 4], [5, 1]];
  const y = X.map(([a, b]) => 1 + 2 * a - 0.5 * b);
  const { weights, intercept } = ridge(X, y, 0);
  assert.ok(Math.abs(weights[0] - 2) < 1e-9 && Math.abs(weights[1] + 0.5) < 1e-9, `${weights}`);
  assert.ok(Math.abs(intercept - 1) < 1e-9, `${intercept}`);
});

test('a constant column gets weight 0, and a penalty shrinks the weights towards 0', () => {
  const X = [[0, 7], [1, 7], [2, 7], [3, 7]];
  const y = [0, 2, 4, 6];
  const free = ridge(X, y, 0);
  assert.equal(free.weights[1], 0);
  assert.ok(Math.abs(free.weights[0] - 2) < 1e-9);
  const shrunk = ridge(X, y, 10);
  assert.ok(shrunk.weights[0] > 0 && shrunk.weights[0] < 2, `${shrunk.weights[0]}`);
  // The intercept keeps the prediction at the means.
  assert.ok(Math.abs(shrunk.intercept + shrunk.weights[0] * 1.5 - 3) < 1e-9);
  assert.deepEqual(ridge([], [], 1), { weights: [], intercept: 0 });
});

test('piecewise interpolates between knots and is constant beyond them', () => {
  assert.equal(piecewise(1.5, [1, 2], [0, 10]), 5);
  assert.equal(piecewise(0, [1, 2, 4], [3, 5, 6]), 3);
  assert.equal(piecewise(3, [1, 2, 4], [3, 5, 6]), 5.5);
  assert.equal(piecewise(9, [1, 2, 4], [3, 5, 6]), 6);
});

test('monotone calibration fits a piecewise-linear shape and never decreases', () => {
  const knots = [1, 2, 3, 4];
  const x = [1, 1.5, 2, 2.5, 3, 3.5, 4];
  const shape = (v: number) => piecewise(v, knots, [1, 1.5, 3.5, 4]);
  const fitted = monotoneCalibration(x, x.map(shape), knots);
  fitted.forEach((v, k) => assert.ok(Math.abs(v - [1, 1.5, 3.5, 4][k]) < 1e-4, `${fitted}`));
  // A decreasing relation is pooled into a flat one: order is kept, never reversed.
  const flat = monotoneCalibration(x, x.map((v) => 5 - v), knots);
  for (let k = 1; k < flat.length; k++) assert.ok(flat[k] >= flat[k - 1] - 1e-12, `${flat}`);
  assert.ok(Math.max(...flat) - Math.min(...flat) < 1e-6);
});

test('pearson: 1 for a line, -1 for a falling one, 0 when a series is constant', () => {
  assert.ok(Math.abs(pearson([1, 2, 3, 4], [3, 5, 7, 9]) - 1) < 1e-12);
  assert.ok(Math.abs(pearson([1, 2, 3, 4], [4, 3, 2, 1]) + 1) < 1e-12);
  assert.equal(pearson([1, 2, 3], [5, 5, 5]), 0);
  // Two series of which one is a noisy copy of the other: between 0 and 1.
  const r = pearson([1, 2, 3, 4, 5], [1.2, 1.9, 3.4, 3.8, 5.1]);
  assert.ok(r > 0.95 && r < 1);
});
