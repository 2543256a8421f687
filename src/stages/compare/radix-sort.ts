/**
 * Least-significant-digit radix sorts of unsigned 32-bit numbers (two passes
 * of 16 bits), for the large sorts of name blocking: a 200-copy story's
 * speakers and entities give some 330,000 (block key, name) entries and as
 * many candidate pairs, and sorting them as doubles was most of the
 * blocking's cost. Stable: equal numbers keep their input order (and their
 * values with them), so the result is the one a comparison sort gives.
 */

/** Below this many numbers a typed array's own sort is as fast. */
const RADIX_MIN = 4096;

/** Per-digit counts, kept between calls. */
const counts = new Int32Array(65537);

/**
 * `keys` sorted ascending, and `values` permuted with them (stable); both
 * inputs may be overwritten. Returns the arrays holding the result.
 * @example sortKeyed(Uint32Array.of(5, 1, 5), Int32Array.of(0, 1, 2)) // { keys: [1, 5, 5], values: [1, 0, 2] }
 */
export function sortKeyed(keys: Uint32Array, values: Int32Array): { keys: Uint32Array; values: Int32Array } {
  const n = keys.length;
  if (n < RADIX_MIN) {
    // Small: positions ordered by (key, position), which is what a stable sort gives; key · 4096 + position stays below 2^44, exact in a double.
    const order = new Float64Array(n);
    for (let i = 0; i < n; i++) order[i] = keys[i]! * RADIX_MIN + i;
    order.sort();
    const k2 = new Uint32Array(n);
    const v2 = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const at = order[i]! % RADIX_MIN;
      k2[i] = keys[at]!;
      v2[i] = values[at]!;
    }
    return { keys: k2, values: v2 };
  }
  let k1: Uint32Array = keys;
  let v1: Int32Array = values;
  let k2: Uint32Array = new Uint32Array(n);
  let v2: Int32Array = new Int32Array(n);
  for (let shift = 0; shift < 32; shift += 16) {
    prefixCounts(k1, shift);
    for (let i = 0; i < n; i++) {
      const at = counts[(k1[i]! >>> shift) & 0xffff]!++;
      k2[at] = k1[i]!;
      v2[at] = v1[i]!;
    }
    [k1, k2] = [k2, k1];
    [v1, v2] = [v2, v1];
  }
  return { keys: k1, values: v1 };
}

/**
 * `keys` sorted ascending (the same numbers as `keys.sort()`); `keys` may be overwritten.
 * @example sortUint32(Uint32Array.of(70000, 3, 65536)) // [3, 65536, 70000]
 */
export function sortUint32(keys: Uint32Array): Uint32Array {
  const n = keys.length;
  if (n < RADIX_MIN) return keys.sort();
  let k1: Uint32Array = keys;
  let k2: Uint32Array = new Uint32Array(n);
  for (let shift = 0; shift < 32; shift += 16) {
    prefixCounts(k1, shift);
    for (let i = 0; i < n; i++) k2[counts[(k1[i]! >>> shift) & 0xffff]!++] = k1[i]!;
    [k1, k2] = [k2, k1];
  }
  return k1;
}

/** counts[d]: the first output slot of digit d (at `shift`) of `keys`. */
function prefixCounts(keys: Uint32Array, shift: number): void {
  counts.fill(0);
  for (let i = 0; i < keys.length; i++) counts[((keys[i]! >>> shift) & 0xffff) + 1]!++;
  for (let d = 1; d <= 65536; d++) counts[d]! += counts[d - 1]!;
}
