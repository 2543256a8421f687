/**
 * The keys of an article's term vector beside its word stems: the prefixes
 * that tell the channels apart (neutral, derived, language, title), and the
 * reading of a text's content words with the language-neutral keys found
 * beside them (names, numbers, countries, concepts), entity names and numbers
 * by value.
 */
import { conceptOf } from '../similarity/news-concepts.js';
import { countryOf, hanCountries } from '../similarity/news-lexicon.js';
import { findNumbersIntl } from '../analyze/numbers-intl.js';
import { lightStem } from '../dedupe/text-tokens.js';
import { transliterate } from '../similarity/transliterate.js';
import { contentWords, storyNameKey, type Language } from '../text-model/index.js';
import type { ClusterParams } from './cluster-params.js';
import { ANCHOR_PREFIX } from './anchors.js';

/**
 * Key prefixes of the language-neutral terms: names (a cross-script
 * consonant key), numbers, countries and dictionary concepts. A translation
 * shares these with its source where it shares few words.
 */
export const NEUTRAL_PREFIXES = ['e:', '#', 'x:', 'c:', 'l:'] as const;

/** True for a key derived from a word the vector already holds (country, concept, number): it adds no new word. */
export const isDerivedKey = (t: string): boolean => t.startsWith('c:') || t.startsWith('x:') || t.startsWith('#') || t.startsWith('l:') || t.startsWith(ANCHOR_PREFIX);

/** True for a language-neutral key (its IDF counts all articles, whatever their language). */
export const isNeutralKey = (t: string): boolean => t.startsWith('e:') || t.startsWith('#') || t.startsWith('x:') || t.startsWith('c:') || t.startsWith('l:') || t.startsWith(ANCHOR_PREFIX);

/**
 * Key prefix of a story's language counts in its centroid ('@de': members read
 * in German), so the anchor channel knows which stories are in other languages.
 */
export const LANGUAGE_PREFIX = '@';

/** A language-count key of a story centroid (never a term of an article's vector). */
export const isLanguageKey = (t: string): boolean => t.startsWith(LANGUAGE_PREFIX);

/**
 * The pseudo-term whose document frequency counts the articles read in a
 * language ('@de'); undefined for an undetermined language.
 * @example languageKey('de') // '@de'
 */
export function languageKey(lang: Language): string | undefined {
  return lang === 'und' ? undefined : `@${lang}`;
}

const HAN = /\p{Script=Han}/u;

/** The neutral keys found beside the words of a text. */
export interface Neutral {
  readonly names: string[];
  /** The words read as names, as written (for the cross-language anchors). */
  readonly surfaces: string[];
  readonly numbers: string[];
  readonly concepts: string[];
}

/** How names are keyed (ClusterParams.soundNameKeys). */
export interface NameRule {
  readonly sound: boolean;
}

function nameKeyOf(w: { readonly stem: string; readonly surface: string; readonly name: boolean }, lang: Language, rule: NameRule): string | undefined {
  if (!w.name) return undefined;
  if (rule.sound) {
    const k = storyNameKey(w.surface);
    return k === undefined ? undefined : `e:${k}`;
  }
  return `e:${lang === 'en' ? w.stem : lightStem(transliterate(w.surface))}`;
}

/**
 * Name keys of the analysis' entities: with sound keys, each word of a name
 * on its own ("Oleksij Resnikow" gives the keys of "Oleksij" and "Resnikow",
 * which meet "Алексей Резников" word by word); otherwise the whole name.
 */
export function entityKeys(entities: readonly string[], rule: NameRule): string[] {
  if (!rule.sound) return entities.map((e) => `e:${e.toLowerCase().trim()}`);
  const out: string[] = [];
  for (const e of entities) for (const w of e.split(/[\s\-‐]+/u)) {
    const k = w ? storyNameKey(w) : undefined;
    if (k !== undefined) out.push(`e:${k}`);
  }
  return out;
}

export function contentOf(text: string, limit: number, lang: Language, neutral: Neutral | undefined, rule: NameRule): string[] {
  const cw = contentWords(text, lang, limit);
  const out: string[] = [];
  for (const w of cw.words) {
    out.push(w.stem);
    if (!neutral) continue;
    if (HAN.test(w.stem)) {
      for (const c of hanCountries(w.stem)) neutral.concepts.push(`c:${c}`);
      continue;
    }
    // A name is keyed by its English-stemmed Latin spelling in every language, so "Путин", "Putins" and
    // "Putin" meet. (The consonant skeleton the pair scorer uses, which also meets "Poutine", fused more
    // unrelated names in the clusterer: giveme5w1h one half −0.01.)
    const nk = nameKeyOf(w, lang, rule);
    if (nk !== undefined) neutral.names.push(nk);
    if (w.name) neutral.surfaces.push(w.surface);
    const folded = lang === 'en' ? w.stem : transliterate(w.surface);
    const country = countryOf(folded);
    if (country !== undefined) neutral.concepts.push(`c:${country}`);
    else {
      const concept = conceptOf(folded);
      if (concept !== undefined) neutral.concepts.push(`x:${concept}`);
    }
  }
  if (neutral) neutral.numbers.push(...cw.numbers);
  return out;
}

/** Country keys of a title ('c:bg'), read as the body's are. */
export function titleCountries(title: string, lang: Language, params: ClusterParams, rule: NameRule): string[] {
  if (!title) return [];
  const neutral: Neutral = { names: [], surfaces: [], numbers: [], concepts: [] };
  contentOf(title, params.maxBodyTokens, lang, neutral, rule);
  return neutral.concepts.filter((k) => k.startsWith('c:'));
}

/**
 * Number keys by value, read in the article's language: "70 000 soldats",
 * "70.000 Soldaten", "70 тысяч" and "70,000 troops" give "#70000". One-digit
 * numbers tie too many stories, and a year ("2021") every story of its year.
 * @example valueNumberKeys('70 000 soldats en 2021', 'fr') // ['#70000']
 */
export function valueNumberKeys(text: string, lang: Language): string[] {
  const out: string[] = [];
  for (const n of findNumbersIntl(text, lang === 'und' ? 'en' : lang)) {
    const v = n.value;
    if (!Number.isFinite(v) || Math.abs(v) < 10 || (n.plainInteger && v >= 1900 && v <= 2100 && Number.isInteger(v))) continue;
    out.push(`#${+v.toPrecision(12)}`);
  }
  return out;
}

/** Key prefix of title-channel terms. */
export const TITLE_PREFIX = 't:';
