/**
 * Story similarity of two texts in [0, 1] without any model: cosines of
 * IDF-weighted sparse features (content words, names, numbers, title),
 * combined by fixed weights. IDF comes from the batch the pair belongs to
 * (`buildDocFreq`), so words every text uses ("said", "government" in any
 * language) count for little; without it every feature weighs the same.
 */
import { IDF_POWER, SIMILARITY_DEFAULTS, type SignalWeights, type SimilarityParams } from './similarity-params.js';
import { textFeatures, type Bag, type TextFeatures } from './text-features.js';

/** The signals, in the order weights are listed. */
export const COMPONENTS = ['words', 'names', 'numbers', 'title', 'grams', 'lead', 'gloss'] as const;

/**
 * What kind of pair is compared: one language, two languages in one script
 * (cognates and letter grams still meet), or two scripts (only names,
 * numbers and transliterated letters do).
 */
export type PairKind = 'same' | 'cross' | 'crossScript';

/** Kind of a pair from whether its languages differ and the texts' scripts. */
export function pairKind(a: TextFeatures, b: TextFeatures, crossLingual: boolean): PairKind {
  return !crossLingual ? 'same' : a.script === b.script ? 'cross' : 'crossScript';
}

/** Document frequencies of features over a batch of texts. */
export interface DocFreq {
  readonly docs: number;
  readonly counts: ReadonlyMap<string, number>;
}

/** Each signal in [0, 1], or undefined when a text has nothing to compare (no names in Arabic or Chinese script, no numbers). */
export interface PairComponents {
  readonly words: number | undefined;
  readonly names: number | undefined;
  readonly numbers: number | undefined;
  readonly title: number | undefined;
  readonly grams: number | undefined;
  readonly lead: number | undefined;
  /** Gloss cosine; undefined without the lexicon pack (or for a language it lacks). */
  readonly gloss?: number | undefined;
  /**
   * Signals read only by the learned combination (learned-combination.ts):
   * one text's lead against the other's whole words and names (a fragment or
   * a rewrite meets the story where it is told), one title against the other's
   * lead and whole text (the larger of both directions), the numbers of three
   * digits or more (counts, sums and years that tie two reports to one event)
   * and the names of both titles.
   */
  readonly leadWhole?: number | undefined;
  readonly titleLead?: number | undefined;
  readonly titleWhole?: number | undefined;
  readonly bigNumbers?: number | undefined;
  readonly titleNames?: number | undefined;
  /** How many name keys both texts hold (a count, not a cosine: each shared name is one more tie to one event). */
  readonly sharedNames?: number;
  /** IDF-weighted share of the smaller text's words the larger one holds (a fragment is contained in its story). */
  readonly wordContainment?: number | undefined;
  /** |ln| of the two texts' word counts' ratio: a fragment or a summary of the other text, or a page of another kind. */
  readonly lengthRatio?: number;
}

/** The features a text contributes to document frequencies, each once. */
function featureKeys(f: TextFeatures): Set<string> {
  const keys = new Set<string>();
  for (const k of f.words.keys()) keys.add(`w:${k}`);
  for (const k of f.names.keys()) keys.add(`n:${k}`);
  for (const k of f.numbers.keys()) keys.add(`d:${k}`);
  for (const k of f.grams.keys()) keys.add(`g:${k}`);
  if (f.glosses) for (const k of f.glosses.keys()) keys.add(k);
  return keys;
}

/**
 * Document frequencies over the texts' features.
 * @example buildDocFreq([textFeatures('a b c'), textFeatures('b c d')]).docs // 2
 */
export function buildDocFreq(texts: Iterable<TextFeatures>): DocFreq {
  const counts = new Map<string, number>();
  let docs = 0;
  for (const f of texts) {
    docs++;
    for (const k of featureKeys(f)) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return { docs, counts };
}

/** IDF of a feature key, sharpened by IDF_POWER; 1 without document frequencies. */
function idfOf(key: string, df: DocFreq | undefined): number {
  return df ? (Math.log((df.docs + 1) / ((df.counts.get(key) ?? 0) + 1)) + 1) ** IDF_POWER : 1;
}

/** A bag weighted by sublinear term frequency and IDF, with its norm. */
interface Weighted {
  readonly w: Map<string, number>;
  readonly norm: number;
}

/**
 * Weighted bags, cached per document-frequency table: a batch compares each
 * text with several others (chance levels), and weighting a 1,000-gram bag
 * once instead of at every comparison made scoring about five times faster.
 */
const weightCache = new WeakMap<object, WeakMap<Bag, Weighted>>();
const NO_DF = {};

function weighted(bag: Bag, prefix: string, df: DocFreq | undefined): Weighted {
  const key = df ?? NO_DF;
  let cache = weightCache.get(key);
  if (!cache) weightCache.set(key, (cache = new WeakMap()));
  const hit = cache.get(bag);
  if (hit) return hit;
  const w = new Map<string, number>();
  let sq = 0;
  for (const [k, c] of bag) {
    // Sublinear term frequency: a long text repeating a word is not more on-topic.
    const idf = idfOf(prefix + k, df);
    const x = (1 + Math.log(c)) * idf;
    w.set(k, x);
    sq += x * x;
  }
  const out = { w, norm: Math.sqrt(sq) };
  cache.set(bag, out);
  return out;
}

function cosine(a: Bag, b: Bag, prefix: string, df: DocFreq | undefined): number | undefined {
  if (a.size === 0 || b.size === 0) return undefined;
  const wa = weighted(a, prefix, df);
  const wb = weighted(b, prefix, df);
  if (wa.norm === 0 || wb.norm === 0) return 0;
  const [small, large] = wa.w.size <= wb.w.size ? [wa.w, wb.w] : [wb.w, wa.w];
  let dot = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y !== undefined) dot += x * y;
  }
  return Math.min(1, dot / (wa.norm * wb.norm));
}

function merged(words: Bag, names: Bag): Bag {
  const out: Bag = new Map();
  for (const [k, c] of words) out.set(`w:${k}`, c);
  for (const [k, c] of names) out.set(`n:${k}`, c);
  return out;
}

/** Bags derived from a text's features, built once per text (a batch compares each text several times, and the weights are cached per bag). */
interface Derived {
  readonly title: Bag;
  readonly whole: Bag;
  readonly bigNumbers: Bag;
}
const derivedCache = new WeakMap<TextFeatures, Derived>();
function derived(f: TextFeatures): Derived {
  let d = derivedCache.get(f);
  if (!d) {
    const bigNumbers: Bag = new Map([...f.numbers].filter(([k]) => /^#\d{3}/.test(k)));
    d = { title: merged(f.titleWords, f.titleNames), whole: merged(f.words, f.names), bigNumbers };
    derivedCache.set(f, d);
  }
  return d;
}

/** IDF-weighted share of the smaller bag's keys (by count of keys) that the larger one holds. */
function containment(a: Bag, b: Bag, prefix: string, df: DocFreq | undefined): number | undefined {
  if (a.size === 0 || b.size === 0) return undefined;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let total = 0;
  let shared = 0;
  for (const k of small.keys()) {
    const w = idfOf(prefix + k, df);
    total += w;
    if (large.has(k)) shared += w;
  }
  return total > 0 ? shared / total : 0;
}

function sharedKeys(a: Bag, b: Bag): number {
  let n = 0;
  for (const k of a.keys()) if (b.has(k)) n++;
  return n;
}

/** The larger cosine of x's bag against y's and y's against x's (one text may be a fragment of the other). */
function eitherWay(a: Bag, b: Bag, c: Bag, d: Bag, df: DocFreq | undefined): number | undefined {
  const x = cosine(a, d, '', df);
  const y = cosine(c, b, '', df);
  return x === undefined && y === undefined ? undefined : Math.max(x ?? 0, y ?? 0);
}

/**
 * The separate similarity signals of two feature sets, each in [0, 1].
 * @example pairComponents(textFeatures('…'), textFeatures('…')).names
 */
export function pairComponents(a: TextFeatures, b: TextFeatures, df?: DocFreq, weights?: SignalWeights): PairComponents {
  // Signals the caller will weigh 0 are skipped (undefined): the gram cosine is the costliest.
  const on = (k: (typeof COMPONENTS)[number]) => weights === undefined || (weights[k] ?? 0) > 0;
  return {
    words: on('words') ? cosine(a.words, b.words, 'w:', df) : undefined,
    names: on('names') ? cosine(a.names, b.names, 'n:', df) : undefined,
    numbers: on('numbers') ? cosine(a.numbers, b.numbers, 'd:', df) : undefined,
    title: on('title') ? cosine(derived(a).title, derived(b).title, '', df) : undefined,
    grams: on('grams') ? cosine(a.grams, b.grams, 'g:', df) : undefined,
    lead: on('lead') ? cosine(a.lead, b.lead, '', df) : undefined,
    gloss: on('gloss') && a.glosses && b.glosses ? cosine(a.glosses, b.glosses, '', df) : undefined,
  };
}

/**
 * All components, the learned combination's extra ones included (no weights: every signal is read).
 * @example allPairComponents(textFeatures('…'), textFeatures('…')).leadWhole
 */
export function allPairComponents(a: TextFeatures, b: TextFeatures, df?: DocFreq): PairComponents {
  const da = derived(a);
  const db = derived(b);
  return {
    ...pairComponents(a, b, df),
    leadWhole: eitherWay(a.lead, da.whole, b.lead, db.whole, df),
    titleLead: eitherWay(da.title, a.lead, db.title, b.lead, df),
    titleWhole: eitherWay(da.title, da.whole, db.title, db.whole, df),
    bigNumbers: cosine(da.bigNumbers, db.bigNumbers, 'd:', df),
    titleNames: cosine(a.titleNames, b.titleNames, 'n:', df),
    sharedNames: sharedKeys(a.names, b.names),
    wordContainment: containment(a.words, b.words, 'w:', df),
    // Larger over smaller, so the value does not depend on the order of the texts, to the last bit.
    lengthRatio: Math.log(Math.max(a.length, b.length, 1) / Math.max(Math.min(a.length, b.length), 1)),
  };
}

/**
 * Combined score in [0, 1] of precomputed components.
 * @example combineComponents({ words: 1, names: 1, numbers: 1, title: 1, grams: 1 }) // 1
 */
export function combineComponents(c: PairComponents, params: SimilarityParams = SIMILARITY_DEFAULTS, kind: PairKind | boolean = 'same'): number {
  // Absent signals drop out and the others are re-weighted, so a pair of
  // Chinese texts (no capitals, hence no names) is not pulled towards 0.
  const k: PairKind = kind === true ? 'cross' : kind === false ? 'same' : kind;
  const weights = params[k];
  let total = 0;
  let s = 0;
  for (const name of COMPONENTS) {
    const v = c[name];
    const wt = weights[name] ?? 0;
    if (v === undefined || wt === 0) continue;
    total += wt;
    s += wt * v ** params.power;
  }
  const boost = k === 'same' ? 1 : params.crossLingualBoost;
  return total > 0 ? Math.min(1, Math.max(0, (boost * s) / total)) : 0;
}

/**
 * Story similarity of two texts, 1 = same story.
 * @example storySimilarity('Putin met Biden in Geneva on June 16', 'Путин встретился с Байденом в Женеве 16 июня') > 0
 */
export function storySimilarity(text1: string, text2: string, df?: DocFreq, params: SimilarityParams = SIMILARITY_DEFAULTS, crossLingual = false): number {
  const a = textFeatures(text1);
  const b = textFeatures(text2);
  return combineComponents(pairComponents(a, b, df), params, pairKind(a, b, crossLingual));
}
