/**
 * The common words of a language, for telling a phrase written with capitals
 * from a person's name ("Seguridad Social", "Fuerzas Armadas", "Nähere
 * Informationen" against "Pedro Sánchez"; "App Store" quoted in another
 * language): the word lists of
 * `an-array-of-{english,spanish,french,italian}-words` (MIT; Letterpress-derived,
 * lower case, inflected forms) and `an-array-of-german-words` (MIT; gathered
 * from web text: it lacks some common words and holds some clipped ones, so
 * it only ever adds evidence that a run is no name), and for Russian the
 * lemmas of `dictionary-ru`, met in any case form (below). Other languages
 * have no list, and every word is unknown there.
 *
 * A list is loaded on the first text of its language that asks, and kept as
 * sorted 32-bit hashes: 4 bytes a word (the Spanish list's 636,000 words take
 * 2.5 MB, not the 73 MB of a set of strings). A word whose hash a listed word
 * shares by chance (about 1 in 7,000 for the largest list) reads as common.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fnv1a32, sortedHas } from '../dedupe/hash32.js';
import type { Language } from './languages.js';

const require = createRequire(import.meta.url);
const FILES: Partial<Record<Language, string>> = {
  en: 'an-array-of-english-words/index.json',
  es: 'an-array-of-spanish-words/index.json',
  fr: 'an-array-of-french-words/index.json',
  it: 'an-array-of-italian-words/words.json',
  de: 'an-array-of-german-words/words.json',
};
const loaded = new Map<Language, Uint32Array>();

/** The list of `lang` as sorted hashes (read from the file itself, so no array of strings stays in the module cache). */
function hashesOf(lang: Language, file: string): Uint32Array {
  let hashes = loaded.get(lang);
  if (hashes === undefined) {
    const words = JSON.parse(readFileSync(require.resolve(file), 'utf8')) as string[];
    hashes = new Uint32Array(words.length);
    for (let i = 0; i < words.length; i++) hashes[i] = fnv1a32(words[i]!);
    hashes.sort();
    loaded.set(lang, hashes);
  }
  return hashes;
}

/**
 * Whether `lower` (lower case) is a common word of `lang`.
 * @example isCommonWord('seguridad', 'es') // true
 */
export function isCommonWord(lower: string, lang: Language): boolean {
  if (lang === 'ru') return isRussianCommon(lower);
  const file = FILES[lang];
  if (file === undefined) return false;
  const hashes = hashesOf(lang, file);
  if (sortedHas(hashes, fnv1a32(lower))) return true;
  // The Spanish and Italian lists write no acute or grave accent ("constitucion", "citta"; Spanish keeps its ñ).
  if (lang !== 'es' && lang !== 'it') return false;
  const bare = lower.normalize('NFD').replace(/[\u0300\u0301\u0308]/gu, '').normalize('NFC');
  return bare !== lower && sortedHas(hashes, fnv1a32(bare));
}

let ruLemmas: Uint32Array | undefined;

/**
 * Russian: the lower-case lemmas of `dictionary-ru` (Hunspell's Russian dictionary, A. Lebedev, BSD-3-Clause; 146,000
 * lemmas, proper nouns capitalised and left out), met by a word in any case form through the lemmas its ending allows
 * ("Международного" → международный, "Власти" → власть, "Представьте" → представить). Plural genitives in -ов/-ев
 * are not undone: they are how Russian surnames end ("Медведев", "Волков").
 */
function isRussianCommon(lower: string): boolean {
  if (ruLemmas === undefined) {
    // The package's module reads its files with a top-level await, which require() cannot load: its folder is read.
    const dic = readFileSync(join(dirname(require.resolve('dictionary-ru')), 'index.dic'), 'utf8');
    const all: number[] = [];
    for (const line of dic.split('\n')) {
      const word = line.split('/', 1)[0]!.trim();
      if (/^[а-яё-]+$/u.test(word)) all.push(fnv1a32(word));
    }
    ruLemmas = Uint32Array.from(all).sort();
  }
  const known = ruCommon.get(lower);
  if (known !== undefined) return known;
  const lemmas = ruLemmas;
  const has = (w: string): boolean => w.length >= 2 && sortedHas(lemmas, fnv1a32(w));
  const common = has(lower) || RU_PARADIGMS.some(([endings, lemmaEnds]) => endings.some((end) => lower.endsWith(end) && lower.length - end.length >= 2 && lemmaEnds.some((e) => has(lower.slice(0, -end.length) + e))));
  if (ruCommon.size >= 50_000) ruCommon.clear();
  ruCommon.set(lower, common);
  return common;
}

/** Answers by word: the same capitalised words are asked of every run and text. */
const ruCommon = new Map<string, boolean>();

/** Russian endings of a case form or an imperative, and the lemma endings each may come from. */
const RU_PARADIGMS: readonly (readonly [readonly string[], readonly string[]])[] = [
  // Nouns.
  [['а', 'я', 'у', 'ю', 'ом', 'ем', 'ой', 'ей', 'е', 'и', 'ы', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', 'ию', 'ия', 'ие', 'ии', 'ью'], ['', 'а', 'я', 'ь', 'й', 'о', 'е', 'ие', 'ия']],
  // Adjectives and participles.
  [['ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем', 'ой', 'ей', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими'], ['ый', 'ий', 'ой']],
  // Imperatives ("Представьте", "Узнайте").
  [['ите', 'йте', 'ьте', 'итесь', 'йтесь', 'ьтесь'], ['ить', 'ать', 'ять', 'еть', 'иться', 'аться', 'яться']],
];
