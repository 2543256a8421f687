/**
 * Quotation-mark pairing for every script the ten languages use, within one
 * paragraph: “…”, „…“ / „…”, «…» (nested), German »…«, ‹…›, 「…」, 『…』,
 * ‚…‘ and straight "…" (also closed by two apostrophes, as some scrapes do).
 * A curly quote left open runs to the end of its sentence; a straight mark
 * that opens again before the pair closes ends the open quote there
 * ("Chers amis … "Chers amis …", disait …"). A closing mark with no opener
 * followed by a verb of saying takes its sentence as the quote, with the
 * sentences before it in the first person (its sentences back to a
 * splice, when page text was spliced in); one with no verb after it takes only
 * the words after a splice, or with none its sentences in the first person.
 */

import { CLOSERS, findClose } from './quote-close-intl.js';
import { afterSplice, firstPersonBefore, personalStart, sentenceStartIn, trimmed, type Mark } from './quote-lost-opener-intl.js';

export type { Mark } from './quote-lost-opener-intl.js';

/**
 * Every quotation in `text`. `verbAfter` tests the text after a closing mark
 * for a verb of saying (it decides whether a lone closing mark is a quote).
 */
export function findMarks(text: string, verbAfter: RegExp, lang?: string): Mark[] {
  const out: Mark[] = [];
  // A straight mark with a verb of saying right after it closes the quotation open before it, whatever its spacing
  // ("… juntos, "señaló su página …").
  const saidAfter = (j: number): boolean => text[j] === '"' && verbAfter.test(text.slice(j + 1, j + 160));
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line !== null; line = lineRe.exec(text)) {
    const ls = line.index;
    const le = ls + line[0].length;
    let i = ls;
    let lastEnd = ls;
    while (i < le) {
      const ch = text[i];
      // A straight mark glued to a sentence end with a verb of saying right after it ("… bekleniyor."Dedi.") closes
      // that sentence: it is no opening mark.
      const spaced = spacedSingle(text, i, ls, lang);
      if ((spaced || isOpener(text, i, ls)) && !(saidAfter(i) && /[.!?…]/u.test(text[i - 1] ?? ''))) {
        const close = findClose(text, i, le, saidAfter);
        // A single quote opened after a space is a quotation only when its own mark closes it: a lone one is an apostrophe.
        if (spaced && close !== undefined && text[close.at] !== "'") {
          i++;
          continue;
        }
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
        // with no opener still closes words whose opening mark a splice removed, from the splice on; with no splice, it
        // closes its sentences in the first person ("… Ja, vielleicht regnet es. Aber vielleicht … scheint." Auch …").
        const m = afterSplice(text, Math.max(lastEnd, ls, i - 400), i) ?? firstPersonBefore(text, i, lastEnd, ls, lang);
        if (m) {
          out.push(m);
          lastEnd = i + 1;
        }
      } else if (isLoneCloser(text, i, ls)) {
        // Its sentence, and the sentences before it in the first person (the remark's own words).
        let from = Math.max(lastEnd, sentenceStartIn(text, i, ls));
        from = personalStart(text, from, Math.max(lastEnd, ls, i - 600), ls, lang);
        // "… ilgi  Marketler de baya. Baya var. … bence” dedi": the opening mark was lost where a run of spaces splices
        // page text into the line; the remark runs back over its sentences to that splice (none since the last mark).
        const back = text.slice(Math.max(lastEnd, ls, i - 600), from);
        const far = [...back.matchAll(/[^\S\n]{2,}/gu)].pop();
        if (far !== undefined && !/["“”„«»]/u.test(back.slice(far.index))) from -= back.length - far.index;
        // "… skupić się na  y nas po kolei rozkułaczą” – pisze": a run of spaces splices page text into the line; the
        // words whose opening mark was lost begin after the last splice.
        const splices = [...text.slice(from, i).matchAll(/[^\S\n]{2,}/gu)];
        if (splices.length > 0) from += splices[splices.length - 1].index + splices[splices.length - 1][0].length;
        // Turkish sets the speaker off with a comma before the remark ("Ekipler, … uzak kalmayız" şeklinde …", the
        // form of "Koca, “…” dedi"): a capitalised name and its comma opening the sentence stand outside the lost mark.
        const topic = lang === 'tr' ? /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*,\s+(?=\S+\s+\S)/u.exec(text.slice(from, i)) : null;
        if (topic) from += topic[0].length;
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
      && (/[\p{L}\p{N}¡¿]/u.test(next) || (/[:：]/u.test(prev) && /^[^\S\n][\p{L}\p{N}]/u.test(text.slice(i + 1, i + 3))));
  }
  if (ch === '»') return /[\s(:]/.test(prev) && /[\p{L}\p{N}]/u.test(next) && !/«/.test(text.slice(Math.max(ls, i - 300), i));
  if (ch === '“') return !/[\p{L}\p{N}.,!?…]/u.test(prev) || /[\p{Script=Han}：:，]/u.test(prev);
  if (ch === '‚') return /\s/.test(prev) && /\p{L}/u.test(next);
  // A single quote opens only where an apostrophe cannot stand: after a colon or a bracket ("…: 'Tante volte …'"), or
  // (curly) after a space or a line start.
  if (ch === '”') return /[:：]\s*$/u.test(text.slice(Math.max(ls, i - 2), i)) && /[\s\p{L}]/u.test(next) && /\p{L}/u.test(text.slice(i + 1, i + 3));
  // Spanish opens a sentence with "¡" or "¿" ("…: '¡Una década en la diferencia!'").
  if (ch === "'") return /[:(]\s?$/u.test(text.slice(Math.max(ls, i - 2), i)) && /[\p{L}¡¿]/u.test(next);
  if (ch === '‘') return /[\s(:—–-]/u.test(prev) && /\p{L}/u.test(next);
  return ch in CLOSERS && ch !== '"';
}

/**
 * Languages that write no apostrophe after a space (French, Italian and Turkish do: "l' Europe", "'ndrangheta",
 * "'ya"): there a straight single quote after a space opens a quotation.
 */
const SPACED: ReadonlySet<string> = new Set(['es', 'de', 'pl', 'ru']);

/**
 * A straight single quote after a space or a line start, before a letter, in a language that writes no apostrophe
 * there: machine translations of English keep its single quotes ("… en un 'programa de televisión tonto'.").
 */
function spacedSingle(text: string, i: number, ls: number, lang: string | undefined): boolean {
  if (text[i] !== "'" || lang === undefined || !SPACED.has(lang)) return false;
  const prev = i > ls ? text[i - 1]! : ' ';
  return /\s/u.test(prev) && /[\p{L}¡¿]/u.test(text[i + 1] ?? '');
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
