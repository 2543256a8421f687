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
import type { Analysis, EntityMention, Quote } from '../../core/types.js';
import { bottomK, bottomKJaccard } from '../dedupe/bottom-k.js';

export interface VariantAlignment {
  /** Per article: the index of its representative, or -1 when it is one. Always lower than the article's own index. */
  readonly repOf: Int32Array;
  /** Per article: for each sentence, the index of the representative's sentence it restates, or -1. */
  readonly sentenceOf: readonly (Int32Array | undefined)[];
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
export function alignVariants(analyses: readonly Analysis[]): VariantAlignment {
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

/** Letters and digits of every script; ASCII directly, other code points by their category, cached. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const wordChars = new Map<number, boolean>();
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const cp = text.codePointAt(i)!;
  let yes = wordChars.get(cp);
  if (yes === undefined) {
    yes = WORD_CHAR.test(String.fromCodePoint(cp));
    if (wordChars.size < 65_536) wordChars.set(cp, yes);
  }
  return yes;
}
function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}
const NEGATOR = /^(?:not|no|never|none|nobody|nothing|neither|nor|cannot|without|deny|denies|denied|decline|declines|declined|declining|fail|fails|failed|reject|rejects|rejected|refuse|refuses|refused|nicht|kein|keine|keinen|keiner|nie|jamais|pas|nunca|nessuno|nessuna|non|не|нет|никогда|değil|asla|t)$/u;
/** `NEGATOR`'s words written in ASCII alone, as a set (the words of an ASCII word it can match). */
const ASCII_NEGATORS = new Set(NEGATOR.source.slice(4, -2).split('|').filter((w) => /^[a-z]+$/.test(w)));
const LONGEST_ASCII_NEGATOR = Math.max(...[...ASCII_NEGATORS].map((w) => w.length));
/** Their keys (first five letters) as `packedKey` numbers: a word whose key is none of them is no negator, read without a string. */
const NEGATOR_KEYS = new Set([...ASCII_NEGATORS].map((w) => packedKey(w, 0, Math.min(w.length, 5))));

/** What a word contributes, by its spelling: its key's id, and its anchor when it is a name (capitalised), a number or a negator. */
interface WordKey {
  readonly id: number;
  /** Anchor when capitalised and not a sentence's first word. */
  readonly name: string | null;
  /** Anchor wherever it stands (digits, negators). */
  readonly always: string | null;
}

/**
 * What a sentence's words give, whatever the call: each word's key as a
 * process-wide number (in word order, repeats kept) and the sentence's names,
 * numbers and negators. Kept between calls by sentence text: a story briefed
 * again (it gained an article) and the stories of a running service repeat
 * most of their sentences, and tokenising them anew was most of aligning.
 */
interface SentenceWords {
  readonly globals: Int32Array;
  /** The same numbers sorted, without repeats: what two sentences' Dice reads (a set's size and overlap need no per-call numbers). */
  readonly distinct: Int32Array;
  readonly anchors: string;
}

/** Word keys (first five letters, lower case) numbered process-wide, and each word's anchors, by spelling. */
const globalIds = new Map<string, number>();
/**
 * The same numbers for keys of ASCII letters and digits, by the key's codes
 * packed in base 128 (five codes of 48–122: below 2^35, and no two keys
 * alike): most words are ASCII, and a key string per word was most of this
 * step's garbage. One numbering for both maps (`nextId`).
 */
const asciiIds = new Map<number, number>();
let nextId = 0;
const globalWords = new Map<string, WordKey>();
const sentenceWords = new Map<string, SentenceWords>();
/** Bounds of the process-wide tables; past them all three start again, between calls (a result never depends on them). */
const MAX_SENTENCES = 100_000;
const MAX_WORDS = 250_000;

/** Called before an alignment only: a call's numbers must stay valid while it runs. */
function boundTables(): void {
  if (sentenceWords.size < MAX_SENTENCES && globalWords.size < MAX_WORDS) return;
  sentenceWords.clear();
  globalWords.clear();
  globalIds.clear();
  asciiIds.clear();
  nextId = 0;
}

function globalWord(word: string): WordKey {
  let w = globalWords.get(word);
  if (w !== undefined) return w;
  const lower = word.toLowerCase();
  const key = lower.length > 5 ? lower.slice(0, 5) : lower;
  const id = idOfKey(key);
  const c = word.charCodeAt(0);
  const digit = c >= 48 && c <= 57;
  // Names by their first four letters: "Fred" and "Fredx", "Zelensky" and
  // "Zelenskyy" are spellings of one name, "Smith" and "Jones" are not.
  const name = word !== lower && /^\p{Lu}/u.test(word) ? lower.slice(0, 4) : null;
  w = { id, name, always: digit ? word : NEGATOR.test(lower) ? `!${lower}` : null };
  globalWords.set(word, w);
  return w;
}

function wordsOfSentence(text: string): SentenceWords {
  let s = sentenceWords.get(text);
  if (s !== undefined) return s;
  s = sentenceKeys(text);
  sentenceWords.set(text, s);
  return s;
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

function articleKeys(a: Analysis, article: number, keys: Keys): ArticleKeys {
  const figures = [...a.figures].sort(byStart);
  let f = 0;
  const all: number[] = [];
  const sentences: SentenceKeys[] = [];
  for (const s of a.sentences) {
    const words = keys.sentence(s.text);
    for (const g of words.keys) {
      // The sketch hashes this call's numbers (met in word order), as it always has.
      const id = keys.localOf(g);
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
  return { sentences, sketch: bottomK(Uint32Array.from(all, mix), SKETCH), language: a.language };
}

/** A sentence's words' process-wide key numbers and its names, numbers and negators (sorted, as one string), by its text. */
function sentenceKeys(text: string): SentenceWords {
  const ids: number[] = [];
  const anchors: string[] = [];
  let first = true;
  for (let i = 0; i < text.length; ) {
    // Words as /[\p{L}\p{N}]+/gu finds them, without a regular expression per word.
    if (!isWordChar(text, i)) {
      i += charLength(text, i);
      continue;
    }
    let j = i;
    let ascii = true;
    while (j < text.length && isWordChar(text, j)) {
      if (text.charCodeAt(j) >= 128) ascii = false;
      j += charLength(text, j);
    }
    if (ascii) {
      // What `globalWord` gives, read off the text: a replica or a rewrite
      // brings thousands of spellings met once, and caching each cost more than it saved.
      const c = text.charCodeAt(i);
      const packed = packedKey(text, i, Math.min(j, i + 5));
      let id = asciiIds.get(packed);
      if (id === undefined) {
        id = nextId++;
        asciiIds.set(packed, id);
      }
      ids.push(id);
      if (c >= 48 && c <= 57) anchors.push(text.slice(i, j));
      else if (j - i <= LONGEST_ASCII_NEGATOR && NEGATOR_KEYS.has(packed) && ASCII_NEGATORS.has(text.slice(i, j).toLowerCase())) anchors.push(`!${text.slice(i, j).toLowerCase()}`);
      else if (!first && c >= 65 && c <= 90) anchors.push(text.slice(i, Math.min(j, i + 4)).toLowerCase());
      i = j;
      first = false;
      continue;
    }
    const w = globalWord(text.slice(i, j));
    i = j;
    ids.push(w.id);
    // A sentence's first word is capitalised by grammar; names and numbers elsewhere must agree.
    if (w.always !== null) anchors.push(w.always);
    else if (!first && w.name !== null) anchors.push(w.name);
    first = false;
  }
  anchors.sort();
  const globals = Int32Array.from(ids);
  return { globals, distinct: distinctSorted(Int32Array.from(ids)), anchors: anchors.join(' ') };
}

/** The key of text[from, to) (ASCII letters and digits), lower-cased, as a number: its codes in base 128. */
function packedKey(text: string, from: number, to: number): number {
  let packed = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    packed = packed * 128 + (c >= 65 && c <= 90 ? c + 32 : c);
  }
  return packed;
}

/** The process-wide number of a key (lower case, five characters at most), in whichever map holds it. */
function idOfKey(key: string): number {
  if (/^[a-z0-9]+$/.test(key)) {
    const packed = packedKey(key, 0, key.length);
    let id = asciiIds.get(packed);
    if (id === undefined) {
      id = nextId++;
      asciiIds.set(packed, id);
    }
    return id;
  }
  let id = globalIds.get(key);
  if (id === undefined) {
    id = nextId++;
    globalIds.set(key, id);
  }
  return id;
}

/** The ids sorted, without repeats. */
function distinctSorted(ids: Int32Array): Int32Array {
  // Sorted in place: the caller's array is its own.
  const sorted = ids.sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
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

/** For each sentence, the [from, to) indexes of the spans (sorted by start) that start in it. */
function rangesOf(sentences: readonly { readonly start: number; readonly end: number }[], spans: readonly { readonly start: number }[]): Int32Array {
  const out = new Int32Array(sentences.length * 2);
  let lo = 0;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    while (lo < spans.length && spans[lo]!.start < s.start) lo++;
    let hi = lo;
    while (hi < spans.length && spans[hi]!.start < s.end) hi++;
    out[2 * k] = lo;
    out[2 * k + 1] = hi;
  }
  return out;
}

/**
 * The names of variants' aligned sentences, each as the name written at the
 * same place of the representative's sentence: the k-th mention of one and
 * the other, when both sentences name as many, of the same type and the same
 * first four letters ("Fredox Wilson" in a variant where the representative
 * has "Fred Wilson"). Keys and values are `type|name`; a name equal to its
 * counterpart is left out.
 * @example alignedNames(analyses, alignVariants(analyses)).get('person|Fredox Wilson') // 'person|Fred Wilson'
 */
export function alignedNames(analyses: readonly Analysis[], variants: VariantAlignment): Map<string, string> {
  const out = new Map<string, string>();
  const sorted = new Map<number, SortedMentions>();
  for (let i = 0; i < analyses.length; i++) {
    const a = analyses[i]!;
    const aligned = variants.sentenceOf[i];
    if (aligned === undefined) continue;
    const { spans: own, ranges } = mentionsOf(analyses, sorted, i);
    const { spans: theirs, ranges: repRanges } = mentionsOf(analyses, sorted, variants.repOf[i]!);
    for (let k = 0; k < a.sentences.length; k++) {
      const j = aligned[k]!;
      if (j < 0) continue;
      const lo = ranges[2 * k]!;
      const hi = ranges[2 * k + 1]!;
      const rlo = repRanges[2 * j]!;
      if (hi - lo !== repRanges[2 * j + 1]! - rlo) continue;
      for (let m = 0; m < hi - lo; m++) {
        const x = own[lo + m]!;
        const y = theirs[rlo + m]!;
        if (x.name === y.name || x.type !== y.type || x.name.toLowerCase().slice(0, 4) !== y.name.toLowerCase().slice(0, 4)) continue;
        const key = `${x.type}|${x.name}`;
        if (!out.has(key)) out.set(key, `${y.type}|${y.name}`);
      }
    }
  }
  return out;
}

interface SortedMentions {
  readonly spans: EntityMention[];
  readonly ranges: Int32Array;
}

const byStartEnd = (x: EntityMention, y: EntityMention): number => x.start - y.start || x.end - y.end;

/** Article i's entity mentions by position and their ranges per sentence, computed once per call of alignedNames. */
function mentionsOf(analyses: readonly Analysis[], sorted: Map<number, SortedMentions>, i: number): SortedMentions {
  let m = sorted.get(i);
  if (m === undefined) {
    const spans = [...analyses[i]!.entities].sort(byStartEnd);
    m = { spans, ranges: rangesOf(analyses[i]!.sentences, spans) };
    sorted.set(i, m);
  }
  return m;
}

/** For each variant, each of its quotes' counterparts among its representative's quotes (by index in the analyses' lists). */
export interface QuoteTwins {
  readonly repOf: Int32Array;
  /** Per article (undefined for a representative): for each quote, the index of the representative's quote it repeats, or -1. */
  readonly quoteOf: readonly (Int32Array | undefined)[];
}

/**
 * The quotes of variants' aligned sentences, each as the quote at the same
 * place of the representative's sentence (the k-th quote starting in each,
 * when both sentences hold as many): one rendering of one remark.
 * @example alignedQuotes(analyses, alignVariants(analyses)).quoteOf[3]?.[0] // index into analyses[repOf[3]].quotes
 */
export function alignedQuotes(analyses: readonly Analysis[], variants: VariantAlignment): QuoteTwins {
  const sorted = new Map<number, SortedQuotes>();
  const quoteOf: (Int32Array | undefined)[] = [];
  for (let i = 0; i < analyses.length; i++) {
    const a = analyses[i]!;
    const aligned = variants.sentenceOf[i];
    if (aligned === undefined || a.quotes.length === 0) {
      quoteOf.push(undefined);
      continue;
    }
    const out = new Int32Array(a.quotes.length).fill(-1);
    const own = quotesOf(analyses, sorted, i);
    const theirs = quotesOf(analyses, sorted, variants.repOf[i]!);
    for (let k = 0; k < a.sentences.length; k++) {
      const j = aligned[k]!;
      if (j < 0) continue;
      const lo = own.ranges[2 * k]!;
      const hi = own.ranges[2 * k + 1]!;
      const rlo = theirs.ranges[2 * j]!;
      if (hi - lo !== theirs.ranges[2 * j + 1]! - rlo) continue;
      for (let m = 0; m < hi - lo; m++) out[own.order[lo + m]!] = theirs.order[rlo + m]!;
    }
    quoteOf.push(out);
  }
  return { repOf: variants.repOf, quoteOf };
}

interface SortedQuotes {
  readonly order: number[];
  readonly ranges: Int32Array;
}

/** Article i's quote indexes by position (ties by index) and their ranges per sentence, computed once per call of alignedQuotes. */
function quotesOf(analyses: readonly Analysis[], sorted: Map<number, SortedQuotes>, i: number): SortedQuotes {
  let m = sorted.get(i);
  if (m === undefined) {
    const qs = analyses[i]!.quotes;
    const order: number[] = [];
    for (let k = 0; k < qs.length; k++) order.push(k);
    // Insertion sort by (start, index): no comparator closure over `qs`; a few quotes an article.
    for (let x = 1; x < order.length; x++) {
      const k = order[x]!;
      let y = x - 1;
      while (y >= 0 && qs[order[y]!]!.start > qs[k]!.start) {
        order[y + 1] = order[y]!;
        y--;
      }
      order[y + 1] = k;
    }
    const spans: Quote[] = [];
    for (const k of order) spans.push(qs[k]!);
    m = { order, ranges: rangesOf(analyses[i]!.sentences, spans) };
    sorted.set(i, m);
  }
  return m;
}
