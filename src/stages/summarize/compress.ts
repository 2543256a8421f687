/**
 * Sentence compression by deletion: a summary of about 70 words has room for
 * three or four sentences, so words that carry no shared fact (a dateline, a
 * "Why it matters:" label, a parenthetical aside, an attribution tail naming
 * one outlet) are cut to make room for content. Only deletions: every kept
 * piece is a verbatim slice of the article, so citations stay exact.
 */
import type { SentenceSpan } from './types.js';

export interface CompressedSentence {
  /** Kept pieces of the sentence, in order, each trimmed. */
  readonly pieces: readonly SentenceSpan[];
  /** True when the sentence's own final punctuation was cut away. */
  readonly cutEnding: boolean;
  /**
   * Offsets where a shorter version of the sentence may end: before a comma,
   * semicolon or dash that opens a trailing clause ("…, demonstrating that …").
   */
  readonly clauseEnds: readonly number[];
  /** Inserted asides that may be cut: ", a Democrat," or " — the first since 2019 —" (source ranges). */
  readonly asides: readonly SentenceSpan[];
}

/** "WASHINGTON (Reuters) -", "NEW YORK —", "(CNN) —", "(CNN)The …": an agency or place dateline. */
const DATELINE = /^(?:(?:[A-Z][A-Z.,'\- ]{1,40}\s*)?(?:\([A-Za-z .&]{2,30}\)\s*)?[-—–]+\s+|\([A-Za-z .&]{2,30}\)\s*(?=[\p{Lu}"“‘0-9]))/u;
/** "Why it matters:", "The big picture:": a short label before the sentence proper. */
const LABEL = /^[A-Z][\p{L}'’ ]{1,30}:\s+(?=[\p{Lu}"“‘0-9])/u;
/** ", according to X." / ", CNN reports." / ", officials said." closing a sentence. */
const ATTRIBUTION_TAIL =
  /,\s+(?:according to [^,;:"“”]{2,80}|(?:the |a |an )?[\p{L}.'’\- ]{2,60}? (?:reported|reports|said|says|told [\p{L}'’ ]{2,40}|announced|confirmed)(?: on)?(?: (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?)([.!]?)$/u;
/** A parenthetical aside of a few words. */
const PARENTHETICAL = /\s*\([^()]{1,80}\)/gu;

function trimSpan(text: string, start: number, end: number): SentenceSpan {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}

/** Removes the ranges `cuts` (sorted, disjoint) from [start, end) and returns what is left. */
function cutRanges(text: string, start: number, end: number, cuts: readonly [number, number][]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let at = start;
  for (const [cs, ce] of cuts) {
    if (cs > at) out.push(trimSpan(text, at, cs));
    at = Math.max(at, ce);
  }
  if (at < end) out.push(trimSpan(text, at, end));
  return out.filter((p) => p.end > p.start && /[\p{L}\p{N}]/u.test(text.slice(p.start, p.end)));
}

/**
 * Compresses one sentence `text.slice(start, end)`.
 * @example compressSentence('WASHINGTON (Reuters) - The Senate voted, CNN reports.', 0, 52)
 * // pieces: the span of "The Senate voted"; cutEnding: true
 */
export function compressSentence(text: string, start: number, end: number): CompressedSentence {
  let s = start;
  let e = end;
  const head = text.slice(s, e);
  const dl = DATELINE.exec(head);
  if (dl !== null && dl[0].length < head.length - 20) s += dl[0].length;
  const lb = LABEL.exec(text.slice(s, e));
  if (lb !== null && lb[0].trim().split(/\s+/).length <= 4 && e - s - lb[0].length > 20) s += lb[0].length;
  let cutEnding = false;
  const body = text.slice(s, e);
  // A quotation's own tail (“…,” he said.) is left alone: cutting it would
  // leave a quotation without its speaker.
  const tail = ATTRIBUTION_TAIL.exec(body);
  if (tail !== null && !/["”’]\s*$/u.test(body.slice(0, tail.index)) && tail.index > 30 && !/["“”]/u.test(tail[0])) {
    e = s + tail.index;
    cutEnding = true;
  }
  const cuts: [number, number][] = [];
  const inner = text.slice(s, e);
  for (const m of inner.matchAll(PARENTHETICAL)) {
    const at = s + (m.index ?? 0);
    // A parenthesis holding the sentence's subject or its end is kept whole.
    if (at - s < 3 || at + m[0].length >= e - 1) continue;
    cuts.push([at, at + m[0].length]);
  }
  return { pieces: cutRanges(text, s, e, cuts), cutEnding, clauseEnds: clauseEnds(text, s, e), asides: asides(text, s, e) };
}

const WORDS = /[\p{L}\p{N}]+/gu;
const wordsIn = (t: string): number => t.match(WORDS)?.length ?? 0;

/**
 * Where a sentence may end early: its first comma, semicolon or dash outside
 * asides,
 * quotations and brackets, with at least `minHead` words before and `minTail`
 * after. A comma between digits ("1,000") is no mark; a comma before a
 * capitalised word (a list of names) is a mark but no place to cut.
 */
export function clauseEnds(text: string, start: number, end: number, minHead = 6, minTail = 3): number[] {
  const out: number[] = [];
  let seenMark = false;
  // The marks of an aside (", a Democrat,") neither end a clause nor count as the first mark.
  const asideMarks = new Set<number>();
  for (const a of asides(text, start, end)) {
    asideMarks.add(a.start);
    asideMarks.add(a.start + 1);
    asideMarks.add(a.end - 1);
  }
  for (const i of topLevel(text, start, end)) {
    const ch = text[i];
    let at = -1;
    if ((ch === ',' || ch === ';') && /\s/u.test(text[i + 1] ?? '')) at = i;
    else if ((ch === '—' || ch === '–' || (ch === '-' && text[i + 1] === '-')) && /\s/u.test(text[i - 1] ?? '')) at = i - 1;
    // Past the first mark nothing more is found: not reading the rest of the sentence at each later one.
    if (at < 0 || asideMarks.has(i) || seenMark) continue;
    const rest = text.slice(i + 1, end).replace(/^[-\s]+/u, '');
    if (ch === ',' && /^[\p{Lu}0-9]/u.test(rest)) {
      seenMark = true;
      continue;
    }
    // Only the first mark ends a clause safely: a later one may close a longer
    // aside ("Anderson, who spent five years in Kyiv, said …").
    seenMark = true;
    if (wordsIn(text.slice(start, at)) >= minHead && wordsIn(rest) >= minTail) out.push(at);
  }
  return out;
}

/** Positions of [start, end) outside brackets and quotations (the characters that open or close them included when top-level). */
function* topLevel(text: string, start: number, end: number): Generator<number> {
  let depth = 0;
  let inQuote = false;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === '“' || ch === '”' || ch === '"') inQuote = ch === '“' ? true : ch === '”' ? false : !inQuote;
    if (depth > 0 || inQuote) continue;
    yield i;
  }
}

/** Top-level commas and dashes of [start, end): outside quotations and brackets, not inside numbers. */
function marks(text: string, start: number, end: number): { at: number; dash: boolean }[] {
  const out: { at: number; dash: boolean }[] = [];
  for (const i of topLevel(text, start, end)) {
    const ch = text[i];
    if (ch === ',' && /\s/u.test(text[i + 1] ?? '')) out.push({ at: i, dash: false });
    else if ((ch === '—' || ch === '–') && /\s/u.test(text[i - 1] ?? '')) out.push({ at: i, dash: true });
  }
  return out;
}

/**
 * Asides between two commas or two dashes, of at most `maxWords` words, that
 * leave at least `minLeft` words: "Mark Herring, a Democrat, admitted" →
 * "Mark Herring admitted". The range runs from the first mark to just after
 * the second, so the words either side join with one space. Ten words at most
 * (chosen on neus-train with the all-asides version in units.ts; 14 helped
 * neither half): a longer insert is more often the sentence's point.
 */
export function asides(text: string, start: number, end: number, maxWords = 10, minLeft = 6): SentenceSpan[] {
  const m = marks(text, start, end);
  const out: SentenceSpan[] = [];
  const total = wordsIn(text.slice(start, end));
  for (let k = 0; k + 1 < m.length; k++) {
    const a = m[k];
    const b = m[k + 1];
    if (a.dash !== b.dash) continue;
    const inner = wordsIn(text.slice(a.at + 1, b.at));
    if (inner < 1 || inner > maxWords || total - inner < minLeft) continue;
    // A list ("A, B, and C") is not an aside.
    if (/^\s*(?:and|or)\b/iu.test(text.slice(a.at + 1, b.at)) || /^\s*(?:and|or)\b/iu.test(text.slice(b.at + 1, end))) continue;
    if (wordsIn(text.slice(start, a.at)) < 2) continue;
    // ", said Dr. Walke, the CDC's incident manager." is an attribution, not an aside.
    if (/^\s*(?:said|says|told|according)\b/iu.test(text.slice(a.at + 1, b.at))) continue;
    out.push({ start: a.dash ? a.at - 1 : a.at, end: b.at + 1 });
    k++; // the closing mark opens no second aside
  }
  return out;
}
