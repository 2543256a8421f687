/**
 * What a figure group says and where it ranks: differ / agree / single-source
 * / series by lineage and publication day, and the order of groups in the
 * brief (disputes first). Split from group-figures.ts.
 */
import type { FigureGroup, FigureStatus, FigureValue } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import { bounds, compatible } from './figure-values.js';
import type { FigureContext } from './figure-items.js';

export const STATUS_ORDER: Record<FigureStatus, number> = { differ: 0, series: 1, agree: 2, 'single-source': 3 };

export interface RankedGroup {
  readonly g: FigureGroup;
  readonly status: number;
  readonly sources: number;
}

/** Disputes first, then groups of more sources, then of more values. */
export function byStatusAndReach(a: RankedGroup, b: RankedGroup): number {
  return a.status - b.status || b.sources - a.sources || b.g.values.length - a.g.values.length;
}

/**
 * differ / agree / single-source / series, by lineage: one source's several
 * values are a range or an update, not a dispute; two sources differ only
 * when their values cannot both be true.
 */
export function statusOf(values: readonly FigureValue[], ctx: FigureContext, tallied = false): FigureStatus {
  if (lineageCount(values, ctx) < 2) return 'single-source';
  if (isSeries(values, ctx, tallied)) return 'series';
  // Two articles of two lineages differ when none of the values one gives
  // can be true with any the other gives. An article that also gives a value
  // compatible with the other's agrees with it; its further value is another
  // quantity caught in the group ("58,000 Americans who died in Vietnam"
  // beside "more than 50,000" dead of the virus) or a part ("1.5 million
  // doses to Canada" of 4 million), not a dispute.
  const byArticle = new Map<ArticleId, FigureValue[]>();
  for (const v of values) {
    const list = byArticle.get(v.articleId);
    if (list === undefined) byArticle.set(v.articleId, [v]);
    else list.push(v);
  }
  // Every pair of articles (a group of a large story holds hundreds): each
  // article's lineage read once, its values' intervals laid out once.
  const sides = byArticle.size;
  const first = new Int32Array(sides + 1);
  const lineage = new Int32Array(sides);
  const lo = new Float64Array(values.length);
  const hi = new Float64Array(values.length);
  const lineageIds = new Map<string, number>();
  let k = 0;
  let n = 0;
  for (const [id, vs] of byArticle) {
    const l = ctx.lineageOf(id);
    let li = lineageIds.get(l);
    if (li === undefined) lineageIds.set(l, (li = lineageIds.size));
    lineage[k] = li;
    first[k] = n;
    for (const v of vs) {
      const b = bounds(v);
      lo[n] = b[0];
      hi[n] = b[1];
      n++;
    }
    k++;
  }
  first[sides] = n;
  return anyDisagree(first, lineage, lo, hi) ? 'differ' : 'agree';
}

/**
 * Two articles (sides: values first[k] to first[k + 1] - 1) of two lineages
 * none of whose values can be true together (compatible: the intervals meet).
 * Numbers only, in a function of its own: only a large story's groups run
 * this loop long, and there V8 compiled statusOf twice (on the loop and on
 * entry) with isSeries and the value objects' shapes inlined, ~100 ms of
 * compiling in the first brief of such a story.
 */
function anyDisagree(first: Int32Array, lineage: Int32Array, lo: Float64Array, hi: Float64Array): boolean {
  const sides = lineage.length;
  for (let i = 0; i < sides; i++) {
    for (let j = i + 1; j < sides; j++) {
      if (lineage[i] !== lineage[j] && !anyMeet(first[i]!, first[i + 1]!, first[j]!, first[j + 1]!, lo, hi)) return true;
    }
  }
  return false;
}

function anyMeet(a0: number, a1: number, b0: number, b1: number, lo: Float64Array, hi: Float64Array): boolean {
  for (let x = a0; x < a1; x++) for (let y = b0; y < b1; y++) if (lo[x]! <= hi[y]! && lo[y]! <= hi[x]!) return true;
  return false;
}

/** How many lineages the values come from. */
export function lineageCount(values: readonly FigureValue[], ctx: FigureContext): number {
  const seen = new Set<string>();
  for (const v of values) seen.add(ctx.lineageOf(v.articleId));
  return seen.size;
}

function anyCompatible(va: readonly FigureValue[], vb: readonly FigureValue[]): boolean {
  for (let x = 0; x < va.length; x++) for (let y = 0; y < vb.length; y++) if (compatible(va[x]!, vb[y]!)) return true;
  return false;
}

/**
 * A series: the values change with publication day, each day's reports agree
 * (within a tenth), and the day-by-day values only rise or only fall. A toll
 * going from 60 to 72 to 85 over three weeks is news over time, not a dispute.
 * A change is news over time only when no named authority of the later day
 * contradicts the earlier day's: 400 soldiers by the army, then 600 by aid
 * groups, is two authorities disagreeing (a dispute), not a count that grew.
 * (The troop example of issue 11, 70,000 by one authority and 94,000 by
 * another, is a dispute on any days.)
 */
export function isSeries(values: readonly FigureValue[], ctx: FigureContext, tallied = false): boolean {
  const byDay = new Map<string, { values: number[]; given: FigureValue[]; lineages: Set<string>; authorities: Set<string>; floors: boolean }>();
  for (const v of values) {
    const day = ctx.dayOf(v.articleId);
    if (day === undefined) return false;
    const d = byDay.get(day) ?? { values: [], given: [], lineages: new Set<string>(), authorities: new Set<string>(), floors: true };
    d.values.push(v.value);
    d.given.push(v);
    if (v.qualifier !== 'at least' && v.qualifier !== 'more than') d.floors = false;
    d.lineages.add(ctx.lineageOf(v.articleId));
    if (v.attribution !== undefined) d.authorities.add(authorityKey(v.attribution));
    byDay.set(day, d);
  }
  if (byDay.size < 2) return false;
  const days = [...byDay.keys()].sort();
  const perDay = days.map((d) => byDay.get(d)!);
  // Two reports on two days could as well be a dispute: a series needs three
  // days, each of two days confirmed by two sources, or, of a count still
  // being tallied (`tallied`: a toll), a bound then a higher count ("at least
  // 60" on Monday, 85 on Saturday), which no dispute can be: the toll as it
  // was counted, not two sources agreeing on one value.
  if (days.length === 2 && !perDay.every((d) => d.lineages.size >= 2) && !(tallied && perDay[0]!.floors)) return false;
  const level: number[] = [];
  for (const d of perDay) {
    const lo = Math.min(...d.values);
    const hi = Math.max(...d.values);
    if (hi > 0 && (hi - lo) / hi > 0.1) return false;
    level.push(hi);
  }
  // A later value that cannot be true with the earlier day's, from another
  // named authority than that day's, contradicts it; one that can ("at least
  // 60", then 85 by another) or from the same authority updates it.
  for (let i = 1; i < perDay.length; i++) {
    const [p, q] = [perDay[i - 1]!, perDay[i]!];
    if (level[i] !== level[i - 1] && p.authorities.size > 0 && q.authorities.size > 0 && !sharesAuthority(p.authorities, q.authorities) && !anyCompatible(p.given, q.given)) return false;
  }
  const rising = level.every((v, i) => i === 0 || v >= level[i - 1]!);
  const falling = level.every((v, i) => i === 0 || v <= level[i - 1]!);
  return (rising || falling) && level[0] !== level[level.length - 1];
}

/** "The Army", "the army" and "army" are one authority. */
function authorityKey(attribution: string): string {
  return attribution.toLowerCase().replace(/^(?:the|a|an)\s+/, '').trim();
}

/** The same authority in both sets, one name possibly the start of the other ("the agency", "the agency's chief"). */
function sharesAuthority(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) for (const y of b) if (x === y || (x.length >= 4 && y.startsWith(x)) || (y.length >= 4 && x.startsWith(y))) return true;
  return false;
}
