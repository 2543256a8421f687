/**
 * Where a quotation opened by a mark ends, within one paragraph: its closing
 * mark (honouring nesting of the same kind, and a quotation of another family
 * nested inside), a new quotation opening after a sentence end (the first lost
 * its closing mark), or, left open, the end of its sentence (of its paragraph
 * when a colon announced it). Used by findMarks.
 */

export const CLOSERS: Readonly<Record<string, readonly string[]>> = {
  '“': ['”', '"', '“'],
  '„': ['“', '”', '"'],
  '«': ['»'],
  '»': ['«'],
  '‹': ['›'],
  '「': ['」'],
  '『': ['』'],
  '‚': ['‘', '’'],
  '"': ['"', '”', "''"],
  // Single quotes, as English-style headlines and machine translations use them ("…: 'Tante volte perdiamo la pazienza'").
  '‘': ['’'],
  // A closing-shaped mark used as the opener right after a colon (":” باسم السيد رئيس …").
  '”': ['”', '“', '"'],
  "'": ["'"],
};
export const MAX_QUOTE = 1500;

/** The closing mark for the opener at `open`, honouring nesting of the same kind; `closesHere` tells a straight mark that must close (its attribution follows). */
export function findClose(text: string, open: number, le: number, closesHere?: (j: number) => boolean): { at: number; end: number } | undefined {
  const opener = text[open];
  const closers = CLOSERS[opener];
  const limit = Math.min(le, open + MAX_QUOTE);
  let depth = 0;
  for (let j = open + 1; j < limit; j++) {
    const c = text[j];
    if (opener === '"' && c === "'" && text[j + 1] === "'") return { at: j, end: j + 2 };
    if (opener !== '"' && opener !== "'" && c === opener && opener !== '“' && opener !== '»') {
      depth++;
      continue;
    }
    // A quotation of the other family opening inside this one ("„Mówił wtedy "nie" i wyszedł”", "«… „…“ …»") is nested
    // when it closes and this quote's own closing mark still follows: the marks pair as a whole, not one by one.
    const nestedEnd = depth === 0 ? nested(text, open, j, limit) : undefined;
    if (nestedEnd !== undefined) {
      j = nestedEnd - 1;
      continue;
    }
    if (opener === '“' && c === '“' && j + 1 < le && /[\p{L}\p{N}]/u.test(text[j + 1]) && /\s/.test(text[j - 1] ?? '')) {
      // A second opening curly quote: the first was never closed.
      return unclosedEnd(text, open, j);
    }
    // A new quotation opening after a sentence end ("… anno. “I nostri", "… con l'obiettivo "I nostri"): the quote
    // at `open` lost its closing mark in scraping and ends at its last sentence end before the new one.
    if (depth === 0 && reopens(text, open, j, closers)) return lastSentenceEnd(text, open, j);
    // A machine translation may close a straight quotation with a guillemet ("Lorsque … carbone », a déclaré Grosse"):
    // a closing guillemet with no opening one since the straight mark closes it.
    if (opener === '"' && c === '»' && depth === 0 && !text.slice(open + 1, j).includes('«')) return { at: j, end: j + 1 };
    if (!closers.includes(c)) continue;
    // In a single-quoted passage an apostrophe between letters is an elision ("l’anno", "po'"), not its end.
    if ((opener === "'" || opener === '‘') && /\p{L}/u.test(text[j + 1] ?? '')) continue;
    if (depth > 0) {
      depth--;
      continue;
    }
    if (opener === '"' && c === '"' && /\s/.test(text[j - 1]) && /\p{L}/u.test(text[j + 1] ?? '') && text.indexOf('"', j + 1) !== -1 && text.indexOf('"', j + 1) < le && !closesHere?.(j)) {
      // Another straight quote opens here: the one at `open` was left open (not when a verb of saying follows the mark:
      // that is the attribution, and the mark closes the quote).
      return { at: j, end: j };
    }
    return { at: j, end: j + c.length };
  }
  return unclosedEnd(text, open, limit);
}

/** Closing marks of a quotation nested in another of a different family. */
const INNER: Readonly<Record<string, readonly string[]>> = { '"': ['"'], '„': ['“', '”'], '“': ['”'], '«': ['»'] };

/**
 * Where a quotation opening at `j` inside the one opened at `open` ends (just past its closing mark), when it is nested:
 * a mark of another family in opening position (after a space, before a word) whose own closing mark comes next, after
 * which the outer quotation's closing mark follows before any new outer opening mark. Else undefined.
 */
function nested(text: string, open: number, j: number, limit: number): number | undefined {
  const outer = text[open];
  const c = text[j];
  const inner = INNER[c];
  if (!inner || c === outer || outer === "'" || outer === '‘' || outer === '‚') return undefined;
  if (!/[\s(]/u.test(text[j - 1] ?? '') || !/[\p{L}\p{N}]/u.test(text[j + 1] ?? '')) return undefined;
  let k = j + 1;
  // The inner closing mark stands after a word (not before one: that would be another opening mark).
  while (k < limit && !(inner.includes(text[k]) && !/\s/.test(text[k - 1]))) k++;
  if (k >= limit || k - j > 300) return undefined;
  const closers = CLOSERS[outer];
  for (let m = k + 1; m < limit; m++) {
    const d = text[m];
    if (d === outer && outer !== '"' && /[\p{L}\p{N}]/u.test(text[m + 1] ?? '')) return undefined;
    // French sets a space inside its guillemets ("… simple »"); a straight or “ closing mark stands after a word.
    if (closers.includes(d) && !inner.includes(d) && (!/["“]/u.test(d) || !/\s/.test(text[m - 1]))) return k + 1;
  }
  return undefined;
}

/** At `j` a curly or guillemet quotation opens after a sentence end, or (inside a curly quote) a straight one after a space. */
function reopens(text: string, open: number, j: number, closers: readonly string[]): boolean {
  const c = text[j];
  if (!/[\p{L}\p{N}]/u.test(text[j + 1] ?? '')) return false;
  if ((c === '“' || c === '„' || c === '«') && c !== text[open] && !closers.includes(c)) return /[.!?…]\s+$/u.test(text.slice(Math.max(open + 1, j - 4), j));
  if (c === '"' && text[open] !== '"' && /\s/.test(text[j - 1] ?? '')) {
    const nl = text.indexOf('\n', j);
    const next = text.indexOf('"', j + 1);
    // Paired later in the paragraph, or opening a capitalised sentence (its own closing mark may lie past the excerpt).
    return (next > 0 && (nl < 0 || next < nl)) || /\p{Lu}/u.test(text[j + 1]);
  }
  return false;
}

/** The end of the last sentence (of three words or more) between `open` and `j`, else `j`. */
function lastSentenceEnd(text: string, open: number, j: number): { at: number; end: number } {
  let last = -1;
  for (const m of text.slice(open + 1, j).matchAll(/[.!?…](?=\s)/gu)) {
    if (text.slice(open + 1, open + 1 + m.index).trim().split(/\s+/).length >= 3) last = open + 1 + m.index + 1;
  }
  return last > 0 ? { at: last, end: last } : { at: j, end: j };
}

/**
 * An unclosed quote runs to the end of its sentence (at least a few words), or
 * to `limit`; one announced by a colon ("şunlar kaydedildi: "…") to the end of
 * its paragraph.
 */
function unclosedEnd(text: string, open: number, limit: number): { at: number; end: number } | undefined {
  if (/[:：]\s*$/u.test(text.slice(Math.max(0, open - 3), open))) {
    // To the last sentence end of the paragraph: trailing page furniture without a full stop stays out.
    const nl = text.indexOf('\n', open);
    const para = text.slice(open + 1, Math.min(limit, nl < 0 ? text.length : nl));
    let last = -1;
    for (const m of para.matchAll(/[.!?…。！？؟](?=\s|$)|[。！？]/gu)) last = m.index + m[0].length;
    if (last > 0) return { at: open + 1 + last, end: open + 1 + last };
  }
  // A sentence end may carry a closing mark of another family ("«Die Maßnahmen reichen nicht aus." Ein Professor …": a
  // machine translation mixed the marks): the quotation ends there too.
  const re = /[.!?…。！？؟](?=["”“»]?(?:\s|$))/gu;
  re.lastIndex = open + 1;
  for (let m = re.exec(text); m !== null && m.index < limit; m = re.exec(text)) {
    if (text.slice(open + 1, m.index).trim().split(/\s+/).length >= 3) return { at: m.index + 1, end: m.index + 1 };
  }
  return limit > open + 1 ? { at: limit, end: limit } : undefined;
}
