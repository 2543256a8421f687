/**
 * An article's term weights for clustering: title, body lead and entity
 * names in one sparse vector (before IDF), L2-normalised so long articles do
 * not outweigh short ones in a story centroid.
 */
import type { ArticleId } from '../../core/ids.js';
import { contentWords, glossKeys, textLanguage, type Language, type Lexicon } from '../text-model/index.js';
import type { ClusterParams } from './cluster-params.js';
import { ANCHOR_PREFIX, anchorsOf } from './anchors.js';
import { contentOf, entityKeys, titleCountries, TITLE_PREFIX, valueNumberKeys, type NameRule, type Neutral } from './term-keys.js';

// The keys' prefixes and number keys live in term-keys.ts; re-exported so importers keep this module.
export { NEUTRAL_PREFIXES, isDerivedKey, isNeutralKey, LANGUAGE_PREFIX, isLanguageKey, languageKey, TITLE_PREFIX, valueNumberKeys } from './term-keys.js';

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
