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
  /** The text's sketches (`candidateSketches`), when the caller has them already (kept from an earlier brief). */
  readonly sketches?: CandidateSketches;
}

/** A text's bottom-k sketches, ascending: of its word 3-shingles (copies) and of its content words (rewrites). */
export interface CandidateSketches {
  readonly copy: Uint32Array;
  readonly words: Uint32Array;
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
    const sketches = docs.map((d) => d.sketches ?? candidateSketches(d.words ?? tokenizeWords(d.text).words, p.sketch));
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

/**
 * A text's copy (word 3-shingles) and content-word sketches, from its words (`tokenizeWords`).
 * @example candidateSketches(tokenizeWords(text).words).copy.length <= 96
 */
export function candidateSketches(tokens: readonly string[], size = PROVENANCE_CANDIDATE_DEFAULTS.sketch): CandidateSketches {
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
  if (sketches.length <= TABLE_MAX && sketches.every(fitsTable)) return nearestByTable(sketches, postings, k, minShared);
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

/**
 * Up to this many sketches (of at most 255 values), the overlaps are counted
 * once per pair in one table (1 byte a pair: 4 MB at 2,048) from each value's
 * posting list, not once from each side: copies of one text share most sketch
 * values, so the lists are long and counting each pair twice was most of
 * this step.
 */
const TABLE_MAX = 2048;

function fitsTable(s: Uint32Array): boolean {
  return s.length <= 255;
}

/** `nearest` by the table: the same overlaps (each sketch's values are distinct), the same order. */
function nearestByTable(sketches: readonly Uint32Array[], postings: ReadonlyMap<number, readonly number[]>, k: number, minShared: number): [number, number][] {
  const n = sketches.length;
  if (k <= 0) return [];
  // shared[a * n + b], a < b: values the two sketches share. Lists hold ascending sketch numbers.
  const shared = new Uint8Array(n * n);
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      const row = list[x]! * n;
      for (let y = x + 1; y < list.length; y++) shared[row + list[y]!]!++;
    }
  }
  const out: [number, number][] = [];
  // The k best (most shared, then lowest number: a total order) by a bounded insertion, not a sort of every candidate.
  const best = new Int32Array(Math.max(0, k));
  const bestCount = new Int32Array(Math.max(0, k));
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const c = i < j ? shared[i * n + j]! : shared[j * n + i]!;
      // Only sketches sharing a value were candidates before; j ascending, so an equal count never goes before.
      if (c === 0 || c < minShared || (m === k && c <= bestCount[k - 1]!)) continue;
      let at = m === k ? k - 1 : m++;
      while (at > 0 && c > bestCount[at - 1]!) {
        best[at] = best[at - 1]!;
        bestCount[at] = bestCount[at - 1]!;
        at--;
      }
      best[at] = j;
      bestCount[at] = c;
    }
    for (let x = 0; x < m; x++) out.push([i, best[x]!]);
  }
  return out;
}
