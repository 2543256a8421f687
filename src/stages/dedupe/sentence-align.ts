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

/**
 * Pairs (i in `a`, j in `b`) where each is the other's best match or the
 * better-than-threshold best of one side (translations split and join
 * sentences, so one sentence may align with two). Weights are IDF over the
 * sentences of both texts, so terms the whole pair repeats count for little.
 * @example alignSentences(aTerms, bTerms, { minCosine: 0.5, minSharedTerms: 4 })
 */
export function alignSentences(a: readonly SentenceTerms[], b: readonly SentenceTerms[], params: AlignParams): SentencePair[] {
  const df = new Map<string, number>();
  for (const s of [...a, ...b]) for (const t of s.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = a.length + b.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  const weight = (t: string, boost: number) => boost * (idf.get(t) ?? 0);
  const norm = (s: SentenceTerms) => {
    let sum = 0;
    for (const [t, boost] of s.terms) sum += weight(t, boost) ** 2;
    return Math.sqrt(sum);
  };
  const normsB = b.map(norm);
  const postings = new Map<string, number[]>();
  b.forEach((s, j) => {
    for (const t of s.terms.keys()) {
      const list = postings.get(t);
      if (list) list.push(j);
      else postings.set(t, [j]);
    }
  });
  const bestOfA: (SentencePair | undefined)[] = new Array(a.length).fill(undefined);
  const bestOfB: (SentencePair | undefined)[] = new Array(b.length).fill(undefined);
  a.forEach((s, i) => {
    const na = norm(s);
    if (na === 0) return;
    const dots = new Map<number, { dot: number; shared: number }>();
    for (const [t, boostA] of s.terms) {
      for (const j of postings.get(t) ?? []) {
        const acc = dots.get(j) ?? { dot: 0, shared: 0 };
        acc.dot += weight(t, boostA) * weight(t, b[j].terms.get(t) ?? 1);
        acc.shared++;
        dots.set(j, acc);
      }
    }
    for (const [j, { dot, shared }] of dots) {
      if (shared < params.minSharedTerms || normsB[j] === 0) continue;
      const score = dot / (na * normsB[j]);
      if (score < params.minCosine) continue;
      const pair = { i, j, score };
      if (!bestOfA[i] || score > bestOfA[i]!.score) bestOfA[i] = pair;
      if (!bestOfB[j] || score > bestOfB[j]!.score) bestOfB[j] = pair;
    }
  });
  const seen = new Set<string>();
  const pairs: SentencePair[] = [];
  for (const p of [...bestOfA, ...bestOfB]) {
    if (!p || seen.has(`${p.i}:${p.j}`)) continue;
    seen.add(`${p.i}:${p.j}`);
    pairs.push(p);
  }
  return pairs.sort((x, y) => x.i - y.i || x.j - y.j);
}
