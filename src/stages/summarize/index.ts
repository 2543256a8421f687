/**
 * The summary stage: a short, cited, neutral account of a cluster of articles.
 *
 * For the story brief: call `summarizeCluster({ articles })` with the story's
 * articles in a fixed order, each `{ title, text, sentences }` where
 * `sentences` are the analyze stage's sentence spans of that same `text` (so
 * no second split is made and offsets agree with the brief's other
 * citations); each citation's `article` is then an index into that array, to
 * be mapped back to the article id. Pure: no IO, no clock, deterministic.
 */
export { summarizeCluster, countWords } from './summarize-cluster.js';
export { compressSentence } from './compress.js';
export { DEFAULT_WEIGHTS, type SelectWeights } from './select.js';
export { DEFAULT_TERM_WEIGHTS, type TermWeights } from './term-stats.js';
export * from './types.js';
