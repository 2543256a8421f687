/**
 * The speaker of a headline quotation nothing attributes. News copy often opens with a remark in marks as its
 * headline and names who said it in the lead right after ("„US-Truppen haben im Persischen Golf nichts zu suchen” – Iran
 * von Trumps Drohungen empört Der iranische Außenminister Mohammed Dschawad Safir hat …", "«Es difícil negociar …»
 * Viernes, 10 de enero … La concejala de Hacienda, Raquel Ruiz, ha sido …"): the first full name of the lead that is
 * no complement (not after a preposition) is that speaker.
 */
import { NAME_RUN, isComplementAt, withoutOpeners } from './speaker-names-intl.js';

/** At most this much of the lead's first sentence is read. */
const LEAD = 400;

/** "And" inside a capitalised run. */
const AND = /^(?:y|e|et|und|i|и|ve)$/u;

/** Whether the quotation opening at `openStart` opens the text (nothing but space before its mark). */
export function opensText(text: string, openStart: number): boolean {
  return text.slice(0, openStart).trim() === '';
}

/**
 * The first full name (two to four capitalised words, none in capitals only, none with a case ending after an
 * apostrophe, not joined by "and") in the first sentence after a headline quotation's closing mark (at most `LEAD`
 * characters of it), not after a preposition, whose last word neither `noOne` refuses nor `positional` finds
 * capitalised only by its place; undefined when there is none. A one-word name may be a place or a noun, so only full
 * names are read.
 */
export function leadName(text: string, sentences: readonly { start: number; end: number }[], closeEnd: number, lower: ReadonlySet<string>, noOne: (w: string) => boolean, positional: (w: string) => boolean): string | undefined {
  // Only the first sentence with words after the quotation: a name further on is no longer the lead's subject.
  const first = sentences.find((x) => x.end > closeEnd && /\p{L}/u.test(text.slice(Math.max(x.start, closeEnd), x.end)));
  if (first === undefined) return undefined;
  const lead = text.slice(closeEnd, Math.min(first.end, closeEnd + LEAD));
  for (const m of lead.matchAll(NAME_RUN)) {
    if (isComplementAt(lead, m.index)) continue;
    let words = withoutOpeners(m[0], lower).split(/\s+/).filter(Boolean);
    // Two names joined by "and" ("Movimiento Libertario y Educación") are not one who speaks.
    if (words.some((w) => AND.test(w))) continue;
    // Words capitalised only where sentences open or (German) as nouns after a determiner are no part of a name: a
    // role before it is dropped ("Außenminister"), a noun at its end ("Trumps Drohungen") makes it no name.
    while (words.length > 0 && positional(words[0])) words = words.slice(1);
    if (words.length > 0 && positional(words[words.length - 1])) continue;
    if (words.length < 2 || words.length > 4) continue;
    if (words.some((w) => (/^\p{Lu}+$/u.test(w) && w.length > 1) || /['’]\p{Ll}+$/u.test(w))) continue;
    // A German noun phrase ("Iran von Trumps Drohungen") or a place ends in a word that names no one who speaks.
    if (noOne(words.join(' ')) || noOne(words[words.length - 1])) continue;
    return words.join(' ');
  }
  return undefined;
}
