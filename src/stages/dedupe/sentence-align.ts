/**
 * Sentence-level alignment for rewrites and machine translations: two
 * sentences match when they share enough weighted content (stemmed content
 * words, numbers and capitalised names), whatever the wording around it.
 */
import type { SentenceTerms } from './sentence-terms.js';
import { numbered, termSlots, textIndex, type TextIndex } from './text-index.js';

export { sentenceTerms, type SentenceTerms } from './sentence-terms.js';
export { clearTermNumbering } from './text-index.js';

/** An aligned sentence pair with its weighted cosine. */
export interface SentencePair {
  readonly i: number;
  readonly j: number;
  readonly score: number;
}

export interface AlignParams {
  /** Minimum weighted cosine for a pair. */
  readonly minCosine: number;
  /** Minimum number of shared terms, so two short sentences sharing "Biden" and "Putin" do not align. */
  readonly minSharedTerms: number;
}

/** log(1 + n / d) by d for the pair being aligned (n its sentences), each computed once: NaN until asked. */
let idfOfCount = new Float64Array(256);

function idfTable(n: number): Float64Array {
  if (idfOfCount.length <= n) idfOfCount = new Float64Array(2 * n + 1);
  idfOfCount.fill(NaN, 0, n + 1);
  return idfOfCount;
}

function idfOf(table: Float64Array, n: number, d: number): number {
  // d ≤ n: a term's count of sentences over both texts is at most their number.
  let v = table[d]!;
  if (v !== v) v = table[d] = Math.log(1 + n / d);
  return v;
}

/**
 * Pairs (i in `a`, j in `b`) where each is the other's best match or the
 * better-than-threshold best of one side (translations split and join
 * sentences, so one sentence may align with two). Weights are IDF over the
 * sentences of both texts, so terms the whole pair repeats count for little.
 * @example alignSentences(aTerms, bTerms, { minCosine: 0.5, minSharedTerms: 4 })
 */
export function alignSentences(a: SentenceTerms, b: SentenceTerms, params: AlignParams): SentencePair[] {
  const ia = textIndex(a);
  const ib = textIndex(b);
  const n = a.count + b.count;
  const idsA = numbered(ia);
  const idsB = numbered(ib);
  const w = scratchFor(ia.terms.length, ib.terms.length, a.count, b.count);
  const slot = termSlots();
  for (let y = 0; y < idsB.length; y++) slot[idsB[y]!] = y + 1;
  // IDF over the sentences of both texts; a term of both counts both texts' sentences.
  const table = idfTable(n);
  const { toB, idfA, idfB, normsB, dot, shared, touched, bestJ, bestScoreA, bestI, bestScoreB } = w;
  idfB.fill(-1, 0, ib.terms.length);
  for (let x = 0; x < ia.terms.length; x++) {
    const y = slot[idsA[x]!]! - 1;
    toB[x] = y;
    idfA[x] = idfOf(table, n, ia.df[x]! + (y >= 0 ? ib.df[y]! : 0));
    if (y >= 0) idfB[y] = idfA[x]!;
  }
  for (let y = 0; y < idsB.length; y++) slot[idsB[y]!] = 0;
  for (let y = 0; y < ib.terms.length; y++) if (idfB[y] === -1) idfB[y] = idfOf(table, n, ib.df[y]!);
  for (let j = 0; j < ib.count; j++) normsB[j] = norm(ib, j, idfB);
  // Each side's best counterpart as numbers (-1: none yet), not a pair object per passing score.
  bestJ.fill(-1, 0, a.count);
  bestI.fill(-1, 0, b.count);
  let nTouched = 0;
  // A loop, not a callback: a closure made per call keeps its optimised code only while an instance lives,
  // so V8 compiled it again after every full garbage collection (many times a brief).
  for (let i = 0; i < ia.count; i++) {
    const na = norm(ia, i, idfA);
    if (na === 0) continue;
    for (let k = ia.start[i]!, end = ia.start[i + 1]!; k < end; k++) {
      const x = ia.sentenceIds[k]!;
      const y = toB[x]!;
      if (y < 0) continue;
      const wa = ia.sentenceBoosts[k]! * idfA[x]!;
      const idf = idfB[y]!;
      for (let z = ib.postStart[y]!, end = ib.postStart[y + 1]!; z < end; z++) {
        const j = ib.postJs[z]!;
        if (shared[j] === 0) touched[nTouched++] = j;
        dot[j] += wa * (ib.postBoosts[z]! * idf);
        shared[j]++;
      }
    }
    // In first-touch order, as before: ties between equal scores keep the first.
    for (let t = 0; t < nTouched; t++) {
      const j = touched[t]!;
      const d = dot[j]!;
      const sh = shared[j]!;
      dot[j] = 0;
      shared[j] = 0;
      if (sh < params.minSharedTerms || normsB[j] === 0) continue;
      const score = d / (na * normsB[j]!);
      if (score < params.minCosine) continue;
      if (bestJ[i] === -1 || score > bestScoreA[i]!) {
        bestJ[i] = j;
        bestScoreA[i] = score;
      }
      if (bestI[j] === -1 || score > bestScoreB[j]!) {
        bestI[j] = i;
        bestScoreB[j] = score;
      }
    }
    nTouched = 0;
  }
  // Each sentence's best pair, once (a pair best on both sides is one pair), by i then j.
  const pairs: SentencePair[] = [];
  for (let i = 0; i < a.count; i++) if (bestJ[i] !== -1) pairs.push({ i, j: bestJ[i]!, score: bestScoreA[i]! });
  let fromB = false;
  for (let j = 0; j < b.count; j++) {
    const i = bestI[j]!;
    if (i === -1 || bestJ[i] === j) continue;
    pairs.push({ i, j, score: bestScoreB[j]! });
    fromB = true;
  }
  return fromB ? pairs.sort(byIThenJ) : pairs;
}

/** A pair's working arrays, kept between pairs (only the first entries of each are used). */
interface Scratch {
  toB: Int32Array;
  idfA: Float64Array;
  idfB: Float64Array;
  normsB: Float64Array;
  /** Per sentence of `b`: dot product and shared terms with the current sentence of `a` (zero between sentences). */
  dot: Float64Array;
  shared: Int32Array;
  touched: Int32Array;
  bestJ: Int32Array;
  bestScoreA: Float64Array;
  bestI: Int32Array;
  bestScoreB: Float64Array;
}

let scratch: Scratch = scratchOf(1024, 256);

function scratchOf(terms: number, sentences: number): Scratch {
  return {
    toB: new Int32Array(terms),
    idfA: new Float64Array(terms),
    idfB: new Float64Array(terms),
    normsB: new Float64Array(sentences),
    dot: new Float64Array(sentences),
    shared: new Int32Array(sentences),
    touched: new Int32Array(sentences),
    bestJ: new Int32Array(sentences),
    bestScoreA: new Float64Array(sentences),
    bestI: new Int32Array(sentences),
    bestScoreB: new Float64Array(sentences),
  };
}

function scratchFor(termsA: number, termsB: number, sentencesA: number, sentencesB: number): Scratch {
  const terms = Math.max(termsA, termsB);
  const sentences = Math.max(sentencesA, sentencesB);
  if (scratch.toB.length < terms || scratch.dot.length < sentences) scratch = scratchOf(Math.max(terms, scratch.toB.length), Math.max(sentences, scratch.dot.length));
  return scratch;
}

function byIThenJ(x: SentencePair, y: SentencePair): number {
  return x.i - y.i || x.j - y.j;
}

/** Norm of sentence `s` of `index` under `idf`. */
function norm(index: TextIndex, s: number, idf: Float64Array): number {
  let sum = 0;
  for (let k = index.start[s]!, end = index.start[s + 1]!; k < end; k++) sum += (index.sentenceBoosts[k]! * idf[index.sentenceIds[k]!]!) ** 2;
  return Math.sqrt(sum);
}
