/**
 * Sentence-level alignment for rewrites and machine translations: two
 * sentences match when they share enough weighted content (stemmed content
 * words, numbers and capitalised names), whatever the wording around it.
 */
import { isNumberToken, isStopWord, lightStem, type WordTokens } from './text-tokens.js';
import type { TokenSentence } from './sentence-split.js';

/** One sentence's features: distinct terms and each term's boost. */
export interface SentenceTerms {
  readonly terms: ReadonlyMap<string, number>;
}

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

// Numbers and names survive translation and rewording almost untouched, and
// they are what makes two sentences about the same fact rather than the same topic.
const NUMBER_BOOST = 2;
const NAME_BOOST = 1.5;

// A word's term (null for a stop word) by word: a story's texts repeat most
// of their words (copies, rewrites), and stemming each occurrence anew was a
// tenth of preparing a text. Cleared when large; it never changes a result.
const TERM_CACHE_MAX = 100_000;
const termCache = new Map<string, string | null>();

function termOf(w: string): string | null {
  const cached = termCache.get(w);
  if (cached !== undefined) return cached;
  const term = isStopWord(w) || (w.length < 2 && !isNumberToken(w)) ? null : isNumberToken(w) ? w.replace(/,/g, '') : lightStem(w);
  if (termCache.size >= TERM_CACHE_MAX) termCache.clear();
  termCache.set(w, term);
  return term;
}

/**
 * Features of each sentence.
 * @example sentenceTerms(tokens, splitSentences(text, tokens))[0].terms.get('russia') // 1.5
 */
export function sentenceTerms(tokens: WordTokens, sentences: readonly TokenSentence[]): SentenceTerms[] {
  // Loops here and in textIndex, not callbacks: this runs per text, and a closure made per call keeps its
  // optimised code only while an instance lives (V8 compiled it again after every full collection).
  const out: SentenceTerms[] = [];
  for (const s of sentences) {
    const terms = new Map<string, number>();
    for (let t = s.firstToken; t < s.endToken; t++) {
      const w = tokens.words[t];
      const term = termOf(w);
      if (term === null) continue;
      const boost = isNumberToken(w) ? NUMBER_BOOST : tokens.capitalised[t] && t > s.firstToken ? NAME_BOOST : 1;
      terms.set(term, Math.max(terms.get(term) ?? 0, boost));
    }
    out.push({ terms });
  }
  return out;
}

/**
 * What one text contributes to every alignment it takes part in, computed
 * once per text: its terms numbered, each sentence as term numbers and boosts
 * (in the sentence's term order, so sums add up in the same order as before),
 * sentence counts per term and each term's sentences.
 */
interface TextIndex {
  readonly vocab: ReadonlyMap<string, number>;
  readonly terms: readonly string[];
  /** Each term's process-wide number (`termIds`), of numbering `generation`. */
  ids: Int32Array;
  generation: number;
  readonly df: Int32Array;
  readonly sentences: readonly { readonly ids: Int32Array; readonly boosts: Float64Array }[];
  /** Term t's sentences (ascending) and boosts are postJs/postBoosts[postStart[t] … postStart[t + 1]). */
  readonly postStart: Int32Array;
  readonly postJs: Int32Array;
  readonly postBoosts: Float64Array;
}

// Keyed by the sentence-terms array of a prepared text: a story aligns each
// text with many others, and re-counting and re-indexing it for every pair
// was most of the cost of a pair.
const textIndexes = new WeakMap<readonly SentenceTerms[], TextIndex>();

/** A sentence's row being filled by `addTerm`, and the text's vocabulary. */
interface TermRow {
  readonly vocab: Map<string, number>;
  readonly terms: string[];
  readonly dfList: number[];
  ids: Int32Array;
  boosts: Float64Array;
  k: number;
}

function addTerm(this: TermRow, boost: number, t: string): void {
  let id = this.vocab.get(t);
  if (id === undefined) {
    id = this.terms.length;
    this.vocab.set(t, id);
    this.terms.push(t);
    this.dfList.push(0);
  }
  this.dfList[id]!++;
  this.ids[this.k] = id;
  this.boosts[this.k++] = boost;
}

function textIndex(sentences: readonly SentenceTerms[]): TextIndex {
  const cached = textIndexes.get(sentences);
  if (cached) return cached;
  const vocab = new Map<string, number>();
  const terms: string[] = [];
  const dfList: number[] = [];
  let occurrences = 0;
  const rows: { ids: Int32Array; boosts: Float64Array }[] = [];
  const row: TermRow = { vocab, terms, dfList, ids: new Int32Array(0), boosts: new Float64Array(0), k: 0 };
  for (const s of sentences) {
    row.ids = new Int32Array(s.terms.size);
    row.boosts = new Float64Array(s.terms.size);
    row.k = 0;
    // forEach, not for-of over entries: no entry array per term; a module-level callback given its state as `this`.
    s.terms.forEach(addTerm, row);
    occurrences += row.k;
    rows.push({ ids: row.ids, boosts: row.boosts });
  }
  // Postings in flat arrays (a few hundred small arrays per text made most of the garbage).
  const df = Int32Array.from(dfList);
  const postStart = new Int32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) postStart[t + 1] = postStart[t]! + df[t]!;
  const cursor = postStart.slice(0, terms.length);
  const postJs = new Int32Array(occurrences);
  const postBoosts = new Float64Array(occurrences);
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j]!;
    for (let k = 0; k < r.ids.length; k++) {
      const at = cursor[r.ids[k]!]!++;
      postJs[at] = j;
      postBoosts[at] = r.boosts[k]!;
    }
  }
  const index: TextIndex = { vocab, terms, ids: new Int32Array(0), generation: -1, df, sentences: rows, postStart, postJs, postBoosts };
  textIndexes.set(sentences, index);
  return index;
}

// Terms numbered process-wide, so that a pair finds the terms of `a` among
// those of `b` by array slots, not by a string look-up per term and pair
// (some 1,400 pairs of ~700 terms in a 200-article story). Renumbered from
// scratch when large; a text index numbered before is numbered again on use.
const TERM_IDS_MAX = 1_000_000;
let termIds = new Map<string, number>();
let generation = 0;
/** Per process-wide term number: 1 + its index in the `b` text of the pair being aligned, else 0 (cleared after each pair). */
let slotInB = new Int32Array(1024);

/** Drops the process-wide term numbering (a process giving memory back; tests): text indexes are numbered again on use. */
export function clearTermNumbering(): void {
  termIds = new Map();
  generation++;
}

function numbered(index: TextIndex): Int32Array {
  if (index.generation === generation) return index.ids;
  if (termIds.size + index.terms.length > TERM_IDS_MAX) clearTermNumbering();
  const ids = new Int32Array(index.terms.length);
  for (let t = 0; t < ids.length; t++) {
    const term = index.terms[t]!;
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
    }
    ids[t] = id;
  }
  if (termIds.size > slotInB.length) {
    let size = slotInB.length;
    while (size < termIds.size) size *= 2;
    slotInB = new Int32Array(size);
  }
  index.ids = ids;
  index.generation = generation;
  return ids;
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
export function alignSentences(a: readonly SentenceTerms[], b: readonly SentenceTerms[], params: AlignParams): SentencePair[] {
  const ia = textIndex(a);
  const ib = textIndex(b);
  const n = a.length + b.length;
  const idsA = numbered(ia);
  const idsB = numbered(ib);
  const w = scratchFor(ia.terms.length, ib.terms.length, a.length, b.length);
  const slot = slotInB;
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
  for (let j = 0; j < ib.sentences.length; j++) normsB[j] = norm(ib.sentences[j]!, idfB);
  // Each side's best counterpart as numbers (-1: none yet), not a pair object per passing score.
  bestJ.fill(-1, 0, a.length);
  bestI.fill(-1, 0, b.length);
  let nTouched = 0;
  // A loop, not a callback: a closure made per call keeps its optimised code only while an instance lives,
  // so V8 compiled it again after every full garbage collection (many times a brief).
  for (let i = 0; i < ia.sentences.length; i++) {
    const s = ia.sentences[i]!;
    const na = norm(s, idfA);
    if (na === 0) continue;
    for (let k = 0; k < s.ids.length; k++) {
      const x = s.ids[k]!;
      const y = toB[x]!;
      if (y < 0) continue;
      const wa = s.boosts[k]! * idfA[x]!;
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
  for (let i = 0; i < a.length; i++) if (bestJ[i] !== -1) pairs.push({ i, j: bestJ[i]!, score: bestScoreA[i]! });
  let fromB = false;
  for (let j = 0; j < b.length; j++) {
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

function norm(s: { readonly ids: Int32Array; readonly boosts: Float64Array }, idf: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < s.ids.length; k++) sum += (s.boosts[k]! * idf[s.ids[k]!]!) ** 2;
  return Math.sqrt(sum);
}
