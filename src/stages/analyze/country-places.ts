/**
 * A country named in another language than English, as one place the brief
 * can list across languages: "Ucrania", "Украины", "Deutschlands" are
 * Ukraine, Ukraine, Germany. The country is the news lexicon's key of the
 * word (similarity/news-lexicon.ts: every language's forms, declined ones
 * too, and its people's); the word must then be the country's own name in
 * the text's language, in a case form of it ("Rosji" for Rosja; not "Rusos",
 * the Russians, nor "Deutsche"), and the English name is the brief's. Both names
 * come from the runtime's CLDR data (`Intl.DisplayNames`): no list is kept here.
 */
import { countryOf } from '../similarity/news-lexicon.js';
import { transliterate } from '../similarity/transliterate.js';
import { isCommonWord } from '../text-model/common-words.js';
import type { Language } from '../text-model/languages.js';

const displays = new Map<string, Intl.DisplayNames>();

function regionName(code: string, lang: string): string | undefined {
  let d = displays.get(lang);
  if (d === undefined) {
    d = new Intl.DisplayNames([lang], { type: 'region' });
    displays.set(lang, d);
  }
  const name = d.of(code);
  return name === undefined || name === code ? undefined : name;
}

/**
 * The English name of the country `word` (a text's word in language `lang`) names, or undefined.
 * @example countryPlaceName('Ucrania', 'es') // 'Ukraine'
 * @example countryPlaceName('Rusos', 'es') // undefined (the Russians)
 */
export function countryPlaceName(word: string, lang: string): string | undefined {
  const key = countryOf(transliterate(word));
  // Unions and groupings of countries (the EU, the UN) are no country of their own.
  const code = key !== undefined && /^[a-z]{2}$/.test(key) && key !== 'eu' && key !== 'un' ? key.toUpperCase() : localCountry(word, lang);
  if (code === undefined) return undefined;
  const english = regionName(code, 'en');
  const local = regionName(code, lang);
  if (english === undefined || local === undefined) return undefined;
  const lower = word.toLocaleLowerCase(lang);
  // The name's last word ("Wielka Brytania" → "brytania"), as the language writes it in every case.
  const name = local.split(/\s+/).pop()!.toLocaleLowerCase(lang);
  return lower === name || lower === english.toLowerCase() || declined(lower, name, lang) ? english : undefined;
}

/** Codes CLDR names that are no country of their own: unions, the world, unknown and outlying regions. */
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);

const localNames = new Map<string, Map<string, string>>();

/** The case endings a country's name takes: German genitive, Polish and Russian noun endings. */
const CASE_ENDING: Readonly<Record<string, RegExp>> = {
  de: /s$/u,
  pl: /(?:i|y|ę|ą|u|em|owi|ie|a)$/u,
  ru: /(?:и|ы|у|ю|ей|ой|е|я|а|ом)$/u,
};

/**
 * The region code of a country whose name in `lang` (CLDR) is one word, for the countries the news lexicon lacks
 * ("Österreich", "Schweiz", "Austrii"): its name as written, or (German, Polish, Russian) in a case form of it.
 */
function localCountry(word: string, lang: string): string | undefined {
  let names = localNames.get(lang);
  if (names === undefined) {
    names = new Map();
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const local = NOT_COUNTRIES.has(code) ? undefined : regionName(code, lang);
        // One word only: the last word of "Vereinigte Staaten" or "Costa Rica" alone names no country.
        if (local === undefined || /[\s(]/u.test(local) || regionName(code, 'en') === undefined) continue;
        names.set(local.toLocaleLowerCase(lang), code);
      }
    }
    localNames.set(lang, names);
  }
  const lower = word.toLocaleLowerCase(lang);
  // A common word of the language is that word ("того" is no Togo).
  if (isCommonWord(lower, lang as Language)) return undefined;
  const exact = names.get(lower);
  if (exact !== undefined) return exact;
  // A case form: German genitive "s", a Polish or Russian case ending (checked against the name by `declined`), not
  // the people's name ("Rosjan", the Russians').
  if (!CASE_ENDING[lang]?.test(lower)) return undefined;
  for (const cut of [1, 2, 3]) {
    const code = names.get(lower.slice(0, -cut)) ?? names.get(`${lower.slice(0, -cut)}a`) ?? names.get(`${lower.slice(0, -cut)}я`);
    if (code !== undefined) return code;
  }
  return undefined;
}

/**
 * A case form of the name: Polish and Russian add an ending, or put it in place of the last letter ("Meksyku",
 * "Rosji", "Chinach", "России"), German adds the genitive "s" ("Deutschlands"); elsewhere the name is written as it is
 * (a longer word is another: "Indiana", "Español", Turkish "Suriyeli", the Syrian; Turkish endings follow an apostrophe).
 */
export function declined(lower: string, name: string, lang: string): boolean {
  if (lang === 'de') return lower === `${name}s`;
  if (lang !== 'pl' && lang !== 'ru') return false;
  // An ending is a vowel and at most two letters more, after the whole name or after it less its last letter
  // ("Meksyku", "Rosji", "Chinach"; not "Франциск", Francis, against Франция).
  const ending = (base: string): boolean => {
    const rest = lower.slice(base.length);
    return lower.startsWith(base) && rest.length >= 1 && rest.length <= 3 && /^[aeiouyąęóауоыэяюёие]/u.test(rest);
  };
  return name.length >= 4 && (ending(name) || ending(name.slice(0, -1)));
}

