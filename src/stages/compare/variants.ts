/**
 * Variants of one text: a story that wires, aggregators and republishers
 * feed is mostly copies, edited copies and light rewrites of a few originals.
 * Each article is compared with the representatives found so far (a
 * bottom-k sketch of its word keys), joins the most similar one when most of
 * their words are shared, and its sentences are then aligned in order with
 * the representative's. An aligned sentence restates its counterpart: same
 * language, the same names and numbers (capitalised words by their first
 * four letters, digits as written), the same polarity and figure values, and most
 * of its words (Dice ≥ 0.8 over five-letter word keys). Claim matching then
 * treats it as another occurrence of the representative's statement instead
 * of a statement of its own, so the expensive per-statement work follows the
 * story's distinct content, not its number of articles; what a variant adds
 * or changes (another number, a new name, a negation, a rewritten sentence)
 * stays a statement of its own and is compared as before.
 */
import { bottomK, bottomKJaccard } from '../dedupe/bottom-k.js';
import { boundTables, wordsOfSentence } from './variant-words.js';

export interface VariantAlignment {
  /** Per article: the index of its representative, or -1 when it is one. Always lower than the article's own index. */
  readonly repOf: Int32Array;
  /** Per article: for each sentence, the index of the representative's sentence it restates, or -1. */
  readonly sentenceOf: readonly (Int32Array | undefined)[];
}

/**
 * What the alignment reads of an article (an `Analysis` is one): the brief's
 * helper thread is posted only this (brief-helper.ts).
 */
export interface VariantSource {
  readonly language: string;
  readonly sentences: readonly { readonly text: string; readonly start: number; readonly end: number }[];
  readonly figures: readonly { readonly start: number; readonly value: number }[];
}

/** Only what `alignVariants` reads of each article: what is posted to another thread to align them there. */
export function variantSources(analyses: readonly VariantSource[]): VariantSource[] {
  return analyses.map((a) => ({
    language: a.language,
    sentences: a.sentences.map((s) => ({ text: s.text, start: s.start, end: s.end })),
    figures: a.figures.map((f) => ({ start: f.start, value: f.value })),
  }));
}

/** Sketch size: a Jaccard estimate within about ±0.06 (one standard deviation) at 0.5. */
const SKETCH = 64;
/** Estimated Jaccard of two articles' word keys from which the later one is aligned with the earlier. */
const MIN_JACCARD = 0.5;
/** Dice of two sentences' word keys from which one restates the other (when names, numbers and polarity agree). */
const MIN_DICE = 0.8;
/** How far before / after the expected position a sentence's counterpart is looked for (reordered or dropped sentences). */
const BACK = 3;
const AHEAD = 8;

interface SentenceKeys {
  /** Sorted distinct word keys (process-wide numbers). */
  readonly keys: Int32Array;
  /** Names, numbers, polarity and figure values, as one string. */
  readonly anchors: string;
}

interface ArticleKeys {
  readonly sentences: readonly SentenceKeys[];
  readonly sketch: Uint32Array;
  readonly language: string;
}

/**
 * Groups the articles into variants of representatives (each the first of
 * its group in the given order) and aligns each variant's sentences with its
 * representative's.
 * @example alignVariants(analyses).sentenceOf[3]?.[0] // sentence of analyses[repOf[3]] that sentence 0 of article 3 restates
 */
export function alignVariants(analyses: readonly VariantSource[]): VariantAlignment {
  boundTables();
  const keys = new Keys();
  // Loops and module-level functions, not callbacks made per call: V8 drops a
  // dead closure's optimised code at each full GC and compiles it again next brief.
  const articles: ArticleKeys[] = [];
  for (let i = 0; i < analyses.length; i++) articles.push(articleKeys(analyses[i]!, i, keys));
  const repOf = new Int32Array(analyses.length).fill(-1);
  const sentenceOf: (Int32Array | undefined)[] = [];
  for (let i = 0; i < analyses.length; i++) sentenceOf.push(undefined);
  const reps: number[] = [];
  for (let i = 0; i < articles.length; i++) {
    const art = articles[i]!;
    let best = -1;
    let bestScore = MIN_JACCARD;
    for (const r of reps) {
      const rep = articles[r]!;
      if (rep.language !== art.language) continue;
      const score = bottomKJaccard(art.sketch, rep.sketch, SKETCH);
      if (score >= bestScore) {
        // Ties: the earlier representative.
        if (score > bestScore || best === -1) best = r;
        bestScore = score;
      }
    }
    const aligned = best >= 0 ? alignSentences(art.sentences, articles[best]!.sentences) : undefined;
    if (aligned === undefined) {
      reps.push(i);
      continue;
    }
    repOf[i] = best;
    sentenceOf[i] = aligned;
  }
  return { repOf, sentenceOf };
}

/**
 * Each sentence of `variant` → the sentence of `rep` it restates (-1 for
 * none), walking both in order; undefined when no sentence aligns.
 */
function alignSentences(variant: readonly SentenceKeys[], rep: readonly SentenceKeys[]): Int32Array | undefined {
  const out = new Int32Array(variant.length).fill(-1);
  const used = new Uint8Array(rep.length);
  let next = 0;
  let any = false;
  for (let i = 0; i < variant.length; i++) {
    const v = variant[i]!;
    let best = -1;
    let bestDice = MIN_DICE;
    const hi = Math.min(rep.length, next + AHEAD);
    for (let j = Math.max(0, next - BACK); j < hi; j++) {
      if (used[j] === 1 || rep[j]!.anchors !== v.anchors) continue;
      const d = keyDice(v.keys, rep[j]!.keys);
      if (d > bestDice || (d === bestDice && best === -1)) {
        best = j;
        bestDice = d;
      }
    }
    if (best < 0) continue;
    out[i] = best;
    used[best] = 1;
    any = true;
    next = Math.max(next, best + 1);
  }
  return any ? out : undefined;
}

/**
 * Word keys of one alignment: ids numbered in the order the call first meets
 * them (as the sketches hash them), so the result does not depend on what
 * other calls met before.
 */
class Keys {
  /** Per process-wide key number, this call's id plus one (0: not met yet). */
  private local = new Int32Array(1024);
  private next = 0;
  /** Per key id, the last article (plus one) that held it: an article's distinct keys without a set. */
  seen = new Int32Array(1024);
  /** By sentence text: copies repeat most sentences word for word. */
  readonly sentences = new Map<string, { keys: Int32Array; anchors: string }>();

  sentence(text: string): { keys: Int32Array; anchors: string } {
    let k = this.sentences.get(text);
    if (k === undefined) {
      const words = wordsOfSentence(text);
      // This call's numbers are given in word order, as the sketches need; the keys stay process-wide.
      for (let x = 0; x < words.globals.length; x++) this.id(words.globals[x]!);
      k = { keys: words.distinct, anchors: words.anchors };
      this.sentences.set(text, k);
    }
    return k;
  }

  /** This call's number of a process-wide key number already met. */
  localOf(global: number): number {
    return this.local[global]! - 1;
  }

  private id(global: number): number {
    if (global >= this.local.length) {
      let size = this.local.length * 2;
      while (size <= global) size *= 2;
      const grown = new Int32Array(size);
      grown.set(this.local);
      this.local = grown;
    }
    let id = this.local[global]! - 1;
    if (id < 0) {
      id = this.next++;
      this.local[global] = id + 1;
      if (id >= this.seen.length) {
        const grown = new Int32Array(this.seen.length * 2);
        grown.set(this.seen);
        this.seen = grown;
      }
    }
    return id;
  }
}

const byStart = (x: { readonly start: number }, y: { readonly start: number }): number => x.start - y.start;
const ascending = (x: number, y: number): number => x - y;

function articleKeys(a: VariantSource, article: number, keys: Keys): ArticleKeys {
  const figures = [...a.figures].sort(byStart);
  let f = 0;
  const all: number[] = [];
  const sentences: SentenceKeys[] = [];
  for (const s of a.sentences) {
    const words = keys.sentence(s.text);
    // Indexed, not for-of: an iterator result per key of 10,000 sentences was most of this step's garbage.
    const ks = words.keys;
    for (let x = 0; x < ks.length; x++) {
      // The sketch hashes this call's numbers (met in word order), as it always has.
      const id = keys.localOf(ks[x]!);
      if (keys.seen[id] !== article + 1) {
        keys.seen[id] = article + 1;
        all.push(id);
      }
    }
    // Figure values by position: a sentence's own, not its text's.
    while (f < figures.length && figures[f]!.start < s.start) f++;
    const values: number[] = [];
    for (let k = f; k < figures.length && figures[k]!.start < s.end; k++) values.push(figures[k]!.value);
    values.sort(ascending);
    sentences.push({ keys: words.keys, anchors: `${words.anchors}|${values.join(' ')}` });
  }
  const hashes = new Uint32Array(all.length);
  for (let x = 0; x < all.length; x++) hashes[x] = mix(all[x]!);
  return { sentences, sketch: bottomK(hashes, SKETCH), language: a.language };
}

/** A bijective 32-bit mixer (murmur3's finaliser): ids in any order hash evenly. */
function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Dice of two sorted id arrays. */
function keyDice(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * both) / (a.length + b.length);
}
