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

/**
 * Features of each sentence.
 * @example sentenceTerms(tokens, splitSentences(text, tokens))[0].terms.get('russia') // 1.5
 */
export function sentenceTerms(tokens: WordTokens, sentences: readonly TokenSentence[]): SentenceTerms[] {
  return sentences.map((s) => {
    const terms = new Map<string, number>();
    for (let t = s.firstToken; t < s.endToken; t++) {
      const w = tokens.words[t];
      if (isStopWord(w) || (w.length < 2 && !isNumberToken(w))) continue;
      const num = isNumberToken(w);
      const term = num ? w.replace(/,/g, '') : lightStem(w);
      const boost = num ? NUMBER_BOOST : tokens.capitalised[t] && t > s.firstToken ? NAME_BOOST : 1;
      terms.set(term, Math.max(terms.get(term) ?? 0, boost));
    }
    return { terms };
  });
}

/** What one text contributes to every alignment it takes part in, computed once per text. */
interface TextIndex {
  /** Term → number of the text's sentences holding it. */
  readonly df: ReadonlyMap<string, number>;
  /** Term → the sentences holding it (ascending) and the term's boost in each. */
  readonly postings: ReadonlyMap<string, { readonly js: number[]; readonly boosts: number[] }>;
}

// Keyed by the sentence-terms array of a prepared text: a story aligns each
// text with many others, and re-counting and re-indexing it for every pair
// was most of the cost of a pair.
const textIndexes = new WeakMap<readonly SentenceTerms[], TextIndex>();

function textIndex(sentences: readonly SentenceTerms[]): TextIndex {
  const cached = textIndexes.get(sentences);
  if (cached) return cached;
  const df = new Map<string, number>();
  const postings = new Map<string, { js: number[]; boosts: number[] }>();
  sentences.forEach((s, j) => {
    for (const [t, boost] of s.terms) {
      df.set(t, (df.get(t) ?? 0) + 1);
      const p = postings.get(t);
      if (p) {
        p.js.push(j);
        p.boosts.push(boost);
      } else postings.set(t, { js: [j], boosts: [boost] });
    }
  });
  const index = { df, postings };
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
  const idf = new Map<string, number>();
  for (const [t, d] of ia.df) idf.set(t, Math.log(1 + n / (d + (ib.df.get(t) ?? 0))));
  for (const [t, d] of ib.df) if (!ia.df.has(t)) idf.set(t, Math.log(1 + n / d));
  const weight = (t: string, boost: number) => boost * (idf.get(t) ?? 0);
  const norm = (s: SentenceTerms) => {
    let sum = 0;
    for (const [t, boost] of s.terms) sum += weight(t, boost) ** 2;
    return Math.sqrt(sum);
  };
  const normsB = b.map(norm);
  const bestOfA: (SentencePair | undefined)[] = new Array(a.length).fill(undefined);
  const bestOfB: (SentencePair | undefined)[] = new Array(b.length).fill(undefined);
  const dot = new Float64Array(b.length);
  const shared = new Int32Array(b.length);
  const touched: number[] = [];
  a.forEach((s, i) => {
    const na = norm(s);
    if (na === 0) return;
    for (const [t, boostA] of s.terms) {
      const p = ib.postings.get(t);
      if (!p) continue;
      const wa = weight(t, boostA);
      for (let x = 0; x < p.js.length; x++) {
        const j = p.js[x]!;
        if (shared[j] === 0) touched.push(j);
        dot[j] += wa * weight(t, p.boosts[x]!);
        shared[j]++;
      }
    }
    // In first-touch order, as before: ties between equal scores keep the first.
    for (const j of touched) {
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
    touched.length = 0;
  });
  const seen = new Set<number>();
  const pairs: SentencePair[] = [];
  for (const p of [...bestOfA, ...bestOfB]) {
    if (!p || seen.has(p.i * b.length + p.j)) continue;
    seen.add(p.i * b.length + p.j);
    pairs.push(p);
  }
  return pairs.sort((x, y) => x.i - y.i || x.j - y.j);
}
