/**
 * One pass of word tokens with offsets, shared by entity and speaker rules so
 * neither rescans the text with its own regexes.
 */
import type { Sentence } from '../../core/types.js';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** Followed by a possessive ’s / ' ("Russia’s", "States’"). */
  readonly poss: boolean;
  /** First word of a sentence or of a quotation, where capitals prove nothing. */
  readonly initial: boolean;
}

// Dotted acronyms first ("U.S."), then words; an apostrophe joins only before a
// capital ("O’Brien"), so "Russia’s" stays "Russia" + possessive.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{Lu}][\p{L}\p{M}]*)?/gu;
const QUOTE_OPENERS = '“„«‘"\u201a(:';

/**
 * Tokens of `text` in order, with sentence-initial words flagged.
 * @example tokenize('Russia’s army.', [{ start: 0, end: 14, text: 'Russia’s army.' }])[0].poss // true
 */
export function tokenize(text: string, sentences: readonly Sentence[]): Token[] {
  const out: Token[] = [];
  let si = 0;
  let lastSentence = -1;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (si < sentences.length && sentences[si].end <= start) si++;
    const inSentence = si < sentences.length && sentences[si].start <= start;
    let initial = inSentence && lastSentence !== si;
    if (inSentence) lastSentence = si;
    if (!initial) {
      let p = start - 1;
      while (p >= 0 && (text[p] === ' ' || text[p] === '\u00a0')) p--;
      initial = p < 0 || QUOTE_OPENERS.includes(text[p]) || text[p] === '\n';
    }
    const after = text.slice(end, end + 2);
    const poss = /^['’‘]s\b/.test(text.slice(end, end + 3)) || (/^['’‘](?![\p{L}])/u.test(after) && /s$/i.test(m[0]));
    const first = m[0][0];
    out.push({
      start,
      end,
      text: m[0],
      lower: m[0].toLowerCase(),
      cap: first !== first.toLowerCase(),
      poss,
      initial,
    });
  }
  return out;
}

/** Index of the first token whose start is ≥ `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
