/**
 * Blocking for name matching: a story of a thousand articles holds thousands
 * of distinct spellings, and testing every pair with `sameName` grew as their
 * square. Each name gets a few block keys; only names sharing a key are
 * tested. The keys are a necessary condition of analyze's `sameEntity` (so the
 * result is exactly the all-pairs one):
 * - equal normalised keys (`entityKey`) or equal lower-cased names;
 * - the same surname, or surnames of 6+ letters one edit apart: the last key
 *   word and its one-letter deletions (two words one edit apart share one);
 * - long names a small edit distance apart (≤ 1 from 10 letters, ≤ 2 from 16):
 *   the whole key and its deletions up to that distance, per word count.
 * A custom rule must imply a shared key too (the raw last word is one, so
 * "same surname" rules qualify).
 */
import { entityKey } from '../analyze/names.js';

export type BlockKeys = (name: string) => readonly string[];
/** Block keys as strings or as numbers (`sameEntityBlockHashes`): names sharing one may be one entity. */
export type AnyBlockKeys = (name: string) => ArrayLike<string | number>;

/** `w` with up to `depth` letters deleted; a later deletion never left of an earlier one (each set of positions once). */
function deletions(w: string, depth: number, prefix: string, out: Set<string>, from = 0): void {
  out.add(prefix + w);
  if (depth === 0) return;
  for (let i = from; i < w.length; i++) deletions(w.slice(0, i) + w.slice(i + 1), depth - 1, prefix, out, i);
}

/**
 * Block keys of one name for `sameEntity`-like rules.
 * @example sameEntityBlockKeys('Antony Blinken').includes('l:blinken') // true
 */
export function sameEntityBlockKeys(name: string): readonly string[] {
  let keys = KEYS_CACHE.get(name);
  if (keys === undefined) {
    // Bounded, as entityKey's cache: names recur across stories, but a long-running process must not grow without end.
    if (KEYS_CACHE.size > 20_000) KEYS_CACHE.clear();
    keys = computeKeys(name);
    KEYS_CACHE.set(name, keys);
  }
  return keys;
}

const KEYS_CACHE = new Map<string, readonly string[]>();

function computeKeys(name: string): readonly string[] {
  const out = new Set<string>([`c:${name.toLowerCase()}`]);
  const raw = name.trim().toLowerCase().split(/\s+/);
  out.add(`r:${raw[raw.length - 1]}`);
  const key = entityKey(name);
  if (key === '') return [...out];
  out.add(`k:${key}`);
  const ws = key.split(' ');
  const last = ws[ws.length - 1]!;
  deletions(last, last.length >= 6 ? 1 : 0, 'l:', out);
  if (key.length >= 10) deletions(key, key.length >= 16 ? 2 : 1, `e${ws.length}:`, out);
  return [...out];
}

/**
 * `sameEntityBlockKeys` as 32-bit hashes of the key strings, computed
 * without building them: a 30-letter name has some 400 two-letter deletion
 * keys, and a 204-copy story's speakers made 187,000 key strings (70 MB of
 * garbage a brief). Every key's hash is here (`blockKeyHash(key)`), so two
 * names sharing a key share a hash; two names may also share a hash by
 * chance, which only adds a pair to test. Sorted, each once.
 * @example sameEntityBlockHashes('Antony Blinken').includes(blockKeyHash('l:blinken')) // true
 */
export function sameEntityBlockHashes(name: string): Int32Array {
  let keys = HASH_CACHE.get(name);
  if (keys === undefined) {
    // Bounded by the numbers kept (names recur across stories; a long-running process must not grow without end).
    if (hashesKept > 2_000_000) {
      HASH_CACHE.clear();
      hashesKept = 0;
    }
    keys = computeHashes(name);
    HASH_CACHE.set(name, keys);
    hashesKept += keys.length;
  }
  return keys;
}

const HASH_CACHE = new Map<string, Int32Array>();
let hashesKept = 0;
const HB = 0x01000193;
/** HB to the power k, mod 2^32. */
let powers = new Int32Array([1]);

/**
 * The hash of a key string: polynomial in base HB mod 2^32 (a prefix's hash
 * continues into the rest, so deletions can be hashed from prefix sums).
 * @example blockKeyHash('r:biden')
 */
export function blockKeyHash(key: string, from = 0): number {
  let h = from;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, HB) + key.charCodeAt(i)) | 0;
  return h;
}

function powersTo(n: number): Int32Array {
  if (powers.length <= n) {
    const next = new Int32Array(Math.max(n + 1, 2 * powers.length));
    next[0] = 1;
    for (let k = 1; k < next.length; k++) next[k] = Math.imul(next[k - 1]!, HB);
    powers = next;
  }
  return powers;
}

/** Hashes of `prefix + w` with 0, 1 or 2 letters deleted (the keys `deletions(w, depth, prefix)` makes). */
function deletionHashes(w: string, depth: number, prefix: string, out: number[]): void {
  const n = w.length;
  const pw = powersTo(n);
  // pre[k]: the hash of prefix + w[0..k); the hash of w[a..b) alone is pre[b] - pre[a]·HB^(b-a).
  const pre = new Int32Array(n + 1);
  pre[0] = blockKeyHash(prefix);
  for (let k = 0; k < n; k++) pre[k + 1] = (Math.imul(pre[k]!, HB) + w.charCodeAt(k)) | 0;
  const part = (a: number, b: number): number => (pre[b]! - Math.imul(pre[a]!, pw[b - a]!)) | 0;
  out.push(pre[n]!);
  if (depth === 0) return;
  for (let i = 0; i < n; i++) out.push((Math.imul(pre[i]!, pw[n - 1 - i]!) + part(i + 1, n)) | 0);
  if (depth === 1) return;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) out.push((Math.imul(pre[i]!, pw[n - 2 - i]!) + Math.imul(part(i + 1, j), pw[n - 1 - j]!) + part(j + 1, n)) | 0);
  }
}

/** The hashes of `computeKeys(name)`, by the same steps. */
function computeHashes(name: string): Int32Array {
  const out: number[] = [blockKeyHash(`c:${name.toLowerCase()}`)];
  const raw = name.trim().toLowerCase().split(/\s+/);
  out.push(blockKeyHash(`r:${raw[raw.length - 1]}`));
  const key = entityKey(name);
  if (key !== '') {
    out.push(blockKeyHash(`k:${key}`));
    const ws = key.split(' ');
    const last = ws[ws.length - 1]!;
    deletionHashes(last, last.length >= 6 ? 1 : 0, 'l:', out);
    if (key.length >= 10) deletionHashes(key, key.length >= 16 ? 2 : 1, `e${ws.length}:`, out);
  }
  const sorted = Int32Array.from(out).sort();
  let m = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[m++] = sorted[k]!;
  return sorted.slice(0, m);
}

/**
 * The same keys, each name's computed once (a 20-letter name has 200 deletion keys).
 * @example const keys = memoBlockKeys(sameEntityBlockKeys); keys('Joe Biden') === keys('Joe Biden') // true
 */
export function memoBlockKeys<K extends ArrayLike<string | number>>(keysOf: (name: string) => K): (name: string) => K {
  const memo = new Map<string, K>();
  return (name) => {
    let keys = memo.get(name);
    if (keys === undefined) {
      keys = keysOf(name);
      memo.set(name, keys);
    }
    return keys;
  };
}

/**
 * Index pairs [i, j] (i < j) of names sharing a block key, ascending.
 * @example blockedPairs(['Joe Biden', 'Biden', 'Putin'], sameEntityBlockKeys) // [[0, 1]]
 */
export function blockedPairs(names: readonly string[], keysOf: BlockKeys): [number, number][] {
  const byKey = new Map<string, number[]>();
  names.forEach((n, i) => {
    for (const k of keysOf(n)) {
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    }
  });
  const pairs = new Set<number>();
  const n = names.length;
  for (const list of byKey.values()) for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) pairs.add(list[x]! * n + list[y]!);
  return [...pairs].sort((a, b) => a - b).map((p) => [Math.floor(p / n), p % n]);
}

/**
 * Joins in `uf` every two names that share a block key and pass `same(i, j)`
 * (i < j): the groups of testing each of `blockedPairs` and joining those that
 * pass, since groups are the connected parts of the passing pairs whatever the
 * order. A pair already in one group is not tested (a person's spellings are
 * tested against the group, not each other: 17,000 of a 204-copy story's
 * 20,000 tests), and no list of pairs is built (two long spellings two letters
 * apart share hundreds of deletion keys, each once a pair in the Set before).
 * @example unionBlocked(names, sameEntityBlockKeys, uf, (i, j) => sameEntity(names[i], names[j]))
 */
export function unionBlocked(names: readonly string[], keysOf: AnyBlockKeys, uf: { find(i: number): number; union(a: number, b: number): void }, same: (i: number, j: number) => boolean): void {
  const all = names.map((n) => keysOf(n));
  if (names.length < 1 << 21 && all.every((k) => k instanceof Int32Array)) {
    unionByHashes(all as Int32Array[], uf, same);
    return;
  }
  const byKey = new Map<string | number, number[]>();
  // The last name each earlier one was met for: each pair once, however many keys it shares.
  const seen = new Int32Array(names.length).fill(-1);
  for (let j = 0; j < names.length; j++) {
    const keys = all[j]!;
    for (let x = 0; x < keys.length; x++) {
      const k = keys[x]!;
      const list = byKey.get(k);
      if (list === undefined) {
        byKey.set(k, [j]);
        continue;
      }
      for (let y = 0; y < list.length; y++) {
        const i = list[y]!;
        if (seen[i] === j) continue;
        seen[i] = j;
        if (uf.find(i) !== uf.find(j) && same(i, j)) uf.union(i, j);
      }
      list.push(j);
    }
  }
}

/**
 * `unionBlocked` for numeric keys. A pair that failed is kept so that another
 * shared key does not test it again (a pair that passed is one group, skipped anyway).
 */
function unionByHashes(all: readonly Int32Array[], uf: { find(i: number): number; union(a: number, b: number): void }, same: (i: number, j: number) => boolean): void {
  const n = all.length;
  const failed = new Set<number>();
  forSharedHash(all, (i, j) => {
    if (uf.find(i) === uf.find(j) || failed.has(i * n + j)) return;
    if (same(i, j)) uf.union(i, j);
    else failed.add(i * n + j);
  });
}

/**
 * `visit(i, j)` (i < j) for every two names holding one key, once per key
 * they share: every (key, name) as one number, sorted, so names sharing a key
 * are neighbours — no map of 170,000 keys each with its array.
 */
function forSharedHash(all: readonly Int32Array[], visit: (i: number, j: number) => void): void {
  let total = 0;
  for (const keys of all) total += keys.length;
  // (key as unsigned) · 2^21 + name: below 2^53, so exact in a double; sorted by key, then name.
  const entries = new Float64Array(total);
  let at = 0;
  for (let j = 0; j < all.length; j++) {
    const keys = all[j]!;
    for (let x = 0; x < keys.length; x++) entries[at++] = (keys[x]! >>> 0) * 2097152 + j;
  }
  entries.sort();
  for (let a = 0; a < total; ) {
    const key = Math.floor(entries[a]! / 2097152);
    let b = a + 1;
    while (b < total && Math.floor(entries[b]! / 2097152) === key) b++;
    for (let x = a; x < b; x++) {
      const i = entries[x]! - key * 2097152;
      for (let y = x + 1; y < b; y++) {
        const j = entries[y]! - key * 2097152;
        if (i !== j) visit(i, j);
      }
    }
    a = b;
  }
}

/**
 * For each name, the other names sharing a key with it (ascending). With
 * numeric keys (`sameEntityBlockHashes`) a hash shared by chance adds a
 * neighbour; a rule whose matches share a key finds the same matches.
 * @example blockNeighbours(['Joe Biden', 'Biden'], sameEntityBlockKeys)[1] // [0]
 */
export function blockNeighbours(names: readonly string[], keysOf: AnyBlockKeys): number[][] {
  const out: number[][] = names.map(() => []);
  const all = names.map((n) => keysOf(n));
  if (names.length < 1 << 21 && all.every((k) => k instanceof Int32Array)) {
    // Each pair as one number, sorted and once: pushed in that order, every list comes out ascending.
    const n = names.length;
    let pairs = new Float64Array(1024);
    let count = 0;
    forSharedHash(all as Int32Array[], (i, j) => {
      if (count === pairs.length) {
        const grown = new Float64Array(2 * count);
        grown.set(pairs);
        pairs = grown;
      }
      pairs[count++] = i * n + j;
    });
    const sorted = pairs.subarray(0, count).sort();
    for (let k = 0; k < count; k++) {
      if (k > 0 && sorted[k] === sorted[k - 1]) continue;
      const i = Math.floor(sorted[k]! / n);
      const j = sorted[k]! - i * n;
      out[i]!.push(j);
      out[j]!.push(i);
    }
    return out;
  }
  for (const [i, j] of blockedPairs(names, (n) => keysOf(n) as readonly string[])) {
    out[i]!.push(j);
    out[j]!.push(i);
  }
  for (const list of out) list.sort((a, b) => a - b);
  return out;
}
