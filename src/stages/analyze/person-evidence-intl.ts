/**
 * What the text itself says about a capitalised run the entity rules would
 * call a person, in a language other than English. The English rules take any
 * run of two capitalised words for a name; elsewhere that run is as often an
 * institution ("Poder Judicial", "Światowa Organizacja Zdrowia"), a place
 * ("Estados Unidos", "Wielkiej Brytanii"), an English phrase the text quotes
 * ("App Store") or, in German, where every noun is capitalised, a noun phrase
 * ("Nähere Informationen"). Without a model, the text's own usage tells:
 * - a word the text also writes in lower case is a common word, not a name:
 *   a run whose surname (its last word) or every word is one names no person
 *   ("estados", "sağlık"); in German, whose surnames are often adjectives
 *   ("Sebastian Kurz", "kurz"), only a first word so written counts ("Nähere",
 *   "näheren"), and a word after an article is a noun; in Russian a first
 *   word of two in another case form ("Власти Аризоны" after "власть");
 * - a full name after such a word is the name alone ("Difesa Mark Esper" →
 *   "Mark Esper"); after an article, a run holds a name only when a first
 *   name and a surname follow the noun the article governs ("der
 *   Bundeskanzlerin Angela Merkel"; not "den Bayerischen Rundfunk", "gli
 *   Stati Uniti");
 * - a country of the news lexicon ("Brytanii", "Великобритании") is a place,
 *   and so are a word the text writes after "in" ("in Pforzheim", "Seul'da")
 *   and the name of a city of 100,000 people or more (city-names.ts);
 *   — but after a given name a word the lexicon takes for a country is a
 *   surname ("Mario Rossi");
 * - a run of English common words not opened by a given name is an English
 *   phrase ("App Store", "Daily Mail"; english-words.ts), and in Chinese,
 *   Russian and Arabic text one English word in a run of Latin letters with
 *   no forename is enough ("Getty Images").
 * The evidence also holds what person-signs.ts reads in every language,
 * English included (surnames after given names; in English the words written
 * alone). Head nouns of institutions are in entity-heads-intl.ts.
 */
import { countryOf } from '../similarity/news-lexicon.js';
import { countryPlaceName } from './country-places.js';
import { isCityName } from './city-names.js';
import { transliterate } from '../similarity/transliterate.js';
import { isEnglishWord, isGivenName } from '../text-model/english-words.js';
import { isCommonWord } from '../text-model/common-words.js';
import { stemIn } from '../text-model/stemmers.js';
import { isForename } from '../text-model/forenames.js';
import { latinReadings, russianNominatives } from '../text-model/cyrillic-readings.js';
import { opensWithRole } from './entity-words-intl.js';
import type { Language } from '../text-model/languages.js';

/** Articles and determiners (German: with the preposition-article contractions) after which a capitalised word is a noun. */
const DETERMINERS: Partial<Record<Language, string>> = {
  de: 'der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|im|am|zum|zur|vom|beim|ins|ans|aufs|dieser|diese|dieses|diesen|diesem|jeder|jede|jedes|jeden|jedem',
  es: 'el|la|los|las|un|una|unos|unas|del|al',
  fr: 'le|la|les|un|une|des|du|au|aux',
  it: 'il|lo|la|i|gli|le|un|uno|una|del|dello|della|dei|degli|delle|al|allo|alla|ai|agli|alle|nel|nello|nella|nei|negli|nelle|sul|sullo|sulla|sui|sugli|sulle',
};

/** Per text: its lower-case words and (German) the words it writes after a determiner. */
export interface NameEvidence {
  readonly lang: Language;
  readonly lower: ReadonlySet<string>;
  readonly afterDeterminer: ReadonlySet<string>;
  /** German: the stems of its lower-case words (adjectives in every ending). */
  readonly lowerStems: ReadonlySet<string>;
  /** Single capitalised words the text writes as where something is ("in Pforzheim", "w Sudanie", "Seul'da"). */
  readonly places: ReadonlySet<string>;
  /** Words the text writes after a given name ("Carlos Mesa"): a surname, even where a city has that name. */
  readonly surnames: ReadonlySet<string>;
  /**
   * English: whether the text writes `word` (as written in a run) alone mid-sentence, not after an article ("… Gingrich
   * told …": a person named in full is named by the surname after, an institution is not by its last word), or with an
   * age or a role in apposition ("Suu Kyi, 70, said", "Htay Oo, its acting chairman"). Asked of few words, so each is
   * looked up when asked.
   */
  readonly writesAlone: (word: string) => boolean;
  readonly determiner: RegExp | undefined;
}

/**
 * The evidence of `text` in `lang`.
 * @example nameEvidenceOf('Die Tierversuche gehen weiter.', 'de').afterDeterminer.has('tierversuche') // true
 */
export function nameEvidenceOf(text: string, lang: Language): NameEvidence {
  const lower = new Set<string>();
  // Addresses and handles are no usage: "infowars.com/stay-classy-cnn-anderson-cooper", "@andersoncooper". English asks
  // only for the surnames and the words written alone (runWithoutName), so it reads no lower-case words.
  if (lang !== 'en') for (const chunk of text.split(/\s+/)) {
    if (/[/@#]|\.\p{L}{2,4}(?:\W|$)/u.test(chunk)) continue;
    for (const m of chunk.matchAll(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu)) lower.add(m[0]);
  }
  const places = new Set<string>();
  const place = PLACE_BEFORE[lang];
  if (lang === 'tr') for (const m of text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}\p{M}]+)['’][dt][ae](?![\p{L}])/gu)) places.add(m[1]!.toLocaleLowerCase('tr'));
  else if (place !== undefined) for (const m of text.matchAll(patternsOf(lang).placeRun!)) places.add(m[1]!.toLowerCase().replace(/\s+/g, ' '));
  const afterDeterminer = new Set<string>();
  if (lang === 'de') for (const m of text.matchAll(patternsOf(lang).nounAfterDeterminer!)) afterDeterminer.add(m[1]!.toLowerCase());
  const lowerStems = new Set<string>();
  if (lang === 'de') for (const w of lower) lowerStems.add(deStem(w));
  else if (lang === 'ru') for (const w of lower) if (w.length >= 4) lowerStems.add(stemIn(w, 'ru'));
  const surnames = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]+)\s+(\p{Lu}[\p{L}\p{M}]+)/gu)) if (isGivenName(m[1]!.toLowerCase())) surnames.add(m[2]!.toLocaleLowerCase(lang));
  return { lang, lower, lowerStems, afterDeterminer, places, surnames, writesAlone: lang === 'en' ? aloneIn(text) : () => false, determiner: patternsOf(lang).determinerBefore };
}

/** An age, or a role word within a short description, in apposition after a word. */
const APPOSITION = /^,\s+(?:\d{1,3},|(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Ll}+)\b)/u;

/** A capitalised word as the text writes it (sticky: read where a search found it). */
const CAPITALISED = /\p{Lu}[\p{Ll}\p{M}'’-]+(?![\p{L}\p{M}])/uy;

/** `writesAlone` of English `text`, memoised per word. */
function aloneIn(text: string): (word: string) => boolean {
  const seen = new Map<string, boolean>();
  return (word) => {
    let v = seen.get(word);
    if (v === undefined) seen.set(word, (v = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word) && writtenAlone(text, word)));
    return v;
  };
}

function writtenAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    // Whole words only, read as a capitalised word is ("Gingrich’s" is another word; "Kossuth-Varga" holds "Kossuth").
    if (/[\p{L}\p{M}'’-]/u.test(text[at - 1] ?? '')) continue;
    CAPITALISED.lastIndex = at;
    if (CAPITALISED.exec(text)?.[0] !== word) continue;
    const apposition = APPOSITION.exec(text.slice(end, end + 80));
    if (apposition !== null && (apposition[1] === undefined || opensWithRole(apposition[1], 'en'))) return true;
    const before = text.slice(Math.max(0, at - 24), at);
    // Not a sentence's first word, nor one of a run of capitalised words, nor a noun after an article.
    if (/(?:^|[.!?]["”’)\]]*)\s*$/u.test(before) || /\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+$/u.test(before) || /\b(?:the|a|an)\s+$/iu.test(before)) continue;
    if (/^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    return true;
  }
  return false;
}

/** A language's patterns, made once (every text of the language asks for them). */
interface Patterns {
  /** The run after a preposition of place ("en Nueva York", "w Ostrowi Mazowieckiej"), up to three words. */
  readonly placeRun?: RegExp;
  /** A capitalised word after a determiner (German). */
  readonly nounAfterDeterminer?: RegExp;
  /** A determiner ending the text before a run. */
  readonly determinerBefore?: RegExp;
}

const PATTERNS = new Map<Language, Patterns>();

function patternsOf(lang: Language): Patterns {
  let p = PATTERNS.get(lang);
  if (p === undefined) {
    const place = PLACE_BEFORE[lang];
    const dets = DETERMINERS[lang];
    p = {
      ...(place !== undefined ? { placeRun: new RegExp(`(?<![\\p{L}])(?:${place})\\s+(\\p{Lu}[\\p{L}\\p{M}]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}]+){0,2})(?![\\p{L}\\p{M}]|\\s+\\p{Lu})`, 'gu') } : {}),
      ...(dets !== undefined ? { nounAfterDeterminer: new RegExp(`(?<![\\p{L}])(?:${dets})\\s+(\\p{Lu}[\\p{L}\\p{M}]+)`, 'gu'), determinerBefore: new RegExp(`(?:^|[^\\p{L}])(?:${dets})\\s+$`, 'u') } : {}),
    };
    PATTERNS.set(lang, p);
  }
  return p;
}

/** Prepositions of place ("in", "w", "в"), whose word is where something is, never who; Turkish marks it by the locative. */
const PLACE_BEFORE: Partial<Record<Language, string>> = { de: 'in|im|nach', fr: 'en|dans', es: 'en', it: 'in|nel|nella', pl: 'w|we', ru: 'в|во' };

/** Whether the text uses `word` as a common word: in lower case, or in German after a determiner. */
/** Infinitive and gerund endings of Spanish, French and Italian verbs. */
const VERB_FORM: Readonly<Record<string, RegExp>> = {
  es: /\p{L}{3,}(?:ar|er|ir|ando|iendo)$/u,
  fr: /\p{L}{3,}(?:er|ir)$/u,
  it: /\p{L}{3,}(?:are|ere|ire|ando|endo)$/u,
};

function common(word: string, ev: NameEvidence): boolean {
  const lower = word.toLocaleLowerCase(ev.lang);
  return ev.lower.has(lower) || (ev.lang === 'de' && ev.afterDeterminer.has(lower));
}

/**
 * Whether the text uses `word` where a surname stands as a common word. Not
 * in German: its surnames are often adjectives the text also writes in lower
 * case ("Sebastian Kurz", "kurz vor 22 Uhr") or nouns an article may precede
 * ("der Kalbitz").
 */
function commonAsLast(word: string, ev: NameEvidence): boolean {
  return ev.lang !== 'de' && ev.lower.has(word.toLocaleLowerCase(ev.lang));
}

/**
 * A form of address or a monarch's title opening a run ("Frau Esken", "Re Giacomo"), or a surname's particle ("Di
 * Maio", "De Luca", "Van Gaal"): what follows is a name, whatever else its words mean.
 */
export const NAME_OPENER = /^(?:sr|sra|srta|don|doña|señor|señora|rey|reina|re|regina|herr|frau|könig|königin|roi|reine|m|mme|monsieur|madame|sig|signor|signora|signore|pan|pani|di|de|del|della|da|van|von|du|dos)\.?$/iu;

/**
 * Two words or more in capitals and no given name: a headline's or a page's furniture ("GÖRÜNTÜ GEÇİLİYOR", "LEER
 * MÁS", "JESTEM ROBOTEM"), where a name in capitals keeps its given name ("JAMES CARAFANO", "FPÖ BOSS Norbert Hofer").
 */
function headline(words: readonly string[]): boolean {
  let caps = 0;
  for (const w of words) {
    const letters = w.replace(/[^\p{L}]/gu, '');
    if (isGivenName(letters.toLowerCase())) return false;
    if (letters.length >= 2 && letters === letters.toLocaleUpperCase()) caps++;
  }
  return caps >= 2;
}

/** The languages of our texts written in another script than Latin. */
const NON_LATIN: ReadonlySet<Language> = new Set(['ru', 'ar', 'zh']);

/**
 * In a text in another script (Chinese, Russian, Arabic) a run in Latin letters is quoted foreign text, mostly
 * English: with no forename in it, one English common word of three letters or more makes it a phrase ("Getty
 * Images", "Rasmussen Reports", "Xbox Series X"), not a name ("Omoyele Sowore", "Scott Morrison"). A text in Latin
 * letters shares words with English ("Parti", "Monsieur"), so there every word must be English (below).
 */
function englishPhraseInOtherScript(words: readonly string[], lang: Language): boolean {
  if (!NON_LATIN.has(lang) || !words.every((w) => /^[\p{Script=Latin}\d.'’&-]+$/u.test(w))) return false;
  if (words.some((w) => w.toLowerCase().split('-').some((part) => isForename(part)))) return false;
  return words.some((w) => w.length >= 3 && isEnglishWord(w.toLowerCase()));
}

/**
 * Whether a run of Cyrillic words, its last in any case form, reads as a large city's name in Latin letters
 * ("Миннеаполиса" → Minneapolis, "Лос-Анджелесе" → Los Angeles); exonyms do not read back ("Москве", "Парижа").
 */
function cyrillicCity(words: readonly string[]): boolean {
  const run = words.join(' ').toLowerCase();
  if (!/^[\p{Script=Cyrillic} -]+$/u.test(run) || run.length < 4) return false;
  const head = run.slice(0, run.length - words[words.length - 1]!.length);
  const lasts = [words[words.length - 1]!.toLowerCase(), ...russianNominatives(words[words.length - 1]!.toLowerCase())];
  return lasts.some((last) => latinReadings(head + last).some((r) => isCityName(r) || isCityName(r.replace(/-/g, ' '))));
}

/** A German adjective's stem: "Nähere", "näheren" → "näher". */
const deStem = (w: string): string => w.toLowerCase().replace(/(?:e|en|er|es|em)$/u, '');

/**
 * Where the name of a capitalised run of tokens `first`..`last` starts, or
 * undefined when no name can be in it: after the last word the text uses as a
 * common word, when a first name and a surname follow it ("Difesa Mark Esper"
 * → "Mark Esper"); after the noun an article governs ("der Bundeskanzlerin
 * Angela Merkel" → "Angela Merkel", "della Difesa Mark Esper"), and none when
 * fewer than three words follow the article ("den Bayerischen Rundfunk", "gli
 * Stati Uniti"). `role`: a role the rules found before the run stands between
 * it and any article.
 * @example nameStart(tokens, 0, 2, text, ev, false) // 1 for "Difesa Mark Esper" where the text writes "difesa"
 */
export function nameStart(tokens: readonly { readonly text: string; readonly start: number }[], first: number, last: number, text: string, ev: NameEvidence, role: boolean): number | undefined {
  const letters = (i: number): boolean => /\p{L}/u.test(tokens[i]!.text);
  for (let j = last - 2; j >= first; j--) {
    if (letters(j) && common(tokens[j]!.text, ev) && letters(j + 1) && letters(last)) return j + 1;
  }
  // English words run into the name from a headline ("Italian Crowd Pleaser Andrea Bocelli" in a German text): the
  // name starts at the given name after them, when two words at least stand before it and one is an English word
  // of four letters or more that is no word of the text's language, and the surname is none ("Copy Link Copy").
  for (let j = first + 2; j <= last - 1; j++) {
    if (!isGivenName(tokens[j]!.text.toLowerCase()) || !letters(last) || isEnglishWord(tokens[last]!.text.toLowerCase())) continue;
    let english = false;
    let given = false;
    for (let k = first; k < j; k++) {
      const w = tokens[k]!.text.toLowerCase();
      given ||= isForename(w);
      english ||= w.length >= 4 && isEnglishWord(w) && !isCommonWord(w, ev.lang);
    }
    if (english && !given) return j;
    break;
  }
  const start = tokens[first]!.start;
  if (role || ev.determiner === undefined || !ev.determiner.test(text.slice(Math.max(0, start - 12), start))) return first;
  let words = 0;
  for (let i = first; i <= last; i++) if (letters(i)) words++;
  return words >= 3 ? first + 1 : undefined;
}

/**
 * True when the run `words` names no person by the text's own usage (see the file comment).
 * @example notANameByUsage(['Estados', 'Unidos'], nameEvidenceOf('los estados del sur; Estados Unidos', 'es')) // true
 */
export function notANameByUsage(words: readonly string[], ev: NameEvidence): boolean {
  if (words.length === 0) return true;
  // A country closing the run ("Wielkiej Brytanii", "La France") or opening a short one ("Alemania BERLÍN"); not "USA Donald Trump".
  // The lexicon's forms take "Rossi" and "Russo" for Russia: after a given name such a word is a surname ("Mario Rossi",
  // "Ron French"), unless it is the country's own name in the text's language ("Ed Rosja" in Polish).
  const country = (w: string): boolean => countryOf(transliterate(w)) !== undefined
    && (!ev.surnames.has(w.toLocaleLowerCase(ev.lang)) || countryPlaceName(w, ev.lang) !== undefined);
  const last = words[words.length - 1]!;
  if (country(last) || (words.length <= 2 && country(words[0]!))) return true;
  if (ev.places.has(last.toLocaleLowerCase(ev.lang)) || (words.length > 1 && ev.places.has(words.join(' ').toLocaleLowerCase(ev.lang)))) return true;
  // A large city's name, whole ("Trabzon", "Los Angeles"), unless a given name opens it ("Florence", "Orlando") or,
  // alone, the text writes it after a given name ("Mesa" after "Carlos Mesa").
  const alone = words.length === 1 && ev.surnames.has(last.toLocaleLowerCase(ev.lang));
  if (!alone && !isGivenName(words[0]!.toLowerCase()) && isCityName(words.join(' '))) return true;
  // Russian writes a foreign city as it hears it, and declines it ("Миннеаполиса", "Детройте", "Лос-Анджелесе").
  if (!alone && ev.lang === 'ru' && cyrillicCity(words)) return true;
  // German writes no name in lower case: a first word it also writes so, in any ending, is an adjective ("Nähere Informationen").
  if (ev.lang === 'de' && words.length >= 2 && ev.lowerStems.has(deStem(words[0]!))) return true;
  // Russian, likewise, in any case form (its Snowball stem), before one more word: "Власти Аризоны", "Заявления PTI",
  // unless a forename as the lists write it, not in a case form ("Власти" reads as a case of "Влас"); a longer run may
  // hold a name after its role ("Администратор Кэролин Фарли").
  if (ev.lang === 'ru' && words.length === 2 && words[0]!.length >= 4 && ev.lowerStems.has(stemIn(words[0]!.toLowerCase(), 'ru')) && !isForename(words[0]!.toLowerCase())) return true;
  if (commonAsLast(last, ev) || words.every((w) => common(w, ev))) return true;
  if (headline(words)) return true;
  // One word that is a verb's infinitive or gerund in the language's own vocabulary ("Reproducir", "Cargando",
  // "Partager": a page's buttons and a player's labels), no forename and never a surname the text writes after one:
  // nobody. Only verb forms: many surnames are other words ("Cabello", "Blanco", "Moreno").
  if (words.length === 1 && VERB_FORM[ev.lang]?.test(last) === true && !alone && !isForename(last.toLowerCase()) && isCommonWord(last.toLocaleLowerCase(ev.lang), ev.lang)) return true;
  if (words.length < 2 || NAME_OPENER.test(words[0]!)) return false;
  if (englishPhraseInOtherScript(words, ev.lang)) return true;
  const opensGiven = isGivenName(words[0]!.toLowerCase());
  // A phrase of the language's own common words ("Seguridad Social", "Fuerzas Armadas"), unless a given name opens it or
  // follows a role the rules did not split off ("Detektiv Daniel Craig": the German list, gathered from web text, holds
  // names too; a given name closing the run is no sign: "Santo Domingo"); or an English phrase quoted in another
  // language ("App Store", "Hostile Takeover"), unless it opens with a given name ("Bill Gates").
  const given = opensGiven || words.slice(1, -1).some((w) => isGivenName(w.toLowerCase()));
  return (!given && words.every((w) => isCommonWord(w.toLocaleLowerCase(ev.lang), ev.lang))) || (!opensGiven && words.every((w) => isEnglishWord(w.toLowerCase())));
}
