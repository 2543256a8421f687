/**
 * MinHash signatures over word shingles. The hash family is derived from a
 * seed so signatures are reproducible and comparable across runs; a signature
 * carries no seed itself, so only compare signatures made with the same params.
 */
import { fmix32, fnv1a32, seededUint32s } from './hash32.js';
import { isStopWord, lightStem, tokenizeWords } from './text-tokens.js';

export interface MinHashParams {
  /** Number of hash functions (signature length). */
  readonly numPerm: number;
  /** Words per shingle. */
  readonly shingleSize: number;
  /** Seed of the hash family. */
  readonly seed: number;
  /** Drop stop-words and stem before shingling (robust to rewording, less exact). */
  readonly contentOnly: boolean;
}

/**
 * Defaults. 128 permutations: standard error of the Jaccard estimate
 * ≈ sqrt(J(1-J)/128) ≤ 0.045, enough to rank candidates. Shingles of 5 words:
 * long enough that shared 5-grams are rare between unrelated news (few common
 * phrases survive that length) yet short enough that one copied sentence
 * yields several shared shingles. Full words (no stemming): this signature is
 * for copies; `reuseCandidates` uses a content-word variant for rewrites.
 */
export const MINHASH_DEFAULTS: MinHashParams = Object.freeze({ numPerm: 128, shingleSize: 5, seed: 0x5eed_0001, contentOnly: false });

export type MinHashSignature = readonly number[];

const EMPTY = 0xffffffff;

/**
 * The set of shingle hashes of a text.
 * @example shingleSet('a b c', { ...MINHASH_DEFAULTS, shingleSize: 2 }).size // 2
 */
export function shingleSet(text: string, params: MinHashParams = MINHASH_DEFAULTS): Set<number> {
  return shingleSetOfWords(tokenizeWords(text).words, params);
}

/**
 * The same from a text's words as `tokenizeWords` gives them (e.g. a prepared
 * reuse text's `tokens.words`), so a caller that already tokenised does not again.
 * @example shingleSetOfWords(tokenizeWords('a b c').words, { ...MINHASH_DEFAULTS, shingleSize: 2 }).size // 2
 */
export function shingleSetOfWords(tokenWords: readonly string[], params: MinHashParams = MINHASH_DEFAULTS): Set<number> {
  return new Set(shingleHashesOfWords(tokenWords, params));
}

/** The words that are not stop words, stemmed: a loop, not callbacks made per text (V8 drops a dead closure's optimised code at each full GC). */
function contentStems(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) if (!isStopWord(w)) out.push(stemOf(w));
  return out;
}

/**
 * Every shingle's hash in text order, repeats included: for a caller that
 * sorts them anyway (bottom-k sketches), a typed array is far cheaper than a set.
 * @example shingleHashesOfWords(['a', 'b', 'a', 'b'], { ...MINHASH_DEFAULTS, shingleSize: 2 }).length // 3
 */
export function shingleHashesOfWords(tokenWords: readonly string[], params: MinHashParams = MINHASH_DEFAULTS): Uint32Array {
  let words = tokenWords;
  if (params.contentOnly) words = contentStems(words);
  const k = Math.max(1, params.shingleSize);
  if (words.length === 0) return new Uint32Array(0);
  // Texts shorter than one shingle still get one shingle, so a short text is
  // not "empty" and can match itself.
  const last = Math.max(0, words.length - k);
  const out = new Uint32Array(last + 1);
  for (let i = 0; i <= last; i++) out[i] = shingleHash(words, i, Math.min(k, words.length - i));
  return out;
}

// A word's stem by word: a story's texts repeat most of their words (copies,
// rewrites). Cleared when large; it never changes a result.
const STEM_CACHE_MAX = 100_000;
const stemCache = new Map<string, string>();

function stemOf(w: string): string {
  let stem = stemCache.get(w);
  if (stem === undefined) {
    stem = lightStem(w);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(w, stem);
  }
  return stem;
}

/** `fnv1a32(words.slice(i, i + k).join(' '))`, without building the string (FNV-1a is a running hash). */
function shingleHash(words: readonly string[], i: number, k: number): number {
  let h = 0x811c9dc5;
  for (let l = 0; l < k; l++) {
    if (l > 0) h = Math.imul(h ^ 32, 0x01000193);
    const w = words[i + l]!;
    for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
  }
  return h >>> 0;
}

/**
 * MinHash signature of a set of 32-bit shingle hashes.
 * @example signatureOf(new Set([1, 2, 3])).length // 128
 */
export function signatureOf(shingles: ReadonlySet<number>, params: MinHashParams = MINHASH_DEFAULTS): MinHashSignature {
  const seeds = seededUint32s(params.seed, params.numPerm);
  const sig = new Array<number>(params.numPerm).fill(EMPTY);
  for (const x of shingles) {
    for (let i = 0; i < seeds.length; i++) {
      // fmix32 is a bijection, so each seed gives a permutation of 32-bit values.
      const h = fmix32(x ^ seeds[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/**
 * MinHash signature of a text.
 * @example minhash('the exact timing of the call was not disclosed').length // 128
 */
export function minhash(text: string, params: MinHashParams = MINHASH_DEFAULTS): MinHashSignature {
  return signatureOf(shingleSet(text, params), params);
}

/**
 * Estimated Jaccard similarity: the share of positions where the signatures agree.
 * Two empty inputs estimate 0 (nothing is shared), matching `jaccard`.
 * @example estimateJaccard(minhash('a b c d e f'), minhash('a b c d e f')) // 1
 */
export function estimateJaccard(a: MinHashSignature, b: MinHashSignature): number {
  if (a.length !== b.length) throw new Error(`signature lengths differ: ${a.length} vs ${b.length}`);
  if (a.length === 0) return 0;
  let same = 0;
  let empty = true;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) same++;
    if (a[i] !== EMPTY || b[i] !== EMPTY) empty = false;
  }
  return empty ? 0 : same / a.length;
}

/**
 * Exact Jaccard similarity |A∩B| / |A∪B|; 0 when both are empty.
 * @example jaccard(new Set([1, 2]), new Set([2, 3])) // 1/3
 */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
