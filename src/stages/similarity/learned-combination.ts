/**
 * A learned combination of the pair components: one linear model per pair
 * class (one language, two languages in one script, two scripts) over the
 * square roots of the components, fitted by ridge regression to the human
 * "overall" rating of pairs/semeval2022-dev with `scripts/fit-similarity.ts`
 * (which writes the constants in learned-weights.ts and reports the
 * cross-validated Pearson). Each class has its own intercept, so the classes'
 * scores land on one scale: the rating's scale.
 */
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
] as const;
export type LearnedFeature = (typeof LEARNED_FEATURES)[number];

/** One class's linear model, in the rating's units (1 = same story … 4 = unrelated, negated: higher = closer). */
export interface LearnedClass {
  /** Predicted negated rating of a pair whose every column equals its chance level. */
  readonly intercept: number;
  /** Weight of √component. */
  readonly weights: Readonly<Record<LearnedFeature, number>>;
  /** Weight of "this component is absent" (no names in a Chinese text, no numbers). */
  readonly absent: Readonly<Record<LearnedFeature, number>>;
  /**
   * The linear value (without intercept) two unrelated texts of this class
   * reach on average on the data it was fitted on: the chance level used when
   * a batch has too few pairs of a language pair to measure its own.
   */
  readonly chance: number;
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
}

/**
 * The model's columns for a pair: √value (0 when absent), then one absent flag per component.
 * @example featureColumns({ words: 0.25, names: undefined, numbers: 0, title: 1, grams: 0, lead: 0 }).length // 22
 */
export function featureColumns(c: PairComponents): number[] {
  const values = LEARNED_FEATURES.map((k) => Math.sqrt(Math.max(0, c[k] ?? 0)));
  const absent = LEARNED_FEATURES.map((k) => (c[k] === undefined ? 1 : 0));
  return [...values, ...absent];
}

/**
 * The linear value of a pair's components without the intercept: what the
 * batch's chance level is subtracted from (a difference of linear values is
 * the model applied to the components less their chance levels).
 */
export function learnedValue(c: PairComponents, m: LearnedClass): number {
  const x = featureColumns(c);
  const n = LEARNED_FEATURES.length;
  let s = 0;
  for (let k = 0; k < n; k++) s += m.weights[LEARNED_FEATURES[k]] * x[k] + m.absent[LEARNED_FEATURES[k]] * x[n + k];
  return s;
}

/** Lowest and highest rating of the scale (SemEval 2022 task 8: 1 very similar … 4 very dissimilar). */
export const RATING_MIN = 1;
export const RATING_MAX = 4;

/**
 * The rating a pair's linear value predicts against the chance level it is
 * measured against, within the scale (clipping alone: 10-fold CV 0.7408 → 0.7437).
 * @example predictedRating(0, 0, { intercept: -2.5, … }) // 2.5
 */
export function predictedRating(value: number, chance: number, m: LearnedClass): number {
  return Math.min(RATING_MAX, Math.max(RATING_MIN, -(m.intercept + value - chance)));
}

/**
 * A score in [0, 1] from a pair's linear value and chance level: the
 * calibrated predicted rating mapped linearly, 1 (same story) → 1 and 4 (unrelated) → 0.
 * @example learnedScore(0, 0, model.same, model.calibration) // 0.5 if the calibration keeps 2.5
 */
export function learnedScore(value: number, chance: number, m: LearnedClass, calibration: Calibration): number {
  const rating = piecewise(predictedRating(value, chance, m), calibration.knots, calibration.values);
  return Math.min(1, Math.max(0, (RATING_MAX - rating) / (RATING_MAX - RATING_MIN)));
}
