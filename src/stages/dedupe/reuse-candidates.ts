/**
 * Cheap candidate pairs for `findReuse`: small batches (one story, a few
 * hundred articles) simply get every pair; large batches go through MinHash
 * over content words and a low-threshold LSH index, so rewrites and
 * translations (which share vocabulary but few exact phrases) still meet.
 */
import type { ArticleId } from '../../core/ids.js';
import { createLshState, lshInsert, lshQuery } from './lsh.js';
import { estimateJaccard, MINHASH_DEFAULTS, minhash, type MinHashParams, type MinHashSignature } from './minhash.js';

export interface CandidateParams {
  /** Up to this many documents, return all pairs (n² / 2 stays cheap for `findReuse`). */
  readonly allPairsMax: number;
  readonly minhash: MinHashParams;
  readonly bands: number;
  readonly rows: number;
  /** Candidates from LSH are kept when their estimated Jaccard reaches this. */
  readonly minEstimate: number;
}

/**
 * Defaults. 300: all pairs of 300 articles is 45k `findReuse` calls (~15 s at
 * ~0.3 ms), the most a single story should cost. Above that, content-word
 * unigrams (stemmed, stop-words out): on the example set related articles
 * share 0.18–0.41 of their vocabulary, translations included, while word
 * 5-shingles between a translation and its source are at 0.10 and between
 * different outlets ≈ 0.01. 51 bands × 2 rows is `optimalLshParams(0.15, 128)`:
 * a pair at J = 0.2 is a candidate with p ≈ 0.88, at J = 0.3 with p ≈ 0.99.
 * The estimate filter at 0.12 drops most band collisions below the threshold.
 */
export const CANDIDATE_DEFAULTS: CandidateParams = Object.freeze({
  allPairsMax: 300,
  minhash: Object.freeze({ ...MINHASH_DEFAULTS, shingleSize: 1, contentOnly: true }),
  bands: 51,
  rows: 2,
  minEstimate: 0.12,
});

export interface CandidateDoc {
  readonly id: ArticleId;
  readonly text: string;
}

/**
 * Pairs worth a `findReuse` call, each as [earlier, later] in input order,
 * sorted by the earlier document's position. Duplicate ids are ignored.
 * @example reuseCandidates([{ id: a, text }, { id: b, text: text2 }]) // [[a, b]]
 */
export function reuseCandidates(docs: readonly CandidateDoc[], params: Partial<CandidateParams> = {}): readonly (readonly [ArticleId, ArticleId])[] {
  const p = { ...CANDIDATE_DEFAULTS, ...params };
  const seen = new Set<string>();
  const unique = docs.filter((d) => !seen.has(d.id) && seen.add(d.id));
  const pairs: [ArticleId, ArticleId][] = [];
  if (unique.length <= p.allPairsMax) {
    for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) pairs.push([unique[i].id, unique[j].id]);
    return pairs;
  }
  const sigs = new Map<string, MinHashSignature>();
  const order = new Map<string, number>();
  let lsh = createLshState({ numPerm: p.minhash.numPerm, bands: p.bands, rows: p.rows });
  // A loop, not a callback made per call (V8 drops a dead closure's optimised code at each full GC).
  for (let i = 0; i < unique.length; i++) {
    const d = unique[i]!;
    const sig = minhash(d.text, p.minhash);
    sigs.set(d.id, sig);
    order.set(d.id, i);
    for (const other of lshQuery(lsh, sig)) {
      if (estimateJaccard(sig, sigs.get(other)!) >= p.minEstimate) pairs.push([other as ArticleId, d.id]);
    }
    lsh = lshInsert(lsh, d.id, sig);
  }
  return pairs.sort((x, y) => order.get(x[0])! - order.get(y[0])! || order.get(x[1])! - order.get(y[1])!);
}
