/**
 * A persistent string-keyed map as a plain JSON value. Reducer states (LSH
 * buckets, cluster vocabularies) must not be mutated, but copying a whole
 * vocabulary for every article would make a stream quadratic; splitting keys
 * over fixed shards means an update copies only the shards it touches.
 */
import { fnv1a32 } from './hash32.js';

/** Shards of plain records; keys are stored with a `$` prefix so no key can collide with `__proto__`. */
export interface ShardedMap<V> {
  readonly shards: readonly Readonly<Record<string, V>>[];
}

/**
 * An empty map with `shardCount` shards (fixed for the map's life).
 * @example emptyShardedMap<number>(4).shards.length // 4
 */
export function emptyShardedMap<V>(shardCount: number): ShardedMap<V> {
  return { shards: Array.from({ length: Math.max(1, shardCount) }, () => ({})) };
}

function shardOf(map: ShardedMap<unknown>, key: string): number {
  return fnv1a32(key) % map.shards.length;
}

/**
 * The value under `key`, if any.
 * @example getSharded(setSharded(emptyShardedMap<number>(4), [['a', 1]]), 'a') // 1
 */
export function getSharded<V>(map: ShardedMap<V>, key: string): V | undefined {
  const shard = map.shards[shardOf(map, key)];
  const k = `$${key}`;
  return Object.hasOwn(shard, k) ? shard[k] : undefined;
}

/**
 * A new map with the given entries set (`undefined` deletes); the input is untouched.
 * @example setSharded(emptyShardedMap<number>(2), [['x', 1]]) // map with x → 1
 */
export function setSharded<V>(map: ShardedMap<V>, entries: Iterable<readonly [string, V | undefined]>): ShardedMap<V> {
  const copies = new Map<number, Record<string, V>>();
  for (const [key, value] of entries) {
    const s = shardOf(map, key);
    let shard = copies.get(s);
    if (!shard) {
      shard = { ...map.shards[s] };
      copies.set(s, shard);
    }
    if (value === undefined) delete shard[`$${key}`];
    else shard[`$${key}`] = value;
  }
  if (copies.size === 0) return map;
  const shards = map.shards.slice();
  for (const [s, shard] of copies) shards[s] = shard;
  return { shards };
}

/**
 * All entries, in a deterministic order (shard, then insertion within shard).
 * @example [...entriesSharded(m)] // [['a', 1], …]
 */
export function* entriesSharded<V>(map: ShardedMap<V>): Generator<[string, V]> {
  for (const shard of map.shards) for (const k of Object.keys(shard)) yield [k.slice(1), shard[k]];
}

/** Number of entries (walks every shard: for tests and stats, not hot paths). */
export function sizeSharded(map: ShardedMap<unknown>): number {
  let n = 0;
  for (const shard of map.shards) n += Object.keys(shard).length;
  return n;
}
