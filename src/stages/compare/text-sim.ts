/**
 * Word-level similarity for comparing short texts across sources (quotes,
 * sentences). Translations and rewrites change function words and endings
 * ("Russia's actions" / "Russian moves", "expectation" / "expectations"),
 * so we compare stemmed content words, and give names and numbers more weight
 * because they survive translation best.
 */
import { isStopWord } from '../dedupe/text-tokens.js';
import { sharedWeight, walkedWeight } from './dense-bag.js';
import { cjkWords, hasCjk } from '../text-model/word-count.js';

/** A crude, language-agnostic stem: fold case and diacritics, keep a prefix. */
export function stem(word: string): string {
  const w = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s$/, '');
  return w.length > 5 ? w.slice(0, 5) : w;
}

export interface Bag {
  /** Stem → weight. */
  readonly weights: ReadonlyMap<string, number>;
  readonly total: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** What a matched word contributes, whatever its position: its key (null when skipped), and whether it is a number or capitalised. */
interface WordInfo {
  readonly key: string | null;
  readonly isNumber: boolean;
  readonly capitalised: boolean;
}

// By matched word: a story's sentences repeat most of their words, and
// stemming each occurrence anew was most of building the bags. Cleared when
// large; it never changes a result.
const WORD_CACHE_MAX = 100_000;
const wordInfos = new Map<string, WordInfo>();

function wordInfo(word: string): WordInfo {
  let info = wordInfos.get(word);
  if (info !== undefined) return info;
  const raw = word.replace(/[.,]+$/, '');
  const lower = raw.toLowerCase();
  const isNumber = /^\d/.test(raw);
  let key: string | null = null;
  if (!(isStopWord(lower) || isStopWord(lower.replace(/['’].*$/, '')))) {
    key = isNumber ? raw.replace(/[,.]/g, '') : stem(raw);
    if (key.length < 2 && !isNumber) key = null;
  }
  info = { key, isNumber, capitalised: /^\p{Lu}/u.test(raw) };
  if (wordInfos.size >= WORD_CACHE_MAX) wordInfos.clear();
  wordInfos.set(word, info);
  return info;
}

/** Letters and digits of every script (`[\p{L}\p{N}]`), by code point; ASCII directly, others cached. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const letterOrDigit = new Map<number, boolean>();
function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  let yes = letterOrDigit.get(cp);
  if (yes === undefined) {
    yes = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    if (letterOrDigit.size < 65_536) letterOrDigit.set(cp, yes);
  }
  return yes;
}
/** The inner characters `WORD` allows besides letters and digits: ' ’ . , - */
function isJoiner(cp: number): boolean {
  return cp === 39 || cp === 0x2019 || cp === 46 || cp === 44 || cp === 45;
}

/**
 * Content-word bag of a text; capitalised words and numbers weigh double.
 * Words are `WORD`'s matches, found by a scanner (no match array and iterator
 * result per word): from a letter or digit over letters, digits and joiners,
 * back to the last letter or digit.
 */
export function bagOf(text: string): Bag {
  const weights = new Map<string, number>();
  let total = 0;
  let first = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if (!isLetterOrDigit(cp)) {
      i += size;
      continue;
    }
    let end = i + size;
    let high = cp >= 0x3040;
    for (let j = end; j < n; ) {
      const c = text.codePointAt(j)!;
      const len = c > 0xffff ? 2 : 1;
      if (c >= 0x3040) high = true;
      if (isLetterOrDigit(c)) end = j + len;
      else if (!isJoiner(c)) break;
      j += len;
    }
    // A sentence's first word is capitalised by grammar, not because it is a name.
    const initial = first;
    first = false;
    const word = text.slice(i, end);
    i = end;
    // Chinese and Japanese write no spaces: a run's words as the segmenter finds them (a whole run was one "word").
    if (high && hasCjk(word)) {
      for (const part of cjkWords(word)) total += add(weights, wordInfo(part), false);
      continue;
    }
    total += add(weights, wordInfo(word), initial);
  }
  return { weights, total };
}

/** Adds a word's key once (capitalised words and numbers weigh double, but not as a sentence's first word); returns the weight added. */
function add(weights: Map<string, number>, info: WordInfo, initial: boolean): number {
  const key = info.key;
  if (key === null || weights.has(key)) return 0;
  const w = info.isNumber || (!initial && info.capitalised) ? 2 : 1;
  weights.set(key, w);
  return w;
}

/** Weighted Dice coefficient of two bags, in [0, 1]. */
export function dice(a: Bag, b: Bag): number {
  if (a.total === 0 || b.total === 0) return 0;
  // The shared weight summed in the smaller bag's order, over the bags' dense forms (built once per bag).
  const aSmall = a.weights.size <= b.weights.size;
  const shared = aSmall ? sharedWeight(a, b) : sharedWeight(b, a);
  return (2 * shared) / (a.total + b.total);
}

/** Share of the smaller bag found in the larger: a short quote inside a longer rendering. */
export function containment(a: Bag, b: Bag): number {
  if (a.total === 0 || b.total === 0) return 0;
  const aSmall = a.total <= b.total;
  const small = aSmall ? a : b;
  const large = aSmall ? b : a;
  return walkedWeight(small.weights, large.weights, true) / small.total;
}

/**
 * Re-weights bags by inverse document frequency over a set of texts (the
 * sentences of one story): words every source repeats ("Geneva" in a Geneva
 * story) say little about whether two sentences state the same thing.
 */
export function weightByRarity(bags: readonly Bag[]): Bag[] {
  const df = new Map<string, number>();
  for (const b of bags) for (const k of b.weights.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = bags.length;
  // Loops, not callbacks made per call (V8 drops a dead closure's optimised code at each full GC).
  const out: Bag[] = [];
  for (const b of bags) {
    const weights = new Map<string, number>();
    let total = 0;
    for (const [k, w] of b.weights) {
      const v = w * Math.log(1 + n / (df.get(k) ?? 1));
      weights.set(k, v);
      total += v;
    }
    out.push({ weights, total });
  }
  return out;
}
