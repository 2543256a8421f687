/** Text reuse: MinHash/LSH near-duplicate search and shared passages. */
export { estimateJaccard, jaccard, minhash, MINHASH_DEFAULTS, shingleSet, signatureOf, type MinHashParams, type MinHashSignature } from './minhash.js';
export { createLshState, LSH_DEFAULTS, loadLshState, lshInsert, lshQuery, optimalLshParams, serializeLshState, type LshParams, type LshState } from './lsh.js';
export { findReuse, prepareReuseText, REUSE_DEFAULTS, type PreparedText, type ReuseInput, type ReuseParams } from './passages.js';
export { CANDIDATE_DEFAULTS, reuseCandidates, type CandidateDoc, type CandidateParams } from './reuse-candidates.js';
