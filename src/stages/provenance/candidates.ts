/**
 * Which pairs of a story's articles are worth comparing for shared text.
 * A small story gets every pair. A large one (a wire-driven event gathers
 * thousands of copies) cannot: its pairs grow as n², while what a reader needs
 * (each article's nearest relatives) grows as n. Each article keeps its few
 * nearest neighbours by bottom-k sketches of word 3-shingles (copies) and of
 * content words (rewrites), found through an inverted index of sketch values.
 */
import type { ArticleId } from '../../core/ids.js';
import { bottomK } from '../dedupe/bottom-k.js';
import { MINHASH_DEFAULTS, shingleHashesOfWords } from '../dedupe/minhash.js';
import { tokenizeWords } from '../dedupe/text-tokens.js';

export interface ProvenanceCandidateParams {
  /** Up to this many articles, every pair. */
  readonly allPairsMax: number;
  /** Sketch size: the k smallest shingle hashes of each article. */
  readonly sketch: number;
  /** Nearest neighbours kept per article by copied shingles / by content words. */
  readonly copyNeighbours: number;
  readonly wordNeighbours: number;
  /** Least shared sketch values for a neighbour (out of `sketch`). */
  readonly minShared: number;
}

/**
 * 40 articles is 780 pairs, well under a second of `findReuse`. Six copy
 * neighbours link every copy of a lineage into one tree even when some of the
 * nearest are its siblings; 3 word neighbours catch rewrites. 96-value sketches
 * see a copy that keeps a fifth of its source (≈ 19 shared values of 96 at
 * Jaccard 0.2) and skip pairs that share a stock phrase or two.
 */
export const PROVENANCE_CANDIDATE_DEFAULTS: ProvenanceCandidateParams = Object.freeze({
  allPairsMax: 40,
  sketch: 96,
  copyNeighbours: 6,
  wordNeighbours: 3,
  minShared: 4,
});

export interface CandidateText {
  readonly id: ArticleId;
  readonly text: string;
  /** The text's words as `tokenizeWords` gives them, when the caller has them already. */
  readonly words?: readonly string[];
}

/**
 * Candidate pairs as [earlier, later] by input position, sorted.
 * @example provenanceCandidates(docs).length <= docs.length * 9
 */
export function provenanceCandidates(docs: readonly CandidateText[], params: Partial<ProvenanceCandidateParams> = {}): [ArticleId, ArticleId][] {
  const p = { ...PROVENANCE_CANDIDATE_DEFAULTS, ...params };
  const n = docs.length;
  const keys = new Set<number>();
  if (n <= p.allPairsMax) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) keys.add(i * n + j);
  } else {
    const sketches = docs.map((d) => sketchesOf(d.words ?? tokenizeWords(d.text).words, p.sketch));
    const copy = sketches.map((s) => s.copy);
    const words = sketches.map((s) => s.words);
    for (const [i, j] of nearest(copy, p.copyNeighbours, p.minShared)) keys.add(Math.min(i, j) * n + Math.max(i, j));
    for (const [i, j] of nearest(words, p.wordNeighbours, p.minShared)) keys.add(Math.min(i, j) * n + Math.max(i, j));
  }
  return [...keys].sort((a, b) => a - b).map((k) => [docs[Math.floor(k / n)]!.id, docs[k % n]!.id]);
}

// By token array: a caller that keeps a text's tokens between briefs (the
// shared text's prepared texts) gets its sketches back without hashing again.
const sketchCache = new WeakMap<readonly string[], { readonly size: number; readonly copy: Uint32Array; readonly words: Uint32Array }>();

/** A text's copy (word 3-shingles) and content-word sketches. */
function sketchesOf(tokens: readonly string[], size: number): { readonly copy: Uint32Array; readonly words: Uint32Array } {
  const hit = sketchCache.get(tokens);
  if (hit !== undefined && hit.size === size) return hit;
  const copy = bottomK(shingleHashesOfWords(tokens, { ...MINHASH_DEFAULTS, shingleSize: 3, contentOnly: false }), size);
  const words = bottomK(shingleHashesOfWords(tokens, { ...MINHASH_DEFAULTS, shingleSize: 1, contentOnly: true }), size);
  const out = { size, copy, words };
  sketchCache.set(tokens, out);
  return out;
}

/** For each sketch, its `k` most-overlapping others (ties: earlier first). */
function nearest(sketches: readonly Uint32Array[], k: number, minShared: number): [number, number][] {
  const postings = new Map<number, number[]>();
  // Loops, not callbacks: a closure made per call keeps its optimised code only while an instance lives, so
  // V8 compiled these again after every full garbage collection (each brief).
  for (let i = 0; i < sketches.length; i++) {
    const s = sketches[i]!;
    for (const h of s) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  }
  const out: [number, number][] = [];
  const counts = new Int32Array(sketches.length);
  // A typed array and a count: emptying an array by `length = 0` gives up its storage for every sketch.
  const touched = new Int32Array(sketches.length);
  let nTouched = 0;
  const byCount = (a: number, b: number): number => counts[b]! - counts[a]! || a - b;
  for (let i = 0; i < sketches.length; i++) {
    const s = sketches[i]!;
    // Indexed loops: an iterator per posting list was most of this step's garbage.
    for (let x = 0; x < s.length; x++) {
      const list = postings.get(s[x]!)!;
      for (let y = 0; y < list.length; y++) {
        const j = list[y]!;
        if (j === i) continue;
        if (counts[j] === 0) touched[nTouched++] = j;
        counts[j]++;
      }
    }
    const best: number[] = [];
    for (let t = 0; t < nTouched; t++) if (counts[touched[t]!]! >= minShared) best.push(touched[t]!);
    best.sort(byCount);
    for (const j of best.slice(0, k)) out.push([i, j]);
    for (let t = 0; t < nTouched; t++) counts[touched[t]!] = 0;
    nTouched = 0;
  }
  return out;
}
