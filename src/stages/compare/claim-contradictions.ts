/**
 * Contested claims: groups that state one thing with another value or the
 * opposite polarity, from independent sources, less values that only rose
 * with later publication (updates).
 */
import type { ClaimUnit, Occurrence } from './claim-units.js';
import { dice } from './text-sim.js';
import type { ClaimContext, ClaimOptions } from './claims.js';

/**
 * Groups that state one thing with another value or the opposite polarity,
 * from sources that are not copies of each other. A value that only rises
 * with later publication is an update, not a contradiction.
 */
export function findContradictions(units: readonly ClaimUnit[], pairs: readonly [number, number][], groupOf: Int32Array, opts: ClaimOptions, ctx: ClaimContext): Map<number, Set<number>> {
  // Each statement's words without numbers, and its lineages, built once (a
  // unit takes part in many pairs); module-level functions, not closures.
  const plain = new Map<number, ClaimUnit['bag']>();
  const out = new Map<number, Set<number>>();
  const lineageSets = new Map<number, Set<string>>();
  // Indexed, not destructured: an iterator per pair was garbage for nothing.
  for (let k = 0; k < pairs.length; k++) {
    const i = pairs[k]![0];
    const j = pairs[k]![1];
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = units[i]!;
    const b = units[j]!;
    if ((a.speaker === undefined) !== (b.speaker === undefined)) continue;
    // Neither opposite polarity nor figures on both sides: nothing to dispute, whatever the words.
    if (a.negated === b.negated && (a.figures.length === 0 || b.figures.length === 0)) continue;
    const lineagesA = lineagesOf(i, units, ctx, lineageSets);
    if (allIn(b.occurrences, lineagesA, ctx)) continue;
    const sim = dice(wordsOf(i, units, plain), wordsOf(j, units, plain));
    if (sim < opts.contestDice) continue;
    // Opposite polarity needs a near-identical statement: "did not comment"
    // and "declined to comment", "no fatalities since 1959" and "the first
    // fatalities since 1959" say the same thing.
    const polarity = a.negated !== b.negated && sim >= opts.contestPolarityDice;
    if (!polarity && !(disputedValues(a, b, ctx) && !isUpdate(a, b, ctx))) continue;
    addTo(out, gi, gj);
    addTo(out, gj, gi);
  }
  return out;
}

function wordsOf(i: number, units: readonly ClaimUnit[], memo: Map<number, ClaimUnit['bag']>): ClaimUnit['bag'] {
  let b = memo.get(i);
  if (b === undefined) {
    b = withoutNumbers(units[i]!);
    memo.set(i, b);
  }
  return b;
}

function lineagesOf(i: number, units: readonly ClaimUnit[], ctx: ClaimContext, memo: Map<number, Set<string>>): Set<string> {
  let l = memo.get(i);
  if (l === undefined) {
    l = new Set<string>();
    for (const o of units[i]!.occurrences) l.add(ctx.lineageOf(o.articleId));
    memo.set(i, l);
  }
  return l;
}

/** Every occurrence is in one of the lineages. */
function allIn(occurrences: readonly Occurrence[], lineages: ReadonlySet<string>, ctx: ClaimContext): boolean {
  for (const o of occurrences) if (!lineages.has(ctx.lineageOf(o.articleId))) return false;
  return true;
}

function addTo(out: Map<number, Set<number>>, g: number, other: number): void {
  const s = out.get(g) ?? new Set<number>();
  s.add(other);
  out.set(g, s);
}

/** The two statements give values of one disputed quantity (see the figure groups). */
function disputedValues(a: ClaimUnit, b: ClaimUnit, ctx: ClaimContext): boolean {
  for (const fa of a.figures) {
    for (const fb of b.figures) {
      if (ctx.disputedPair({ articleId: a.firstArticle, figure: fa }, { articleId: b.firstArticle, figure: fb })) return true;
    }
  }
  return false;
}

function withoutNumbers(u: ClaimUnit): ClaimUnit['bag'] {
  const weights = new Map<string, number>();
  for (const [k, w] of u.bag.weights) if (!/^\d/.test(k)) weights.set(k, w);
  let total = 0;
  for (const w of weights.values()) total += w;
  return { weights, total };
}

/** True when the later-published statement has the higher values: a toll that rose. */
function isUpdate(a: ClaimUnit, b: ClaimUnit, ctx: ClaimContext): boolean {
  const da = firstDay(a, ctx);
  const db = firstDay(b, ctx);
  if (da === undefined || db === undefined || da === db) return false;
  const [early, late] = da < db ? [a, b] : [b, a];
  for (const [unit, values] of early.numbers) {
    const later = late.numbers.get(unit);
    if (later && Math.max(...later) > Math.max(...values)) return true;
  }
  return false;
}

/** The earliest publication day of the statement's articles (the least string, as a sort would put first). */
function firstDay(u: ClaimUnit, ctx: ClaimContext): string | undefined {
  let first: string | undefined;
  for (const o of u.occurrences) {
    const d = ctx.dayOf(o.articleId);
    if (d !== undefined && (first === undefined || d < first)) first = d;
  }
  return first;
}
