/**
 * An article's term weights for clustering: title, body lead and entity
 * names in one sparse vector (before IDF), L2-normalised so long articles do
 * not outweigh short ones in a story centroid.
 */
import type { ArticleId } from '../../core/ids.js';
import { conceptOf } from '../similarity/news-concepts.js';
import { countryOf, hanCountries } from '../similarity/news-lexicon.js';
import { findNumbersIntl } from '../analyze/numbers-intl.js';
import { lightStem } from '../dedupe/text-tokens.js';
import { transliterate } from '../similarity/transliterate.js';
import { contentWords, glossKeys, storyNameKey, textLanguage, type Language, type Lexicon } from '../text-model/index.js';
import type { ClusterParams } from './cluster-params.js';
import { ANCHOR_PREFIX, anchorsOf } from './anchors.js';

/** What the clusterer reads of an article. */
export interface ClusterDoc {
  readonly id: ArticleId;
  readonly title: string;
  readonly text: string;
  /** ISO date or date-time. */
  readonly published?: string;
  /** Publisher name, when known (a publisher rarely runs two pieces on one story within minutes). */
  readonly source?: string;
  /** Canonical entity names from `analyze`; when absent, capitalised words stand in. */
  readonly entities?: readonly string[];
  /** ISO 639-1 code when known (from `analyze` or the feed); detected from the text when absent. */
  readonly language?: string;
  /**
   * English glosses of the article's words ("l:govern"), from the optional
   * cross-lingual lexicon pack (`docGlosses`); absent without a pack.
   */
  readonly glosses?: readonly string[];
  /**
   * `docFeatures(doc, params)` computed ahead, with the state's params (the
   * queue's workers do so in parallel, so the one sequential assigner only
   * scores); computed from the fields above when absent.
   */
  readonly features?: DocFeatures;
}

/**
 * The gloss keys of an article through the optional lexicon pack: its
 * title and body lead read in its language, each word the pack knows given as
 * its English translations (an English word as itself). Empty when the pack
 * lacks the language.
 * @example docGlosses({ id, title: 'Krieg', text: '', language: 'de' }, lexicon) // ['l:war']
 */
export function docGlosses(doc: ClusterDoc, lexicon: Lexicon, limit = 600): string[] {
  const lang = textLanguage(doc.title ? `${doc.title}\n${doc.text}` : doc.text, doc.language);
  const out: string[] = [];
  for (const part of [doc.title, doc.text]) {
    const keys = glossKeys(contentWords(part, lang, limit).words, lang, lexicon);
    if (keys) for (const [k, c] of keys) for (let i = 0; i < c; i++) out.push(k);
  }
  return out;
}

function addCounts(counts: Map<string, number>, terms: Iterable<string>): void {
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
}

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
interface Neutral {
  readonly names: string[];
  /** The words read as names, as written (for the cross-language anchors). */
  readonly surfaces: string[];
  readonly numbers: string[];
  readonly concepts: string[];
}

/** How names are keyed (ClusterParams.soundNameKeys). */
interface NameRule {
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
function entityKeys(entities: readonly string[], rule: NameRule): string[] {
  if (!rule.sound) return entities.map((e) => `e:${e.toLowerCase().trim()}`);
  const out: string[] = [];
  for (const e of entities) for (const w of e.split(/[\s\-‐]+/u)) {
    const k = w ? storyNameKey(w) : undefined;
    if (k !== undefined) out.push(`e:${k}`);
  }
  return out;
}

function contentOf(text: string, limit: number, lang: Language, neutral: Neutral | undefined, rule: NameRule): string[] {
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

/**
 * Weighted, L2-normalised term vector of an article (no IDF yet).
 * @example docTerms({ id: 'a', title: 'Biden and Putin', text: '…' }, CLUSTER_DEFAULTS).get('putin')
 */
export function docTerms(doc: ClusterDoc, params: ClusterParams): Map<string, number> {
  return docFeatures(doc, params).terms;
}

/** An article's term vector, and how far its title is backed by its body. */
export interface DocFeatures {
  readonly terms: Map<string, number>;
  /**
   * Share of the title's distinct terms that its body also uses. A scraped
   * title that is the site's name ("ABC News", "NPR Search") shares nothing
   * with the text and says nothing about the story. 0 without a body: a
   * headline alone is the whole article, there is no second channel.
   */
  readonly titleSupport: number;
  /** The language the text was read in. */
  readonly language: Language;
}

/**
 * Term vector and title support of an article.
 * @example docFeatures({ id: 'a', title: 'ABC News', text: 'Quake hits Chile…' }, CLUSTER_DEFAULTS).titleSupport // 0
 */
export function docFeatures(doc: ClusterDoc, params: ClusterParams): DocFeatures {
  const lang = textLanguage(doc.title ? `${doc.title}\n${doc.text}` : doc.text, doc.language);
  const neutral: Neutral = { names: [], surfaces: [], numbers: [], concepts: [] };
  const rule: NameRule = { sound: params.soundNameKeys > 0 };
  const title = new Map<string, number>();
  addCounts(title, contentOf(doc.title, params.maxBodyTokens, lang, undefined, rule));
  const body = new Map<string, number>();
  addCounts(body, contentOf(doc.text, params.maxBodyTokens, lang, neutral, rule));
  const names = new Map<string, number>();
  addCounts(names, doc.entities && params.entityNames > 0 ? entityKeys(doc.entities, rule) : neutral.names);
  const numbers = new Map<string, number>();
  addCounts(numbers, params.valueNumbers > 0 ? valueNumberKeys(`${doc.title}\n${doc.text}`, lang) : neutral.numbers);
  const concepts = new Map<string, number>();
  addCounts(concepts, neutral.concepts.filter((k) => k.startsWith('x:')));
  const countries = new Map<string, number>();
  addCounts(countries, neutral.concepts.filter((k) => k.startsWith('c:')));
  const out = new Map<string, number>();
  const add = (counts: Map<string, number>, boost: number) => {
    if (boost <= 0) return;
    // Sublinear TF: the tenth "Ukraine" says less than the first.
    for (const [t, c] of counts) out.set(t, (out.get(t) ?? 0) + boost * (1 + Math.log(c)));
  };
  add(body, 1);
  add(title, params.titleBoost);
  add(names, params.entityBoost);
  add(numbers, params.numberBoost);
  add(concepts, params.conceptBoost);
  add(countries, params.countryBoost);
  if (doc.glosses) {
    const glosses = new Map<string, number>();
    addCounts(glosses, doc.glosses);
    add(glosses, params.glossBoost);
  }
  normalise(out);
  // The title channel: the same title stems under their own keys, normalised
  // apart, so "same headline" is measured beside "same words anywhere".
  if (params.titleChannelTerms > 0) {
    const titleOnly = new Map<string, number>();
    for (const [t, c] of title) titleOnly.set(`${TITLE_PREFIX}${t}`, 1 + Math.log(c));
    normalise(titleOnly);
    for (const [t, w] of titleOnly) out.set(t, w);
  }
  if (params.anchorTerms > 0) {
    const countries = params.anchorCountryWeight > 0 ? [...titleCountries(doc.title, lang, params, rule), ...neutral.concepts.filter((k) => k.startsWith('c:'))] : [];
    for (const [t, w] of anchorVector(doc, lang, neutral.surfaces, countries, params)) out.set(t, w);
  }
  let backed = 0;
  for (const t of title.keys()) if (body.has(t)) backed++;
  // A title of two words ("Koronawirus w Polsce") names a topic, not an event: its channel counts in proportion.
  const titleSize = params.titleMinTerms > 0 ? Math.min(1, title.size / params.titleMinTerms) : 1;
  const titleSupport = body.size === 0 || title.size === 0 ? 0 : (titleSize * backed) / title.size;
  return { terms: out, titleSupport, language: lang };
}

/**
 * The anchor channel of an article (anchors.ts): names by sound class, numbers
 * by value, ISO days, and glosses when given, each kind weighted, sublinear,
 * normalised apart and cut to its anchorTerms heaviest. Title names count too
 * (the title's first word is no name: it is capitalised anyway).
 */
function anchorVector(doc: ClusterDoc, lang: Language, bodyNames: readonly string[], countries: readonly string[], params: ClusterParams): Map<string, number> {
  const titleNames = contentWords(doc.title, lang, params.maxBodyTokens).words.filter((w) => w.name).map((w) => w.surface);
  const a = anchorsOf({ text: doc.title ? `${doc.title}\n${doc.text}` : doc.text, language: lang, names: [...titleNames, ...bodyNames], ...(doc.published ? { published: doc.published } : {}), nounFilter: params.anchorNounFilter > 0, nounSuffixes: params.anchorNounFilter > 1 });
  const v = new Map<string, number>();
  const add = (keys: readonly string[], weight: number) => {
    if (weight <= 0) return;
    const c = new Map<string, number>();
    addCounts(c, keys);
    for (const [t, n] of c) v.set(t, (v.get(t) ?? 0) + weight * (1 + Math.log(n)));
  };
  add(a.names, 1);
  add(a.numbers, params.anchorNumberWeight);
  add(a.dates, params.anchorDateWeight);
  if (doc.glosses) add(doc.glosses.map((g) => `${ANCHOR_PREFIX}${g}`), params.anchorGlossWeight);
  const kept = new Map([...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, params.anchorTerms));
  const norm = normalise(kept);
  // Countries after the others are normalised, on their own budget: the other anchors keep the weights (and so
  // the places in a story's centroid) they have without them.
  if (countries.length > 0 && params.anchorCountryTerms > 0) {
    const c = new Map<string, number>();
    addCounts(c, countries.map((k) => `${ANCHOR_PREFIX}${k}`));
    const top = [...c].map(([t, n]) => [t, params.anchorCountryWeight * (1 + Math.log(n))] as const).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, params.anchorCountryTerms);
    let cNorm = 0;
    for (const [, w] of top) cNorm += w * w;
    // Against the others' norm, so a country weighs anchorCountryWeight × a name of the same count; alone, to 1.
    const scale = norm > 0 ? norm : Math.sqrt(cNorm);
    for (const [t, w] of top) kept.set(t, w / scale);
  }
  return kept;
}

/** Country keys of a title ('c:bg'), read as the body's are. */
function titleCountries(title: string, lang: Language, params: ClusterParams, rule: NameRule): string[] {
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

/** Scales a vector to length 1 in place; returns its length before. */
function normalise(v: Map<string, number>): number {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return norm;
}

/**
 * Days since 1970 of an ISO date, or undefined when absent or unparseable.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(published: string | undefined): number | undefined {
  if (!published) return undefined;
  const ms = Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published);
  return Number.isFinite(ms) ? ms / 86_400_000 : undefined;
}
