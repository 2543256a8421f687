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

/** End of the token starting at `at`. */
function tokenEnd(lower: string, at: number): number {
  let e = at;
  while (e < lower.length && alnum(lower.charCodeAt(e))) e++;
  return e;
}

/** End of the match of `w` whose first token starts at `at`, or -1. */
function matchAt(lower: string, at: number, w: WantedTerm): number {
  let start = at;
  for (let k = 0; k < w.parts.length; k++) {
    if (k > 0) {
      while (start < lower.length && !alnum(lower.charCodeAt(start))) start++;
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
  const lower = text.toLowerCase();
  // Start of a match → [term index, end]; the earliest term wins, as in the token walk.
  const found = new Map<number, [number, number]>();
  wanted.forEach((w, wi) => {
    const first = w.parts[0]!;
    // A word with other characters than ASCII letters and digits is no token of this text.
    if (![...first].every((ch) => alnum(ch.charCodeAt(0)))) return;
    for (let at = lower.indexOf(first); at >= 0; at = lower.indexOf(first, at + 1)) {
      if (at > 0 && alnum(lower.charCodeAt(at - 1))) continue;
      const end = matchAt(lower, at, w);
      if (end < 0) continue;
      const had = found.get(at);
      if (had === undefined || had[0] > wi) found.set(at, [wi, end]);
    }
  });
  return [...found].sort((a, b) => a[0] - b[0]).map(([start, [, end]]) => [start, end]);
}
