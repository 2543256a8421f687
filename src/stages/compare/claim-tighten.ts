/**
 * Tightening a claim: the members of a matched group that state one wording
 * (its numbers, most of its words, its dates and quoted words), the wording
 * chosen as the one the members cover best, and the group's medoid.
 */
import type { ClaimUnit } from './claim-units.js';
import { coveredWeight } from './dense-bag.js';
import { dice } from './text-sim.js';
import { crossLanguage, sameAcrossLanguages, sameClaim } from './claim-match.js';
import type { ClaimContext, ClaimOptions } from './claims.js';

/**
 * Every member of a claim must state what its most representative member
 * states: average linkage can still carry a loosely related sentence into a
 * large group, and "stated by every cited source" is the promise. Members
 * that do not match the medoid become claims of their own.
 */
export function tighten(group: readonly number[], units: readonly ClaimUnit[], opts: ClaimOptions, ctx: ClaimContext): number[][] {
  if (group.length < 2) return [[...group]];
  const m = group.length < 3 ? group[0]! : medoid(group, units);
  const keep: number[] = [];
  const out: number[][] = [];
  for (const i of group) {
    const sim = dice(units[i]!.bag, units[m]!.bag);
    const across = crossLanguage(units[i]!, units[m]!);
    if (i === m || group.length < 3 || ((across || sim >= opts.agreeDiceAligned + 0.05) && sameClaim(units[i]!, units[m]!, sim, opts, ctx))) keep.push(i);
    else out.push([i]);
  }
  // The claim is written in one member's wording, and every member kept must
  // state it: most of its (rarity-weighted) words, its numbers, names, dates
  // and quoted words, or it would be cited for a claim it states only half
  // of. The wording chosen is the best-covered one among those every member
  // states, when there is one ("Hollande returned to Paris" over "…from
  // Avignon", which one source does not say).
  // Only the first BEST_COVERED_AMONG wordings stated by all are weighed
  // (bestCovered), so the search stops there: a claim that 200 near-identical
  // rewrites state would otherwise test every member against every other.
  const statedByAll: number[] = [];
  for (const r of keep) {
    if (statedByAll.length === BEST_COVERED_AMONG) break;
    if (allHold(keep, r, units, ctx)) statedByAll.push(r);
  }
  const rep = bestCovered(keep, units, inEnglishWhenAny(statedByAll.length > 0 ? statedByAll : keep, units));
  const holds = [rep];
  for (const i of keep) if (i !== rep && holdsClaim(units[i]!, units[rep]!, ctx)) holds.push(i);
  const held = new Set(holds);
  const result = [holds];
  for (const i of keep) if (!held.has(i)) result.push([i]);
  for (const o of out) result.push(o);
  return result;
}

/**
 * The English wordings among `among` when there are some and others: the brief is written in English, so a claim
 * stated in several languages reads in English where an English source states it, not in whichever language the
 * most members share (two German copies outweighed the English report they translate).
 */
function inEnglishWhenAny(among: readonly number[], units: readonly ClaimUnit[]): readonly number[] {
  const english = among.filter((i) => units[i]!.language === 'en');
  return english.length > 0 && english.length < among.length ? english : among;
}

/** Every member of `keep` but `r` states `r`'s wording. */
function allHold(keep: readonly number[], r: number, units: readonly ClaimUnit[], ctx: ClaimContext): boolean {
  for (const i of keep) if (i !== r && !holdsClaim(units[i]!, units[r]!, ctx)) return false;
  return true;
}

/** The member states the claim's wording: its numbers, most of its words, and in the same language its dates and quoted words. */
function holdsClaim(member: ClaimUnit, claim: ClaimUnit, ctx: ClaimContext): boolean {
  if (!statesFactsOf(member, claim)) return false;
  if (crossLanguage(member, claim)) return sameAcrossLanguages(member, claim, ctx);
  return covers(member.bag, claim.bag) >= MIN_COVER && statesWordingOf(member, claim);
}

/**
 * Every digit-written number (an age: "Sheen, 49") and most words of every
 * quoted phrase of the claim's wording are in the member's, and a dated
 * claim is dated there too. A source that says Silverman "shared the news on
 * Twitter" does not say she did so on Monday; one that reports Suga saying
 * where the missile fell does not report him calling it a "grave threat".
 * Names are not required: outlets drop a place or a title ("all of
 * Scarsdale") from a fact they do state, and requiring every name lost four
 * true agreements for each false one (eval/compare, 2026-12-05).
 */
function statesWordingOf(member: ClaimUnit, claim: ClaimUnit): boolean {
  const values = valuesOf(member).written;
  for (const d of claim.digits) if (!member.digits.has(d) && !values.has(d)) return false;
  if (claim.when.size > 0 && member.when.size === 0) return false;
  if (claim.quotedWords !== undefined && quotedShare(member, claim.quotedWords) < MIN_COVER) return false;
  return true;
}

/**
 * The member states every number of the claim's wording: "eight people
 * seriously hurt, 51 taken to hospital" is not stated by a source that gives
 * only the 51. (Dates are not required: a day resolved against an inferred
 * publication date differs between sources that state the same thing.)
 */
function statesFactsOf(member: ClaimUnit, claim: ClaimUnit): boolean {
  const values = valuesOf(member).stated;
  for (const v of valuesOf(claim).list) if (!values.has(v)) return false;
  return true;
}

interface UnitValues {
  /** The unit's values, unit by unit, in order. */
  readonly list: readonly number[];
  readonly stated: ReadonlySet<number>;
  /** The same written as strings, to compare with digits. */
  readonly written: ReadonlySet<string>;
}

// A unit's values and plain words, built once per unit: holdsClaim tests a member against many wordings.
const unitValues = new WeakMap<ClaimUnit, UnitValues>();
function valuesOf(u: ClaimUnit): UnitValues {
  let v = unitValues.get(u);
  if (v === undefined) {
    const list = [...u.numbers.values()].flat();
    v = { list, stated: new Set(list), written: new Set(list.map(String)) };
    unitValues.set(u, v);
  }
  return v;
}
const unitWords = new WeakMap<ClaimUnit, ReadonlySet<string>>();
function plainWordsOf(u: ClaimUnit): ReadonlySet<string> {
  let words = unitWords.get(u);
  if (words === undefined) {
    words = new Set(u.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    unitWords.set(u, words);
  }
  return words;
}

/** Share of a quotation's words the member holds (its content words; its plain words when the quotation has only those). */
function quotedShare(member: ClaimUnit, quoted: ClaimUnit['bag']): number {
  if (quoted.total === 0) return 1;
  const plain = plainWordsOf(member);
  let shared = 0;
  for (const [k, w] of quoted.weights) if (member.bag.weights.has(k) || plain.has(k)) shared += w;
  return shared / quoted.total;
}

/** Share of `inner`'s weighted words that `outer` holds. */
function covers(outer: ClaimUnit['bag'], inner: ClaimUnit['bag']): number {
  if (inner.total === 0) return 0;
  return coveredWeight(inner, outer) / inner.total;
}

/** 0.5: a rendering in other words keeps the names, numbers and key terms, about half the weight; half a claim keeps less. */
const MIN_COVER = 0.5;

/**
 * The wording the other members cover best: the share of its words found in
 * each other member, averaged (over at most 30). A longer rendering that adds
 * a detail only its source has would claim that detail for every cited
 * source; the most-covered wording states what they share.
 */
function bestCovered(group: readonly number[], units: readonly ClaimUnit[], among: readonly number[] = group): number {
  const sample = group.slice(0, 30);
  if (sample.length < 2) return among[0]!;
  let best = among[0]!;
  let bestScore = -1;
  for (const i of among.slice(0, BEST_COVERED_AMONG)) {
    const bag = units[i]!.bag;
    let s = 0;
    for (const j of sample) {
      if (i === j) continue;
      s += bag.total > 0 ? coveredWeight(bag, units[j]!.bag) / bag.total : 0;
    }
    s = s / (sample.length - 1) + units[i]!.occurrences.length * 0.001;
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return best;
}

/** Wordings weighed by bestCovered: at most this many (the first). */
const BEST_COVERED_AMONG = 30;

/** The member most similar to the rest (over at most 30 members): the most representative wording. */
export function medoid(group: readonly number[], units: readonly ClaimUnit[]): number {
  const sample = group.slice(0, 30);
  let best = sample[0]!;
  let bestScore = -1;
  for (const i of sample) {
    let s = units[i]!.occurrences.length * 0.01;
    for (const j of sample) if (i !== j) s += dice(units[i]!.bag, units[j]!.bag);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return best;
}
