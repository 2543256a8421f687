/**
 * Ages in English text: after a name ("Christopher Turkette, 42,", "Ekta (32)", "a son Oscar, 10."), after "aged"
 * or "turned", "He was 77." at a clause's end, and by decade ("a man in his 60s"). Used by extractFigures.
 */
import type { EntityMention, Figure } from '../../core/types.js';
import type { NumberToken } from './figures-numbers.js';
import type { Counted } from './figures.js';
import { isEnglishWord } from '../text-model/english-words.js';
import { gazetteerType } from './entity-candidates.js';

// "died aged 99", "turned 100": an age (ageOf); so is "He was 77." at a clause's end.
const PRONOUN_WAS = /\b(?:[Hh]e|[Ss]he|I)\s+(?:was|is|were|turns|turned)\s+$/;
const AGED_BEFORE = /\b(?:aged|ages|turned|turns|turning)\s+$/i;

/**
 * "Christopher Turkette, 42, of Anchorage", "died aged 99": a person's age. Its unit is "age", not "year": an age is
 * no duration ("husband of 73 years … died aged 99"), and the person's name in what is counted keeps two people's
 * ages apart (a capitalised word narrows a quantity, figures-units.ts).
 */
export function ageOf(tok: NumberToken, before: string, after: string, single: boolean, end: number, persons: readonly EntityMention[]): Counted | undefined {
  const at = tok.start - before.length;
  let person: EntityMention | undefined;
  // "Turkette, 42," or "Oscar, 10." after the name; "Ekta (32)" in parentheses.
  const apposed = /,\s$/.test(before) && /^[,.;]/.test(after);
  if (single && (apposed || (/\s\($/.test(before) && /^\)/.test(after)))) {
    const nameEnd = at + before.search(apposed ? /,\s$/ : /\s\($/);
    person = persons.find((e) => e.end === nameEnd);
    // "M.S. Mathew, aka Shaji, 44, and Prajikumar, 44": a lone name the entity rules left out, no English word or place
    // ("in Galloway, 2, 4 or 6 miles" is a list).
    const named = before.slice(0, before.search(apposed ? /,\s$/ : /\s\($/));
    const lone = person === undefined ? /(?:^|[\s(])(\p{Lu}\p{Ll}{2,})$/u.exec(named) : null;
    // After a word of kinship a name may be spelt as an English word ("a son Oscar, 10.").
    const kin = lone !== null && KIN_BEFORE.test(named.slice(0, named.length - lone[1]!.length));
    if (lone !== null && !/^,\s*\d/.test(after) && (kin || !isEnglishWord(lone[1]!.toLowerCase())) && gazetteerType(lone[1]!.toLowerCase()) === undefined) return { unit: 'age', counted: `age of ${lone[1]}`, end };
    if (person === undefined) return undefined;
  } else if (!AGED_BEFORE.test(before) && !(single && PRONOUN_WAS.test(before) && /^[.,;]/.test(after))) return undefined;
  // "aged N" names no one: the person named last before it is as often someone else ("the son of Jenji Kohan … died
  // aged 20", "head of publisher Knopf, dies aged 77").
  return { unit: 'age', counted: person ? `age of ${person.name}` : 'age', end };
}

/** Words of kinship before a first name: "a son Oscar", "his wife Mary". */
const KIN_BEFORE = /\b(?:son|sons|daughter|daughters|wife|husband|brother|brothers|sister|sisters|mother|father|child|children|grandson|granddaughter|nephew|niece|boy|girl|partner)\s+$/i;

// "A man in his 60s", "women in their early 30s": an age stated by its decade (the number is not a token of its own).
const DECADE_AGE = /\bin\s+(?:his|her|their)\s+(?:(?:early|mid|late)[\s-]+)?([1-9]0)s\b/g;

export function decadeAges(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(DECADE_AGE)) {
    const start = m.index + m[0].length - m[1].length - 1;
    out.push({ start, end: start + m[1].length + 1, text: `${m[1]}s`, value: Number(m[1]), valueMax: Number(m[1]) + 9, unit: 'age', counted: 'age', qualifier: 'about' });
  }
  return out;
}

