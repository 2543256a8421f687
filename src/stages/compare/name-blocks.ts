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
 * The same keys, each name's computed once (a 20-letter name has 200 deletion keys).
 * @example const keys = memoBlockKeys(sameEntityBlockKeys); keys('Joe Biden') === keys('Joe Biden') // true
 */
export function memoBlockKeys(keysOf: BlockKeys): BlockKeys {
  const memo = new Map<string, readonly string[]>();
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
export function unionBlocked(names: readonly string[], keysOf: BlockKeys, uf: { find(i: number): number; union(a: number, b: number): void }, same: (i: number, j: number) => boolean): void {
  const byKey = new Map<string, number[]>();
  // The last name each earlier one was met for: each pair once, however many keys it shares.
  const seen = new Int32Array(names.length).fill(-1);
  for (let j = 0; j < names.length; j++) {
    const keys = keysOf(names[j]!);
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
 * For each name, the other names sharing a key with it (ascending).
 * @example blockNeighbours(['Joe Biden', 'Biden'], sameEntityBlockKeys)[1] // [0]
 */
export function blockNeighbours(names: readonly string[], keysOf: BlockKeys): number[][] {
  const out: number[][] = names.map(() => []);
  for (const [i, j] of blockedPairs(names, keysOf)) {
    out[i]!.push(j);
    out[j]!.push(i);
  }
  for (const list of out) list.sort((a, b) => a - b);
  return out;
}
