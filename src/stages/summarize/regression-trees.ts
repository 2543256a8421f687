/**
 * Small gradient-boosted regression trees (squared loss) for the summary
 * reranker (rerank.ts): fitted offline by scripts/fit-summary-rerank.ts, the
 * fitted forest committed as constants (rerank-forest.ts). Deterministic —
 * features are cut at their quantiles, every split is searched exhaustively,
 * ties keep the first feature and cut — so the same rows give the same forest.
 * Kept here rather than shared with the similarity stage's learner so that the
 * committed forest's meaning does not change when that one is retuned.
 */

/**
 * One tree as parallel node arrays: node k splits on feature `f[k]` (−1 for a
 * leaf) at `t[k]` (x < t goes to `l[k]`, else `r[k]`); `v[k]` is its value.
 */
export interface Tree {
  readonly f: readonly number[];
  readonly t: readonly number[];
  readonly l: readonly number[];
  readonly r: readonly number[];
  readonly v: readonly number[];
}

/** Prediction = base + rate × the sum of the trees' leaf values. */
export interface Forest {
  readonly base: number;
  readonly rate: number;
  readonly trees: readonly Tree[];
}

export interface TreeOptions {
  readonly trees: number;
  readonly depth: number;
  /** Shrinkage of each tree's values. */
  readonly rate: number;
  /** Fewest rows a leaf may hold. */
  readonly minLeaf: number;
  /** Quantile cuts per feature (at most 255 bins). */
  readonly bins: number;
  /** Ridge penalty on a leaf's value (rows added to its denominator). */
  readonly lambda: number;
}

/** Distinct cut points at the feature's quantiles. */
function cutsOf(col: Float64Array, bins: number): number[] {
  const s = Float64Array.from(col).sort();
  const out: number[] = [];
  for (let b = 1; b < bins; b++) {
    const v = s[Math.floor((b * s.length) / bins)];
    if (out.length === 0 || v > out[out.length - 1]) out.push(v);
  }
  return out;
}

interface Growing { f: number[]; t: number[]; l: number[]; r: number[]; v: number[] }

/**
 * Fits a forest to rows `X` and targets `y`.
 * @example predictForest(fitForest([[0], [1], [2], [3]], [0, 0, 1, 1], { trees: 40, depth: 1, rate: 0.5, minLeaf: 1, bins: 4, lambda: 0 }), [3]) // ≈ 1
 */
export function fitForest(X: readonly (readonly number[])[], y: readonly number[], o: TreeOptions): Forest {
  const n = X.length;
  if (n === 0) return { base: 0, rate: o.rate, trees: [] };
  const d = X[0].length;
  const cuts: number[][] = [];
  const bin: Uint8Array[] = [];
  for (let j = 0; j < d; j++) {
    const col = Float64Array.from(X, (row) => row[j]);
    const c = cutsOf(col, Math.min(o.bins, 255));
    cuts.push(c);
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (k < c.length && col[i] >= c[k]) k++;
      b[i] = k;
    }
    bin.push(b);
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += y[i];
  const base = sum / n;
  const pred = new Float64Array(n).fill(base);
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

/** Grows the node holding rows `idx`; returns its index. */
function growNode(tree: Growing, idx: Int32Array, depth: number, g: Float64Array, bin: readonly Uint8Array[], cuts: readonly number[][], o: TreeOptions): number {
  const node = tree.f.length;
  tree.f.push(-1); tree.t.push(0); tree.l.push(-1); tree.r.push(-1); tree.v.push(0);
  let g0 = 0;
  for (const i of idx) g0 += g[i];
  const w0 = idx.length;
  tree.v[node] = g0 / (w0 + o.lambda);
  if (depth >= o.depth || idx.length < 2 * o.minLeaf) return node;
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

/** The value of the leaf `x` falls in. */
export function leafValue(t: Tree, x: readonly number[]): number {
  let k = 0;
  while (t.f[k] >= 0) k = x[t.f[k]] < t.t[k] ? t.l[k] : t.r[k];
  return t.v[k];
}

/** The forest's prediction for one row. */
export function predictForest(forest: Forest, x: readonly number[]): number {
  let s = forest.base;
  for (const t of forest.trees) s += forest.rate * leafValue(t, x);
  return s;
}
