/**
 * Small deterministic 32-bit hashes. Reuse detection and the serialised
 * indexes must give identical results across runs and machines, so nothing
 * here depends on Math.random or on object iteration order.
 */

/**
 * FNV-1a over UTF-16 code units, as an unsigned 32-bit integer.
 * @example fnv1a32('abc') // 440920331
 */
export function fnv1a32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * MurmurHash3's finaliser: a bijection on 32-bit integers with good avalanche,
 * used to derive many independent-looking hash functions from one base hash.
 * @example fmix32(1) // 1364076727
 */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A seeded stream of 32-bit values (splitmix-style), for hash-family seeds.
 * @example seededUint32s(42, 2).length // 2
 */
export function seededUint32s(seed: number, count: number): number[] {
  const out: number[] = [];
  let s = seed >>> 0;
  for (let i = 0; i < count; i++) {
    s = (s + 0x9e3779b9) >>> 0;
    out.push(fmix32(s ^ fmix32(i + 1)) | 1);
  }
  return out;
}

/**
 * Whether `sorted` (ascending) holds `h`: a set of strings kept as their sorted 32-bit hashes, 4 bytes each
 * (the word lists, the city names).
 * @example sortedHas(Uint32Array.from([3, 5, 9]), 5) // true
 */
export function sortedHas(sorted: Uint32Array, h: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = sorted[mid]!;
    if (x === h) return true;
    if (x < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
