/**
 * Direct quotations and their speakers. Quote marks are paired per paragraph
 * by style („…” / „…“, “…”, «…», ‘…’, "…"); a ’ inside a word is an apostrophe
 * and never closes a quote. Short unattributed fragments are scare quotes.
 */
import type { EntityMention, Quote, Sentence, Span } from '../../core/types.js';
import type { Token } from './tokens.js';
import { tokenize } from './tokens.js';
import { findAttributions } from './speakers.js';
import type { Attribution } from './speakers.js';
import { entitiesFromTokens } from './entities.js';

/** A pair of quote marks: `open`/`close` are the marks, `inner` the words between. */
export interface QuoteMarks {
  readonly open: number;
  /** Index just past the closing mark, or the paragraph end when it is left open. */
  readonly close: number;
  readonly inner: Span;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function findCloser(text: string, open: number, end: number): number {
  const mark = text[open];
  for (let i = open + 1; i < end; i++) {
    const c = text[i];
    if (mark === '“' && c === '”') return i;
    if (mark === '„' && (c === '”' || c === '“')) return i;
    if (mark === '«' && c === '»') return i;
    if (mark === '‘' && c === '’' && !isWordChar(text[i + 1]) && text[i - 1] !== ' ') return i;
    if (mark === '"' && c === '"') return i;
  }
  // Translations sometimes close with a second opening mark: "… Ukraine. “".
  if (mark === '“') {
    for (let i = open + 1; i < end; i++) if (text[i] === '“' && !isWordChar(text[i + 1]) && !isWordChar(text[i - 1])) return i;
    return -1;
  }
  return -2;
}

/**
 * Quote-mark pairs in `text`. A “ left open runs to the paragraph end (the
 * convention for quotes that fill a paragraph).
 * @example findQuoteMarks('He said “no,” twice.')[0].inner // { start: 9, end: 12 }
 */
export function findQuoteMarks(text: string): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line !== null; line = lineRe.exec(text)) {
    const end = line.index + line[0].length;
    for (let i = line.index; i < end; i++) {
      const c = text[i];
      if (!'“„«‘"'.includes(c) || isWordChar(text[i - 1])) continue;
      if (c === '‘' && !isWordChar(text[i + 1])) continue;
      if (c === '"' && (i + 1 >= end || /\s/.test(text[i + 1]))) continue;
      const closer = findCloser(text, i, end);
      if (closer === -2) continue;
      const stop = closer === -1 ? end : closer;
      let s = i + 1;
      let e = stop;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /[\s,]/.test(text[e - 1])) e--;
      if (e > s && isWordChar(text.slice(s, e).match(/[\p{L}\p{N}]/u)?.[0])) {
        out.push({ open: i, close: closer === -1 ? end : closer + 1, inner: { start: s, end: e } });
      }
      i = stop;
    }
  }
  return out;
}

const SCARE_BEFORE = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that']);

function sentenceBounds(sentences: readonly Sentence[], from: number, to: number): Span {
  let start = from;
  let end = to;
  for (const s of sentences) {
    if (s.start <= from && from < s.end) start = s.start;
    if (s.start < to && to <= s.end) { end = s.end; break; }
  }
  return { start, end };
}

/** The attribution in the quote's sentence(s) closest to the marks. */
function nearest(atts: readonly Attribution[], q: QuoteMarks, region: Span): Attribution | undefined {
  let best: Attribution | undefined;
  let bestDist = Infinity;
  for (const a of atts) {
    if (a.verb.start < region.start || a.verb.end > region.end) continue;
    const d = a.verb.start >= q.close ? a.verb.start - q.close : q.open - a.verb.end;
    if (d >= 0 && d < bestDist) { best = a; bestDist = d; }
  }
  return best;
}

/** Quotes from precomputed tokens and entities (what `analyze` uses). */
export function quotesFromTokens(text: string, tokens: readonly Token[], sentences: readonly Sentence[], entities: readonly EntityMention[]): Quote[] {
  const marks = findQuoteMarks(text);
  const atts = findAttributions(text, tokens, sentences, entities, marks.map((m) => m.inner));
  const out: Quote[] = [];
  let prev: { q: Quote; close: number } | undefined;
  for (const q of marks) {
    const inner = text.slice(q.inner.start, q.inner.end);
    const words = inner.split(/\s+/).length;
    const att = nearest(atts, q, sentenceBounds(sentences, q.open, q.close));
    const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, q.open - 20), q.open))?.[1]?.toLowerCase();
    if (words <= 3 && (att === undefined || (before !== undefined && SCARE_BEFORE.has(before)))) continue;
    let speaker: Pick<Quote, 'speaker' | 'speakerMention' | 'role'> = {};
    if (att !== undefined) {
      speaker = { speaker: att.speaker, speakerMention: att.mention, ...(att.role !== undefined ? { role: att.role } : {}) };
    } else if (prev !== undefined && prev.q.speaker !== undefined && !text.slice(prev.close, q.open).includes('\n')
      && text.slice(prev.close, q.open).split(/\s+/).length <= 12) {
      // “A,” he said. “B.” — the second part continues the same speaker.
      speaker = { speaker: prev.q.speaker, ...(prev.q.speakerMention !== undefined ? { speakerMention: prev.q.speakerMention } : {}), ...(prev.q.role !== undefined ? { role: prev.q.role } : {}) };
    } else if (/^(?:\p{Lu}[\p{L}’'-]*\s*){1,8}$/u.test(inner)) {
      continue; // A title in quotation marks.
    }
    const quote: Quote = { start: q.inner.start, end: q.inner.end, text: inner, ...speaker };
    out.push(quote);
    prev = { q: quote, close: q.close };
  }
  return out;
}

/**
 * Direct quotations in `text` with their resolved speakers.
 * @example extractQuotes('“We expect it to be long,” Peskov added.', sentences, entities)[0]
 * // { text: 'We expect it to be long', speaker: 'Dmitry Peskov', … }
 */
export function extractQuotes(text: string, sentences: readonly Sentence[], entities?: readonly EntityMention[]): Quote[] {
  const tokens = tokenize(text, sentences);
  return quotesFromTokens(text, tokens, sentences, entities ?? entitiesFromTokens(text, tokens));
}
