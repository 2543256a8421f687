/** The summary stage: a short, cited, neutral account of a cluster of articles. */
export { summarizeCluster, countWords } from './summarize-cluster.js';
export { compressSentence } from './compress.js';
export { DEFAULT_WEIGHTS, type SelectWeights } from './select.js';
export * from './types.js';
