/**
 * A speaker the quote rules of the other languages give as a description ending in a person's name in apposition
 * ("ha detto venerdì il segretario alla giustizia Menardo Guevarra", "dijo el ministro de Salud Fernán Quirós") is
 * that person, as the entity rules found the name: a reader finds the remark under the person, and a brief joins it
 * to the same person's remarks in other languages. Not when the name is in a complement of the description: right
 * after a preposition ("il portavoce di Matteo Salvini" is not Salvini), or after an office in one ("il portavoce del
 * presidente Marco Rossi"); nor when no lower-case word stands before it (a run of capitalised words is the entity
 * rules' to judge).
 */
import type { EntityMention, Quote } from '../../core/types.js';
import type { Language } from '../text-model/languages.js';
import { opensWithRole } from './entity-words-intl.js';
import { PREPOSITIONS } from './speaker-names-intl.js';

/**
 * The quotes with a description ending in a person's name spoken by that person.
 * @example apposedNames([{ start: 1, end: 5, text: '…', speaker: 'il ministro Mario Rossi', speakerMention: { start: 20, end: 42 } }], [person 'Mario Rossi' at 31–42], text, 'it')[0].speaker // 'Mario Rossi'
 */
export function apposedNames(quotes: readonly Quote[], entities: readonly EntityMention[], text: string, lang: Language): Quote[] {
  return quotes.map((q) => {
    const m = q.speakerMention;
    if (m === undefined || q.speaker === undefined) return q;
    const person = entities.find((e) => e.type === 'person' && e.start > m.start && e.end <= m.end && /^[\s.,;:]*$/u.test(text.slice(e.end, m.end)));
    if (person === undefined) return q;
    const before = text.slice(m.start, person.start);
    const words = before.split(/[\s'’]+/u).filter((w) => /\p{L}/u.test(w));
    const last = words[words.length - 1];
    if (last === undefined || PREPOSITIONS.has(last.toLowerCase()) || !/(?:^|\s)\p{Ll}/u.test(before)) return q;
    if (opensWithRole(last, lang) && words.slice(0, -1).some((w) => PREPOSITIONS.has(w.toLowerCase()))) return q;
    return { ...q, speaker: person.name, speakerMention: { start: person.start, end: person.end } };
  });
}
