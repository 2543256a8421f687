/**
 * Word tokens with their character offsets, plus the light normalisation the
 * reuse and clustering stages share. One linear regex pass per text: the
 * pairwise stages compare precomputed arrays instead of re-scanning strings.
 */
import { internAsciiWord } from './word-intern.js';

/** Words of a text, lower-cased, with half-open offsets into the original. */
export interface WordTokens {
  /** Lower-cased word forms, curly apostrophes folded to `'`. */
  readonly words: readonly string[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 where the word was written with an initial capital, else 0. */
  readonly capitalised: Uint8Array;
}

// One scratch buffer per field, grown when a longer text comes, copied out at
// exact size: arrays grown by push (number[] and boolean[] at 8 bytes an
// element, copied at each growth) were a fifth of a first brief's helper garbage.
let scratchWords: string[] = [];
let scratchStarts = new Int32Array(1024);
let scratchEnds = new Int32Array(1024);
let scratchCaps = new Uint8Array(1024);

function growScratch(): void {
  const size = 2 * scratchStarts.length;
  const starts = new Int32Array(size);
  starts.set(scratchStarts);
  scratchStarts = starts;
  const ends = new Int32Array(size);
  ends.set(scratchEnds);
  scratchEnds = ends;
  const caps = new Uint8Array(size);
  caps.set(scratchCaps);
  scratchCaps = caps;
}

const NON_ASCII_WORD = /[\p{L}\p{M}\p{N}]/u;

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return NON_ASCII_WORD.test(text[i]);
}

/** True when text[start, end) has only ASCII characters and `’` (whose lower case is one code per code). */
function asciiWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && c !== 0x2019) return false;
  }
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Split a text into words with offsets: runs of letters and digits, keeping
 * inner apostrophes ("don't", "Russia’s") and digit separators ("175,000",
 * "10.5") inside one token. A hand-written scanner: a Unicode-property regex
 * was the slowest step of pairwise reuse detection.
 * @example tokenizeWords('Hi, Bob’s 1,000').words // ['hi', "bob's", '1,000']
 */
export function tokenizeWords(text: string): WordTokens {
  const words = scratchWords;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordCode(text, i)) i++;
      if (i + 1 >= n) break;
      const c = text.charCodeAt(i);
      const next = text.charCodeAt(i + 1);
      if ((c === 39 || c === 0x2019) && isWordCode(text, i + 1) && !isDigit(next)) i++;
      else if ((c === 44 || c === 46) && isDigit(text.charCodeAt(i - 1)) && isDigit(next)) i++;
      else break;
    }
    if (count === scratchStarts.length) growScratch();
    scratchStarts[count] = start;
    scratchEnds[count] = i;
    if (asciiWord(text, start, i)) {
      // One string per form (word-intern.ts), not a slice and its lower case per occurrence.
      words[count] = internAsciiWord(text, start, i);
      const c = text.charCodeAt(start);
      scratchCaps[count++] = c >= 65 && c <= 90 ? 1 : 0;
      continue;
    }
    const w = text.slice(start, i);
    const lower = w.toLowerCase();
    words[count] = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    // A capital is a first char that lower-casing changes (digits never do).
    scratchCaps[count++] = lower.charCodeAt(0) !== w.charCodeAt(0) ? 1 : 0;
  }
  // Entries past `count` are an earlier text's word forms, overwritten by the next call (never the text itself: a form is interned or lower-cased anew).
  return { words: words.slice(0, count), starts: scratchStarts.slice(0, count), ends: scratchEnds.slice(0, count), capitalised: scratchCaps.slice(0, count) };
}

// Function words and reporting verbs: they carry no topic, and reporting
// verbs ("said", "told") differ freely between rewrites of one report.
const STOP = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each either few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ' +
    'ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they ' +
    'this those through to too under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself yourselves said says say told tell tells according mr mrs ms s t would\'ve it\'s he\'s she\'s that\'s there\'s ' +
    'we\'re they\'re i\'m don\'t didn\'t doesn\'t won\'t can\'t isn\'t wasn\'t aren\'t weren\'t may might must shall us one two new ' +
    'last week year years day days monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** True for function words and reporting verbs that carry no topic. */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/** True when the token is a number ("175,000", "2014", "10.5"). */
export function isNumberToken(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * A light English suffix stripper: enough to make "chooses"/"choose",
 * "invaded"/"invading"/"invade" and "sanctions"/"sanction" meet, without a
 * full Porter stemmer's surprises on names.
 * @example lightStem('chooses') === lightStem('choose') // true
 */
export function lightStem(word: string): string {
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.length <= 3 || isNumberToken(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // "planned" → "plann" → "plan": collapse a doubled final consonant.
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !'aeiouls'.includes(w[n - 1])) w = w.slice(0, -1);
  return w;
}

/**
 * Stemmed content words of a text (stop-words dropped), in order.
 * @example contentTerms('Russia has erected supply lines') // ['russia', 'erect', 'supply', 'line']
 */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of tokenizeWords(text).words) {
    if (w.length < 2 && !isNumberToken(w)) continue;
    if (isStopWord(w)) continue;
    out.push(lightStem(w));
  }
  return out;
}
