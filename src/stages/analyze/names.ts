/**
 * Name matching across spellings: the compare stage uses it to tell that
 * "Zelensky" in one outlet is "Zelenskyy" in another, and the entity merger uses
 * it within an article ("Peskov" → "Dmitry Peskov").
 */
import { NAME_ALIASES } from './gazetteer.js';

/** Titles that never belong to the name itself ("President Putin" is Putin). */
const KEY_TITLES = new Set(['president', 'mr', 'mrs', 'ms', 'dr', 'sen', 'senator', 'gen', 'general', 'prime', 'minister', 'chancellor', 'secretary', 'spokesman', 'spokeswoman', 'king', 'queen', 'prince', 'pope', 'mayor', 'governor', 'gov', 'rep']);

function foldDiacritics(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * Transliteration variants collapse to one form: y/i (Zelenskyy/Zelenskiy/
 * Zelensky, Sergey/Sergei), doubled letters (Oleksii/Oleksiy), th/t
 * (Anthony/Antony), ph/f, ck/k.
 */
function foldWord(w: string): string {
  if (w.length <= 2) return w;
  let s = w[0] + w.slice(1).replace(/y/g, 'i');
  s = s.replace(/th/g, 't').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/kh/g, 'h');
  s = s.replace(/(.)\1+/g, '$1');
  return s;
}

/** Lower-case words with punctuation and leading titles removed. */
function words(name: string): string[] {
  const plain = foldDiacritics(name).toLowerCase().replace(/['’]s$/, '');
  const ws = plain.split(/[^\p{L}\p{N}.]+/u).map((w) => w.replace(/^\.+|\.+$/g, '')).filter((w) => w !== '');
  while (ws.length > 1 && KEY_TITLES.has(ws[0].replace(/\./g, ''))) ws.shift();
  if (ws[0] === 'the' && ws.length > 1) ws.shift();
  return ws;
}

/**
 * A normalised key: equal keys mean the same name however it is spelt.
 * @example entityKey('Zelenskyy') === entityKey('Zelensky') // true
 * @example entityKey('Kiev') === entityKey('Kyiv') // true (both 'kiv')
 */
export function entityKey(name: string): string {
  let key = KEY_CACHE.get(name);
  if (key === undefined) {
    // Bounded: names repeat within and across articles, but a long-running process must not grow without end.
    if (KEY_CACHE.size > 50_000) KEY_CACHE.clear();
    key = computeKey(name);
    KEY_CACHE.set(name, key);
  }
  return key;
}

/** entityKey is called for every pair of names an article compares; the same few names recur. */
const KEY_CACHE = new Map<string, string>();

/** A key's words, split once: a story's entity merging tests its names in some hundred thousand pairs. */
function keyWords(key: string): readonly string[] {
  let ws = WORDS_CACHE.get(key);
  if (ws === undefined) {
    if (WORDS_CACHE.size > 50_000) WORDS_CACHE.clear();
    ws = key.split(' ');
    WORDS_CACHE.set(key, ws);
  }
  return ws;
}

const WORDS_CACHE = new Map<string, readonly string[]>();

function computeKey(name: string): string {
  const ws = words(name);
  const joined = ws.join(' ');
  const alias = NAME_ALIASES.get(joined) ?? NAME_ALIASES.get(joined.replace(/\./g, ''));
  const base = alias !== undefined ? words(alias) : ws.map((w) => w.replace(/\./g, ''));
  return base.map(foldWord).join(' ');
}

// Two rows reused by every call (grown when a longer name comes): a fresh array per
// row and call was 12 MB of garbage in a 200-article brief's entity merging.
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/**
 * Levenshtein distance of `a` and `b` when it is at most `max`, else `max + 1`
 * (as soon as it must exceed `max`: lengths apart by more, or a whole row
 * above it). Only the band of cells within `max` of the diagonal is computed:
 * a path through any other cell costs more than `max`, so for two 50-letter
 * keys and `max` 2 that is 5 cells a row, not 50. Exported for its test.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const far = max + 1;
  const m = b.length;
  if (prevRow.length <= m + 1) {
    prevRow = new Int32Array(2 * m + 2);
    curRow = new Int32Array(2 * m + 2);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : far;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    // The cell left of the band, and the one the last row's band did not reach, stand for paths beyond `max`.
    cur[lo - 1] = lo === 1 && i <= max ? i : far;
    if (i + max <= m) prev[i + max] = far;
    let rowMin = cur[lo - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1), far);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return far;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[m]!, far);
}

/**
 * The longest key (in characters) the edit-distance rule of `sameEntity` applies to. The longest names
 * in real text are about 55 ("organisation for economic co-operation and development"); longer
 * "names" are runs of capitalised page furniture ("Share CLOSE WHAT YOU NEED TO KNOW ABOUT …"), and the
 * rule's blocking keys grow as the square of the length (name-blocks.ts): a 224-article story with a
 * 300-letter menu run in every copy spent 1.1 s of its brief on them.
 */
export const MAX_FUZZY_KEY = 64;

/**
 * The longest surname (in characters) that may be one edit from another: real ones are under 40
 * ("Wolfeschlegelsteinhausenbergerdorff" is 35); a longer "word" is a run without spaces (a URL, a
 * hashtag, a string of letters), whose one-letter deletions would each be a blocking key.
 */
export const MAX_FUZZY_WORD = 40;

function firstNamesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return a.length >= 4 && b.length >= 4 && Math.max(a.length, b.length) <= MAX_FUZZY_WORD && editDistance(a, b, 1) <= 1;
}

/**
 * Whether two written names denote the same entity: equal keys; a surname
 * alone against a full name ("Peskov" / "Dmitry Peskov"); same surname with
 * compatible first names ("J. Biden"; surnames one edit apart up to
 * `MAX_FUZZY_WORD` characters); or a small edit distance on long names (up
 * to `MAX_FUZZY_KEY` characters).
 * @example sameEntity('Anthony Blinken', 'Antony Blinken') // true
 * @example sameEntity('Biden', 'Joe Biden') // true
 * @example sameEntity('Joe Biden', 'Hunter Biden') // false
 */
export function sameEntity(a: string, b: string): boolean {
  const ka = entityKey(a);
  const kb = entityKey(b);
  if (ka === '' || kb === '') return false;
  if (ka === kb) return true;
  const wa = keyWords(ka);
  const wb = keyWords(kb);
  const lastA = wa[wa.length - 1];
  const lastB = wb[wb.length - 1];
  const surnamesMatch = lastA === lastB || (lastA.length >= 6 && lastB.length >= 6 && Math.max(lastA.length, lastB.length) <= MAX_FUZZY_WORD && editDistance(lastA, lastB, 1) <= 1);
  if (surnamesMatch) {
    if (wa.length === 1 || wb.length === 1) return lastA.length >= 3;
    if (wa.length >= 2 && wb.length >= 2 && firstNamesCompatible(wa[0], wb[0])) return true;
    // A double surname alone is the whole name's surname ("Kramp-Karrenbauer", "Ocasio-Cortez"): its key words end
    // the other's, as one surname alone would (the same last word, so the blocking's surname key holds the pair).
    if (wa.length !== wb.length && (wa.length < wb.length ? a : b).includes('-') && endsWith(wa.length < wb.length ? wb : wa, wa.length < wb.length ? wa : wb)) return true;
  }
  const long = Math.min(ka.length, kb.length);
  if (long >= 10 && wa.length === wb.length && Math.max(ka.length, kb.length) <= MAX_FUZZY_KEY) return editDistance(ka, kb, 2) <= (long >= 16 ? 2 : 1);
  return false;
}

/** Whether the words `tail` end `words`. */
function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  const off = words.length - tail.length;
  for (let i = 0; i < tail.length; i++) if (words[off + i] !== tail[i]) return false;
  return true;
}
