/**
 * What claim units read off a sentence's text: the word bag of its quoted
 * words, the numbers written in digits, its word count, and whether it is
 * shouted (mostly capitals: a heading or page furniture).
 */
import { type Bag, bagOf } from './text-sim.js';

/** `bagOf(text)`, once per text of one call: a quotation's words and the quoted words of its sentence are mostly one text. */
export function bagOfQuote(text: string, memo: Map<string, Bag>): Bag {
  let bag = memo.get(text);
  if (bag === undefined) {
    bag = bagOf(text);
    memo.set(text, bag);
  }
  return bag;
}

/** Content words of quoted text, or all its words when it has no content word. */
export function quotedBag(text: string, memo: Map<string, Bag>): Bag {
  const content = bagOfQuote(text, memo);
  if (content.total > 0) return content;
  const weights = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) weights.set(w, 1);
  return { weights, total: weights.size };
}

/** Numbers written in digits, thousands separators dropped ("1,180" → "1180"); parts of words ("G7", "COVID-19") are names, not numbers. */
export function digitsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\d.,-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\p{L}\d])|(?<![\p{L}\d.,-])\d+(?:\.\d+)?(?![\p{L}\d])/gu)) out.add(m[0].replace(/,/g, ''));
  return out;
}

/** Most of its letters are capitals (in scripts that have them). */
export function isShouted(text: string): boolean {
  // Counted in one pass (matching every letter into two arrays was a tenth of
  // building the units); ASCII directly, other code points by their category, cached.
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const kind = letterCase(cp);
    if (kind === 1) upper++;
    else if (kind === 2) lower++;
  }
  return upper + lower >= 12 && upper > 2 * lower;
}

const caseOf = new Map<number, number>();
/** 1 for an upper-case letter, 2 for a lower-case one, 0 otherwise. */
function letterCase(cp: number): number {
  let kind = caseOf.get(cp);
  if (kind === undefined) {
    const ch = String.fromCodePoint(cp);
    kind = /\p{Lu}/u.test(ch) ? 1 : /\p{Ll}/u.test(ch) ? 2 : 0;
    if (caseOf.size < 65_536) caseOf.set(cp, kind);
  }
  return kind;
}

/** How far around a figure its words are looked for at first (the whole rest of the sentence only when that is not enough). */
export const WORDS_REACH = 400;

/** The last `n` words of `text` before `end`, space-joined: `text.slice(0, end).split(/\s+/).slice(-n).join(' ')`, without splitting a long sentence per figure. */
export function lastWords(text: string, end: number, n: number): string {
  const from = Math.max(0, end - WORDS_REACH);
  const parts = text.slice(from, end).split(/\s+/);
  // The first part may be a word cut at `from`: enough when more than n parts are left.
  if (from > 0 && parts.length <= n) return text.slice(0, end).split(/\s+/).slice(-n).join(' ');
  return parts.slice(-n).join(' ');
}

/** The first `n` parts of `text.split(/\s+/)` (the rest dropped), without splitting a long rest of a sentence per figure. */
export function firstWords(text: string, n: number): string[] {
  if (text.length <= WORDS_REACH) return text.split(/\s+/).slice(0, n);
  const parts = text.slice(0, WORDS_REACH).split(/\s+/);
  // The last part may be a word cut at the reach: enough when more than n parts are found.
  return parts.length > n ? parts.slice(0, n) : text.split(/\s+/).slice(0, n);
}
