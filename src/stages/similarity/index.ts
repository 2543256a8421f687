/** Model-free story similarity of two texts in any of the supported languages. */
export { allPairComponents, buildDocFreq, combineComponents, pairComponents, pairKind, storySimilarity, type DocFreq, type PairComponents, type PairKind } from './score-pair.js';
export { SIMILARITY_DEFAULTS, type SignalWeights, type SimilarityParams } from './similarity-params.js';
export { textFeatures, type TextFeatures } from './text-features.js';
export { nameKey, transliterate } from './transliterate.js';
export { batchFeatures, batchKinds, chanceMeans, isCrossLingual, pairBatchComponents, scoreFeaturePairs, scorePairs, withLanguages, vectorCosine, type PairVectors, type TextPair } from './score-batch.js';
export { chanceStats, closeness, featureColumns, LEARNED_FEATURES, learnedScore, PAIR_KINDS, predictedRating, treeInputs, RATING_MAX, RATING_MIN, SPREAD_FLOOR, standardised, withSquares, type Calibration, type ChanceStats, type LearnedClass, type LearnedFeature, type LearnedModel } from './learned-combination.js';
