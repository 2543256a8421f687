/**
 * The cities the news names most, by the names the other languages give
 * them ("Wien", "Moskau", "Varsovie", "Pekín", "Wiedeń", "Москва"): the city
 * list (city-names.ts) holds GeoNames' main names only, so "in Wien" was no
 * place in a German text and a brief listed Vienna and Wien apart. A name is
 * read in its case forms as a country's is (German genitive, Polish and
 * Russian endings: "Moskwie", "Москве"). Left out where the word is something
 * else too: Italian "Mosca" (a fly), French "Vienne" (a French town), German
 * "Rom", Italian "Ginevra" and French "Milan" (given names), Spanish and
 * Italian "Colonia" (a colony), Italian "Monaco" (Munich and the country).
 */
import { countryPlaceName, declined } from './country-places.js';

/** English name → the names of the other languages (lower case), only where they differ from the English one. */
const CITIES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Vienna: { de: ['wien'], es: ['viena'], pl: ['wiedeń'], ru: ['вена'], tr: ['viyana'] },
  Moscow: { de: ['moskau'], fr: ['moscou'], es: ['moscú'], pl: ['moskwa'], ru: ['москва'], tr: ['moskova'] },
  Warsaw: { de: ['warschau'], fr: ['varsovie'], es: ['varsovia'], it: ['varsavia'], pl: ['warszawa'], ru: ['варшава'], tr: ['varşova'] },
  Brussels: { de: ['brüssel'], fr: ['bruxelles'], es: ['bruselas'], it: ['bruxelles'], pl: ['bruksela'], ru: ['брюссель'], tr: ['brüksel'] },
  Beijing: { de: ['peking'], fr: ['pékin'], es: ['pekín'], it: ['pechino'], pl: ['pekin'], ru: ['пекин'], tr: ['pekin'] },
  London: { fr: ['londres'], es: ['londres'], it: ['londra'], pl: ['londyn'], ru: ['лондон'], tr: ['londra'] },
  Paris: { it: ['parigi'], pl: ['paryż'], ru: ['париж'] },
  Berlin: { it: ['berlino'], ru: ['берлин'] },
  Rome: { pl: ['rzym'], ru: ['рим'] },
  Geneva: { de: ['genf'], fr: ['genève'], es: ['ginebra'], pl: ['genewa'], ru: ['женева'], tr: ['cenevre'] },
  Prague: { de: ['prag'], es: ['praga'], it: ['praga'], pl: ['praga'], ru: ['прага'] },
  Milan: { de: ['mailand'], es: ['milán'], it: ['milano'], pl: ['mediolan'] },
  Munich: { de: ['münchen'], es: ['múnich'], pl: ['monachium'], ru: ['мюнхен'] },
  Cologne: { de: ['köln'], ru: ['кёльн', 'кельн'] },
  Washington: { ru: ['вашингтон'] },
  Kyiv: { de: ['kiew'], pl: ['kijów'], ru: ['киев'] },
  Tokyo: { de: ['tokio'], es: ['tokio'], pl: ['tokio'], ru: ['токио'] },
  Venice: { de: ['venedig'], fr: ['venise'], es: ['venecia'], it: ['venezia'], pl: ['wenecja'], ru: ['венеция'] },
  Naples: { de: ['neapel'], es: ['nápoles'], it: ['napoli'], pl: ['neapol'], ru: ['неаполь'] },
  Athens: { de: ['athen'], fr: ['athènes'], es: ['atenas'], it: ['atene'], pl: ['ateny'], ru: ['афины'] },
  Lisbon: { de: ['lissabon'], fr: ['lisbonne'], es: ['lisboa'], it: ['lisbona'], pl: ['lizbona'], ru: ['лиссабон'] },
  Copenhagen: { de: ['kopenhagen'], fr: ['copenhague'], es: ['copenhague'], it: ['copenaghen'], pl: ['kopenhaga'], ru: ['копенгаген'] },
  Jerusalem: { fr: ['jérusalem'], es: ['jerusalén'], it: ['gerusalemme'], pl: ['jerozolima'], ru: ['иерусалим'] },
  Tehran: { de: ['teheran'], fr: ['téhéran'], es: ['teherán'], it: ['teheran'], pl: ['teheran'], ru: ['тегеран'], tr: ['tahran'] },
};

const byLanguage = new Map<string, Map<string, string>>();

function namesOf(lang: string): Map<string, string> {
  let m = byLanguage.get(lang);
  if (m === undefined) {
    m = new Map();
    for (const [english, names] of Object.entries(CITIES)) for (const n of names[lang] ?? []) m.set(n, english);
    byLanguage.set(lang, m);
  }
  return m;
}

/**
 * The English name of a city `word` names in `lang`, in a case form too; undefined for any other word.
 * @example cityPlaceName('Wien', 'de') // 'Vienna'
 * @example cityPlaceName('Москве', 'ru') // 'Moscow'
 */
export function cityPlaceName(word: string, lang: string): string | undefined {
  const names = namesOf(lang);
  if (names.size === 0) return undefined;
  const lower = word.toLocaleLowerCase(lang);
  const exact = names.get(lower);
  if (exact !== undefined) return exact;
  for (const [name, english] of names) if (declined(lower, name, lang)) return english;
  return undefined;
}

/**
 * A country or one of the cities above as `lang` writes it, by its English name.
 * @example localPlaceName('Österreich', 'de') // 'Austria'
 */
export function localPlaceName(word: string, lang: string): string | undefined {
  return countryPlaceName(word, lang) ?? cityPlaceName(word, lang);
}
