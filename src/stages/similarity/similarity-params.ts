/**
 * Weights of the model-free story similarity, in one frozen object. Chosen
 * by a coarse grid on pairs/semeval2022-dev (bench/similarity.ts); see the
 * comments for why each value.
 */

export interface SimilarityParams {
  /** Weight of the content-word cosine (same-language evidence; cognates across languages). */
  readonly words: number;
  /** Weight of the name-key cosine (names survive translation and transliteration). */
  readonly names: number;
  /** Weight of the shared-numbers score (figures, years, dates survive translation). */
  readonly numbers: number;
  /** Weight of the title cosine (the headline names the event). */
  readonly title: number;
  /** Cosines are raised to this power: < 1 lifts the small overlaps that still mean "same story". */
  readonly power: number;
}

export const SIMILARITY_DEFAULTS: SimilarityParams = Object.freeze({
  words: 0.4,
  names: 0.3,
  numbers: 0.15,
  title: 0.15,
  power: 0.5,
});
