/**
 * How figures of one quantity are joined into groups: complete link on the
 * vetoes, average link on context, blocked by unit (figure-pairs.ts holds the
 * pair tests). Split from group-figures.ts, which calls groupItems once and
 * again, without days, for a group that proves no series.
 */
import type { ArticleId } from '../../core/ids.js';
import type { Figure } from '../../core/types.js';
import { UnionFind } from './union-find.js';
import { compatible } from './figure-values.js';
import type { Item } from './figure-items.js';
import { neverOne, relatedness, unprovenDispute } from './figure-pairs.js';

/** Undated: no day of any report. */
export function noDays(): string | undefined {
  return undefined;
}

/**
 * Some pair of `gi` whose dispute is unproven, days aside. An unattributed
 * value that a named authority of another article gives too is read as that
 * authority's: the wire's "400 soldiers" and the army's 400 against aid
 * groups' 600 is the army disputed by aid groups, proven by their names.
 */
export function anyUnproven(gi: readonly Item[], lineageOf: (id: ArticleId) => string): boolean {
  const vouched = gi.map((it) => (it.f.attribution !== undefined ? it : vouchedBy(it, gi)));
  for (let x = 0; x < gi.length; x++) for (let y = x + 1; y < gi.length; y++) if (unprovenDispute(vouched[x]!, vouched[y]!, lineageOf, noDays)) return true;
  return false;
}

/** `it` with the attribution of the first member of another article that names one and gives a value both can be (itself when none does). */
function vouchedBy(it: Item, gi: readonly Item[]): Item {
  for (const o of gi) {
    if (o.articleId !== it.articleId && o.f.attribution !== undefined && compatible(o.f, it.f)) return { ...it, f: { ...it.f, attribution: o.f.attribution } };
  }
  return it;
}

/**
 * What groupItems' pair tests read, one object of one shape per call: module-level
 * functions given it keep their optimised code across full GCs, closures made per call did not.
 */
class Grouping {
  readonly classOf: Int32Array;
  readonly n: number;
  readonly known = new Map<number, boolean>();
  constructor(
    readonly items: readonly Item[],
    readonly sameQuantityOf: (a: Figure, b: Figure) => boolean,
    readonly lineageOf: (id: ArticleId) => string,
    readonly dayOf: (id: ArticleId) => string | undefined,
  ) {
    // `sameQuantity` of items i and j, asked once per pair of distinct (unit,
    // counted words, year flag): all the rule reads (compare-story.ts's
    // `CompareRules`). A replica story tests the same few wordings across
    // thousands of pairs, and each test splits and sets the counted words anew.
    this.classOf = new Int32Array(items.length);
    const ids = new Map<string, number>();
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const key = `${it.f.isYear ? 1 : 0}|${it.f.unit}|${it.f.counted}|${it.kind ?? ''}`;
      let c = ids.get(key);
      if (c === undefined) ids.set(key, (c = ids.size));
      this.classOf[i] = c;
    }
    this.n = ids.size;
  }
}

function sameQuantityAt(g: Grouping, i: number, j: number): boolean {
  const k = g.classOf[i]! * g.n + g.classOf[j]!;
  let r = g.known.get(k);
  if (r === undefined) g.known.set(k, (r = sameQuantityOrKind(g.sameQuantityOf, g.items[i]!, g.items[j]!)));
  return r;
}

/**
 * One quantity by the analyzer's rule, or one kind of count in two units: a
 * death toll counted as deaths and as people killed. The rule still reads
 * the counted words' modifiers, asked as if both had one unit ("Russian
 * deaths" are not "Ukrainian people killed").
 */
function sameQuantityOrKind(sameQuantityOf: (a: Figure, b: Figure) => boolean, a: Item, b: Item): boolean {
  if (sameQuantityOf(a.f, b.f)) return true;
  return a.kind !== undefined && a.kind === b.kind && a.f.unit !== b.f.unit && sameQuantityOf({ ...a.f, unit: b.f.unit }, b.f);
}

function vetoed(g: Grouping, a: Item, b: Item): boolean {
  return neverOne(a, b) || unprovenDispute(a, b, g.lineageOf, g.dayOf);
}

/** Some pair across `si` and `sj` vetoed (in the order the pairs were tested before). */
function anyVetoed(g: Grouping, si: readonly number[], sj: readonly number[]): boolean {
  // Index loops, not for-of: an array iterator's result objects were 10 MB of a 200-article brief's garbage.
  for (let x = 0; x < si.length; x++) for (let y = 0; y < sj.length; y++) if (vetoed(g, g.items[si[x]!]!, g.items[sj[y]!]!)) return true;
  return false;
}

/**
 * Same-quantity figures joined only when no pair across the two groups is
 * vetoed (complete link on the vetoes): "2,000 miles of border" and "234 miles
 * of wall" never meet through a third "miles". Blocked by quantity key, so
 * the cost is per kind of quantity.
 */
export function groupItems(items: readonly Item[], sameQuantityOf: (a: Figure, b: Figure) => boolean, lineageOf: (id: ArticleId) => string, dayOf: (id: ArticleId) => string | undefined): number[][] {
  const g = new Grouping(items, sameQuantityOf, lineageOf, dayOf);
  const uf = new UnionFind(items.length);
  const members = new Map<number, number[]>();
  // The join of two groups depends only on their member lists: once refused,
  // it is refused again until one of them grows, so later pairs across the
  // same two unchanged groups skip the test. Keyed by (root, root) → the
  // roots' versions then.
  const version = new Int32Array(items.length);
  const refused = new Map<number, number>();
  const byUnit = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const list = byUnit.get(it.f.unit);
    if (list) list.push(i);
    else byUnit.set(it.f.unit, [i]);
  }
  const units = [...byUnit.keys()];
  // The kinds of count in each unit's block: blocks of two units meet when they share one.
  const kinds = new Map<string, Set<string>>();
  for (const [unit, list] of byUnit) {
    const set = new Set<string>();
    for (const i of list) if (items[i]!.kind !== undefined) set.add(items[i]!.kind!);
    kinds.set(unit, set);
  }
  // Units that sameQuantity may join (troop/soldier) are compared across blocks too.
  for (let x = 0; x < units.length; x++) {
    for (let y = x; y < units.length; y++) {
      const a = byUnit.get(units[x]!)!;
      const b = byUnit.get(units[y]!)!;
      if (x !== y && !sameQuantityAt(g, a[0]!, b[0]!) && !sameQuantityAt(g, b[0]!, a[0]!) && !sharesKind(kinds.get(units[x]!)!, kinds.get(units[y]!)!)) continue;
      for (let ia = 0; ia < a.length; ia++) {
        const i = a[ia]!;
        for (let jb = 0; jb < b.length; jb++) {
          const j = b[jb]!;
          if (j <= i && x === y) continue;
          if (uf.find(i) === uf.find(j)) continue;
          if (!sameQuantityAt(g, i, j) || vetoed(g, items[i]!, items[j]!) || relatedness(items[i]!, items[j]!) < 1) continue;
          const ri = uf.find(i);
          const rj = uf.find(j);
          const pairKey = ri * items.length + rj;
          const stamp = version[ri]! * (items.length + 1) + version[rj]!;
          if (refused.get(pairKey) === stamp) continue;
          const gi = members.get(ri) ?? [i];
          const gj = members.get(rj) ?? [j];
          const si = gi.slice(0, 40);
          const sj = gj.slice(0, 40);
          // Average link on context: one differently worded report may join a
          // group whose other members vouch for it, a chain may not.
          let total = 0;
          if (!anyVetoed(g, si, sj)) for (let x = 0; x < si.length; x++) for (let y = 0; y < sj.length; y++) total += relatedness(items[si[x]!]!, items[sj[y]!]!);
          if (total / (si.length * sj.length) < 1) {
            refused.set(pairKey, stamp);
            continue;
          }
          members.delete(ri);
          members.delete(rj);
          uf.union(i, j);
          const root = uf.find(i);
          version[root] = Math.max(version[ri]!, version[rj]!) + 1;
          // gi is no other group's list any more: appended to, not copied (a
          // group growing one report at a time copied itself each time).
          for (let y = 0; y < gj.length; y++) gi.push(gj[y]!);
          members.set(root, gi);
        }
      }
    }
  }
  return uf.groups();
}

function sharesKind(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}
