/**
 * Stopwords per language: the stopwords-iso lists (MIT) for the nine
 * non-English languages, and for English the project's own shorter list
 * (dedupe/text-tokens.ts), which the English clustering and reuse figures
 * were tuned with; stopwords-iso's English list (1,298 words) also drops
 * topic words such as "world", "home" and "information". Every language also
 * drops the English list: news in any language quotes English names and phrases.
 */
import { createRequire } from 'node:module';
import { isStopWord } from '../dedupe/text-tokens.js';
import type { Language } from './languages.js';

const require = createRequire(import.meta.url);
const ISO = require('stopwords-iso') as Record<string, string[]>;

const cache = new Map<Language, ReadonlySet<string>>();

/**
 * Content words some stopwords-iso lists carry (the Russian one has "Россия",
 * "Москва", "машина", "деньги"): a place or a thing is what a story is about,
 * so these stay terms.
 */
const NOT_STOP: Partial<Record<Language, string>> = {
  ru: 'россия москва русский советский машина деньги женщина ребенок работа дорога страна процентов миллионов правда голова комната товарищ',
};

/** Reporting verbs the lists miss: rewrites of one report choose them freely ("sagte"/"erklärte"). */
const EXTRA: Partial<Record<Language, string>> = {
  de: 'sagte sagt erklärte teilte mitteilte laut',
  fr: 'a déclaré dit selon affirmé',
  es: 'dijo afirmó según señaló explicó',
  it: 'ha detto secondo dichiarato',
  pl: 'powiedział powiedziała według',
  ru: 'сказал заявил сообщил по словам',
  tr: 'dedi söyledi açıkladı',
};

function setOf(lang: Language): ReadonlySet<string> {
  let s = cache.get(lang);
  if (!s) {
    const words = lang === 'en' || lang === 'und' ? [] : [...(ISO[lang] ?? []), ...(EXTRA[lang] ?? '').split(' ').filter(Boolean)];
    const keep = new Set((NOT_STOP[lang] ?? '').split(' '));
    s = new Set(words.map((w) => w.toLowerCase()).filter((w) => !keep.has(w)));
    cache.set(lang, s);
  }
  return s;
}

/**
 * True for a word (lower case, as tokenised) that carries no topic in this language.
 * @example isStopWordIn('los', 'es') // true
 */
export function isStopWordIn(word: string, lang: Language): boolean {
  return isStopWord(word) || setOf(lang).has(word);
}

/** The language's own list (without the English one), for callers that fold words first. */
export function stopWordsOf(lang: Language): ReadonlySet<string> {
  return setOf(lang);
}
