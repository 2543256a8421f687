/**
 * A word bag as typed arrays, for comparing bags many times: its keys as
 * numbers (interned once per process), sorted, with each key's weight and its
 * position in the bag's own order. A story of a thousand near-identical
 * articles compares hundreds of thousands of sentence pairs; walking two short
 * sorted arrays side by side costs a fraction of a string-keyed map lookup per
 * word, and stays in cache where tens of thousands of maps do not.
 */
export interface DenseBag {
  /** Key numbers, ascending. */
  readonly ids: Int32Array;
  /** Weight of each key of `ids`. */
  readonly ws: Float64Array;
  /** Position of each key of `ids` in the bag's insertion order (sums are added in that order). */
  readonly pos: Int32Array;
  /** Intern table generation the numbers belong to. */
  readonly gen: number;
}

interface SparseBag {
  readonly weights: ReadonlyMap<string, number>;
}

// Key → number for the whole process. Cleared when large (a long-running
// service meets new words without end); dense forms of an older generation
// are rebuilt when next used, so a reset never mixes numbers of two tables.
const INTERN_MAX = 500_000; // under 2^22, so a key number times 256 stays a 31-bit integer
const interned = new Map<string, number>();
let generation = 0;
const dense = new WeakMap<SparseBag, DenseBag>();

/** Gives these bags dense forms, for bags about to be compared many times (a story's claim statements). */
export function densify(bags: Iterable<SparseBag>): void {
  for (const bag of bags) denseOf(bag);
}

/** The dense form of a bag, built once per bag (and again after an intern table reset). */
export function denseOf(bag: SparseBag): DenseBag {
  const cached = dense.get(bag);
  if (cached !== undefined && cached.gen === generation) return cached;
  if (interned.size + bag.weights.size > INTERN_MAX) {
    interned.clear();
    generation++;
  }
  const n = bag.weights.size;
  const keyIds = new Int32Array(n);
  const weights = new Float64Array(n);
  let k = 0;
  // A loop, not a callback made per bag: V8 drops a dead closure's optimised code at each full GC.
  for (const [key, w] of bag.weights) {
    let id = interned.get(key);
    if (id === undefined) {
      id = interned.size;
      interned.set(key, id);
    }
    keyIds[k] = id;
    weights[k++] = w;
  }
  const order = new Int32Array(n);
  if (n < 256 && interned.size <= 1 << 22) {
    // Key number and position packed into one integer: a typed array sorts those natively, without a comparator.
    const packed = new Int32Array(n);
    for (let i = 0; i < n; i++) packed[i] = keyIds[i]! * 256 + i;
    packed.sort();
    for (let i = 0; i < n; i++) order[i] = packed[i]! & 255;
  } else {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((x, y) => keyIds[x]! - keyIds[y]!);
  }
  const out: DenseBag = { ids: new Int32Array(n), ws: new Float64Array(n), pos: order, gen: generation };
  for (let i = 0; i < n; i++) {
    (out.ids as Int32Array)[i] = keyIds[order[i]!]!;
    (out.ws as Float64Array)[i] = weights[order[i]!]!;
  }
  dense.set(bag, out);
  return out;
}

// State of `walkedWeight`'s callback, one object of one shape: a module-level
// callback keeps its optimised code across full GCs (a closure made per pair
// loses it at each), and forEach makes no entry array per key as for…of would.
interface Walk {
  other: ReadonlyMap<string, number>;
  least: boolean;
  shared: number;
}
const walk: Walk = { other: new Map(), least: false, shared: 0 };
function addMatched(this: Walk, w: number, k: string): void {
  const v = this.other.get(k);
  if (v !== undefined) this.shared += this.least ? Math.min(w, v) : w;
}

/**
 * Σ over `own`'s keys that `other` holds of the smaller weight (`least`) or
 * `own`'s weight, added in `own`'s insertion order, by walking the maps.
 */
export function walkedWeight(own: ReadonlyMap<string, number>, other: ReadonlyMap<string, number>, least: boolean): number {
  const st = walk;
  st.other = other;
  st.least = least;
  st.shared = 0;
  own.forEach(addMatched, st);
  const shared = st.shared;
  st.other = EMPTY;
  return shared;
}
const EMPTY: ReadonlyMap<string, number> = new Map();

// Matched weights by position in the smaller bag, summed in that order and zeroed again.
let scratch = new Float64Array(256);

/**
 * Σ min(weight in `small`, weight in `large`) over the keys both hold, added
 * in `small`'s insertion order: the same sum, bit for bit, as walking
 * `small.weights` and looking each key up in `large.weights` (unmatched
 * positions add +0, which changes no sum).
 */
export function sharedWeight(small: SparseBag, large: SparseBag): number {
  return matchedWeight(small, large, true);
}

/**
 * Σ weight in `inner` over the keys `outer` holds too, added in `inner`'s
 * insertion order: bit for bit the walk of `inner.weights` testing `outer.weights.has`.
 */
export function coveredWeight(inner: SparseBag, outer: SparseBag): number {
  return matchedWeight(inner, outer, false);
}

/**
 * The keys of `own` that `other` holds too, each adding its weight in `own`
 * (or the smaller of both), in `own`'s order: over the dense forms when both
 * bags have one (see `densify`), else by walking the maps (a bag compared
 * once or twice costs more to make dense than to walk).
 */
function matchedWeight(own: SparseBag, other: SparseBag, least: boolean): number {
  const a = dense.get(own);
  const b = dense.get(other);
  if (a === undefined || b === undefined || a.gen !== generation || b.gen !== generation) return walkedWeight(own.weights, other.weights, least);
  const na = a.ids.length;
  const nb = b.ids.length;
  if (scratch.length < na) scratch = new Float64Array(Math.max(na, scratch.length * 2));
  const s = scratch;
  let i = 0;
  let j = 0;
  while (i < na && j < nb) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      s[a.pos[i]!] = least ? Math.min(a.ws[i]!, b.ws[j]!) : a.ws[i]!;
      i++;
      j++;
    }
  }
  let shared = 0;
  for (let k = 0; k < na; k++) {
    shared += s[k]!;
    s[k] = 0;
  }
  return shared;
}
