/**
 * The words of a sentence as variant alignment reads them: each word's key
 * (first five letters, lower case) numbered process-wide, and the sentence's
 * names, numbers and negators as one anchor string. Held apart from the
 * alignment (variants.ts) because these tables outlive a call: they are kept
 * between briefs by sentence text and bounded by boundTables.
 */
import { PackedKeyIds } from './packed-key-ids.js';

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
export interface SentenceWords {
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
const asciiIds = new PackedKeyIds();
let nextId = 0;
const globalWords = new Map<string, WordKey>();
const sentenceWords = new Map<string, SentenceWords>();
/** Bounds of the process-wide tables; past them all three start again, between calls (a result never depends on them). */
const MAX_SENTENCES = 100_000;
const MAX_WORDS = 250_000;

/** Called before an alignment only: a call's numbers must stay valid while it runs. */
export function boundTables(): void {
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

export function wordsOfSentence(text: string): SentenceWords {
  let s = sentenceWords.get(text);
  if (s !== undefined) return s;
  s = sentenceKeys(text);
  sentenceWords.set(text, s);
  return s;
}

/**
 * The words' numbers of the sentence being read, and its anchors: kept
 * between calls (a sentence's arrays were most of this step's garbage; its
 * results are copied out).
 */
let scratch: Int32Array = new Int32Array(256);
const anchors: string[] = [];

function grown(): Int32Array {
  const bigger = new Int32Array(scratch.length * 2);
  bigger.set(scratch);
  scratch = bigger;
  return bigger;
}

/** A sentence's words' process-wide key numbers and its names, numbers and negators (sorted, as one string), by its text. */
function sentenceKeys(text: string): SentenceWords {
  let ids: Int32Array = scratch;
  let n = 0;
  anchors.length = 0;
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
    if (n === ids.length) ids = grown();
    if (ascii) {
      // What `globalWord` gives, read off the text: a replica or a rewrite
      // brings thousands of spellings met once, and caching each cost more than it saved.
      const c = text.charCodeAt(i);
      const packed = packedKey(text, i, Math.min(j, i + 5));
      const slot = asciiIds.slotOf(packed);
      let id = asciiIds.idAt(slot);
      if (id < 0) {
        id = nextId++;
        asciiIds.put(slot, packed, id, NEGATOR_KEYS.has(packed));
      }
      ids[n++] = id;
      if (c >= 48 && c <= 57) anchors.push(text.slice(i, j));
      else if (j - i <= LONGEST_ASCII_NEGATOR && asciiIds.flagAt(slot) && ASCII_NEGATORS.has(text.slice(i, j).toLowerCase())) anchors.push(`!${text.slice(i, j).toLowerCase()}`);
      else if (!first && c >= 65 && c <= 90) anchors.push(text.slice(i, Math.min(j, i + 4)).toLowerCase());
      i = j;
      first = false;
      continue;
    }
    const w = globalWord(text.slice(i, j));
    i = j;
    ids[n++] = w.id;
    // A sentence's first word is capitalised by grammar; names and numbers elsewhere must agree.
    if (w.always !== null) anchors.push(w.always);
    else if (!first && w.name !== null) anchors.push(w.name);
    first = false;
  }
  sortStrings(anchors);
  const globals = ids.slice(0, n);
  return { globals, distinct: distinctSorted(ids, n), anchors: anchors.join(' ') };
}

/**
 * `list` sorted as the built-in sort without a comparator orders strings (by
 * UTF-16 code units, which `<` compares too): an insertion sort for a
 * sentence's few anchors, since the built-in sort copies the list on every call
 * (4 MB of a first 200-article brief's garbage).
 */
function sortStrings(list: string[]): void {
  if (list.length > 32) {
    list.sort();
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const v = list[i]!;
    let j = i - 1;
    while (j >= 0 && v < list[j]!) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = v;
  }
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
    const slot = asciiIds.slotOf(packed);
    let id = asciiIds.idAt(slot);
    if (id < 0) {
      id = nextId++;
      asciiIds.put(slot, packed, id, NEGATOR_KEYS.has(packed));
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

/** ids[0, n) sorted, without repeats, as a new array (ids[0, n) is sorted in place: the caller's scratch). */
function distinctSorted(ids: Int32Array, n: number): Int32Array {
  // A sentence has a few dozen words: an insertion sort, not the built-in sort's copy and merge.
  if (n <= 64) {
    for (let i = 1; i < n; i++) {
      const v = ids[i]!;
      let j = i - 1;
      while (j >= 0 && ids[j]! > v) {
        ids[j + 1] = ids[j]!;
        j--;
      }
      ids[j + 1] = v;
    }
  } else ids.subarray(0, n).sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[m++] = ids[i]!;
  return ids.slice(0, m);
}
