/**
 * Match ranges of a snippet (search-snippet.ts) for a text whose letters and
 * digits are all ASCII, without tokenising it: the same ranges as walking
 * its tokens, found by searching the lower-cased text for each term's first
 * word.
 *
 * Why: a snippet tokenises the whole text of every hit shown (an object and
 * a folded string per word), ≈ 40 % of a search process's CPU per uncached
 * search on PostgreSQL (20 hits of news texts). In such a text a token is a
 * run of ASCII letters and digits, everything else (curly quotes, dashes,
 * no-break spaces, currency signs: none a letter, digit or mark) separates
 * them, and folding is lower-casing, which keeps every offset; so the
 * tokens that matter can be read where a term's first word occurs.
 */

/** A term as matchRanges has it: its words folded, the last one open when it is a prefix. */
export interface WantedTerm {
  readonly parts: readonly string[];
  readonly prefix: boolean;
}

/**
 * ASCII, Latin-1's punctuation and symbols (not ª µ º ² ³ ¹ ¼ ½ ¾: letters and
 * digits), general punctuation and currency signs: no case, no token.
 */
// eslint-disable-next-line no-control-regex
const PLAIN = /^[\x00-\x7f\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u2000-\u206f\u20a0-\u20bf]*$/;

/** Whether asciiRanges applies: every letter and digit of the text is ASCII. */
export const isAscii = (text: string): boolean => PLAIN.test(text);

/** A letter or digit: what a token of ASCII text is made of (\p{L}, \p{N} and \p{M} there). */
function alnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** A character of a token in a folded text (foldedText): ASCII letters and digits, and any other letter or digit. */
function wordChar(lower: string, at: number): boolean {
  const code = lower.charCodeAt(at);
  return code < 128 ? alnum(code) : WORD_CHAR.test(lower[at]!);
}

/** End of the token starting at `at`. */
function tokenEnd(lower: string, at: number): number {
  let e = at;
  while (e < lower.length && wordChar(lower, e)) e++;
  return e;
}

/** End of the match of `w` whose first token starts at `at`, or -1. */
function matchAt(lower: string, at: number, w: WantedTerm): number {
  let start = at;
  for (let k = 0; k < w.parts.length; k++) {
    if (k > 0) {
      while (start < lower.length && !wordChar(lower, start)) start++;
      if (start >= lower.length) return -1;
    }
    const end = tokenEnd(lower, start);
    const part = w.parts[k]!;
    const open = w.prefix && k === w.parts.length - 1;
    if (open ? !lower.startsWith(part, start) || end - start < part.length : end - start !== part.length || !lower.startsWith(part, start)) return -1;
    if (k === w.parts.length - 1) return end;
    start = end;
  }
  return -1;
}

/**
 * The ranges matchRanges gives for an ASCII `text`: at each token, the first
 * term (in order) whose words start there, in text order.
 */
export function asciiRanges(text: string, wanted: readonly WantedTerm[]): [number, number][] {
  return foldedRanges(text.toLowerCase(), wanted);
}

/** asciiRanges on a text folded character for character (its offsets are the text's). */
function foldedRanges(lower: string, wanted: readonly WantedTerm[]): [number, number][] {
  // Start of a match → [term index, end]; the earliest term wins, as in the token walk.
  const found = new Map<number, [number, number]>();
  wanted.forEach((w, wi) => {
    const first = w.parts[0]!;
    // A word with other characters than letters and digits is no token of this text.
    if (first.length === 0 || !Array.from(first, (_, i) => wordChar(first, i)).every(Boolean)) return;
    for (let at = lower.indexOf(first); at >= 0; at = lower.indexOf(first, at + 1)) {
      if (at > 0 && wordChar(lower, at - 1)) continue;
      const end = matchAt(lower, at, w);
      if (end < 0) continue;
      const had = found.get(at);
      if (had === undefined || had[0] > wi) found.set(at, [wi, end]);
    }
  });
  return [...found].sort((a, b) => a[0] - b[0]).map(([start, [, end]]) => [start, end]);
}

/** Characters a text folded one at a time cannot have: CJK (a token each), marks, surrogates, capital sigma (its lower case depends on the next letter). */
const NOT_PER_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{M}\u03a3]/u;
/** Either half of a surrogate pair (without the u flag, which would read the pair as one character). */
const SURROGATE = /[\ud800-\udfff]/;
const OTHER = /[^\x00-\x7f]/g;
const folds = new Map<string, string | null>();

/** A character folded as foldToken folds a token (marks dropped, lower case), when that keeps it one character of the same kind. */
function foldChar(ch: string): string | null {
  let f = folds.get(ch);
  if (f === undefined) {
    const g = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    f = g.length === 1 && WORD_CHAR.test(g) === WORD_CHAR.test(ch) ? g : null;
    if (folds.size < 4096) folds.set(ch, f);
  }
  return f;
}

/**
 * The text folded character for character, so each offset is the text's:
 * the same tokens, folded the same way, as the token walk reads, for a text
 * of Latin, Greek or Cyrillic letters with their diacritics (news texts
 * with a few names in other languages). Undefined when that cannot be said
 * of the text: a character that folds to none or several, a combining mark,
 * CJK, a surrogate pair. A few letters of a long text cost the token walk
 * an object and a folded string per word of it.
 */
export function foldedText(text: string): string | undefined {
  if (NOT_PER_CHARACTER.test(text) || SURROGATE.test(text)) return undefined;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  let out = '';
  let at = 0;
  for (const m of text.matchAll(OTHER)) {
    const f = foldChar(m[0]);
    if (f === null) return undefined;
    out += lower.slice(at, m.index) + f;
    at = m.index! + 1;
  }
  return out + lower.slice(at);
}

/** matchRanges for a text foldedText folds, else undefined (the token walk then). */
export function foldedTextRanges(text: string, wanted: readonly WantedTerm[]): [number, number][] | undefined {
  const lower = foldedText(text);
  return lower === undefined ? undefined : foldedRanges(lower, wanted);
}
