/**
 * Bottom-k sketches (Broder 1997; Cohen & Kaplan 2007): a set's k smallest
 * hash values. Two sets' sketches estimate their Jaccard similarity, and
 * sketches that share values point at overlapping sets (an inverted index of
 * sketch values finds near neighbours). Used by provenance's candidate pairs
 * and by the compare stage's variants of one text.
 */

/**
 * The `k` smallest distinct values of `hashes`, ascending (sorts `hashes` in place).
 * @example bottomK(Uint32Array.of(9, 3, 3, 7), 2) // Uint32Array [3, 7]
 */
export function bottomK(hashes: Uint32Array, k: number): Uint32Array {
  // Hashes are unsigned 32-bit: a typed array sorts them numerically, and fast;
  // repeats are skipped here rather than through a set per text.
  hashes.sort();
  const out = new Uint32Array(Math.min(k, hashes.length));
  let n = 0;
  for (let i = 0; i < hashes.length && n < k; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) out[n++] = hashes[i]!;
  return n === out.length ? out : out.slice(0, n);
}

/**
 * Jaccard estimate of two sets from their bottom-k sketches: the share, among
 * the k smallest values of the sketches' union, of those in both.
 * @example bottomKJaccard(Uint32Array.of(1, 2, 3), Uint32Array.of(1, 2, 4), 3) // 2/3
 */
export function bottomKJaccard(a: Uint32Array, b: Uint32Array, k: number): number {
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  const limit = Math.min(k, Math.max(a.length, b.length));
  while (seen < limit && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    seen++;
  }
  return seen === 0 ? 0 : both / seen;
}
