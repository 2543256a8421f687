/** Model-free story similarity of two texts in any of the supported languages. */
export { buildDocFreq, combineComponents, pairComponents, pairKind, storySimilarity, type DocFreq, type PairComponents, type PairKind } from './score-pair.js';
export { SIMILARITY_DEFAULTS, type SignalWeights, type SimilarityParams } from './similarity-params.js';
export { textFeatures, type TextFeatures } from './text-features.js';
export { nameKey, transliterate } from './transliterate.js';
export { isCrossLingual, pairBatchComponents, scorePairs, vectorCosine, type PairVectors, type TextPair } from './score-batch.js';
