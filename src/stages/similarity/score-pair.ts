/**
 * Story similarity of two texts in [0, 1] without any model: cosines of
 * IDF-weighted sparse features (content words, names, numbers, title),
 * combined by fixed weights. IDF comes from the batch the pair belongs to
 * (`buildDocFreq`), so words every text uses ("said", "government" in any
 * language) count for little; without it every feature weighs the same.
 */
import { SIMILARITY_DEFAULTS, type SimilarityParams } from './similarity-params.js';
import { textFeatures, type Bag, type TextFeatures } from './text-features.js';

/** The signals, in the order weights are listed. */
export const COMPONENTS = ['words', 'names', 'numbers', 'title'] as const;

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
}

/** The features a text contributes to document frequencies, each once. */
function featureKeys(f: TextFeatures): Set<string> {
  const keys = new Set<string>();
  for (const k of f.words.keys()) keys.add(`w:${k}`);
  for (const k of f.names.keys()) keys.add(`n:${k}`);
  for (const k of f.numbers.keys()) keys.add(`d:${k}`);
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

function cosine(a: Bag, b: Bag, prefix: string, df: DocFreq | undefined): number | undefined {
  if (a.size === 0 || b.size === 0) return undefined;
  const idf = (k: string) => (df ? Math.log((df.docs + 1) / ((df.counts.get(prefix + k) ?? 0) + 1)) + 1 : 1);
  // Sublinear term frequency: a long text repeating a word is not more on-topic.
  const w = (c: number) => 1 + Math.log(c);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, c] of a) {
    const x = w(c) * idf(k);
    na += x * x;
    const cb = b.get(k);
    if (cb !== undefined) dot += x * w(cb) * idf(k);
  }
  for (const [k, c] of b) {
    const y = w(c) * idf(k);
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

function merged(words: Bag, names: Bag): Bag {
  const out: Bag = new Map();
  for (const [k, c] of words) out.set(`w:${k}`, c);
  for (const [k, c] of names) out.set(`n:${k}`, c);
  return out;
}

/**
 * The separate similarity signals of two feature sets, each in [0, 1].
 * @example pairComponents(textFeatures('…'), textFeatures('…')).names
 */
export function pairComponents(a: TextFeatures, b: TextFeatures, df?: DocFreq): PairComponents {
  return {
    words: cosine(a.words, b.words, 'w:', df),
    names: cosine(a.names, b.names, 'n:', df),
    numbers: cosine(a.numbers, b.numbers, 'd:', df),
    title: cosine(merged(a.titleWords, a.titleNames), merged(b.titleWords, b.titleNames), '', df),
  };
}

/**
 * Combined score in [0, 1] of precomputed components.
 * @example combineComponents({ words: 1, names: 1, numbers: 1, title: 1 }) // 1
 */
export function combineComponents(c: PairComponents, params: SimilarityParams = SIMILARITY_DEFAULTS, crossLingual = false): number {
  // Absent signals drop out and the others are re-weighted, so a pair of
  // Chinese texts (no capitals, hence no names) is not pulled towards 0.
  let total = 0;
  let s = 0;
  for (const k of COMPONENTS) {
    const v = c[k];
    if (v === undefined) continue;
    total += params[k];
    s += params[k] * v ** params.power;
  }
  const boost = crossLingual ? params.crossLingualBoost : 1;
  return total > 0 ? Math.min(1, Math.max(0, (boost * s) / total)) : 0;
}

/**
 * Story similarity of two texts, 1 = same story.
 * @example storySimilarity('Putin met Biden in Geneva on June 16', 'Путин встретился с Байденом в Женеве 16 июня') > 0
 */
export function storySimilarity(text1: string, text2: string, df?: DocFreq, params: SimilarityParams = SIMILARITY_DEFAULTS, crossLingual = false): number {
  return combineComponents(pairComponents(textFeatures(text1), textFeatures(text2), df), params, crossLingual);
}
