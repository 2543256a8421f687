/**
 * Similarity of a batch of text pairs: features once per text, document
 * frequencies over the whole batch (the corpus statistics IDF needs), then
 * one score per pair, in input order.
 */
import { buildDocFreq, combineComponents, pairComponents, type PairComponents } from './score-pair.js';
import { SIMILARITY_DEFAULTS, type SimilarityParams } from './similarity-params.js';
import { textFeatures } from './text-features.js';

export interface TextPair {
  readonly id: string;
  readonly text1: string;
  readonly text2: string;
  /** ISO 639-1 codes; when both are given and differ, the cross-lingual boost applies. */
  readonly lang1?: string;
  readonly lang2?: string;
}

/** True when the pair is known to be in two languages. */
export function isCrossLingual(p: TextPair): boolean {
  return p.lang1 !== undefined && p.lang2 !== undefined && p.lang1.toLowerCase() !== p.lang2.toLowerCase();
}

/**
 * The components of every pair (for scoring, benchmarks and tuning).
 * @example pairBatchComponents([{ id: '1', text1: 'a', text2: 'b' }])[0].words // 0
 */
export function pairBatchComponents(pairs: readonly TextPair[]): PairComponents[] {
  const feats = pairs.map((p) => [textFeatures(p.text1), textFeatures(p.text2)] as const);
  const df = buildDocFreq(feats.flat());
  return feats.map(([a, b]) => pairComponents(a, b, df));
}

/**
 * One score in [0, 1] per pair, 1 = same story.
 * @example scorePairs([{ id: 'x', text1: 'Quake hits Chile', text2: 'Quake hits Chile' }]) // [{ id: 'x', score: 1 }]
 */
export function scorePairs(pairs: readonly TextPair[], params: SimilarityParams = SIMILARITY_DEFAULTS): { id: string; score: number }[] {
  return pairBatchComponents(pairs).map((c, i) => ({ id: pairs[i].id, score: +combineComponents(c, params, isCrossLingual(pairs[i])).toFixed(6) }));
}
