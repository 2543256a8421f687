/**
 * Average-link grouping of claim statements over their candidate pairs
 * (claims.ts tightens the groups afterwards). Module-level functions over one
 * state object of fixed shape, not closures made per call: those lost their
 * optimised code at every full garbage collection, so V8 compiled them again
 * every brief.
 */
import type { ClaimUnit } from './claim-units.js';
import type { ClaimContext, ClaimOptions } from './claims.js';
import { acrossLanguages, alignedUnits, anchorCount, crossLanguage, sameAcrossLanguages, sameClaim } from './claim-match.js';
import { densify } from './dense-bag.js';
import { dice } from './text-sim.js';
import { UnionFind } from './union-find.js';

/**
 * Average-link grouping: two groups join only when their members are, on
 * average, as similar as a matching pair, so a chain of loosely similar
 * sentences does not snowball into one claim. Averages are taken over at most
 * 12 members a side, which bounds a merge's cost in large stories. `sims`:
 * the pairs' Dice when already known (`runPairDice`), in pair order.
 */
export function groupUnits(units: readonly ClaimUnit[], pairs: readonly [number, number][], opts: ClaimOptions, ctx: ClaimContext, sims?: Float64Array): UnionFind {
  // Statements are compared with their candidates here, then within their groups (tighten): dense bags pay off.
  const bags: ClaimUnit['bag'][] = [];
  for (const u of units) bags.push(u.bag);
  densify(bags);
  // Loops and module-level functions over one state object, not closures made
  // per call: those lost their optimised code at every full garbage collection.
  const scored: ScoredPair[] = [];
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k]!;
    // The pairs' Dice may have been computed on another thread (pair-dice.ts: the same values).
    const sim = sims !== undefined ? sims[k]! : dice(units[p[0]]!.bag, units[p[1]]!.bag);
    const a = units[p[0]]!;
    const b = units[p[1]]!;
    // Across languages the words' Dice says little: such pairs are ordered by the anchors they share.
    if (sameClaim(a, b, sim, opts, ctx)) scored.push({ i: p[0], j: p[1], sim: crossLanguage(a, b) ? acrossLanguages(a, b, ctx) : sim });
  }
  scored.sort(bySimThenIndex);
  const st: Linking = {
    units,
    ctx,
    n: units.length,
    agreeDice: opts.agreeDice,
    uf: new UnionFind(units.length),
    members: new Map(),
    listIds: new WeakMap(),
    lists: 0,
    linkage: new Map(),
  };
  const uf = st.uf;
  const averages = new Map<number, number>();
  for (const { i, j } of scored) {
    if (uf.find(i) === uf.find(j)) continue;
    const gi = sampleOf(st, i);
    const gj = sampleOf(st, j);
    const key = listId(st, gi) * 2 ** 26 + listId(st, gj);
    let average = averages.get(key);
    if (average === undefined) {
      average = averageLink(st, gi, gj);
      averages.set(key, average);
    }
    const threshold = Math.min(opts.agreeDice, scoredThreshold(units, i, j, opts, ctx));
    if (Number.isNaN(average) || average < threshold) continue;
    st.members.delete(uf.find(i));
    st.members.delete(uf.find(j));
    uf.union(i, j);
    // A full list is kept as it is (the same object: its averages stay valid).
    st.members.set(uf.find(i), gi.length >= LINK_SAMPLE ? gi : [...gi, ...gj].slice(0, LINK_SAMPLE));
  }
  return uf;
}

interface ScoredPair {
  readonly i: number;
  readonly j: number;
  readonly sim: number;
}

function bySimThenIndex(a: ScoredPair, b: ScoredPair): number {
  return b.sim - a.sim || a.i - b.i || a.j - b.j;
}

/** The state of one grouping (groupUnits). */
interface Linking {
  readonly units: readonly ClaimUnit[];
  readonly ctx: ClaimContext;
  readonly n: number;
  readonly agreeDice: number;
  readonly uf: UnionFind;
  /**
   * A group's first LINK_SAMPLE members in merge order, by root: the only ones
   * an average reads, so a group of a thousand near-identical statements is
   * not copied at every merge.
   */
  readonly members: Map<number, number[]>;
  /**
   * The average of two groups reads only their sample lists, and a full list
   * stays the same object as its group grows: so a pair of lists is averaged
   * once (a claim of hundreds of near-identical statements meets the same
   * neighbouring group again and again), by the lists' numbers.
   */
  readonly listIds: WeakMap<number[], number>;
  lists: number;
  /**
   * A pair's linkage term, by (x, y) as met: group averages revisit the same
   * member pairs merge after merge. Keyed in call order, so sums are unchanged.
   */
  readonly linkage: Map<number, number>;
}

function sampleOf(st: Linking, i: number): number[] {
  const root = st.uf.find(i);
  let g = st.members.get(root);
  if (g === undefined) {
    g = [i];
    st.members.set(root, g);
  }
  return g;
}

function listId(st: Linking, g: number[]): number {
  let id = st.listIds.get(g);
  if (id === undefined) {
    id = st.lists++;
    st.listIds.set(g, id);
  }
  return id;
}

/** Average linkage of two groups' samples; NaN when a pair of them blocks. */
function averageLink(st: Linking, gi: readonly number[], gj: readonly number[]): number {
  const si = gi.slice(0, LINK_SAMPLE);
  const sj = gj.slice(0, LINK_SAMPLE);
  let total = 0;
  let ok = true;
  for (const x of si) {
    for (const y of sj) {
      const t = termOf(st, x, y);
      if (Number.isNaN(t)) ok = false;
      else total += t;
    }
    if (!ok) break;
  }
  return ok ? total / (si.length * sj.length) : Number.NaN;
}

function termOf(st: Linking, x: number, y: number): number {
  const key = x * st.n + y;
  let t = st.linkage.get(key);
  if (t === undefined) {
    const ux = st.units[x]!;
    const uy = st.units[y]!;
    if (crossLanguage(ux, uy)) {
      // Across languages a pair counts as a full match or none.
      t = sameAcrossLanguages(ux, uy, st.ctx) && ux.negated === uy.negated ? st.agreeDice : 0;
    } else {
      // NaN marks a pair that blocks the merge (conflicting numbers or polarity).
      t = (anchorCount(ux, uy) & 1) === 1 || ux.negated !== uy.negated ? Number.NaN : dice(ux.bag, uy.bag);
    }
    st.linkage.set(key, t);
  }
  return t;
}

/** Members a side that a group average is taken over. */
const LINK_SAMPLE = 12;

function scoredThreshold(units: readonly ClaimUnit[], i: number, j: number, opts: ClaimOptions, ctx: ClaimContext): number {
  if (alignedUnits(units[i]!, units[j]!, ctx)) return opts.agreeDiceAligned;
  return anchorCount(units[i]!, units[j]!) >> 1 >= 2 ? opts.agreeDiceAnchored : opts.agreeDice;
}
