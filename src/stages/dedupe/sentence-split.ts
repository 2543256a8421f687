/**
 * Sentences of a text as token ranges, from the precomputed word tokens: a
 * linear scan of the gaps between words, no regex over the whole text.
 */
import type { WordTokens } from './text-tokens.js';

/** A sentence as a half-open token range and its character span. */
export interface TokenSentence {
  readonly firstToken: number;
  readonly endToken: number;
  readonly start: number;
  readonly end: number;
}

// A period after these does not end a sentence ("Mr. Putin", "Gen. Milley").
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'sgt', 'capt', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);

function endsSentence(text: string, gapStart: number, gapEnd: number, prevWord: string, nextStartChar: string): boolean {
  // Fast path: most gaps between words are one space or a comma and a space.
  if (gapEnd - gapStart === 1 && text.charCodeAt(gapStart) === 32) return false;
  const gap = text.slice(gapStart, gapEnd);
  if (gap.includes('\n')) return true;
  const stop = gap.search(/[.!?]/);
  if (stop < 0) return false;
  if (!/\s/.test(gap.slice(stop))) return false;
  if (gap[stop] === '.') {
    // "U.S." / "a.m." (dotted abbreviations) and single initials ("J. Smith").
    if (prevWord.length === 1 || ABBREVIATIONS.has(prevWord)) return false;
    if (stop === 0 && gapStart > 1 && text[gapStart - 2] === '.') return false;
  }
  // A lower-case continuation is not a new sentence ("said the U.S. official").
  return nextStartChar !== nextStartChar.toLowerCase() || /[0-9“"‘'„«(]/.test(nextStartChar) || /[“"„«]/.test(gap.slice(stop));
}

/**
 * Split into sentences; each sentence span runs from its first word to the end
 * of its closing punctuation (and closing quote).
 * @example splitSentences('One two. Three four.', tokenizeWords('One two. Three four.')).length // 2
 */
export function splitSentences(text: string, tokens: WordTokens): TokenSentence[] {
  const out: TokenSentence[] = [];
  const n = tokens.words.length;
  if (n === 0) return out;
  let first = 0;
  for (let i = 1; i < n; i++) {
    if (endsSentence(text, tokens.ends[i - 1], tokens.starts[i], tokens.words[i - 1], text[tokens.starts[i]])) first = close(text, tokens, out, first, i);
  }
  close(text, tokens, out, first, n);
  return out;
}

/**
 * Ends the sentence from token `first` before token `endToken`; returns where the next one starts. Module-level,
 * not a closure made per text: V8 keeps a closure's optimised code only while an instance lives.
 */
function close(text: string, tokens: WordTokens, out: TokenSentence[], first: number, endToken: number): number {
  let end = tokens.ends[endToken - 1];
  const limit = endToken < tokens.words.length ? tokens.starts[endToken] : text.length;
  // Take trailing punctuation and quotes, not the whitespace after them.
  while (end < limit && /[.!?,;:”"’'»)\]…]/.test(text[end])) end++;
  out.push({ firstToken: first, endToken, start: tokens.starts[first], end });
  return endToken;
}
