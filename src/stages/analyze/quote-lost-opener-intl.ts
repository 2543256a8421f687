/**
 * Quotations whose opening mark was lost (a closing mark with no opener): where
 * their words start (after a splice, at their sentence's start, or back over
 * the sentences in the first person before it), and whether one with no verb of
 * saying after it closes a remark at all; and the Mark every quotation is
 * returned as. Used by findMarks.
 */
import { inFirstPerson } from './quote-person-intl.js';

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

/**
 * The words between the last splice in `from`..`close` and the closing mark at `close`: a run of spaces before a word
 * in lower case (or in a script without case), which no sentence or headline starts with ("… ediliyor.  Rüzgarın" and
 * a headline run into its first line, "…reform  Die Steiermark", are set apart, not spliced); then at least four words
 * with no quotation mark or page separator in them, the first a letter or digit, and no letter after the closing mark.
 */
export function afterSplice(text: string, from: number, close: number): Mark | undefined {
  if (/[\p{L}\p{N}]/u.test(text[close + 1] ?? ' ')) return undefined;
  const back = text.slice(from, close);
  const splice = [...back.matchAll(/[^\S\n]{2,}/gu)].filter((m) => /^[\p{Ll}\p{Lo}]/u.test(back.slice(m.index + m[0].length))).pop();
  if (splice === undefined) return undefined;
  const start = from + splice.index + splice[0].length;
  const words = text.slice(start, close);
  if (/["“”„«»‹›「」『』|]/u.test(words) || !/^[\p{L}\p{N}]/u.test(words) || words.trim().split(/\s+/u).length < 4) return undefined;
  return trimmed(text, start, start, close, close + 1, true);
}

/**
 * Where a quotation whose opening mark was lost starts, given the start `from` of its last sentence: back over the
 * whole sentences before it (not past `floor`: the previous quotation's end or a bounded look-back) while each speaks
 * in the first person (inFirstPerson, the cue that also tells a remark from a title): "… mesajmeden sen bir insansın.
 * Acı birdir ve ben orada … gördüm. Bu sebeple çok mutluyum" diye konuştu" takes the remark's own sentences, not the
 * narration before them, which speaks of the speaker in the third person. A language with no pronoun list keeps `from`.
 */
export function personalStart(text: string, from: number, floor: number, ls: number, lang: string | undefined): number {
  if (lang === undefined) return from;
  for (;;) {
    const prev = sentenceStartIn(text, from - 2, ls);
    if (prev < floor || prev >= from || (prev <= ls && floor > ls) || !inFirstPerson(text.slice(prev, from), lang)) return from;
    from = prev;
  }
}

/**
 * A closing mark at `close` with no opener and no verb of saying after it, and no splice before it: it closes a remark
 * when the words back to its sentence's start and over the whole sentences before them in the first person
 * (personalStart) speak in the first person ("Mehrere Wissenschaftler ich Ihnen sagen: Ja, vielleicht regnet es. Aber
 * vielleicht ist es auch plausibel, dass die Sonne scheint." Auch …"): a title or a term says no "I" or "we". Not when
 * no letter may follow the mark, when the sentence's start is uncertain (a sentence end inside it that no capital
 * follows, or Chinese, written without spaces), with a quotation mark or page separator inside, or under six words.
 */
export function firstPersonBefore(text: string, close: number, lastEnd: number, ls: number, lang: string | undefined): Mark | undefined {
  if (lang === undefined || /[\p{L}\p{N}]/u.test(text[close + 1] ?? ' ')) return undefined;
  const own = Math.max(lastEnd, sentenceStartIn(text, close, ls));
  if (/[.!?…؟]\s+\S|[。！？]\S/u.test(text.slice(own, close))) return undefined;
  const from = personalStart(text, own, Math.max(lastEnd, ls, close - 600), ls, lang);
  const span = text.slice(from, close);
  if (!inFirstPerson(span, lang) || span.trim().split(/\s+/u).length < 6 || /["“”„«»‹›「」『』|]/u.test(span)) return undefined;
  return trimmed(text, from, from, close, close + 1, true);
}

export function sentenceStartIn(text: string, pos: number, ls: number): number {
  // Bounded look-back: a quote with a lost opening mark is taken to be at most a few sentences long.
  const floor = Math.max(ls, pos - 600);
  for (let j = pos - 1; j > floor; j--) {
    if (/[.!?…。！？؟]/u.test(text[j]) && /\s/.test(text[j + 1] ?? '') && /[\p{Lu}\p{Lo}\d"“„«]/u.test(text[j + 2] ?? '')) return j + 2;
    // A sentence end glued to the next sentence by a scrape ("… katıldı.Acı yaşayamazsın."): see GLUED_END.
    if (/[.!?]/u.test(text[j]) && /\p{Ll}\p{Ll}$/u.test(text.slice(j - 2, j)) && /^\p{Lu}[\p{Ll}\p{Lu}]/u.test(text.slice(j + 1, j + 3))) return j + 1;
    // An ellipsis marks where a cited excerpt begins, whatever its case ("… nous ne lâcherons rien », a déclaré").
    if ((text[j] === '…' || text.startsWith('...', j - 2)) && /\s/.test(text[j + 1] ?? '') && /\p{L}/u.test(text[j + 2] ?? '')) return j + 2;
  }
  return floor;
}

export function trimmed(text: string, openStart: number, from: number, to: number, closeEnd: number, closed: boolean): Mark | undefined {
  let s = from;
  let e = to;
  while (s < e && /[\s"“”„«»‹›「」『』‚‘’]/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return undefined;
  return { openStart, start: s, end: e, closeEnd, closed };
}
