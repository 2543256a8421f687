/**
 * The regressions that fit the learned combination (scripts/fit-similarity.ts):
 * ridge regression, with columns standardised so one penalty suits signals
 * of different spreads, solved by Gaussian elimination (a few dozen columns),
 * weights returned in the columns' own units; and a monotone piecewise-linear
 * calibration of one variable.
 */

/** Weights and intercept of y ≈ intercept + Σ weights[c] × X[·][c]. */
export interface RidgeFit {
  readonly weights: number[];
  readonly intercept: number;
}

/** Solves A w = b in place (A square, symmetric positive definite here); partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r][c]) > Math.abs(A[p][c])) p = r;
    [A[c], A[p]] = [A[p], A[c]];
    [b[c], b[p]] = [b[p], b[c]];
    for (let r = c + 1; r < n; r++) {
      const f = A[r][c] / A[c][c];
      if (f === 0) continue;
      for (let k = c; k < n; k++) A[r][k] -= f * A[c][k];
      b[r] -= f * b[c];
    }
  }
  const w = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r];
    for (let k = r + 1; k < n; k++) s -= A[r][k] * w[k];
    w[r] = s / A[r][r];
  }
  return w;
}

/**
 * Ridge regression of y on the rows of X with penalty `lambda` on the
 * standardised columns. A constant column (a signal never absent, say) gets weight 0.
 * @example ridge([[0], [1], [2]], [1, 3, 5], 0) // { weights: [2], intercept: 1 }
 */
export function ridge(X: readonly (readonly number[])[], y: readonly number[], lambda: number): RidgeFit {
  const n = X.length;
  const p = X[0]?.length ?? 0;
  if (n === 0) return { weights: new Array<number>(p).fill(0), intercept: 0 };
  const my = y.reduce((s, v) => s + v, 0) / n;
  const mu = Array.from({ length: p }, (_, c) => X.reduce((s, r) => s + r[c], 0) / n);
  const sd = Array.from({ length: p }, (_, c) => Math.sqrt(X.reduce((s, r) => s + (r[c] - mu[c]) ** 2, 0) / n));
  const live = mu.map((_, c) => c).filter((c) => sd[c] > 1e-12);
  const z = X.map((r) => live.map((c) => (r[c] - mu[c]) / sd[c]));
  const A = live.map((_, a) => live.map((_, b) => z.reduce((s, r) => s + r[a] * r[b], 0) + (a === b ? lambda : 0)));
  const rhs = live.map((_, a) => z.reduce((s, r, i) => s + r[a] * (y[i] - my), 0));
  const wz = solve(A, rhs);
  const weights = new Array<number>(p).fill(0);
  live.forEach((c, a) => (weights[c] = wz[a] / sd[c]));
  const intercept = my - weights.reduce((s, w, c) => s + w * mu[c], 0);
  return { weights, intercept };
}

/**
 * Value at x of the piecewise-linear function through (knots[k], values[k]),
 * constant beyond the end knots.
 * @example piecewise(1.5, [1, 2], [0, 10]) // 5
 */
export function piecewise(x: number, knots: readonly number[], values: readonly number[]): number {
  if (x <= knots[0]) return values[0];
  for (let k = 1; k < knots.length; k++) {
    if (x <= knots[k]) return values[k - 1] + ((x - knots[k - 1]) / (knots[k] - knots[k - 1])) * (values[k] - values[k - 1]);
  }
  return values[values.length - 1];
}

/** Weights of each knot's tent at x (they sum to 1): `piecewise` is Σ weights × values. */
function tents(x: number, knots: readonly number[]): number[] {
  return knots.map((_, k) => {
    const one = new Array<number>(knots.length).fill(0);
    one[k] = 1;
    return piecewise(x, knots, one);
  });
}

/** Pool adjacent violators: the closest non-decreasing sequence (equal weights). */
function nonDecreasing(v: readonly number[]): number[] {
  const blocks: { mean: number; n: number }[] = [];
  for (const x of v) {
    blocks.push({ mean: x, n: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2].mean > blocks[blocks.length - 1].mean) {
      const b = blocks.pop()!;
      const a = blocks.pop()!;
      blocks.push({ mean: (a.mean * a.n + b.mean * b.n) / (a.n + b.n), n: a.n + b.n });
    }
  }
  return blocks.flatMap((b) => new Array<number>(b.n).fill(b.mean));
}

/**
 * Values at `knots` of the piecewise-linear function that fits y from x by
 * least squares, made non-decreasing (a calibration must keep the order).
 * @example monotoneCalibration([1, 2, 3], [1, 2, 3], [1, 3]) // [1, 3]
 */
export function monotoneCalibration(x: readonly number[], y: readonly number[], knots: readonly number[]): number[] {
  const rows = x.map((v) => tents(v, knots));
  // Least squares with a tiny ridge, so a knot no value reaches stays defined.
  const A = knots.map((_, a) => knots.map((_, b) => rows.reduce((s, r) => s + r[a] * r[b], 0) + (a === b ? 1e-6 : 0)));
  const rhs = knots.map((_, a) => rows.reduce((s, r, i) => s + r[a] * y[i], 0));
  return nonDecreasing(solve(A, rhs));
}

/** Pearson's correlation of two equally long series; 0 when either is constant (what the fit and the bench report). */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}
