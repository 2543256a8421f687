/**
 * A banded LSH index over MinHash signatures, as a reducer: inserting returns a
 * new state and the state is a plain JSON value that carries its parameters.
 * A pair with Jaccard s becomes a candidate with probability 1-(1-s^r)^b.
 */
import { fnv1a32 } from './hash32.js';
import type { MinHashSignature } from './minhash.js';
import { emptyShardedMap, getSharded, setSharded, type ShardedMap } from './sharded-map.js';

export const LSH_VERSION = 1;

export interface LshParams {
  readonly numPerm: number;
  readonly bands: number;
  readonly rows: number;
  /** Shards of the bucket map (a persistence detail, fixed per index). */
  readonly shardCount: number;
}

export interface LshState {
  readonly version: number;
  readonly params: LshParams;
  readonly size: number;
  /** `band:hash` → ids in insertion order. */
  readonly buckets: ShardedMap<readonly string[]>;
}

function integrate(f: (s: number) => number, a: number, b: number): number {
  const steps = 200;
  const h = (b - a) / steps;
  let sum = 0;
  for (let i = 0; i < steps; i++) sum += f(a + (i + 0.5) * h) * h;
  return sum;
}

/**
 * The (bands, rows) with bands·rows ≤ numPerm minimising the weighted area of
 * false positives below `threshold` plus false negatives above it — the same
 * search datasketch's MinHashLSH does.
 * @example optimalLshParams(0.5, 128) // { bands: 16, rows: 8 } or near it
 */
export function optimalLshParams(threshold: number, numPerm: number, fpWeight = 0.5, fnWeight = 0.5): { bands: number; rows: number } {
  let best = { bands: 1, rows: numPerm, err: Infinity };
  for (let bands = 1; bands <= numPerm; bands++) {
    const maxRows = Math.floor(numPerm / bands);
    for (let rows = 1; rows <= maxRows; rows++) {
      const p = (s: number) => 1 - (1 - s ** rows) ** bands;
      const fp = integrate(p, 0, threshold);
      const fn = integrate((s) => 1 - p(s), threshold, 1);
      const err = fpWeight * fp + fnWeight * fn;
      if (err < best.err - 1e-12) best = { bands, rows, err };
    }
  }
  return { bands: best.bands, rows: best.rows };
}

/**
 * Defaults for a near-duplicate index at Jaccard ≈ 0.5 over 128 permutations:
 * 25 bands of 5 rows is what `optimalLshParams(0.5, 128)` picks with equal
 * weights (a pair at J = 0.5 is found with p ≈ 0.55, at J = 0.7 with p ≈ 0.98,
 * at J = 0.2 with p ≈ 0.008). 256 shards keep per-insert copying small.
 */
export const LSH_DEFAULTS: LshParams = Object.freeze({ numPerm: 128, bands: 25, rows: 5, shardCount: 256 });

/**
 * An empty index.
 * @example createLshState().size // 0
 */
export function createLshState(params: Partial<LshParams> = {}): LshState {
  const p = { ...LSH_DEFAULTS, ...params };
  if (p.bands * p.rows > p.numPerm) throw new Error(`bands·rows (${p.bands}·${p.rows}) exceeds numPerm ${p.numPerm}`);
  return { version: LSH_VERSION, params: p, size: 0, buckets: emptyShardedMap(p.shardCount) };
}

function bandKeys(params: LshParams, sig: MinHashSignature): string[] {
  if (sig.length !== params.numPerm) throw new Error(`signature has ${sig.length} values, index expects ${params.numPerm}`);
  const keys: string[] = [];
  for (let b = 0; b < params.bands; b++) {
    const slice = sig.slice(b * params.rows, (b + 1) * params.rows);
    keys.push(`${b}:${fnv1a32(slice.join(','))}`);
  }
  return keys;
}

/**
 * A new index with `id` added under each band of `sig`.
 * @example lshInsert(createLshState(), 'a1', minhash('…')).size // 1
 */
export function lshInsert(state: LshState, id: string, sig: MinHashSignature): LshState {
  const entries: [string, readonly string[]][] = [];
  for (const key of bandKeys(state.params, sig)) {
    const ids = getSharded(state.buckets, key) ?? [];
    if (!ids.includes(id)) entries.push([key, [...ids, id]]);
  }
  return { ...state, size: state.size + 1, buckets: setSharded(state.buckets, entries) };
}

/**
 * Ids sharing at least one band with `sig`, in first-seen order, deduplicated.
 * @example lshQuery(lshInsert(createLshState(), 'a1', sig), sig) // ['a1']
 */
export function lshQuery(state: LshState, sig: MinHashSignature): readonly string[] {
  const seen = new Set<string>();
  for (const key of bandKeys(state.params, sig)) for (const id of getSharded(state.buckets, key) ?? []) seen.add(id);
  return [...seen];
}

/** The state as JSON text. */
export function serializeLshState(state: LshState): string {
  return JSON.stringify(state);
}

/**
 * Parse a serialised index; throws when the version or the expected params differ.
 * @example loadLshState(serializeLshState(s), s.params)
 */
export function loadLshState(json: string, expected?: Partial<LshParams>): LshState {
  const s = JSON.parse(json) as LshState;
  if (s.version !== LSH_VERSION) throw new Error(`LSH state version ${s.version}, expected ${LSH_VERSION}`);
  for (const [k, v] of Object.entries(expected ?? {})) {
    if ((s.params as unknown as Record<string, unknown>)[k] !== v) throw new Error(`LSH state param ${k} is ${String((s.params as unknown as Record<string, unknown>)[k])}, expected ${String(v)}`);
  }
  if (!s.buckets || !Array.isArray(s.buckets.shards) || s.buckets.shards.length !== s.params.shardCount) throw new Error('LSH state buckets malformed');
  return s;
}
