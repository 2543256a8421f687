/**
 * Forenames in many languages, as evidence that a capitalised run holds a
 * person's name. `isGivenName` (english-words.ts) is a short curated list
 * that may type a run as a person against other evidence ("Kevin Hall" is no
 * hall); this one is broad and noisy, and only ever keeps a run another rule
 * would drop: the lists of `gender-detection-from-name` (MIT; de, en, es, fr,
 * it, tr: about 67,000 forenames, "Jürgen", "Annegret", "Félicien", "Recep",
 * holding some words that are other things too, "Paris", "Klein"), the
 * Polish and Turkish first names of `@faker-js/faker`'s locales (MIT; 393 and
 * 1,794: "Andrzej", "Małgorzata", "Mevlüt", "Süleyman"), the Russian and
 * Ukrainian ones (401 and 387: "Алексей", "Олексій"), and `isGivenName`'s.
 * A Polish forename is known in its case forms too ("Andrzeja", "Jacka",
 * "Małgorzaty": `isForenameIn`), and so is a Russian one ("Алексея", "Марии"),
 * with a foreign forename written in Cyrillic ("Джессика", "Генри"). A German
 * run of capitalised words is as often a noun phrase as a name, and a
 * forename is what tells "Uwe Ochsenknecht" from "Pandemie Menschen".
 *
 * Loaded on the first text that asks: 25–80 ms, kept as sorted 32-bit
 * hashes like the common words.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fnv1a32, sortedHas } from '../dedupe/hash32.js';
import { isGivenName } from './english-words.js';
import { latinReadings, russianNominatives } from './cyrillic-readings.js';

const require = createRequire(import.meta.url);
const LISTS = ['de', 'en', 'es', 'fr', 'it', 'tr'];
let hashes: Uint32Array | undefined;

function forenameHashes(): Uint32Array {
  if (hashes === undefined) {
    const all: number[] = [];
    for (const lang of LISTS) {
      // Each file is a module building a Map of ['forename', 'gender'] pairs: read as text, so no Map of strings stays
      // in the module cache.
      const source = readFileSync(require.resolve(`gender-detection-from-name/names/${lang}.js`), 'utf8');
      for (const m of source.matchAll(/\[\s*'([^']+)'\s*,/g)) all.push(fnv1a32(m[1]!));
    }
    // Faker's locale modules are ES modules; Node 20.19+ loads them with require().
    // Russian and Ukrainian first names in Cyrillic ("Алексей", "Анастасия", "Олексій"), for Russian texts.
    for (const lang of ['pl', 'tr', 'ru', 'uk']) {
      const { faker } = require(`@faker-js/faker/locale/${lang}`) as { faker: { rawDefinitions: { person?: { first_name?: Record<string, readonly string[]> } } } };
      for (const name of Object.values(faker.rawDefinitions.person?.first_name ?? {}).flat()) all.push(fnv1a32(name.toLocaleLowerCase(lang)));
    }
    hashes = Uint32Array.from(all).sort();
  }
  return hashes;
}

/**
 * Whether `lower` (lower case) is a forename in any of the lists.
 * @example isForename('jürgen') // true
 * @example isForename('menschen') // false
 */
export function isForename(lower: string): boolean {
  return isGivenName(lower) || sortedHas(forenameHashes(), fnv1a32(lower));
}

/**
 * Slavic two-part forenames, which the lists hold few of ("Jarosław", "Sławomir", "Zbigniew", "Wojciech",
 * "Kazimierz", "Bogumiła"), in any case form: their last part tells them.
 */
const PL_SLAVIC = /(?:sław|mir|mierz|gniew|ciech|mił)(?:a|owi|em|ie|u|y|ę|ą|ego|ej)?$/u;

/** Polish case endings of a forename, longest first: "Andrzejowi", "Andrzejem", "Andrzeja", "Małgorzaty", "Kobego". */
const PL_ENDINGS = ['owi', 'iem', 'ego', 'em', 'ie', 'a', 'u', 'y', 'i', 'ę', 'ą', 'e'];

/**
 * Whether `lower` is a forename in a text of `lang`: in Polish also in a case form ("Andrzeja" → Andrzej, "Jacka" →
 * Jacek, "Małgorzaty" → Małgorzata, "Kobego" → Kobe).
 * @example isForenameIn('jacka', 'pl') // true
 */
export function isForenameIn(lower: string, lang: string): boolean {
  if (isForename(lower)) return true;
  if (lang === 'ru') return russianForenameForm(lower) !== undefined;
  if (lang !== 'pl') return false;
  if (PL_SLAVIC.test(lower)) return true;
  for (const end of PL_ENDINGS) {
    if (!lower.endsWith(end) || lower.length - end.length < 3) continue;
    const stem = lower.slice(0, -end.length);
    // The nominative: the stem itself, with -a (feminine) or -e, or with the mobile e put back ("Jack-a" → "Jacek").
    if (isForename(stem) || isForename(`${stem}a`) || isForename(`${stem}e`) || isForename(`${stem.slice(0, -1)}e${stem.slice(-1)}`)) return true;
  }
  return false;
}

/** A patronymic in any case form ("Владимирович", "Сергеевны", "Ильича"): only a person has one. */
const RU_PATRONYMIC = /(?:ович|евич|ьич|овн|евн|ичн)(?:а|у|ем|е|ы|ой|ою|ом)?$/u;

/**
 * The form in which a lower-case Russian word is a forename of the lists, if it is one: a patronymic itself
 * ("Владимирович", "Сергеевны"), the Cyrillic nominative of a case form ("алексея" → "алексей", "игоря" → "игорь",
 * "марии" → "мария"), or the Latin reading of a foreign forename written in Cyrillic ("джессики" → "jessica",
 * "генри" → "henri"). A caller can then ask whether that form names a place too ("Аризоны" → "arizona").
 * @example russianForenameForm('игоря') // 'игорь'
 */
export function russianForenameForm(lower: string): string | undefined {
  const known = ruForms.get(lower);
  if (known !== undefined) return known === '' ? undefined : known;
  const form = russianForenameFormOf(lower);
  if (ruForms.size >= 50_000) ruForms.clear();
  ruForms.set(lower, form ?? '');
  return form;
}

/** `russianForenameForm`'s answers by word ('' for none): a word is asked once per run it is in, and runs repeat. */
const ruForms = new Map<string, string>();

function russianForenameFormOf(lower: string): string | undefined {
  if (!/^[\p{Script=Cyrillic}]{2,}$/u.test(lower)) return undefined;
  if (RU_PATRONYMIC.test(lower) || isForename(lower)) return lower;
  // The Cyrillic lists first, then the Latin readings, which match the broad lists by chance more often.
  const nominatives = russianNominatives(lower);
  const listed = nominatives.find((n) => isForename(n));
  if (listed !== undefined) return listed;
  for (const word of [lower, ...nominatives]) {
    const latin = latinForename(word);
    if (latin !== undefined) return latin;
  }
  return undefined;
}

/**
 * The Latin reading of a Cyrillic word that is a forename of the Latin lists, if one is (cyrillic-readings.ts). Five
 * letters or more ("Има", "Рада", "Дом" would read as names).
 */
function latinForename(lower: string): string | undefined {
  if (lower.length < 5) return undefined;
  return latinReadings(lower).find((r) => sortedHas(forenameHashes(), fnv1a32(r)));
}
