/**
 * One stemmer per language: Snowball (snowball-stemmers, MIT) for German,
 * French, Spanish, Italian, Russian, Turkish and Arabic; for English the
 * project's light suffix stripper (its clustering figures were tuned with
 * it, and it leaves names alone); for Polish, which Snowball lacks, a light
 * inflection stripper; Chinese is segmented into words and not stemmed.
 * Snowball costs about 9 µs a word, so stems are cached per language
 * (news vocabulary is Zipfian: most tokens hit), and the cache is cleared
 * when it grows past a bound so memory stays flat on an endless stream.
 */
import { createRequire } from 'node:module';
import { lightStem } from '../dedupe/text-tokens.js';
import type { Language } from './languages.js';

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(name: string): { stem(w: string): string } };

const SNOWBALL: Partial<Record<Language, string>> = {
  de: 'german',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  ru: 'russian',
  tr: 'turkish',
  ar: 'arabic',
};

/** Polish inflection endings, longest first; a stem keeps at least 4 letters. */
const POLISH_ENDINGS = [
  'owego', 'owej', 'owych', 'owymi', 'ami', 'ach', 'ego', 'emu', 'ich', 'imi', 'ych', 'ymi', 'owi', 'iem', 'iej', 'ów', 'om', 'em', 'ej', 'ie', 'ą', 'ę', 'a', 'e', 'i', 'o', 'u', 'y',
];

/**
 * A light Polish stemmer: strips one inflection ending.
 * @example polishStem('wyborach') === polishStem('wybory') // true
 */
export function polishStem(word: string): string {
  for (const e of POLISH_ENDINGS) if (word.endsWith(e) && word.length - e.length >= 4) return word.slice(0, -e.length);
  return word;
}

const CACHE_MAX = 200_000;
const caches = new Map<Language, Map<string, string>>();
const stemmers = new Map<Language, (w: string) => string>();

function stemmerOf(lang: Language): (w: string) => string {
  let f = stemmers.get(lang);
  if (f) return f;
  const algo = SNOWBALL[lang];
  if (algo) {
    const s = snowball.newStemmer(algo);
    f = (w) => s.stem(w);
  } else if (lang === 'en') f = lightStem;
  else if (lang === 'pl') f = polishStem;
  else f = (w) => w;
  stemmers.set(lang, f);
  return f;
}

/**
 * The stem of a lower-case word in a language.
 * @example stemIn('regierungen', 'de') === stemIn('regierung', 'de') // true
 */
export function stemIn(word: string, lang: Language): string {
  if (lang === 'en') return lightStem(word);
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmerOf(lang)(word);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(word, s);
  }
  return s;
}
