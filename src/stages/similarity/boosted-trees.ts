/**
 * Small gradient-boosted regression trees (squared loss) that the learned
 * combination adds to its linear model (learned-combination.ts): the linear
 * model cannot say that a signal saturates, or that one matters more when
 * another is high (a name match in a long text, cross-script pairs leaning
 * on numbers); shallow trees fitted to its residuals can. Deterministic: no
 * sampling, candidate splits at fixed quantiles of each column, ties broken
 * by the lowest column and threshold. The fitted trees are plain nested
 * arrays, so a model is a table of constants (learned-weights.ts).
 */

/**
 * A tree: a leaf value, or [column, threshold, left, right] where rows with
 * x[column] < threshold go left.
 */
export type TreeNode = number | readonly [number, number, TreeNode, TreeNode];

/** How the trees are grown. */
export interface BoostingOptions {
  /** Number of trees. */
  readonly trees: number;
  /** Splits from the root to a leaf (2: each tree joins at most two columns). */
  readonly depth: number;
  /** Each tree's leaves are multiplied by this (small steps overfit less). */
  readonly shrinkage: number;
  /** Fewest training rows in a leaf. */
  readonly minLeaf: number;
  /** Candidate thresholds per column: its quantiles at 1/bins … (bins−1)/bins. */
  readonly bins: number;
  /** Added to a leaf's row count when its mean residual is taken (pulls small leaves to 0). */
  readonly leafPenalty: number;
}

/**
 * Value of one tree at x.
 * @example treeValue([0, 0.5, -1, 1], [0.7]) // 1
 */
export function treeValue(node: TreeNode, x: readonly number[]): number {
  let n = node;
  while (typeof n !== 'number') n = x[n[0]] < n[1] ? n[2] : n[3];
  return n;
}

/** Sum of the trees at x (what they add to the linear prediction). */
export function treesSum(trees: readonly TreeNode[], x: readonly number[]): number {
  let s = 0;
  for (const t of trees) s += treeValue(t, x);
  return s;
}

/**
 * Distinct quantiles of a column at 1/bins … (bins−1)/bins, linear
 * interpolation between order statistics (numpy's default).
 * @example quantileThresholds([1, 2, 3, 4, 5], 4) // [2, 3, 4]
 */
export function quantileThresholds(values: readonly number[], bins: number): number[] {
  const v = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (let k = 1; k < bins; k++) {
    const pos = (k / bins) * (v.length - 1);
    const lo = Math.floor(pos);
    const q = lo + 1 < v.length ? v[lo] + (pos - lo) * (v[lo + 1] - v[lo]) : v[lo];
    if (out.length === 0 || q > out[out.length - 1]) out.push(q);
  }
  return out;
}

/** Number of thresholds ≤ x: the bin of x (x < thresholds[b] for every bin ≤ b). */
function binOf(x: number, thresholds: readonly number[]): number {
  let lo = 0;
  let hi = thresholds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (thresholds[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Fits trees to y − init by squared loss: each tree to the residuals of
 * init plus the trees before it. Columns that never vary are never split on.
 * @example fitBoostedTrees([[0], [1], [2], [3]], [0, 0, 1, 1], [0, 0, 0, 0], { trees: 50, depth: 1, shrinkage: 0.5, minLeaf: 1, bins: 4, leafPenalty: 0 })
 */
export function fitBoostedTrees(X: readonly (readonly number[])[], y: readonly number[], init: readonly number[], o: BoostingOptions): TreeNode[] {
  const n = X.length;
  const p = X[0]?.length ?? 0;
  const thresholds = Array.from({ length: p }, (_, c) => quantileThresholds(X.map((r) => r[c]), o.bins));
  const width = Math.max(1, ...thresholds.map((t) => t.length + 1));
  const bin = X.map((r) => r.map((v, c) => binOf(v, thresholds[c])));
  const residual = y.map((v, i) => v - init[i]);
  const trees: TreeNode[] = [];
  const all = Array.from({ length: n }, (_, i) => i);
  for (let t = 0; t < o.trees; t++) {
    const tree = grow(all, 0);
    trees.push(tree);
    for (let i = 0; i < n; i++) residual[i] -= treeValue(tree, X[i]);
  }
  return trees;

  function grow(rows: readonly number[], depth: number): TreeNode {
    let total = 0;
    for (const i of rows) total += residual[i];
    const leaf = (o.shrinkage * total) / (rows.length + o.leafPenalty);
    if (depth >= o.depth || rows.length < 2 * o.minLeaf) return leaf;
    // Residual sums and counts per column and bin, then the best cut of each column's cumulative sums.
    const sums = new Float64Array(p * width);
    const counts = new Float64Array(p * width);
    for (const i of rows) {
      const b = bin[i];
      for (let c = 0; c < p; c++) {
        sums[c * width + b[c]] += residual[i];
        counts[c * width + b[c]]++;
      }
    }
    const parent = (total * total) / (rows.length + o.leafPenalty);
    let best = 1e-12;
    let bestColumn = -1;
    let bestBin = -1;
    for (let c = 0; c < p; c++) {
      let sl = 0;
      let nl = 0;
      for (let b = 0; b < thresholds[c].length; b++) {
        sl += sums[c * width + b];
        nl += counts[c * width + b];
        const nr = rows.length - nl;
        if (nl < o.minLeaf || nr < o.minLeaf) continue;
        const sr = total - sl;
        const gain = (sl * sl) / (nl + o.leafPenalty) + (sr * sr) / (nr + o.leafPenalty) - parent;
        if (gain > best) [best, bestColumn, bestBin] = [gain, c, b];
      }
    }
    if (bestColumn < 0) return leaf;
    const left = rows.filter((i) => bin[i][bestColumn] <= bestBin);
    const right = rows.filter((i) => bin[i][bestColumn] > bestBin);
    return [bestColumn, thresholds[bestColumn][bestBin], grow(left, depth + 1), grow(right, depth + 1)];
  }
}
