/**
 * Search text handling shared by every backend: how Chinese and Japanese are
 * made searchable, and the snippet with highlighted matches.
 *
 * Chinese and Japanese are written without spaces, and FTS5's unicode61
 * tokenizer would make one token of a whole run of characters. Each Han,
 * Hiragana and Katakana character is indexed as its own token instead (the
 * text is spaced out before indexing), and a query word in those scripts
 * becomes a phrase of its characters: a phrase of consecutive characters is
 * a substring match, which needs no word segmenter and finds any word. The
 * trigram tokenizer would do the same for CJK but cannot match words shorter
 * than three characters, and ranks Latin-script text worse.
 *
 * Snippets are made here from the stored text (the index is contentless, so
 * the text is not stored twice): the same tokens, folded the same way as
 * unicode61 with remove_diacritics (lower case, marks dropped).
 */
import { asciiRanges, foldedTextRanges, isAscii, type WantedTerm } from './search-snippet-ascii.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_ALL = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu;

/** Spaces out CJK characters so each is a token. @example spaceCjk('中国政府') // ' 中  国  政  府 ' */
export function spaceCjk(text: string): string {
  return CJK.test(text) ? text.replace(CJK_ALL, ' $1 ') : text;
}

/** Lower case without diacritics, as the index compares tokens. */
export function foldToken(token: string): string {
  // ASCII has no marks and is its own NFD: the common case skips both (snippets fold every token of a text).
  return ASCII.test(token) ? token.toLowerCase() : token.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

interface Tok {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ start: m.index!, end: m.index! + m[0].length, folded: foldToken(m[0]) });
  return out;
}

/** Text made safe to place in HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Character ranges of `text` matching any of the terms (each a word, phrase or prefix). */
export function matchRanges(text: string, terms: readonly { text: string; prefix: boolean }[]): [number, number][] {
  const wanted = terms.map((t) => ({ parts: tokens(t.text).map((p) => p.folded), prefix: t.prefix })).filter((t) => t.parts.length > 0);
  // The same ranges without tokenising the whole text (search-snippet-ascii.ts).
  if (isAscii(text)) return asciiRanges(text, wanted);
  // Other letters folded one at a time where that is how the walk folds them (a few accented names in a long text).
  return foldedTextRanges(text, wanted) ?? tokenRanges(text, wanted);
}

/** matchRanges by walking every token of the text (any script). */
export function tokenRanges(text: string, wanted: readonly WantedTerm[]): [number, number][] {
  const toks = tokens(text);
  const ranges: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    for (const w of wanted) {
      const n = w.parts.length;
      if (i + n > toks.length) continue;
      let all = true;
      for (let k = 0; k < n && all; k++) {
        const tok = toks[i + k]!.folded;
        const part = w.parts[k]!;
        all = w.prefix && k === n - 1 ? tok.startsWith(part) : tok === part;
      }
      if (all) {
        ranges.push([toks[i]!.start, toks[i + n - 1]!.end]);
        break;
      }
    }
  }
  return ranges;
}

/**
 * A window of about `width` characters around the densest matches, HTML
 * escaped, each match in <mark>; the opening of the text when nothing in it
 * matches (the title did).
 */
export function snippet(text: string, terms: readonly { text: string; prefix: boolean }[], width = 240): string {
  const ranges = matchRanges(text, terms);
  let start = 0;
  if (ranges.length > 0) {
    // The window that holds the most matches, starting a little before its first.
    let best = 0;
    let bestCount = -1;
    for (let i = 0; i < ranges.length && i < 200; i++) {
      let count = 0;
      for (let j = i; j < ranges.length && ranges[j]![1] <= ranges[i]![0] + width - 40; j++) count++;
      if (count > bestCount) {
        best = i;
        bestCount = count;
      }
    }
    start = Math.max(0, ranges[best]![0] - 40);
  }
  let end = Math.min(text.length, start + width);
  // Cut at spaces, not inside a word (CJK text has none: cut anywhere).
  if (start > 0) {
    const space = text.indexOf(' ', start);
    const firstMatch = ranges.find((r) => r[1] > start)?.[0] ?? end;
    if (space >= 0 && space < firstMatch) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + width / 2) end = space;
  }
  let out = start > 0 ? '…' : '';
  let at = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    const s = Math.max(a, start);
    const e = Math.min(b, end);
    out += `${escapeHtml(text.slice(at, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  out += escapeHtml(text.slice(at, end));
  return end < text.length ? `${out}…` : out;
}
