/**
 * Shared passages between two articles: identical word runs (copied wire
 * text) and aligned sentences (rewrites, machine translations), with spans
 * into each article's `text` and the share of each text they cover.
 */
import type { ArticleId } from '../../core/ids.js';
import type { Reuse, SharedPassage, Span } from '../../core/types.js';
import { identicalRuns } from './identical-runs.js';
import { alignSentences, sentenceTerms, type SentencePair, type SentenceTerms } from './sentence-align.js';
import { splitSentences, type TokenSentence } from './sentence-split.js';
import { tokenizeWords, type WordTokens } from './text-tokens.js';

export interface ReuseParams {
  /** Shortest identical run reported, in words. */
  readonly minIdenticalWords: number;
  /** Minimum weighted cosine for two sentences to count as a paraphrase. */
  readonly minSentenceCosine: number;
  /** Minimum shared content terms for a paraphrase pair. */
  readonly minSharedTerms: number;
  /** A paraphrase pair whose `a` sentence is this much covered by identical runs is not reported again. */
  readonly identicalCoverSkip: number;
}

/**
 * Defaults. 8 words: shorter identical runs are mostly stock phrases ("the
 * sovereignty and territorial integrity of" is 6), while a copied wire sentence
 * ("The exact timing of the call was not disclosed.") is 8 or more. Cosine 0.45
 * with ≥ 4 shared terms: on the example translations (000↔001) matching
 * sentences score 0.5–0.9, while sentences of different articles about the same
 * event that merely share the actors stay below 0.4.
 */
export const REUSE_DEFAULTS: ReuseParams = Object.freeze({ minIdenticalWords: 8, minSentenceCosine: 0.45, minSharedTerms: 4, identicalCoverSkip: 0.8 });

/** Precomputed tokens and sentences of one text, to compare it with many. */
export interface PreparedText {
  readonly text: string;
  readonly tokens: WordTokens;
  readonly sentences: readonly TokenSentence[];
  readonly terms: SentenceTerms;
}

/** An article for `findReuse`; pass `prepared` when comparing one text to many. */
export interface ReuseInput {
  readonly id: ArticleId;
  readonly text: string;
  readonly prepared?: PreparedText;
}

/**
 * Tokenise and split once.
 * @example prepareReuseText('One. Two.').sentences.length // 2
 */
export function prepareReuseText(text: string, tokens: WordTokens = tokenizeWords(text)): PreparedText {
  const sentences = splitSentences(text, tokens);
  return { text, tokens, sentences, terms: sentenceTerms(tokens, sentences) };
}

function prepared(x: ReuseInput): PreparedText {
  return x.prepared && x.prepared.text === x.text ? x.prepared : prepareReuseText(x.text);
}

/** First token index whose start is ≥ pos (binary search). */
function tokenAt(tokens: WordTokens, pos: number): number {
  let lo = 0;
  let hi = tokens.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.starts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One flag per token, kept between pairs (a story compares ~1,400 pairs, each
 * marking both texts): `marks(n)` gives it cleared over the first n tokens.
 */
let tokenFlags = new Uint8Array(4096);

function marks(n: number): Uint8Array {
  if (tokenFlags.length < n) tokenFlags = new Uint8Array(Math.max(n, 2 * tokenFlags.length));
  tokenFlags.fill(0, 0, n);
  return tokenFlags;
}

function coverage(p: PreparedText, spans: readonly Span[]): number {
  const n = p.tokens.words.length;
  if (n === 0) return 0;
  const covered = marks(n);
  // Counted as they are first marked: the same count as summing the flags afterwards.
  let c = 0;
  for (const s of spans) {
    for (let t = tokenAt(p.tokens, s.start); t < n && p.tokens.ends[t] <= s.end; t++) {
      if (covered[t] === 0) {
        covered[t] = 1;
        c++;
      }
    }
  }
  return c / n;
}

/**
 * Merge aligned pairs whose sentences are consecutive on both sides into one
 * passage. The run being merged is kept in numbers, not an object per pair.
 */
function mergePairs(pa: PreparedText, pb: PreparedText, pairs: readonly SentencePair[]): SharedPassage[] {
  const out: SharedPassage[] = [];
  let open = false;
  let i0 = 0;
  let i1 = 0;
  let j0 = 0;
  let j1 = 0;
  let sum = 0;
  let n = 0;
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k]!;
    if (open && p.i >= i0 && p.i <= i1 + 1 && p.j >= j0 && p.j <= j1 + 1) {
      i1 = Math.max(i1, p.i);
      j1 = Math.max(j1, p.j);
      sum += p.score;
      n++;
    } else {
      if (open) out.push(passageOf(pa, pb, i0, i1, j0, j1, sum / n));
      open = true;
      i0 = i1 = p.i;
      j0 = j1 = p.j;
      sum = p.score;
      n = 1;
    }
  }
  if (open) out.push(passageOf(pa, pb, i0, i1, j0, j1, sum / n));
  return out;
}

function passageOf(pa: PreparedText, pb: PreparedText, i0: number, i1: number, j0: number, j1: number, mean: number): SharedPassage {
  const a = { start: pa.sentences[i0]!.start, end: pa.sentences[i1]!.end };
  const b = { start: pb.sentences[j0]!.start, end: pb.sentences[j1]!.end };
  return { a, b, kind: 'paraphrase', score: Math.min(1, mean) };
}

/**
 * Shared passages of two articles, or undefined when they share nothing
 * substantial. Passages are sorted by their position in `a`; an identical run
 * inside a paraphrased sentence is reported as both (coverage counts it once).
 * @example findReuse({ id: a, text: t1 }, { id: b, text: t2 })?.coverageA // 0.7
 */
export function findReuse(a: ReuseInput, b: ReuseInput, params: Partial<ReuseParams> = {}): Reuse | undefined {
  const opts = { ...REUSE_DEFAULTS, ...params };
  const pa = prepared(a);
  const pb = prepared(b);
  // Loops and module-level helpers rather than closures made per pair: a closure's optimised code lives only
  // while one of its instances does, so V8 compiled these again after every full garbage collection.
  const runs = identicalRuns(pa.tokens.words, pb.tokens.words, opts.minIdenticalWords);
  const identical: SharedPassage[] = [];
  for (const r of runs) {
    identical.push({
      a: { start: pa.tokens.starts[r.i], end: pa.tokens.ends[r.i + r.length - 1] },
      b: { start: pb.tokens.starts[r.j], end: pb.tokens.ends[r.j + r.length - 1] },
      kind: 'identical',
      score: 1,
    });
  }
  const nA = pa.tokens.words.length;
  const identicalA = marks(nA);
  for (const p of identical) for (let t = tokenAt(pa.tokens, p.a.start); t < nA && pa.tokens.ends[t] <= p.a.end; t++) identicalA[t] = 1;
  const aligned = alignSentences(pa.terms, pb.terms, { minCosine: opts.minSentenceCosine, minSharedTerms: opts.minSharedTerms });
  const pairs: SentencePair[] = [];
  // Read before `coverage` marks its own tokens in the same flags.
  for (const p of aligned) if (identicalShareOf(pa.sentences[p.i], identicalA) < opts.identicalCoverSkip) pairs.push(p);
  const passages = [...identical, ...mergePairs(pa, pb, pairs)].sort(byStartInAThenB);
  if (passages.length === 0) return undefined;
  return {
    a: a.id,
    b: b.id,
    coverageA: coverage(pa, sidesOf(passages, true)),
    coverageB: coverage(pb, sidesOf(passages, false)),
    passages,
  };
}

/** The share of a sentence's tokens inside identical runs. */
function identicalShareOf(s: TokenSentence, identicalA: Uint8Array): number {
  let c = 0;
  for (let t = s.firstToken; t < s.endToken; t++) c += identicalA[t];
  return c / Math.max(1, s.endToken - s.firstToken);
}

function byStartInAThenB(x: SharedPassage, y: SharedPassage): number {
  return x.a.start - y.a.start || x.b.start - y.b.start;
}

/** Each passage's span in `a` (or in `b`). */
function sidesOf(passages: readonly SharedPassage[], inA: boolean): Span[] {
  const out: Span[] = [];
  for (const p of passages) out.push(inA ? p.a : p.b);
  return out;
}
