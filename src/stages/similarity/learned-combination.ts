/**
 * A learned combination of the pair components: one linear model per pair
 * class (one language, two languages in one script, two scripts) over the
 * components (√ of each cosine), each less its language pair's chance level
 * in the batch and over its spread there (so a column means "how far above
 * chance" in every language pair), fitted by ridge regression to the human
 * "overall" rating of pairs/semeval2022-dev with `scripts/fit-similarity.ts`
 * (which writes the constants in learned-weights.ts and reports the
 * cross-validated Pearson). Each class has its own intercept, so the classes'
 * scores land on one scale: the rating's scale.
 */
import { predictForest, type Forest } from '../../core/regression-trees.js';
import { piecewise } from './regression.js';
import type { PairComponents, PairKind } from './score-pair.js';

/** The components the model reads, in column order. */
export const LEARNED_FEATURES = [
  'words',
  'names',
  'numbers',
  'title',
  'grams',
  'lead',
  'leadWhole',
  'titleLead',
  'titleWhole',
  'bigNumbers',
  'titleNames',
  'sharedNames',
  'wordContainment',
  'gloss',
  'lengthRatio',
] as const;
export type LearnedFeature = (typeof LEARNED_FEATURES)[number];

/**
 * A language pair's chance level of each column (mean over unrelated pairs
 * of the batch) and, for the value columns, their spread there (standard deviation).
 */
export interface ChanceStats {
  readonly mean: readonly number[];
  readonly spread: readonly number[];
}

/** One class's linear model, in the rating's units (1 = same story … 4 = unrelated, negated: higher = closer). */
export interface LearnedClass {
  /** Predicted negated rating of a pair whose every column equals its chance level. */
  readonly intercept: number;
  /** Weight of each component's value column, standardised by its chance level and spread. */
  readonly weights: Readonly<Record<LearnedFeature, number>>;
  /** Weight of "this component is absent" (no names in a Chinese text, no numbers), less its chance rate. */
  readonly absent: Readonly<Record<LearnedFeature, number>>;
  /**
   * The chance statistics of this class on the data it was fitted on (means
   * over its pairs): used when a batch has too few pairs of a language pair to measure its own.
   */
  readonly chance: ChanceStats;
}

/**
 * Added to a column's chance spread before dividing by it: a language pair
 * whose unrelated pairs barely vary (no names ever met) must not blow up its
 * few chance meetings. 10-fold CV on dev: 0.02 → 0.7557, 0.05 → 0.7566,
 * 0.1 → 0.7564, 0.2 → 0.7553 (explored in numpy on the same columns).
 */
export const SPREAD_FLOOR = 0.1;

/**
 * The model's columns for a pair: each component's value (√ of a cosine,
 * log(1 + count) of the shared names, the length ratio's |ln| as it is; 0
 * when absent), then one absent flag per component.
 * @example featureColumns({ words: 0.25, names: undefined, numbers: 0, title: 1, grams: 0, lead: 0 }).length // 30
 */
export function featureColumns(c: PairComponents): number[] {
  const values = LEARNED_FEATURES.map((k) => (k === 'sharedNames' ? Math.log1p(c[k] ?? 0) : k === 'lengthRatio' ? (c[k] ?? 0) : Math.sqrt(Math.max(0, c[k] ?? 0))));
  const absent = LEARNED_FEATURES.map((k) => (c[k] === undefined ? 1 : 0));
  return [...values, ...absent];
}

/** Columns and their squares side by side: what a batch averages over unrelated pairs to get `chanceStats`. */
export function withSquares(x: readonly number[]): number[] {
  return [...x, ...x.map((v) => v * v)];
}

/**
 * Chance statistics from the mean of `withSquares` over a language pair's unrelated pairs.
 * @example chanceStats([0.5, 0.25 + 0.01]).spread // [0.1] (one column)
 */
export function chanceStats(meanWithSquares: readonly number[]): ChanceStats {
  const n = meanWithSquares.length / 2;
  const mean = meanWithSquares.slice(0, n);
  const values = LEARNED_FEATURES.length;
  const spread = mean.slice(0, values).map((m, c) => Math.sqrt(Math.max(0, meanWithSquares[n + c] - m * m)));
  return { mean, spread };
}

/**
 * Columns measured against the chance level: value columns as standard
 * scores (over the spread plus SPREAD_FLOOR), absent flags less their chance rate.
 */
export function standardised(x: readonly number[], chance: ChanceStats): number[] {
  const values = LEARNED_FEATURES.length;
  return x.map((v, c) => (c < values ? (v - chance.mean[c]) / (chance.spread[c] + SPREAD_FLOOR) : v - chance.mean[c]));
}

/**
 * A monotone piecewise-linear map of the predicted rating (all classes
 * pooled): the linear prediction is too far out at both ends (pairs it puts
 * at 1 or 4 are rated nearer the middle) and too flat between, and Pearson
 * over the pooled set rewards the right spacing (10-fold CV on dev 0.7437 →
 * 0.7490; a cubic 0.7493 but not monotone at 1; 5, 7, 10 knots 0.7488–0.7471).
 */
export interface Calibration {
  /** Predicted ratings, increasing. */
  readonly knots: readonly number[];
  /** Calibrated rating at each knot, non-decreasing. */
  readonly values: readonly number[];
}

export interface LearnedModel extends Readonly<Record<PairKind, LearnedClass>> {
  readonly calibration: Calibration;
  /**
   * Boosted trees fitted to the linear classes' residuals (the shared learner,
   * src/core/regression-trees.ts, with the linear prediction as each row's
   * initial one, so base 0), over `treeInputs`: their prediction is added to
   * the linear one before the clipping. Absent: the linear model alone.
   */
  readonly trees?: Forest;
}

/** The pair kinds in the order of their indicator columns in `treeInputs`. */
export const PAIR_KINDS: readonly PairKind[] = ['same', 'cross', 'crossScript'];

/**
 * What the trees read: the standardised columns, then one indicator per pair
 * kind (a tree may treat two-script pairs apart).
 * @example treeInputs([0.5, 1], 'cross') // [0.5, 1, 0, 1, 0]
 */
export function treeInputs(z: readonly number[], kind: PairKind): number[] {
  return [...z, ...PAIR_KINDS.map((k) => (k === kind ? 1 : 0))];
}

/**
 * The negated rating before clipping: the class's intercept plus its weighted
 * standard scores, plus the trees' prediction when given (higher = closer).
 */
export function closeness(x: readonly number[], chance: ChanceStats, m: LearnedClass, trees?: Forest, kind: PairKind = 'same'): number {
  const z = standardised(x, chance);
  const n = LEARNED_FEATURES.length;
  let s = m.intercept;
  for (let k = 0; k < n; k++) s += m.weights[LEARNED_FEATURES[k]] * z[k] + m.absent[LEARNED_FEATURES[k]] * z[n + k];
  return trees && trees.trees.length > 0 ? s + predictForest(trees, treeInputs(z, kind)) : s;
}

/** Lowest and highest rating of the scale (SemEval 2022 task 8: 1 very similar … 4 very dissimilar). */
export const RATING_MIN = 1;
export const RATING_MAX = 4;

/**
 * The rating a pair's columns predict against its language pair's chance
 * statistics (with the model's trees when given, for a pair of `kind`),
 * within the scale (clipping alone: 10-fold CV 0.7408 → 0.7437).
 */
export function predictedRating(x: readonly number[], chance: ChanceStats, m: LearnedClass, trees?: Forest, kind: PairKind = 'same'): number {
  return Math.min(RATING_MAX, Math.max(RATING_MIN, -closeness(x, chance, m, trees, kind)));
}

/**
 * A score in [0, 1] from a pair's columns and chance statistics: the
 * calibrated predicted rating mapped linearly, 1 (same story) → 1 and 4 (unrelated) → 0.
 * @example learnedScore(featureColumns(c), stats, LEARNED_MODEL.same, LEARNED_MODEL.calibration, LEARNED_MODEL.trees, 'same')
 */
export function learnedScore(x: readonly number[], chance: ChanceStats, m: LearnedClass, calibration: Calibration, trees?: Forest, kind: PairKind = 'same'): number {
  const rating = piecewise(predictedRating(x, chance, m, trees, kind), calibration.knots, calibration.values);
  return Math.min(1, Math.max(0, (RATING_MAX - rating) / (RATING_MAX - RATING_MIN)));
}
