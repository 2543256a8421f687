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
  const index = { vocab, terms, df, sentences: rows, postStart, postJs, postBoosts };
  textIndexes.set(sentences, index);
  return index;
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
  // IDF over the sentences of both texts; a term of both counts both texts' sentences.
  const toB = new Int32Array(ia.terms.length);
  const idfA = new Float64Array(ia.terms.length);
  const idfB = new Float64Array(ib.terms.length).fill(-1);
  for (let x = 0; x < ia.terms.length; x++) {
    const y = ib.vocab.get(ia.terms[x]!) ?? -1;
    toB[x] = y;
    idfA[x] = Math.log(1 + n / (ia.df[x]! + (y >= 0 ? ib.df[y]! : 0)));
    if (y >= 0) idfB[y] = idfA[x]!;
  }
  for (let y = 0; y < ib.terms.length; y++) if (idfB[y] === -1) idfB[y] = Math.log(1 + n / ib.df[y]!);
  const normsB = new Float64Array(ib.sentences.length);
  for (let j = 0; j < ib.sentences.length; j++) normsB[j] = norm(ib.sentences[j]!, idfB);
  const bestOfA: (SentencePair | undefined)[] = new Array(a.length).fill(undefined);
  const bestOfB: (SentencePair | undefined)[] = new Array(b.length).fill(undefined);
  const dot = new Float64Array(b.length);
  const shared = new Int32Array(b.length);
  // A typed array and a count: emptying an array by `length = 0` gives up its storage for every sentence.
  const touched = new Int32Array(b.length);
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
      const pair = { i, j, score };
      if (!bestOfA[i] || score > bestOfA[i]!.score) bestOfA[i] = pair;
      if (!bestOfB[j] || score > bestOfB[j]!.score) bestOfB[j] = pair;
    }
    nTouched = 0;
  }
  const seen = new Set<number>();
  const pairs: SentencePair[] = [];
  for (const p of [...bestOfA, ...bestOfB]) {
    if (!p || seen.has(p.i * b.length + p.j)) continue;
    seen.add(p.i * b.length + p.j);
    pairs.push(p);
  }
  return pairs.sort(byIThenJ);
}

function byIThenJ(x: SentencePair, y: SentencePair): number {
  return x.i - y.i || x.j - y.j;
}

function norm(s: { readonly ids: Int32Array; readonly boosts: Float64Array }, idf: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < s.ids.length; k++) sum += (s.boosts[k]! * idf[s.ids[k]!]!) ** 2;
  return Math.sqrt(sum);
}
