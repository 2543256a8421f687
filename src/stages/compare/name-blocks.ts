/**
 * Blocking for name matching: a story of a thousand articles holds thousands
 * of distinct spellings, and testing every pair with `sameName` grew as their
 * square. Each name gets a few block keys; only names sharing a key are
 * tested. The keys are a necessary condition of analyze's `sameEntity` (so the
 * result is exactly the all-pairs one):
 * - equal normalised keys (`entityKey`) or equal lower-cased names;
 * - the same surname, or surnames of 6 to `MAX_FUZZY_WORD` letters one edit
 *   apart: the last key word and its one-letter deletions (two words one edit
 *   apart share one);
 * - long names a small edit distance apart (≤ 1 from 10 letters, ≤ 2 from 16,
 *   up to `MAX_FUZZY_KEY`), per word count: from 10 to 16 letters the whole
 *   key and its one-letter deletions (16 meets 15 by one deletion); from 16
 *   letters the pieces of the pigeonhole filter (`pieceKeys`), at most about
 *   45 keys however long the name, where the two-letter deletions were the
 *   square of its length (a 50-letter key had 1,276, and a 224-article
 *   story's 2,871 names 1.2 million).
 * A custom rule must imply a shared key too (the raw last word is one, so
 * "same surname" rules qualify).
 */
import { entityKey, MAX_FUZZY_KEY, MAX_FUZZY_WORD } from '../analyze/names.js';
import { sortKeyed, sortUint32 } from './radix-sort.js';

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
  deletions(last, last.length >= 6 && last.length <= MAX_FUZZY_WORD ? 1 : 0, 'l:', out);
  if (key.length >= 10 && key.length <= 16) deletions(key, 1, `e${ws.length}:`, out);
  if (key.length >= 16 && key.length <= MAX_FUZZY_KEY) pieceKeys(key, `p${ws.length}:`, (k, probe) => out.add(probe ? PROBE + k : k));
  return [...out];
}

/** Marks a key that pairs only with the same key unmarked (a probe of the pigeonhole filter: `pieceKeys`). */
export const PROBE = '~';

/** The edits two names of 16 letters or more may differ by and still be one (`sameEntity`). */
const PIECE_EDITS = 2;

/** Start and length of the `PIECE_EDITS + 1` pieces a key of `n` letters is cut into (lengths differ by one at most). */
function piecesOf(n: number): [number, number][] {
  const k = PIECE_EDITS + 1;
  const short = Math.floor(n / k);
  const out: [number, number][] = [];
  let at = 0;
  for (let i = 0; i < k; i++) {
    const len = i < k - (n % k) ? short : short + 1;
    out.push([at, len]);
    at += len;
  }
  return out;
}

/**
 * The pigeonhole filter's keys of a key of 16 letters or more (after
 * Pass-Join, Li et al. 2011): when a key is at most `PIECE_EDITS` edits from
 * another, one of its three pieces is untouched, and it stands in the other
 * key shifted by the edits before it, within a window the loop below gives.
 * So each key gives its own pieces (`length:piece:letters`) and, for each
 * length within `PIECE_EDITS` of its own, the letters at every place in that
 * window of each piece of a key of that length: a probe (`PROBE` before the
 * key), which pairs with a piece of the same key and not with another probe
 * (two probes sharing letters say nothing). Two keys within the edits share a
 * piece and a probe.
 */
function pieceKeys(key: string, prefix: string, add: (k: string, probe: boolean) => void): void {
  const n = key.length;
  for (const [i, [at, len]] of piecesOf(n).entries()) add(`${prefix}${n}:${i}:${key.slice(at, at + len)}`, false);
  for (let m = Math.max(16, n - PIECE_EDITS); m <= Math.min(MAX_FUZZY_KEY, n + PIECE_EDITS); m++) {
    const delta = n - m;
    for (const [i, [at, len]] of piecesOf(m).entries()) {
      // Some piece is untouched with at most i edits before it and PIECE_EDITS - i after it (the first untouched piece
      // with no more edits before it than its number, counting from 0, is one), so it moved by `shift` letters with
      // |shift| ≤ i and |delta - shift| ≤ PIECE_EDITS - i: Pass-Join's position-aware window.
      for (let shift = Math.max(-i, delta - (PIECE_EDITS - i)); shift <= Math.min(i, delta + (PIECE_EDITS - i)); shift++) {
        const from = at + shift;
        // Its own piece in place is given once, as a piece.
        if (from < 0 || from + len > n || (m === n && shift === 0)) continue;
        add(`${prefix}${m}:${i}:${key.slice(from, from + len)}`, true);
      }
    }
  }
}

/**
 * `sameEntityBlockKeys` as 32-bit hashes of the key strings, the deletions
 * computed without building them (a 204-copy story's speakers once made
 * 187,000 key strings, 70 MB of garbage a brief). Every key's hash is here
 * (`blockKeyHash(key)`; a probe's differs from its key's in the last bit), so two
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
 */
function rawHash(key: string, from = 0): number {
  let h = from;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, HB) + key.charCodeAt(i)) | 0;
  return h;
}

/** A raw hash as a key's number: its last bit says whether it pairs with all (1) or is a probe (0), so a key and its probe differ only there. */
function tagged(raw: number, probe: boolean): number {
  return probe ? raw & ~1 : raw | 1;
}

/**
 * The number `sameEntityBlockHashes` gives a key string (a probe's, `PROBE` first, differs from its key's in the last bit only).
 * @example blockKeyHash('r:biden')
 */
export function blockKeyHash(key: string): number {
  return key.startsWith(PROBE) ? tagged(rawHash(key.slice(PROBE.length)), true) : tagged(rawHash(key), false);
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
  pre[0] = rawHash(prefix);
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
  const out: number[] = [rawHash(`c:${name.toLowerCase()}`)];
  const probes: number[] = [];
  const raw = name.trim().toLowerCase().split(/\s+/);
  out.push(rawHash(`r:${raw[raw.length - 1]}`));
  const key = entityKey(name);
  if (key !== '') {
    out.push(rawHash(`k:${key}`));
    const ws = key.split(' ');
    const last = ws[ws.length - 1]!;
    deletionHashes(last, last.length >= 6 && last.length <= MAX_FUZZY_WORD ? 1 : 0, 'l:', out);
    if (key.length >= 10 && key.length <= 16) deletionHashes(key, 1, `e${ws.length}:`, out);
    if (key.length >= 16 && key.length <= MAX_FUZZY_KEY) pieceKeys(key, `p${ws.length}:`, (k, probe) => (probe ? probes : out).push(rawHash(k)));
  }
  const all = new Int32Array(out.length + probes.length);
  for (let k = 0; k < out.length; k++) all[k] = tagged(out[k]!, false);
  for (let k = 0; k < probes.length; k++) all[out.length + k] = tagged(probes[k]!, true);
  const sorted = all.sort();
  let m = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[m++] = sorted[k]!;
  return sorted.slice(0, m);
}

/**
 * The same keys, each name's computed once (a name has up to some 60 keys).
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
  // A probe (`PROBE` first) is listed under its key with the names that give the key itself, apart.
  const byKey = new Map<string, { all: number[]; probes: number[] }>();
  names.forEach((n, i) => {
    for (const k of keysOf(n)) {
      const probe = k.startsWith(PROBE);
      const key = probe ? k.slice(PROBE.length) : k;
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { all: [], probes: [] }));
      (probe ? entry.probes : entry.all).push(i);
    }
  });
  const pairs = new Set<number>();
  const n = names.length;
  const add = (a: number, b: number): void => {
    if (a !== b) pairs.add(Math.min(a, b) * n + Math.max(a, b));
  };
  for (const { all, probes } of byKey.values()) {
    for (let x = 0; x < all.length; x++) {
      for (let y = x + 1; y < all.length; y++) add(all[x]!, all[y]!);
      for (const p of probes) add(all[x]!, p);
    }
  }
  return [...pairs].sort((a, b) => a - b).map((p) => [Math.floor(p / n), p % n]);
}

/**
 * Every two names (i < j) sharing a block key, each once, as `i · n + j`
 * ascending (n names; `blockedPairs` as numbers). With numeric keys
 * (`sameEntityBlockHashes`) the (key, name) entries are sorted by key (radix:
 * radix-sort.ts), so names sharing a key are neighbours: no map of 170,000
 * keys each with its array.
 * Callers loop over the numbers themselves: a visitor closure made per call
 * and inlined into this loop would be thrown away with it after each brief.
 * @example blockPairCodes(['Joe Biden', 'Putin', 'Biden'], sameEntityBlockHashes) // Float64Array [2] (0 · 3 + 2)
 */
export function blockPairCodes(names: readonly string[], keysOf: AnyBlockKeys): Float64Array {
  const n = names.length;
  const all = names.map((name) => keysOf(name));
  if (n >= 1 << 21 || !all.every((k) => k instanceof Int32Array)) return Float64Array.from(blockedPairs(names, (name) => keysOf(name) as readonly string[]), ([i, j]) => i * n + j);
  let total = 0;
  for (const keys of all) total += keys.length;
  // (key, name) entries sorted by key, names ascending within a key (entries are made name by name and the sort is stable).
  const entryKeys = new Uint32Array(total);
  const entryNames = new Int32Array(total);
  let at = 0;
  for (let j = 0; j < n; j++) {
    const keys = all[j] as Int32Array;
    for (let x = 0; x < keys.length; x++) {
      entryKeys[at] = keys[x]! >>> 0;
      entryNames[at++] = j;
    }
  }
  const sorted = sortKeyed(entryKeys, entryNames);
  const sk = sorted.keys;
  const sn = sorted.values;
  // Pair codes i · n + j fit 32 bits below 65,536 names (then sorted by radix too), else doubles.
  const small = n <= 65535;
  let pairs: Uint32Array | Float64Array = small ? new Uint32Array(1024) : new Float64Array(1024);
  let count = 0;
  for (let a = 0; a < total; ) {
    // One key's entries: its probes (last bit 0) sort before the rest, and a probe pairs with the rest only.
    const key = sk[a]! >>> 1;
    let b = a + 1;
    while (b < total && sk[b]! >>> 1 === key) b++;
    let rest = a;
    while (rest < b && (sk[rest]! & 1) === 0) rest++;
    for (let x = a; x < b; x++) {
      const i = sn[x]!;
      for (let y = Math.max(x + 1, rest); y < b; y++) {
        const j = sn[y]!;
        if (i === j) continue;
        if (count === pairs.length) {
          const grown: Uint32Array | Float64Array = small ? new Uint32Array(2 * count) : new Float64Array(2 * count);
          grown.set(pairs);
          pairs = grown;
        }
        // A probe sorts before the pieces of its key, so an earlier name may come second.
        pairs[count++] = i < j ? i * n + j : j * n + i;
      }
    }
    a = b;
  }
  // Two long names share hundreds of deletion keys: each pair once.
  const ordered = small ? sortUint32((pairs as Uint32Array).subarray(0, count)) : pairs.subarray(0, count).sort();
  const out = new Float64Array(count);
  let m = 0;
  for (let k = 0; k < count; k++) if (k === 0 || ordered[k] !== ordered[k - 1]) out[m++] = ordered[k]!;
  return out.slice(0, m);
}

/**
 * For each name, the other names sharing a key with it (ascending). With
 * numeric keys (`sameEntityBlockHashes`) a hash shared by chance adds a
 * neighbour; a rule whose matches share a key finds the same matches.
 * @example blockNeighbours(['Joe Biden', 'Biden'], sameEntityBlockKeys)[1] // [0]
 */
export function blockNeighbours(names: readonly string[], keysOf: AnyBlockKeys): number[][] {
  const out: number[][] = names.map(() => []);
  const n = names.length;
  // Ascending pairs: every list comes out ascending.
  const codes = blockPairCodes(names, keysOf);
  for (let k = 0; k < codes.length; k++) {
    const i = Math.floor(codes[k]! / n);
    const j = codes[k]! - i * n;
    out[i]!.push(j);
    out[j]!.push(i);
  }
  return out;
}
