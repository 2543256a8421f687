/**
 * Where a quotation stands in the nine non-English languages: whether it is its
 * whole sentence, opens its sentence or paragraph, follows a sentence that
 * speaks, or has narration between it and the quote before; and whether a cue
 * occurs in the clause before it. These decide whether words in marks are a
 * remark and which sentence names its speaker.
 */
import type { Sentence } from '../../core/types.js';
import { lastMatch } from './quotes-intl-attribute.js';

/** A whole sentence between `from` and `to` that has no verb of saying and no quotation mark: narration. */
export function narrationBetween(text: string, sentences: readonly Sentence[], from: number, to: number, verbs: RegExp): boolean {
  return sentences.some((x) => x.start >= from && x.end <= to && /\p{L}{2}/u.test(x.text) && !verbs.test(x.text) && !/["“”„«»「」]/u.test(x.text));
}

/**
 * Whether the quotation from `open` to `close` is its whole sentence: only a sentence end, a line start or a dash
 * before it, and after it a sentence end, a line end, or a capitalised word (a headline glued to the text after it).
 */
export function standsAlone(text: string, open: number, close: number): boolean {
  const before = text.slice(Math.max(0, open - 4), open);
  const after = text.slice(close, close + 4);
  return /(?:^|[.!?…]|\n)[^\S\n]*[-–—]?[^\S\n]*$/u.test(text.slice(Math.max(0, open - 6), open)) && (open < 6 || before.length > 0)
    && /^(?:[.!?…]|[^\S\n]*(?:\n|$)|[^\S\n]+\p{Lu})/u.test(after);
}

/** Whether the quotation at `pos` opens its sentence: only a sentence end (or the text's or a line's start) and spaces before it. */
export function opensSentence(text: string, pos: number): boolean {
  return /(?:^|\n|[.!?…]["”»]?)[^\S\n]*$/u.test(text.slice(Math.max(0, pos - 6), pos));
}

/** Whether the quotation at `pos` opens its paragraph (nothing but spaces or a dash since the line start). */
export function opensParagraph(text: string, pos: number): boolean {
  return /(?:^|\n)[^\S\n]*[-–—]?[^\S\n]*$/u.test(text.slice(Math.max(0, pos - 20), pos));
}

/** `re` occurs in `near` with no clause or sentence end after it. */
export function clauseHas(near: string, re: RegExp): boolean {
  const m = lastMatch(near, re);
  return m !== undefined && !/[:;.!?]/u.test(near.slice(m.index + m[0].length));
}

/**
 * A quotation opening its own sentence right after a sentence that speaks ("Il sindaco ha detto. “…", "…, a-t-il
 * expliqué. "…"): its lost closing mark does not make it a title.
 */
export function speechLeadsTo(text: string, sentences: readonly Sentence[], pos: number, verbs: RegExp): boolean {
  if (!/(?:^|[.!?:…]["”»]?\s*|\n\s*)$/u.test(text.slice(Math.max(0, pos - 3), pos))) return false;
  const prev = sentences.filter((x) => x.end <= pos + 1).pop();
  return prev !== undefined && pos - prev.end < 5 && (verbs.test(prev.text) || /[:：]\s*$/u.test(prev.text));
}

/**
 * A sentence end glued to the next sentence by a scrape or a machine translation ("… Manuel Ramos.Sin embargo, …",
 * "… katıldı.Acı yaşayamazsın."): two lower-case letters, a full stop, question or exclamation mark (and a closing
 * mark), then a capitalised word or an acronym ("… gördü.TMO'nun"). Initials ("J.K.") and abbreviations ("Dr.Müller")
 * have no two lower-case letters before the stop.
 */
export const GLUED_END = /(?<=\p{Ll}\p{Ll}[.!?]["”“»]?)(?=\p{Lu}[\p{Ll}\p{Lu}])/gu;

/** `sentences` also split where a sentence end is glued to the next sentence (GLUED_END). */
export function withGluedEnds(text: string, sentences: readonly Sentence[]): Sentence[] {
  return sentences.flatMap((x) => {
    const cuts = [...x.text.matchAll(GLUED_END)].map((m) => x.start + m.index);
    if (cuts.length === 0) return [x];
    const bounds = [x.start, ...cuts, x.end];
    return bounds.slice(1).map((end, k) => ({ start: bounds[k], end, text: text.slice(bounds[k], end) }));
  });
}
