/**
 * Quotation-mark pairing for every script the ten languages use, within one
 * paragraph: “…”, „…“ / „…”, «…» (nested), German »…«, ‹…›, 「…」, 『…』,
 * ‚…‘ and straight "…" (also closed by two apostrophes, as some scrapes do).
 * A curly quote left open runs to the end of its sentence; a straight mark
 * that opens again before the pair closes ends the open quote there
 * ("Chers amis … "Chers amis …", disait …"). A closing mark with no opener
 * followed by a verb of saying takes its sentence as the quote (its sentences
 * back to a splice, when page text was spliced in); one with no verb after it
 * takes only the words after a splice.
 */

/** One quotation: mark positions and the quoted words between them. */
export interface Mark {
  /** Index of the opening mark (or of the first quoted word when it was lost). */
  readonly openStart: number;
  /** Quoted words, trimmed. */
  readonly start: number;
  readonly end: number;
  /** Index just past the closing mark (or the quoted words when unclosed). */
  readonly closeEnd: number;
  /** False when the closing mark is missing (the quote ran to its sentence end). */
  readonly closed: boolean;
}

const CLOSERS: Readonly<Record<string, readonly string[]>> = {
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
const MAX_QUOTE = 1500;

/**
 * Every quotation in `text`. `verbAfter` tests the text after a closing mark
 * for a verb of saying (it decides whether a lone closing mark is a quote).
 */
export function findMarks(text: string, verbAfter: RegExp): Mark[] {
  const out: Mark[] = [];
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line !== null; line = lineRe.exec(text)) {
    const ls = line.index;
    const le = ls + line[0].length;
    let i = ls;
    let lastEnd = ls;
    while (i < le) {
      const ch = text[i];
      if (isOpener(text, i, ls)) {
        const close = findClose(text, i, le);
        if (close !== undefined) {
          // Closed by its mark or by the next opening mark; else Russian-style "«…, — признался X." ends at the dash.
          let { at, end } = close;
          let closed = end > at || /["“]/.test(text[at] ?? '');
          if (!closed) {
            const dash = /,?\s[-–—]\s/g;
            dash.lastIndex = i + 1;
            for (let d = dash.exec(text); d !== null && d.index < at; d = dash.exec(text)) {
              if (verbAfter.test(text.slice(d.index, d.index + 160))) {
                at = d.index;
                end = d.index;
                closed = true;
                break;
              }
            }
          }
          if (!closed) {
            // "« Nous ne pouvons pas …, a déclaré le ministre Bruno Le Maire. Il faut …": a comma, a verb of saying and
            // its subject (a name, or an inverted pronoun) end the quotation whose closing mark was lost. A verb with
            // an object instead ("ha aggiunto un elemento speciale") is narration, not the attribution.
            const comma = /,\s/g;
            comma.lastIndex = i + 1;
            for (let d = comma.exec(text); d !== null && d.index < at; d = comma.exec(text)) {
              const v = verbAfter.exec(text.slice(d.index, d.index + 160));
              if (v && SUBJECT_NEXT.test(text.slice(d.index + v[0].length, d.index + v[0].length + 80))) {
                at = d.index;
                end = d.index;
                closed = true;
                break;
              }
            }
          }
          const m = trimmed(text, i, i + 1, at, end, closed);
          if (m) out.push(m);
          i = Math.max(end, i + 1);
          lastEnd = i;
          continue;
        }
      } else if (isLoneCloser(text, i, ls) && !verbAfter.test(text.slice(i + 1, i + 160))) {
        // "… Bagdad.  el poder y, si Dios quiere, responderemos …”, Soleimani …": with no verb after it, a closing mark
        // with no opener still closes words whose opening mark a splice removed, from the splice on.
        const m = afterSplice(text, Math.max(lastEnd, ls, i - 400), i);
        if (m) {
          out.push(m);
          lastEnd = i + 1;
        }
      } else if (isLoneCloser(text, i, ls)) {
        let from = Math.max(lastEnd, sentenceStartIn(text, i, ls));
        // "… ilgi  Marketler de baya. Baya var. … bence” dedi": the opening mark was lost where a run of spaces splices
        // page text into the line; the remark runs back over its sentences to that splice (none since the last mark).
        const back = text.slice(Math.max(lastEnd, ls, i - 600), from);
        const far = [...back.matchAll(/[^\S\n]{2,}/gu)].pop();
        if (far !== undefined && !/["“”„«»]/u.test(back.slice(far.index))) from -= back.length - far.index;
        // "… skupić się na  y nas po kolei rozkułaczą” – pisze": a run of spaces splices page text into the line; the
        // words whose opening mark was lost begin after the last splice.
        const splices = [...text.slice(from, i).matchAll(/[^\S\n]{2,}/gu)];
        if (splices.length > 0) from += splices[splices.length - 1].index + splices[splices.length - 1][0].length;
        const m = trimmed(text, from, from, i, i + 1, true);
        if (m) out.push(m);
        lastEnd = i + 1;
      }
      void ch;
      i++;
    }
  }
  return out;
}

/**
 * The words between the last splice in `from`..`close` and the closing mark at `close`: a run of spaces before a word
 * in lower case (or in a script without case), which no sentence or headline starts with ("… ediliyor.  Rüzgarın" and
 * a headline run into its first line, "…reform  Die Steiermark", are set apart, not spliced); then at least four words
 * with no quotation mark or page separator in them, the first a letter or digit, and no letter after the closing mark.
 */
function afterSplice(text: string, from: number, close: number): Mark | undefined {
  if (/[\p{L}\p{N}]/u.test(text[close + 1] ?? ' ')) return undefined;
  const back = text.slice(from, close);
  const splice = [...back.matchAll(/[^\S\n]{2,}/gu)].filter((m) => /^[\p{Ll}\p{Lo}]/u.test(back.slice(m.index + m[0].length))).pop();
  if (splice === undefined) return undefined;
  const start = from + splice.index + splice[0].length;
  const words = text.slice(start, close);
  if (/["“”„«»‹›「」『』|]/u.test(words) || !/^[\p{L}\p{N}]/u.test(words) || words.trim().split(/\s+/u).length < 4) return undefined;
  return trimmed(text, start, start, close, close + 1, true);
}

/** The subject right after a verb of saying: a name after at most an article and three lower-case words, or an inverted pronoun. */
const SUBJECT_NEXT = /^(?:-?t?-(?:il|elle|ils|elles|on)(?![\p{L}])|\s+(?:(?:el|la|los|las|le|les|il|lo|gli|der|die|das|den|l['’])\s*)?(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Lu})/u;

function isOpener(text: string, i: number, ls: number): boolean {
  const ch = text[i];
  const prev = i > ls ? text[i - 1] : ' ';
  const next = text[i + 1] ?? ' ';
  // A straight opener follows a space, bracket, colon or dash, a glued sentence end (".\"Word"), a Chinese
  // character, or an Arabic one-letter proclitic ("ل"المصراوي""); it is followed by a letter or digit.
  if (ch === '"') {
    const before2 = text.slice(Math.max(ls, i - 2), i);
    // After a colon it opens even before a space (":" الحمد لله …"): the colon announces what follows.
    return (/[\s([{:—–\-/\p{Script=Han}、，：]/u.test(prev) || /[.!?]$/.test(before2) || /(?:^|\s)[لبوف]$/u.test(before2))
      && (/[\p{L}\p{N}]/u.test(next) || (/[:：]/u.test(prev) && /^[^\S\n][\p{L}\p{N}]/u.test(text.slice(i + 1, i + 3))));
  }
  if (ch === '»') return /[\s(:]/.test(prev) && /[\p{L}\p{N}]/u.test(next) && !/«/.test(text.slice(Math.max(ls, i - 300), i));
  if (ch === '“') return !/[\p{L}\p{N}.,!?…]/u.test(prev) || /[\p{Script=Han}：:，]/u.test(prev);
  if (ch === '‚') return /\s/.test(prev) && /\p{L}/u.test(next);
  // A single quote opens only where an apostrophe cannot stand: after a colon or a bracket ("…: 'Tante volte …'"), or
  // (curly) after a space or a line start.
  if (ch === '”') return /[:：]\s*$/u.test(text.slice(Math.max(ls, i - 2), i)) && /[\s\p{L}]/u.test(next) && /\p{L}/u.test(text.slice(i + 1, i + 3));
  if (ch === "'") return /[:(]\s?$/u.test(text.slice(Math.max(ls, i - 2), i)) && /\p{L}/u.test(next);
  if (ch === '‘') return /[\s(:—–-]/u.test(prev) && /\p{L}/u.test(next);
  return ch in CLOSERS && ch !== '"';
}

function isLoneCloser(text: string, i: number, ls: number): boolean {
  const ch = text[i];
  const prev = i > ls ? text[i - 1] : ' ';
  if (ch === '”' || ch === '」') return true;
  // German closes with “ ("… zu schützen“, sagte er"): after a word or its punctuation it closes a quote whose „ was lost.
  if (ch === '“') return /[\p{L}\p{N}.!?…,]/u.test(prev) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ');
  if (ch === '»') return /[\p{L}\p{N}.!?…\s]/u.test(prev);
  if (ch === '"') return /[\p{L}\p{N}.!?…]/u.test(prev);
  return false;
}

/** The closing mark for the opener at `open`, honouring nesting of the same kind. */
function findClose(text: string, open: number, le: number): { at: number; end: number } | undefined {
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
    if (opener === '"' && c === '"' && /\s/.test(text[j - 1]) && /\p{L}/u.test(text[j + 1] ?? '') && text.indexOf('"', j + 1) !== -1 && text.indexOf('"', j + 1) < le) {
      // Another straight quote opens here: the one at `open` was left open.
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

function sentenceStartIn(text: string, pos: number, ls: number): number {
  // Bounded look-back: a quote with a lost opening mark is taken to be at most a few sentences long.
  const floor = Math.max(ls, pos - 600);
  for (let j = pos - 1; j > floor; j--) {
    if (/[.!?…。！？؟]/u.test(text[j]) && /\s/.test(text[j + 1] ?? '') && /[\p{Lu}\p{Lo}\d"“„«]/u.test(text[j + 2] ?? '')) return j + 2;
    // An ellipsis marks where a cited excerpt begins, whatever its case ("… nous ne lâcherons rien », a déclaré").
    if ((text[j] === '…' || text.startsWith('...', j - 2)) && /\s/.test(text[j + 1] ?? '') && /\p{L}/u.test(text[j + 2] ?? '')) return j + 2;
  }
  return floor;
}

function trimmed(text: string, openStart: number, from: number, to: number, closeEnd: number, closed: boolean): Mark | undefined {
  let s = from;
  let e = to;
  while (s < e && /[\s"“”„«»‹›「」『』‚‘’]/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return undefined;
  return { openStart, start: s, end: e, closeEnd, closed };
}
