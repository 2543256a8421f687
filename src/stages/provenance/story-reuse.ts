/**
 * The shared text of a story: each text prepared once (tokens, sentences,
 * alignment terms), candidate pairs chosen by sketches (every pair of a small
 * story), and `findReuse` on each candidate pair. It reads only the texts, so
 * the pipeline can run it beside the rest of the brief (another thread), and
 * the pairs can be shared out between threads (`reuseCandidates`, then
 * `reuseOfPairs` on each thread, `mergeReuse`): the result is the same.
 */
import type { ArticleId } from '../../core/ids.js';
import type { Reuse } from '../../core/types.js';
import { findReuse, prepareReuseText, type PreparedText } from '../dedupe/passages.js';
import { tokenizeWords, type WordTokens } from '../dedupe/text-tokens.js';
import { candidateSketches, PROVENANCE_CANDIDATE_DEFAULTS, provenanceCandidates, type CandidateSketches } from './candidates.js';

/** One article's text, in story order. */
export interface ReuseText {
  readonly id: ArticleId;
  readonly text: string;
}

/**
 * Prepared texts kept between briefs on this thread, by article id (checked
 * against the text, so an edited article is prepared anew), least recently
 * used first. A story is briefed again when it gains an article: its other
 * articles' tokens, sentences, window and term indexes and sketches (the
 * last two hang on the prepared arrays) are then reused, not rebuilt.
 * Bounded by the characters of the texts kept (about 1,000 articles).
 */
const kept = new Map<ArticleId, PreparedText>();
let keptChars = 0;
/** The cache's bound in characters of text; a prepared text takes some 20 bytes a character with its indexes. */
export const KEPT_TEXT_CHARS = 4_000_000;

function keptOf(t: ReuseText): PreparedText | undefined {
  const hit = kept.get(t.id);
  if (hit === undefined) return undefined;
  kept.delete(t.id);
  if (hit.text === t.text) {
    kept.set(t.id, hit);
    return hit;
  }
  keptChars -= hit.text.length;
  return undefined;
}

function preparedOf(t: ReuseText, tokens?: WordTokens): PreparedText {
  const hit = keptOf(t);
  if (hit !== undefined) return hit;
  const p = prepareReuseText(t.text, tokens);
  if (t.text.length <= KEPT_TEXT_CHARS) {
    kept.set(t.id, p);
    keptChars += t.text.length;
    for (const [id, old] of kept) {
      if (keptChars <= KEPT_TEXT_CHARS) break;
      kept.delete(id);
      keptChars -= old.text.length;
    }
  }
  return p;
}

/** Drops the prepared texts kept between briefs (tests; a warm-up's; a process that must give memory back); returns how many. */
export function clearPreparedTexts(): number {
  const dropped = kept.size;
  kept.clear();
  keptChars = 0;
  return dropped;
}

/**
 * Texts prepared once each, on first use (a thread that compares only some pairs prepares only their texts).
 * `whole`: choosing the candidates prepares every text (a story briefed from nothing compares pairs of
 * all of them, and the prepared texts are kept for its next brief); else it only splits them into words,
 * and only the texts of pairs compared are prepared (a story whose earlier pairs are kept: kept-reuse.ts).
 */
export class PreparedTexts {
  private readonly prepared: (PreparedText | undefined)[];
  private readonly tokens: (WordTokens | undefined)[];
  private readonly sketched: (CandidateSketches | undefined)[];
  /** `given`: texts' sketches kept from an earlier brief (by index; undefined where not kept): those texts are not split into words for them. */
  constructor(
    readonly texts: readonly ReuseText[],
    private readonly whole = true,
    given?: readonly (CandidateSketches | undefined)[],
  ) {
    this.prepared = texts.map(() => undefined);
    this.tokens = texts.map(() => undefined);
    this.sketched = texts.map((_, i) => given?.[i]);
  }
  /** The text's sketches if given or computed (`sketches(i)` was asked), else undefined. */
  sketchesIfAny(i: number): CandidateSketches | undefined {
    return this.sketched[i];
  }
  /** The text's candidate sketches (`candidateSketches`). */
  sketches(i: number): CandidateSketches {
    return (this.sketched[i] ??= candidateSketches(this.words(i)));
  }
  get(i: number): { id: ArticleId; text: string; prepared: PreparedText } {
    const t = this.texts[i]!;
    const p = (this.prepared[i] ??= preparedOf(t, this.tokens[i]));
    return { id: t.id, text: t.text, prepared: p };
  }
  /** The text's words (`tokenizeWords`), for its sketches. */
  words(i: number): readonly string[] {
    if (this.whole) return this.get(i).prepared.tokens.words;
    const done = this.prepared[i] ?? keptOf(this.texts[i]!);
    if (done !== undefined) return (this.prepared[i] = done).tokens.words;
    return (this.tokens[i] ??= tokenizeWords(this.texts[i]!.text)).words;
  }
}

/**
 * The candidate pairs as text indexes, flat ([a0, b0, a1, b1, …]), in the order `storyReuse` compares them.
 * @example reuseCandidates(texts, new PreparedTexts(texts)).length / 2 // pairs
 */
export function reuseCandidates(texts: readonly ReuseText[], prepared: PreparedTexts): Int32Array {
  const index = new Map(texts.map((t, i) => [t.id as string, i]));
  // Up to `allPairsMax` texts every pair is compared: no sketches.
  const sketched = texts.length > PROVENANCE_CANDIDATE_DEFAULTS.allPairsMax;
  const pairs = provenanceCandidates(texts.map((t, i) => (sketched ? { id: t.id, text: t.text, sketches: prepared.sketches(i) } : { id: t.id, text: t.text, words: prepared.words(i) })));
  const out = new Int32Array(pairs.length * 2);
  pairs.forEach(([a, b], k) => {
    out[2 * k] = index.get(a)!;
    out[2 * k + 1] = index.get(b)!;
  });
  return out;
}

/** Pairs not to compare, by text indexes `a * n + b` (n: the story's texts). */
export interface KnownPairs {
  has(key: number): boolean;
}

/**
 * The results of the candidate pairs `known` holds, with their place among `pairs` (for `mergeReuse`).
 * @example mergeReuse([reuseOfPairs(pairs, prepared, next, known), knownResults(pairs, known, n)])
 */
export function knownResults(pairs: Int32Array, known: ReadonlyMap<number, Reuse | undefined>, n: number): IndexedReuse[] {
  const out: IndexedReuse[] = [];
  for (let k = 0; 2 * k < pairs.length; k++) {
    const r = known.get(pairs[2 * k]! * n + pairs[2 * k + 1]!);
    if (r !== undefined) out.push({ k, reuse: r });
  }
  return out;
}

/** A pair's shared text, with the pair's place in the candidate order. */
export interface IndexedReuse {
  readonly k: number;
  readonly reuse: Reuse;
}

/**
 * `findReuse` on the pairs `next()` hands out (pair numbers, until one past the last):
 * two threads drawing from one shared counter split the pairs between them.
 */
export function reuseOfPairs(pairs: Int32Array, prepared: PreparedTexts, next: () => number, known?: KnownPairs): IndexedReuse[] {
  const out: IndexedReuse[] = [];
  const n = prepared.texts.length;
  for (let k = next(); 2 * k < pairs.length; k = next()) {
    // A pair kept from an earlier brief (kept-reuse.ts): its result is added where the threads' results meet.
    if (known !== undefined && known.has(pairs[2 * k]! * n + pairs[2 * k + 1]!)) continue;
    const r = findReuse(prepared.get(pairs[2 * k]!), prepared.get(pairs[2 * k + 1]!));
    if (r) out.push({ k, reuse: r });
  }
  return out;
}

/** The pairs' results of every thread as `storyReuse` gives them: in candidate order, then most covered first (a stable sort). */
export function mergeReuse(parts: readonly (readonly IndexedReuse[])[]): Reuse[] {
  const all = parts.flat().sort(byCandidateOrder);
  return all.map(reuseOf).sort(mostCoveredFirst);
}

// Module-level, not closures made per call: V8 keeps a closure's optimised code only while an instance lives.
function byCandidateOrder(x: IndexedReuse, y: IndexedReuse): number {
  return x.k - y.k;
}

function reuseOf(r: IndexedReuse): Reuse {
  return r.reuse;
}

function mostCoveredFirst(x: Reuse, y: Reuse): number {
  return Math.max(y.coverageA, y.coverageB) - Math.max(x.coverageA, x.coverageB);
}

/**
 * Pairs of the story's articles that share text, most covered first.
 * @example storyReuse(members.map((m) => ({ id: m.article.id, text: m.article.text })))[0]?.coverageA
 */
export function storyReuse(texts: readonly ReuseText[]): Reuse[] {
  const prepared = new PreparedTexts(texts);
  const pairs = reuseCandidates(texts, prepared);
  let k = 0;
  return mergeReuse([reuseOfPairs(pairs, prepared, () => k++)]);
}
