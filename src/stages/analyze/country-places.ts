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
  if (key === undefined || !/^[a-z]{2}$/.test(key) || key === 'eu' || key === 'un') return undefined;
  const code = key.toUpperCase();
  const english = regionName(code, 'en');
  const local = regionName(code, lang);
  if (english === undefined || local === undefined) return undefined;
  const lower = word.toLocaleLowerCase(lang);
  // The name's last word ("Wielka Brytania" → "brytania"), as the language writes it in every case.
  const name = local.split(/\s+/).pop()!.toLocaleLowerCase(lang);
  return lower === name || lower === english.toLowerCase() || declined(lower, name, lang) ? english : undefined;
}

/**
 * A case form of the name: Polish and Russian add an ending, or put it in place of the last letter ("Meksyku",
 * "Rosji", "Chinach", "России"), German adds the genitive "s" ("Deutschlands"); elsewhere the name is written as it is
 * (a longer word is another: "Indiana", "Español", Turkish "Suriyeli", the Syrian; Turkish endings follow an apostrophe).
 */
function declined(lower: string, name: string, lang: string): boolean {
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
