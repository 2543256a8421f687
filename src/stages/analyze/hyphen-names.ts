/**
 * Names written with a hyphen, which the tokens split ("Kim Jong" + "-un"):
 * Korean given names of two syllables ("Kim Jong-un", "Moon Jae-in", "Park
 * Geun-hye"), compound given names ("Jean-Claude Juncker", "Frank-Walter
 * Steinmeier") and double surnames ("Alexandria Ocasio-Cortez", "JuJu
 * Smith-Schuster"). A person's run takes the part glued to it by a hyphen:
 * after it, a lower-case syllable of up to four letters after a short word
 * (not an English compound's second word: "Trump-era", "Kim-led"), or, after
 * a full name, a capitalised word; before it, a given name (not "Biden-" of
 * "the Biden-Zelenskyy call", two people; nor to a letter: "T-Mobile").
 * German joins any two of its capitalised nouns so ("Corona-Krise"): there
 * only two forenames join ("Heinz-Christian"), and a surname after a run
 * opened by a forename when it is no noun ("Annegret Kramp-Karrenbauer",
 * not "Angela Merkel-Regierung"), or alone as the text writes it after a
 * forename ("Walter-Borjans"). Not a place's or a
 * people's name ("Trump-Russia", "Israeli-Palestinian", "Mexico-Canada"):
 * those join two things, not one name.
 */
import type { Candidate } from './entity-candidates.js';
import { isGivenName } from '../text-model/english-words.js';
import { isForename } from '../text-model/forenames.js';
import { isCommonWord } from '../text-model/common-words.js';

/** Second words of English compounds a name opens ("Trump-era", "Biden-led"). */
const COMPOUND_TAILS = new Set(['era', 'led', 'run', 'like', 'born', 'free', 'made', 'held', 'type', 'wide', 'size', 'less', 'ish', 'ally', 'age', 'year', 'day', 'time', 'ness']);

/** Prefixes a capitalised compound opens with ("Anti-Semitism", "Pro-Russian", "Self-Defense"): no name's first half. */
const PREFIXES = new Set(['anti', 'pro', 'non', 'ex', 'post', 'pre', 'co', 'neo', 'mid', 'self', 'semi', 'multi', 'inter', 'trans', 'super', 'ultra', 'counter', 'cross', 'all', 'well', 'high', 'low', 'half', 'over', 'under', 'out', 'vice']);

const AFTER = /^-(?:(\p{Ll}{1,4})|(\p{Lu}\p{Ll}+))(?![\p{L}\p{M}-])/u;
const BEFORE = /(?<![\p{L}\p{M}-])(\p{Lu}\p{Ll}+)-$/u;

/**
 * `c` (a person's run) with the parts a hyphen glues to it; `notAName(word)` tells a place or a people's word;
 * `capitalJoins` false where every noun has a capital (German).
 * @example withHyphenParts(run('Kim Jong'), text, isPlace).text // 'Kim Jong-un'
 */
export function withHyphenParts(c: Candidate, text: string, notAName: (word: string) => boolean, capitalJoins = true): Candidate {
  let start = c.start;
  let end = c.end;
  const after = AFTER.exec(text.slice(end, end + 40));
  if (after !== null) {
    const lastWord = /[\p{L}\p{M}]+$/u.exec(text.slice(start, end))?.[0] ?? '';
    const syllable = after[1];
    // In German a double surname joins a run that opens with a forename, and only with a word that is no noun: none
    // of the language's word list, none the text writes after an article ("Annegret Kramp-Karrenbauer"; not "Angela
    // Merkel-Regierung" where the text says "die Regierung").
    const firstWord = /^[\p{L}\p{M}]+/u.exec(text.slice(start, end))?.[0] ?? '';
    const capital = capitalJoins || (after[2] !== undefined && isForename(firstWord.toLowerCase()) && !germanNoun(after[2], text));
    // The surname alone ("Walter-Borjans sagte") joins as the text writes it after a forename elsewhere.
    const known = !capitalJoins && c.last === c.first && after[2] !== undefined && surnameAfterForename(`${lastWord}${after[0]}`, text);
    const joins = syllable !== undefined
      ? lastWord.length <= 5 && !COMPOUND_TAILS.has(syllable) && c.last > c.first
      : known || (capital && c.last > c.first && lastWord.length >= 3 && !PREFIXES.has(lastWord.toLowerCase()) && !notAName(after[2]!) && !notAName(lastWord));
    if (joins) end += after[0].length;
  }
  const before = BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before !== null) {
    const firstWord = /^[\p{L}\p{M}]+/u.exec(text.slice(start, end))?.[0] ?? '';
    // In German, where a hyphen joins any two nouns, only two forenames make one ("Hans-Peter Doskozil", "Heinz-Christian
    // Strache"; not "Corona-Krise").
    const joins = capitalJoins ? isGivenName(before[1]!.toLowerCase()) : isForename(before[1]!.toLowerCase()) && isForename(firstWord.toLowerCase());
    if (joins && firstWord.length >= 3 && !notAName(firstWord)) start -= before[0].length;
  }
  return start === c.start && end === c.end ? c : { ...c, start, end, text: text.slice(start, end) };
}

const GERMAN_NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|ion|tät|ismus|nis|chef|chefin|konzern|info|infos|anzeige|zeitung|partei|regierung)$/iu;

/** Whether a German word is a noun: in the word list, with a noun's ending, or written after an article somewhere in the text. */
function germanNoun(word: string, text: string): boolean {
  // The list lacks many nouns ("Regierung", "Suchanzeige"): the endings of German abstract nouns and of the
  // compounds news runs into a name ("-Chefin", "-Konzern", "-Infos") tell them too.
  if (isCommonWord(word.toLowerCase(), 'de') || GERMAN_NOUN_ENDING.test(word)) return true;
  return new RegExp(`(?<![\\p{L}])(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines)\\s+${word}(?![\\p{L}])`, 'u').test(text);
}

/** Whether `surname` ("Walter-Borjans") follows a forename somewhere in the text ("Norbert Walter-Borjans"). */
function surnameAfterForename(surname: string, text: string): boolean {
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{Ll}\\p{M}]+)\\s+${surname}(?![\\p{L}-])`, 'gu'))) if (isForename(m[1]!.toLowerCase())) return true;
  return false;
}
