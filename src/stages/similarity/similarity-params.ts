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
  /**
   * Scores of pairs in two different languages are multiplied by this: their
   * content words rarely meet, so the same story scores lower than it would
   * within one language, and one scale for all pairs needs lifting them.
   */
  readonly crossLingualBoost: number;
}

/**
 * Grid on semeval2022-dev (bench/similarity.ts --grid): the best weights sit
 * on a flat ridge (Pearson within 0.002 for words 0.2–0.4, names 0.2–0.3,
 * title 0.2–0.3), so round values in its middle were kept. The square root
 * (power 0.5) beat 0.3, 0.7 and 1 by 0.01–0.03. The boost of 1.2 for
 * cross-lingual pairs added 0.02 (1.5 and 2 over-shoot).
 */
export const SIMILARITY_DEFAULTS: SimilarityParams = Object.freeze({
  words: 0.3,
  names: 0.2,
  numbers: 0.1,
  title: 0.3,
  power: 0.5,
  crossLingualBoost: 1.2,
});
