/**
 * Runs of identical words shared by two token arrays (greedy tiling): every
 * window of `minWords` words of `b` is indexed once by a rolling hash, then
 * `a` is scanned and each verified hit extended as far as the words agree.
 */
import { fnv1a32 } from './hash32.js';

/** A shared run: `length` words starting at `a[i]` and `b[j]`. */
export interface WordRun {
  readonly i: number;
  readonly j: number;
  readonly length: number;
}

const P = 0x01000193;

// Each word's hash, reused by every text (grown for a longer one): a number[] of
// unsigned hashes (heap numbers past 2^30) made per text was 5 MB of a first
// brief's garbage. Stored as int32, the same hashes modulo 2^32, so every `| 0` below is unchanged.
let wordHashes = new Int32Array(1024);

/** Rolling polynomial hashes of every window of k words (numeric keys: no string building per window). */
function windowHashes(words: readonly string[], k: number): Int32Array {
  const n = words.length - k + 1;
  const out = new Int32Array(Math.max(0, n));
  if (n <= 0) return out;
  // A loop, not a callback made per text (V8 drops a dead closure's optimised code at each full GC).
  if (wordHashes.length < words.length) wordHashes = new Int32Array(2 * words.length);
  const h = wordHashes;
  for (let l = 0; l < words.length; l++) h[l] = fnv1a32(words[l]!);
  let pk = 1;
  for (let l = 0; l < k - 1; l++) pk = Math.imul(pk, P);
  let cur = 0;
  for (let l = 0; l < k; l++) cur = (Math.imul(cur, P) + h[l]!) | 0;
  out[0] = cur;
  for (let j = 1; j < n; j++) {
    cur = (Math.imul((cur - Math.imul(h[j - 1]!, pk)) | 0, P) + h[j + k - 1]!) | 0;
    out[j] = cur;
  }
  return out;
}

function sameWindow(a: readonly string[], i: number, b: readonly string[], j: number, k: number): boolean {
  for (let l = 0; l < k; l++) if (a[i + l] !== b[j + l]) return false;
  return true;
}

/** Window hashes of a text sorted by (hash, position): 8 bytes a window, looked up by binary search. */
interface WindowIndex {
  readonly k: number;
  /** Hash of every window, by position. */
  readonly hashes: Int32Array;
  readonly sortedHashes: Int32Array;
  readonly positions: Int32Array;
  /**
   * One bit per hash value modulo the filter's size, set for every window of
   * the text: a window of another text whose bit is clear has no hit here, so
   * most of a pair's lookups (texts share few 8-word runs) skip the binary search.
   */
  readonly filter: Int32Array;
}

/** Filter bits a window: about 16 per window (rounded to a power of two), so a miss passes the filter ~1 time in 16. */
function filterOf(hashes: Int32Array): Int32Array {
  let bits = 1024;
  while (bits < hashes.length * 16) bits *= 2;
  const filter = new Int32Array(bits >>> 5);
  const mask = bits - 1;
  for (let j = 0; j < hashes.length; j++) {
    const b = hashes[j]! & mask;
    filter[b >>> 5] |= 1 << (b & 31);
  }
  return filter;
}

/** False when no window of the filter's text has hash `h`. */
function mayHold(filter: Int32Array, h: number): boolean {
  const b = h & ((filter.length << 5) - 1);
  return (filter[b >>> 5]! & (1 << (b & 31))) !== 0;
}

// One index per token array and window size, built on first use: a story
// compares each prepared text with many others, and rebuilding a hash map of
// the same text for every pair was most of the cost of a pair.
const indexes = new WeakMap<readonly string[], WindowIndex>();

function windowIndex(words: readonly string[], k: number): WindowIndex {
  const cached = indexes.get(words);
  if (cached && cached.k === k) return cached;
  // Positions must fit the packing below (2 million words: far past any article).
  if (words.length >= 2 ** 21) return unpackedIndex(words, k);
  const hashes = windowHashes(words, k);
  // (hash, position) packed into one double and sorted natively: hash + 2^31 in the high bits, position below 2^21.
  const packed = new Float64Array(hashes.length);
  for (let j = 0; j < hashes.length; j++) packed[j] = (hashes[j]! + 2 ** 31) * 2 ** 21 + j;
  packed.sort();
  const sortedHashes = new Int32Array(hashes.length);
  const positions = new Int32Array(hashes.length);
  for (let s = 0; s < packed.length; s++) {
    const j = packed[s]! % 2 ** 21;
    positions[s] = j;
    sortedHashes[s] = hashes[j]!;
  }
  const index = { k, hashes, sortedHashes, positions, filter: filterOf(hashes) };
  indexes.set(words, index);
  return index;
}

/** The index of a text too long to pack, sorted by comparator. */
function unpackedIndex(words: readonly string[], k: number): WindowIndex {
  const hashes = windowHashes(words, k);
  const order = Array.from({ length: hashes.length }, (_, j) => j).sort((x, y) => hashes[x]! - hashes[y]! || x - y);
  return { k, hashes, sortedHashes: Int32Array.from(order, (j) => hashes[j]!), positions: Int32Array.from(order), filter: filterOf(hashes) };
}

/** First slot of `h` in the sorted hashes, or -1. */
function firstSlot(sorted: Int32Array, h: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < h) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === h ? lo : -1;
}

/**
 * Maximal identical runs of at least `minWords` words, non-overlapping in `a`.
 * @example identicalRuns(['x','a','b'], ['a','b','y'], 2) // [{ i: 1, j: 0, length: 2 }]
 */
export function identicalRuns(a: readonly string[], b: readonly string[], minWords: number): WordRun[] {
  const runs: WordRun[] = [];
  const k = Math.max(1, minWords);
  if (a.length < k || b.length < k) return runs;
  const ib = windowIndex(b, k);
  const ha = windowIndex(a, k).hashes;
  let i = 0;
  while (i < ha.length) {
    if (!mayHold(ib.filter, ha[i]!)) {
      i++;
      continue;
    }
    const slot = firstSlot(ib.sortedHashes, ha[i]!);
    // The best hit as two numbers, not an object per window that passes the filter.
    let bestJ = -1;
    let bestLength = 0;
    // Hits in ascending position, as a first-seen list would give them: ties keep the earliest.
    for (let s = slot; s >= 0 && s < ib.sortedHashes.length && ib.sortedHashes[s] === ha[i]; s++) {
      const j = ib.positions[s]!;
      if (!sameWindow(a, i, b, j, k)) continue;
      let len = k;
      while (i + len < a.length && j + len < b.length && a[i + len] === b[j + len]) len++;
      if (len > bestLength) {
        bestJ = j;
        bestLength = len;
      }
    }
    if (bestLength === 0) {
      i++;
      continue;
    }
    runs.push({ i, j: bestJ, length: bestLength });
    i += bestLength;
  }
  return runs;
}
