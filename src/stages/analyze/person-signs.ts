/**
 * Signs of a person in a run of capitalised words. The entity rules read a run
 * of two capitalised words as a person; in German every noun is capitalised,
 * Polish, Turkish and the Romance languages capitalise institutions and
 * events, and English news capitalises laws, products and places ("Zahlen
 * Lünen", "Straż Pożarna", "Seguridad Pública", "World Economic Forum"). A
 * person's run shows a sign of one (a forename, a role, initials, a surname
 * the text uses); a phrase shows none. Measured on hand-labelled runs
 * (eval/multilingual/persons-*.jsonl, bench/multilingual-persons.ts).
 */
import { isEnglishWord, isGivenName } from '../text-model/english-words.js';
import { isCommonWord } from '../text-model/common-words.js';
import { isForename, isForenameIn, russianForenameForm } from '../text-model/forenames.js';
import type { Language } from '../text-model/languages.js';
import { stopWordsOf } from '../text-model/stopwords.js';
import { opensWithRole, PARTICLES } from './entity-words-intl.js';
import { NAME_OPENER, type NameEvidence } from './person-evidence-intl.js';
import { isCityName } from './city-names.js';
import { isCountryOrState } from './gazetteer.js';
import { countryPlaceName } from './country-places.js';
import { countryOf } from '../similarity/news-lexicon.js';
import { transliterate } from '../similarity/transliterate.js';

/**
 * Whether a run of two capitalised words or more shows no sign of a person where it might be a phrase of the text's
 * language: no role (found by the rules, `role`, or a role noun, an office or a form of address opening it, in Polish
 * and Turkish anywhere before its last word: "Kultusminister Lorz", "Presidente Sánchez", "Frau Esken"), no initials or
 * name suffix, no forename ("Uwe Ochsenknecht", "Félicien Kabuga", "Andrzeja"; `forenameIn`), no word the text writes
 * after a forename elsewhere, possibly in the genitive ("Flack" after "Caroline Flack"), and (English) a last word the
 * text never writes alone or with an age or a role in apposition. Such a run is no person in German, which
 * capitalises every noun ("Zahlen Lünen", "Städten Bayerns"), in Polish and Turkish ("Straż Pożarna", "Sosyal
 * Koruma"), nor in French, Spanish and Italian when a word before its last is a common word of the language
 * ("Impacto Camargo", "Comisaría Crespo", "Gran Bretagna"; the last may be a surname: "López Obrador"); in English it
 * is an organisation (entities.ts). Russian and the caseless scripts have their own rules (person-evidence-intl.ts).
 * @example runWithoutName(['Pandemie', 'Menschen'], nameEvidenceOf('Pandemie Menschen', 'de'), false) // true
 */
export function runWithoutName(words: readonly string[], ev: NameEvidence, role: boolean): boolean {
  const lang = ev.lang;
  if (!RUN_NEEDS_NAME.has(lang) || words.length < 2 || role || NAME_OPENER.test(words[0]!)) return false;
  // Polish and Turkish put a place or a party before the role ("AK Parti Bingöl Milletvekili …", "Meksika Devlet Başkanı Obrador").
  if (ROLE_INSIDE.has(lang) ? words.slice(0, -1).some((w) => opensWithRole(w, lang)) : opensWithRole(words[0]!, lang)) return false;
  for (const w of words) {
    // Initials and a name's suffix are a person's ("G.K. Butterfield", "Vann R. Newkirk II", "Donald Trump Jr.").
    if (/^(?:\p{Lu}\.)+$/u.test(w) || /^(?:jr|sr|ii|iii|iv)\.?$/iu.test(w)) return false;
    const lower = w.toLocaleLowerCase(lang);
    if (lower.split('-').some((part) => forenameIn(part, wordLanguage(part, lang)))) return false;
    if (ev.surnames.has(lower) || (lower.endsWith('s') && ev.surnames.has(lower.slice(0, -1)))) return false;
  }
  if (ev.writesAlone(words[words.length - 1]!)) return false;
  // Not the last word: a Spanish surname is often a common word, and two of them make a name ("López Obrador").
  // Russian: any word of five letters or more ("Хагг Страшная", "Власти Аризоны"); a foreign name in Cyrillic meets a
  // short Russian word by chance ("Пост Мэлоун", "Ник Вудхаус", "Софи Суарес"). A word in Latin letters is asked of
  // English ("Atlanta Fire Rescue").
  if (lang === 'ru') return words.some((w) => w.length >= 5 && isCommonWord(w.toLowerCase(), wordLanguage(w.toLowerCase(), lang)));
  if (!WORD_LISTS.has(lang)) return true;
  if (words.slice(0, -1).some((w) => { const lower = w.toLocaleLowerCase(lang); return !PARTICLES.has(lower) && isCommonWord(lower, lang); })) return true;
  // An English phrase quoted in a Romance text ("Getty Images", "Nintendo Switch", "Covington Catholic"): an English word
  // of five letters or more that is no word of the language, anywhere in the run ("Kola", "Hone", "Cook" are names).
  return words.some((w) => { const lower = w.toLowerCase(); return lower.length >= 5 && isEnglishWord(lower) && !isCommonWord(lower, lang); });
}

/**
 * Where the name of a person run `first`..`last` opens: at its first forename when only words that are no role, no
 * form of address, no particle and no forename stand before it ("Dymisja Andrzeja Dudy" → "Andrzeja Dudy", "Institut
 * Bernd Murawski" → "Bernd Murawski"), in the languages whose runs must show a sign of a person; `first` otherwise.
 * @example forenameStart([{ text: 'Dymisja' }, { text: 'Andrzeja' }, { text: 'Dudy' }], 0, 2, nameEvidenceOf('', 'pl'), false) // 1
 */
export function forenameStart(tokens: readonly { readonly text: string }[], first: number, last: number, ev: NameEvidence, role: boolean): number {
  if (role || !RUN_NEEDS_NAME.has(ev.lang)) return first;
  for (let j = first; j < last; j++) {
    const w = tokens[j]!.text;
    const lower = w.toLocaleLowerCase(ev.lang);
    if (!/\p{L}/u.test(w) || NAME_OPENER.test(w) || PARTICLES.has(lower) || opensWithRole(w, ev.lang)) return first;
    if (lower.split('-').some((part) => forenameIn(part, ev.lang))) return j;
    // Russian writes foreign names as heard, and a forename the lists miss may open one ("Шив Кумар Мишра"): only a
    // Russian word, a country or a word in Latin letters is cut ("Некролог Робин Наэоле", "Украины Алексей Резников",
    // "Turf Moor Юргеном Клоппом").
    if (ev.lang === 'ru' && !/^[a-z]/u.test(lower) && !isCommonWord(lower, 'ru') && countryPlaceName(w, 'ru') === undefined) return first;
  }
  return first;
}

/** A word of a role written before a name: a role noun or an institution's acronym ("МИД", "USA"). */
export function roleOrAcronym(word: string, lang: Language): boolean {
  return opensWithRole(word, lang) || /^\p{Lu}{2,5}$/u.test(word);
}

/**
 * Where the name opens in a Russian or Polish run that opens with a role or a country's name and may name its country
 * or institution before the forename ("Президент России Владимир Путин", "Глава МИД Украины Дмитрий Кулеба", "России
 * Сергей Лавров" after "министр иностранных дел"): at the first forename after only roles, countries and acronyms, the
 * words before it the person's role; undefined when the run is not so made.
 * @example roleRunStart([{ text: 'Президент' }, { text: 'России' }, { text: 'Владимир' }, { text: 'Путин' }], 0, 3, 'ru', false) // 2
 */
export function roleRunStart(tokens: readonly { readonly text: string }[], first: number, last: number, lang: Language, roleBefore: boolean): number | undefined {
  if (lang !== 'ru' && lang !== 'pl') return undefined;
  const opensWithCountry = countryPlaceName(tokens[first]!.text, lang) !== undefined;
  if (!roleBefore && !opensWithCountry && !opensWithRole(tokens[first]!.text, lang)) return undefined;
  for (let j = first; j < last; j++) {
    const w = tokens[j]!.text;
    const lower = w.toLocaleLowerCase(lang);
    const country = countryPlaceName(w, lang) !== undefined;
    // A forename that is a city's name too stays one here, before a surname ("Владимир Путин"); after a country's name
    // (a genitive: "Польши Матеуш Моравецкий"), two words or more that are neither are the person, forename known or not.
    if (j > first && !country && (lower.split('-').some((part) => isForenameIn(part, lang)) || (opensWithCountry && !roleOrAcronym(w, lang)))) return j;
    if (!country && !roleOrAcronym(w, lang)) return undefined;
  }
  return undefined;
}

/**
 * A forename as a sign of a person in `lang`: accents folded in the Romance languages and English ("Óscar", "Seán"; not
 * in German, where the lists' "Zurich" and "Dao" would read "Zürich" and "Daö"); not a place's name the lists hold
 * too ("Berlin", "China", "Alaska"), unless the curated list has it; not a function word of the
 * language of three letters or more the broad lists also hold ("Kein", "Mal", "Morgen", "Kaynak"), unless the
 * curated list has it ("Ernst"; two letters may be a name the stop lists hold too: "Xi").
 */
function forenameIn(lower: string, lang: Language): boolean {
  if (!isForenameIn(lower, lang) && !(FOLDED.has(lang) && isForename(lower.normalize('NFD').replace(/\p{M}/gu, '')))) return false;
  if (lower.length < 3 || isGivenName(lower)) return true;
  // Nor a place's name the broad lists hold ("Berlin", "China", "Paris"): a run of places and nouns is no person's. A
  // Russian word is asked as the form the lists hold ("Аризоны" → "arizona"; "Марка" → "марк", whatever "Марка" is).
  const form = lang === 'ru' ? (russianForenameForm(lower) ?? lower) : lower;
  if (isCityName(form) || isCountryOrState(form) || countryOf(transliterate(form)) !== undefined) return false;
  // Nor a function word; in English nor a common word the broad lists hold as a name too ("Red Cross", "Ford Field").
  return !stopWordsOf(lang).has(lower) && !(lang === 'en' && isEnglishWord(lower));
}

/** A word in Latin letters in a Russian text is quoted English ("Tiger Global Management"), and is asked of English. */
function wordLanguage(lower: string, lang: Language): Language {
  return lang === 'ru' && /^[a-z]/u.test(lower) ? 'en' : lang;
}

/**
 * The languages whose runs must show a sign of a person (runWithoutName); of them, those where the run must also hold
 * a common word of the language (a list of which is loaded: common-words.ts), and those whose forenames are checked
 * with their accents folded.
 */
const RUN_NEEDS_NAME: ReadonlySet<Language> = new Set(['de', 'es', 'fr', 'it', 'pl', 'tr', 'en', 'ru']);
const WORD_LISTS: ReadonlySet<Language> = new Set(['es', 'fr', 'it']);
const FOLDED: ReadonlySet<Language> = new Set(['es', 'fr', 'it', 'en']);
const ROLE_INSIDE: ReadonlySet<Language> = new Set(['pl', 'tr']);

/** A saint's title in the languages of our texts ("St.", "Sankt", "San", "Santa", "São", "Saint", "Sant'"). */
const SAINT = /^(?:st\.?|sankt|san|santa|santo|são|saint|sainte|sant['’]?|sv\.?|św\.?|свят(?:ой|ая|ого))$/iu;

/**
 * Whether a run names something after a saint: a saint's title before a capitalised word ("St. Veit", "Mount St. Mary",
 * "Placu Saint Piotra", "San Mamés", "Sankt Petersburg"), a place, a church, a day or a team, not a person met in the
 * news; a title closing the run is no saint's ("Cathy Dos Santo", "Harkness St"), nor one after a forename.
 * @example saintNamed(['Nachbargemeinden', 'St.', 'Veit']) // true
 */
export function saintNamed(words: readonly string[]): boolean {
  const at = words.findIndex((w, i) => i < words.length - 1 && SAINT.test(w) && /^\p{Lu}/u.test(words[i + 1]!));
  // After a forename the title is part of a name ("Aung San Suu Kyi", "Yves Saint Laurent", "Ben St. John").
  return at >= 0 && !words.slice(0, at).some((w) => isForename(w.toLowerCase()));
}

