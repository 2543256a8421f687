/**
 * Candidate units of a summary: every sentence of every article, compressed,
 * with its words (as ROUGE counts them) and its content terms (stop words
 * dropped, lightly stemmed, so "protesters" in one outlet meets "protester" in
 * another).
 */
import { splitSentences } from '../analyze/sentences.js';
import { isStopWord, lightStem } from '../dedupe/text-tokens.js';
import { compressSentence } from './compress.js';
import type { SentenceSpan, SummaryArticle, SummaryCitation } from './types.js';

// A word is a run of /[\p{L}\p{N}\p{M}_]+/u; read by a scanner, not matchAll: a
// match array and an iterator result per word were a summary's largest garbage.
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/uy;

/** Whether the code point at `i` is a word character. */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text);
}

/** Code units of the code point at `i` (2 for a surrogate pair, as /u reads it). */
function charLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** End of the word starting at `i` (a word character). */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWordAt(text, j)) j += charLength(text, j);
  return j;
}

/** Words the way the ROUGE scorer counts them: runs of letters, digits and marks. */
export function countWords(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; ) {
    if (isWordAt(text, i)) {
      i = wordEnd(text, i);
      n++;
    } else i += charLength(text, i);
  }
  return n;
}

/**
 * Reporting verbs are stop words for matching articles (rewrites vary them
 * freely) but content here: a neutral account says who said what, and a
 * sentence that carries its attribution is the one to cite (chosen on
 * neus-train; it helps both halves).
 */
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tell', 'tells', 'according']);

/** Content terms of a text: lower-cased, stop words (but reporting verbs) and single letters dropped, stemmed. */
export function contentTermsOf(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    if (!isWordAt(lower, i)) {
      i += charLength(lower, i);
      continue;
    }
    const end = wordEnd(lower, i);
    const w = lower.slice(i, end);
    i = end;
    if (w.length < 2 && !/\d/u.test(w)) continue;
    if (isStopWord(w) && !REPORTING.has(w)) continue;
    out.push(lightStem(w));
  }
  return out;
}

export interface Unit {
  readonly article: number;
  /** Index of the sentence within its article (0 = lead). */
  readonly position: number;
  /** Versions of one sentence (whole, or cut at a clause) share this key; one at most is chosen. */
  readonly key: string;
  /** True for a version cut short at a clause boundary. */
  readonly clipped: boolean;
  /** True for an article's title. */
  readonly title: boolean;
  readonly citations: readonly SummaryCitation[];
  readonly text: string;
  readonly words: number;
  readonly terms: readonly string[];
  /** Whole sentence is a quotation, a question or a fragment: rarely what a neutral account says. */
  readonly quoteLike: boolean;
}

/** Joins kept pieces: one space between them, none before closing punctuation. */
function joinPieces(source: string, pieces: readonly SentenceSpan[], cutEnding: boolean): string {
  let out = '';
  for (const p of pieces) {
    const piece = source.slice(p.start, p.end).replace(/\s+/gu, ' ');
    out = out === '' || /^[,.;:!?)\]]/u.test(piece) ? out + piece : `${out} ${piece}`;
  }
  if (cutEnding) {
    out = out.replace(/[,;:\s]+$/u, '');
    // A cut right after an abbreviation ("… in the U.S., officials said") already ends in a period.
    if (!out.endsWith('.')) out += '.';
  }
  return out;
}

/** Pieces ending at `at` (a source offset inside the last kept piece or after it). */
function clipPieces(pieces: readonly SentenceSpan[], at: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const p of pieces) {
    if (p.start >= at) break;
    out.push(p.end <= at ? p : { start: p.start, end: at });
  }
  return out;
}

/** Pieces without the source range `cut`. */
function removeRange(source: string, pieces: readonly SentenceSpan[], cut: SentenceSpan): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/u.test(source[start])) start++;
    while (end > start && /\s/u.test(source[end - 1])) end--;
    if (end > start) out.push({ start, end });
  };
  for (const p of pieces) {
    if (p.end <= cut.start || p.start >= cut.end) out.push(p);
    else {
      if (p.start < cut.start) push(p.start, cut.start);
      if (p.end > cut.end) push(cut.end, p.end);
    }
  }
  return out;
}

/**
 * Not a sentence of the story: a subheading run into the text, or brackets
 * left open or closed by the splitter (an editor's insert cut in two, "[Who’s in?").
 */
function unusable(raw: string): boolean {
  // A subheading run into the text ("Shutdown’s Initial Impact Likely to Be Minor"):
  // no closing punctuation and mostly capitalised words.
  const words = raw.match(/[\p{L}\p{N}]+/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (!/[.!?"”’')\]]$/u.test(raw) && capitalised > words.length / 2) return true;
  const opens = (raw.match(/[[(]/gu) ?? []).length;
  const closes = (raw.match(/[\])]/gu) ?? []).length;
  return opens !== closes || /^\[/u.test(raw);
}

/** The most asides a sentence may have for each to make a version without it (all of them still go at once). */
const MAX_ASIDE_VERSIONS = 8;

function makeUnits(article: number, position: number, source: string, span: SentenceSpan, compress: boolean, field?: 'title'): Unit[] {
  const raw = source.slice(span.start, span.end).trim();
  if (compress && unusable(raw)) return [];
  const c = compress ? compressSentence(source, span.start, span.end) : { pieces: [span], cutEnding: false, clauseEnds: [], asides: [] };
  if (c.pieces.length === 0) return [];
  const quoteLike = /^["“‘']/u.test(raw) || /\?["”’]?$/u.test(raw);
  const key = `${article}:${position}${field ?? ''}`;
  const versions: { pieces: readonly SentenceSpan[]; cutEnding: boolean; clipped: boolean }[] = [{ ...c, clipped: false }];
  // A lead cut off mid-sentence by the feed ("… since he arriv") is marked as cut.
  const broken = field === undefined && !/[.!?…"”’')\]]$/u.test(raw) && span.end >= source.trimEnd().length;
  for (const at of c.clauseEnds) {
    const pieces = clipPieces(c.pieces, at);
    if (pieces.length > 0) versions.push({ pieces, cutEnding: true, clipped: true });
  }
  // Each version (whole or cut) may also lose one aside before its end (a sentence of more "asides" than a
  // sentence has is a list, "7 troops, 14 troops, …": a version per item made its units the square of its length) …
  const oneAside = c.asides.length <= MAX_ASIDE_VERSIONS ? c.asides : [];
  for (const v of [...versions]) {
    const last = v.pieces[v.pieces.length - 1];
    for (const a of oneAside) {
      if (last === undefined || a.end >= last.end) continue;
      const pieces = removeRange(source, v.pieces, a);
      if (pieces.length > 0) versions.push({ pieces, cutEnding: v.cutEnding, clipped: true });
    }
    // Or all of them at once: a sentence with two asides ("Smith, a Democrat,
    // said the bill — the first since 2019 — would pass") may be best without both.
    const inside = c.asides.filter((a) => last !== undefined && a.end < last.end);
    if (inside.length > 1) {
      let pieces: SentenceSpan[] = [...v.pieces];
      for (const a of inside) pieces = removeRange(source, pieces, a);
      if (pieces.length > 0) versions.push({ pieces, cutEnding: v.cutEnding, clipped: true });
    }
  }
  const out: Unit[] = [];
  for (const v of versions) {
    const joined = joinPieces(source, v.pieces, v.cutEnding);
    const text = broken && !v.cutEnding ? `${joined} …` : joined;
    const words = countWords(text);
    if (words === 0) continue;
    const citations = v.pieces.map((p) => (field ? { article, start: p.start, end: p.end, field } : { article, start: p.start, end: p.end }));
    out.push({ article, position, key, clipped: v.clipped, title: field === 'title', citations, text, words, terms: contentTermsOf(text), quoteLike: quoteLike || words < 4 });
  }
  return out;
}

/**
 * Whether a quotation is open at `to`, given its state at `from`: curly marks
 * open and close; a straight double quote toggles. A paragraph break closes an
 * open quotation (a writer's unbalanced mark must not swallow the rest).
 */
function quoteOpenAfter(text: string, from: number, to: number, open: boolean): boolean {
  let o = open;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '«' || ch === '„') o = true;
    else if (ch === '”' || ch === '»') o = false;
    else if (ch === '"') o = !o;
    else if (ch === '\n' && text[i + 1] === '\n') o = false;
  }
  return o;
}

/**
 * Units of one article: its sentences, or its title when it has no text (a
 * title-only item still tells what the outlet reports).
 */
export function unitsOf(article: SummaryArticle, index: number, compress: boolean): Unit[] {
  const spans = article.sentences ?? splitSentences(article.text);
  const out: Unit[] = [];
  const text = article.text;
  let open = false;
  let at = 0;
  spans.forEach((s, i) => {
    if (s.end <= s.start || s.start < 0 || s.end > text.length) return;
    if (s.start >= at) open = quoteOpenAfter(text, at, s.start, open);
    at = Math.max(at, s.start);
    // A sentence inside a quotation opened earlier ("… establishment. They can't
    // stop us.”) would read as the writer's own statement without its speaker.
    if (!open) out.push(...makeUnits(index, i, text, s, compress));
  });
  if (out.length === 0 && spans.length > 0) {
    // Quotations only: better a quoted sentence than nothing (the penalty still applies).
    spans.forEach((s, i) => {
      if (s.end > s.start && s.start >= 0 && s.end <= text.length) out.push(...makeUnits(index, i, text, s, compress));
    });
  }
  // An article left out of the summary's window (see summarize-cluster.ts) offers nothing.
  if (spans.length === 0 && /[\p{L}\p{N}]/u.test(text)) return out;
  if (out.length === 0 && article.title.trim() !== '') {
    const t = article.title;
    const span = { start: t.length - t.trimStart().length, end: t.trimEnd().length };
    out.push(...makeUnits(index, 0, t, span, false, 'title'));
  }
  return out;
}

