/**
 * Small gradient-boosted regression trees (squared loss): the one learner of
 * the project. The similarity stage adds a forest to its linear model's
 * prediction (learned-combination.ts: saturation and interactions a linear
 * model cannot say); the summary reranker ranks whole summaries with one
 * (rerank.ts). Both are fitted offline by scripts (fit-similarity.ts,
 * fit-summary-rerank.ts) and committed as tables of constants, so a forest
 * is plain data. Deterministic — each feature is cut at its quantiles, every
 * split is searched exhaustively, ties keep the first feature and cut, no
 * sampling — so the same rows give the same forest, byte for byte.
 */

/**
 * One tree as parallel node arrays: node k splits on feature `f[k]` (−1 for a
 * leaf) at `t[k]` (x < t goes to `l[k]`, else `r[k]`); `v[k]` is its value
 * (the ridge mean of its rows' residuals; a split node keeps its own, unused).
 */
export interface Tree {
  readonly f: readonly number[];
  readonly t: readonly number[];
  readonly l: readonly number[];
  readonly r: readonly number[];
  readonly v: readonly number[];
}

/**
 * Prediction = base + rate × the sum of the trees' leaf values (+ the row's
 * initial prediction, when the forest was fitted on top of one: base is 0 then).
 */
export interface Forest {
  readonly base: number;
  readonly rate: number;
  readonly trees: readonly Tree[];
}

/** How the trees are grown. */
export interface TreeOptions {
  /** Number of trees. */
  readonly trees: number;
  /** Splits from the root to a leaf (2: each tree joins at most two features). */
  readonly depth: number;
  /** Shrinkage: each tree's values are multiplied by this (small steps overfit less). */
  readonly rate: number;
  /** Fewest rows a leaf may hold. */
  readonly minLeaf: number;
  /** Quantile cuts per feature (at most 255 bins). */
  readonly bins: number;
  /** Ridge penalty on a leaf's value: rows added to its count when its mean residual is taken (pulls small leaves to 0). */
  readonly lambda: number;
}

/**
 * Distinct cut points of a feature: its order statistics at ⌊b·n/bins⌋ for
 * b = 1 … bins−1 (no interpolation, so every cut is a value the feature takes).
 * @example quantileCuts([5, 1, 4, 2, 3], 4) // [2, 3, 4]
 */
export function quantileCuts(values: ArrayLike<number>, bins: number): number[] {
  const s = Float64Array.from(values).sort();
  const out: number[] = [];
  for (let b = 1; b < bins; b++) {
    const v = s[Math.floor((b * s.length) / bins)];
    if (out.length === 0 || v > out[out.length - 1]) out.push(v);
  }
  return out;
}

interface Growing { f: number[]; t: number[]; l: number[]; r: number[]; v: number[] }

/**
 * Fits a forest to rows `X` and targets `y`: each tree to the residuals of the
 * prediction before it. The first prediction is `init` per row when given
 * (the forest then says what to add to it: base 0), else the mean of `y`
 * (the forest's base). Features that never vary are never split on.
 * @example predictForest(fitForest([[0], [1], [2], [3]], [0, 0, 1, 1], { trees: 40, depth: 1, rate: 0.5, minLeaf: 1, bins: 4, lambda: 0 }), [3]) // ≈ 1
 */
export function fitForest(X: readonly (readonly number[])[], y: readonly number[], o: TreeOptions, init?: readonly number[]): Forest {
  const n = X.length;
  if (n === 0) return { base: 0, rate: o.rate, trees: [] };
  const d = X[0].length;
  const cuts: number[][] = [];
  const bin: Uint8Array[] = [];
  for (let j = 0; j < d; j++) {
    const col = Float64Array.from(X, (row) => row[j]);
    const c = quantileCuts(col, Math.min(o.bins, 255));
    cuts.push(c);
    // The bin of a value: how many cuts are ≤ it.
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (k < c.length && col[i] >= c[k]) k++;
      b[i] = k;
    }
    bin.push(b);
  }
  let base = 0;
  if (init === undefined) {
    for (let i = 0; i < n; i++) base += y[i];
    base /= n;
  }
  const pred = init === undefined ? new Float64Array(n).fill(base) : Float64Array.from(init);
  const trees: Tree[] = [];
  const g = new Float64Array(n);
  for (let m = 0; m < o.trees; m++) {
    for (let i = 0; i < n; i++) g[i] = y[i] - pred[i];
    const tree: Growing = { f: [], t: [], l: [], r: [], v: [] };
    growNode(tree, Int32Array.from({ length: n }, (_, i) => i), 0, g, bin, cuts, o);
    for (let i = 0; i < n; i++) pred[i] += o.rate * leafValue(tree, X[i]);
    trees.push(tree);
  }
  return { base, rate: o.rate, trees };
}

/** Grows the node holding rows `idx` (depth first, left before right); returns its index. */
function growNode(tree: Growing, idx: Int32Array, depth: number, g: Float64Array, bin: readonly Uint8Array[], cuts: readonly number[][], o: TreeOptions): number {
  const node = tree.f.length;
  tree.f.push(-1); tree.t.push(0); tree.l.push(-1); tree.r.push(-1); tree.v.push(0);
  let g0 = 0;
  for (const i of idx) g0 += g[i];
  const w0 = idx.length;
  tree.v[node] = g0 / (w0 + o.lambda);
  if (depth >= o.depth || idx.length < 2 * o.minLeaf) return node;
  // Residual sums and counts per bin of each feature, then the best cut of its cumulative sums.
  const parent = (g0 * g0) / (w0 + o.lambda);
  let bestGain = 1e-12;
  let bestJ = -1;
  let bestK = -1;
  for (let j = 0; j < cuts.length; j++) {
    const nb = cuts[j].length + 1;
    if (nb < 2) continue;
    const hg = new Float64Array(nb);
    const hc = new Int32Array(nb);
    const bj = bin[j];
    for (const i of idx) {
      hg[bj[i]] += g[i];
      hc[bj[i]]++;
    }
    let lg = 0;
    let lc = 0;
    for (let k = 0; k < nb - 1; k++) {
      lg += hg[k];
      lc += hc[k];
      const rc = w0 - lc;
      if (lc < o.minLeaf || rc < o.minLeaf) continue;
      const rg = g0 - lg;
      const gain = (lg * lg) / (lc + o.lambda) + (rg * rg) / (rc + o.lambda) - parent;
      if (gain > bestGain) {
        bestGain = gain;
        bestJ = j;
        bestK = k;
      }
    }
  }
  if (bestJ < 0) return node;
  const left: number[] = [];
  const right: number[] = [];
  for (const i of idx) (bin[bestJ][i] <= bestK ? left : right).push(i);
  tree.f[node] = bestJ;
  tree.t[node] = cuts[bestJ][bestK];
  tree.l[node] = growNode(tree, Int32Array.from(left), depth + 1, g, bin, cuts, o);
  tree.r[node] = growNode(tree, Int32Array.from(right), depth + 1, g, bin, cuts, o);
  return node;
}

/**
 * The value of the leaf `x` falls in (before the forest's rate).
 * @example leafValue({ f: [0, -1, -1], t: [0.5, 0, 0], l: [1, -1, -1], r: [2, -1, -1], v: [0, -1, 1] }, [0.7]) // 1
 */
export function leafValue(t: Tree, x: readonly number[]): number {
  let k = 0;
  while (t.f[k] >= 0) k = x[t.f[k]] < t.t[k] ? t.l[k] : t.r[k];
  return t.v[k];
}

/** The forest's prediction for one row (to be added to the row's initial prediction if it was fitted on one). */
export function predictForest(forest: Forest, x: readonly number[]): number {
  let s = forest.base;
  for (const t of forest.trees) s += forest.rate * leafValue(t, x);
  return s;
}
