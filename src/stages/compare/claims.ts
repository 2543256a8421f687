/**
 * Claims: what the story's sources state, each written once, with the
 * articles that state it grouped by lineage. Two sentences state one claim
 * when their content words agree (rewording, translation, reordered clauses)
 * and their names and numbers do not conflict. A claim carried by one lineage
 * is single-source however many copies carry it; a claim another source
 * states with another value or the opposite polarity is contested.
 */
import type { BriefClaim, Citation } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { Analysis, Figure } from '../../core/types.js';
import { type ClaimUnit, type Occurrence, toClaimUnits } from './claim-units.js';
import { coveredWeight } from './dense-bag.js';
import { mergeInterchangeable } from './interchangeable.js';
import { alignVariants, type VariantAlignment } from './variants.js';
import { dice } from './text-sim.js';
import { candidateJobOf, pairsOf, runCandidateJob } from './candidate-pairs.js';
import { UnionFind } from './union-find.js';
import { crossLanguage, factsOf, sameAcrossLanguages, sameClaim } from './claim-match.js';
import { groupUnits } from './claim-grouping.js';

export interface ClaimOptions {
  /** Two units state one claim at this weighted Dice or above… */
  readonly agreeDice: number;
  /** …or at this one when they share two or more names or numbers and nothing conflicts. */
  readonly agreeDiceAnchored: number;
  /** …or at this one when reuse detection aligned the two sentences as one content. */
  readonly agreeDiceAligned: number;
  /** Two claims are about one thing (and can contradict) at this Dice or above. */
  readonly contestDice: number;
  /** Opposite polarity contradicts only at this Dice or above (near-identical otherwise). */
  readonly contestPolarityDice: number;
  /** Candidate partners examined per unit (the strongest by shared rare words). */
  readonly candidatesPerUnit: number;
}

/**
 * 0.5 is the tested Dice of the former sentence matcher (translated
 * paraphrases 0.45–0.8, same-topic sentences under 0.35). 0.5 with two shared
 * anchors (names, numbers, dates) or when the reuse aligner (tf-idf cosine ≥
 * 0.45 over four or more shared terms) already paired the two sentences, and
 * then 0.4 for the aligned pair: own-words reports of one fact keep the names
 * and numbers and change the wording. Lower values (0.38 / 0.25, then 0.45 /
 * 0.35) joined sentences that share only their speaker and topic ("Taliban
 * spokesman Mujahid said…" twice, on two points) or state half of the other:
 * "stated by every cited source" is the promise, so precision comes first
 * (labelled agreed-claim precision 0.77 → 0.83 → 0.85, eval/compare). 0.5 to contest: a contradiction needs the
 * same statement otherwise.
 */
export const CLAIM_DEFAULTS: ClaimOptions = Object.freeze({ agreeDice: 0.5, agreeDiceAnchored: 0.5, agreeDiceAligned: 0.4, contestDice: 0.5, contestPolarityDice: 0.85, candidatesPerUnit: 24 });

/** What claims need to know about the story's articles beyond their analyses. */
export interface ClaimContext {
  /** Lineage id of each article. */
  readonly lineageOf: (id: ArticleId) => string;
  /** True when the two spans are text one article copied from the other (a shared passage). */
  readonly copied: (a: Citation, b: Citation) => boolean;
  /** True when the two spans were aligned as the same content (identical or paraphrased) by reuse detection. */
  readonly aligned: (a: Citation, b: Citation) => boolean;
  /** An entity name → its story-wide key. */
  readonly nameKey: (name: string) => string;
  /** Publication day of an article (stated or inferred), for updates over time. */
  readonly dayOf: (id: ArticleId) => string | undefined;
  /**
   * True when two figures (of the two articles) belong to one quantity whose
   * independent sources differ: the figure groups decide which numbers are
   * about the same thing, so claims and figures never disagree on that.
   */
  readonly disputedPair: (a: { readonly articleId: ArticleId; readonly figure: Figure }, b: { readonly articleId: ArticleId; readonly figure: Figure }) => boolean;
}

/**
 * Claims of a story, agreed first (most independent sources first), then
 * contested, then single-source.
 * @example findClaims(analyses, ctx).filter((c) => c.status === 'agreed')
 */
export function findClaims(analyses: readonly Analysis[], ctx: ClaimContext, opts: ClaimOptions = CLAIM_DEFAULTS): BriefClaim[] {
  return rankedClaims(analyses, ctx, opts).map((r) => r.claim);
}

/** A claim with what the brief needs to choose among them. */
export interface RankedClaim {
  readonly claim: BriefClaim;
  /** Names and numbers of the claim that no other lineage states: what makes a single-source line news. */
  readonly novelty: number;
  /** Position of its first statement in the story. */
  readonly first: number;
}

/** As `findClaims`, with each claim's novelty and position. */
export function rankedClaims(analyses: readonly Analysis[], ctx: ClaimContext, opts: ClaimOptions = CLAIM_DEFAULTS, pre?: ClaimUnits): RankedClaim[] {
  const { units, pairs } = pre ?? claimUnitsOf(analyses, (name) => ctx.nameKey(name), opts);
  const uf = groupUnits(units, pairs, opts, ctx);
  // Loops and module-level functions, not callbacks, here and below: a closure
  // made per call keeps its optimised code only while an instance lives, so
  // V8 compiled such callbacks again after every full garbage collection (each brief).
  const groups: number[][] = [];
  for (const g of uf.groups()) for (const t of tighten(g, units, opts, ctx)) groups.push(t);
  const groupOf = new Int32Array(units.length);
  for (let k = 0; k < groups.length; k++) for (const i of groups[k]!) groupOf[i] = k;
  const contested = findContradictions(units, pairs, groupOf, opts, ctx);
  const factLineages = new Map<string, Set<string>>();
  for (const u of units) {
    const lineages: string[] = [];
    for (const o of u.occurrences) lineages.push(ctx.lineageOf(o.articleId));
    for (const f of factsOf(u)) {
      const set = factLineages.get(f) ?? new Set<string>();
      for (const l of lineages) set.add(l);
      factLineages.set(f, set);
    }
  }
  const ranked: RankedClaim[] = [];
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    const claim = toClaim(g, units, ctx, contested.get(k), groups);
    let novelty = 0;
    for (const f of factsOf(units[g[0]!]!)) if (factLineages.get(f)!.size === 1) novelty++;
    ranked.push({ claim, novelty, first: Math.min(...g) });
  }
  return ranked.sort(byRank);
}

function statusRank(c: BriefClaim): number {
  return c.status === 'agreed' ? 0 : c.status === 'contested' ? 1 : 2;
}

/** Agreed, contested, single-source; then most independent sources, most articles, first stated. */
function byRank(a: RankedClaim, b: RankedClaim): number {
  return statusRank(a.claim) - statusRank(b.claim) || b.claim.independent - a.claim.independent || b.claim.articles - a.claim.articles || a.first - b.first;
}

/** The statements and their candidate pairs: what claims need before lineages and shared text are known. */
export interface ClaimUnits {
  readonly units: readonly ClaimUnit[];
  readonly pairs: readonly [number, number][];
}

/**
 * Statements of the analyses and their candidate pairs; `nameKey` must be the
 * one the claims' context gives.
 * @example rankedClaims(analyses, ctx, CLAIM_DEFAULTS, claimUnitsOf(analyses, ctx.nameKey, CLAIM_DEFAULTS))
 */
export function claimUnitsOf(analyses: readonly Analysis[], nameKey: (name: string) => string, opts: ClaimOptions = CLAIM_DEFAULTS): ClaimUnits {
  const units = claimStatementsOf(analyses, nameKey);
  return { units, pairs: pairsOf(runCandidateJob(candidateJobOf(units, opts.candidatesPerUnit))) };
}

/**
 * The statements alone (`claimUnitsOf` without the candidate pairs, which may
 * be found elsewhere: `candidateJobOf`, `runCandidateJob`).
 */
export function claimStatementsOf(analyses: readonly Analysis[], nameKey: (name: string) => string, variants: VariantAlignment = alignVariants(analyses)): ClaimUnit[] {
  // A variant's sentences that restate its representative's are occurrences of
  // that statement (variants.ts); statements matching cannot tell apart are
  // compared once (interchangeable.ts).
  return mergeInterchangeable(toClaimUnits(analyses, nameKey, variants));
}

/**
 * Every member of a claim must state what its most representative member
 * states: average linkage can still carry a loosely related sentence into a
 * large group, and "stated by every cited source" is the promise. Members
 * that do not match the medoid become claims of their own.
 */
function tighten(group: readonly number[], units: readonly ClaimUnit[], opts: ClaimOptions, ctx: ClaimContext): number[][] {
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
    if (allHold(keep, r, units)) statedByAll.push(r);
  }
  const rep = bestCovered(keep, units, statedByAll.length > 0 ? statedByAll : keep);
  const holds = [rep];
  for (const i of keep) if (i !== rep && holdsClaim(units[i]!, units[rep]!)) holds.push(i);
  const held = new Set(holds);
  const result = [holds];
  for (const i of keep) if (!held.has(i)) result.push([i]);
  for (const o of out) result.push(o);
  return result;
}

/** Every member of `keep` but `r` states `r`'s wording. */
function allHold(keep: readonly number[], r: number, units: readonly ClaimUnit[]): boolean {
  for (const i of keep) if (i !== r && !holdsClaim(units[i]!, units[r]!)) return false;
  return true;
}

/** The member states the claim's wording: its numbers, most of its words, and in the same language its dates and quoted words. */
function holdsClaim(member: ClaimUnit, claim: ClaimUnit): boolean {
  if (!statesFactsOf(member, claim)) return false;
  if (crossLanguage(member, claim)) return sameAcrossLanguages(member, claim);
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
 * Groups that state one thing with another value or the opposite polarity,
 * from sources that are not copies of each other. A value that only rises
 * with later publication is an update, not a contradiction.
 */
function findContradictions(units: readonly ClaimUnit[], pairs: readonly [number, number][], groupOf: Int32Array, opts: ClaimOptions, ctx: ClaimContext): Map<number, Set<number>> {
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

function toClaim(group: readonly number[], units: readonly ClaimUnit[], ctx: ClaimContext, against: Set<number> | undefined, groups: readonly (readonly number[])[]): BriefClaim {
  const all = citationsOf(group, units);
  const lineages = lineagesOfCitations(all, ctx);
  const independent = countIndependent(all, ctx);
  const citations = capPerLineage(all, ctx);
  // tighten() puts the claim's wording first.
  const rep = units[group[0]!]!;
  const contradictions: { text: string; citations: Citation[]; lineages: string[] }[] = [];
  for (const k of [...(against ?? [])].sort(byNumber)) {
    const g = groups[k]!;
    const cites = capPerLineage(citationsOf(g, units), ctx);
    contradictions.push({ text: units[medoid(g, units)]!.text, citations: cites, lineages: lineagesOfCitations(cites, ctx) });
  }
  const status: BriefClaim['status'] = contradictions.length > 0 ? 'contested' : independent >= 2 ? 'agreed' : 'single-source';
  return {
    text: rep.text,
    status,
    lineages,
    independent,
    articles: all.length,
    citations,
    ...(rep.speaker !== undefined ? { speaker: rep.speaker } : {}),
    ...(contradictions.length > 0 ? { contradictedBy: contradictions } : {}),
  };
}

/**
 * At most three citations per lineage: a reader checks a claim against each
 * independent source, not against every copy of one (the count stays in `articles`).
 */
function capPerLineage(citations: readonly Citation[], ctx: ClaimContext): Citation[] {
  const seen = new Map<string, number>();
  const out: Citation[] = [];
  for (const c of citations) {
    const l = ctx.lineageOf(c.articleId);
    const n = seen.get(l) ?? 0;
    seen.set(l, n + 1);
    if (n < 3) out.push(c);
  }
  return out;
}

/** The citations' lineages, each once, sorted. */
function lineagesOfCitations(citations: readonly Citation[], ctx: ClaimContext): string[] {
  const set = new Set<string>();
  for (const c of citations) set.add(ctx.lineageOf(c.articleId));
  return [...set].sort();
}

function byNumber(a: number, b: number): number {
  return a - b;
}

/** One citation per article (the first sentence it states the claim in), in story order. */
function citationsOf(group: readonly number[], units: readonly ClaimUnit[]): Citation[] {
  const byArticle = new Map<number, Citation>();
  for (const i of group) {
    for (const o of units[i]!.occurrences) {
      const c = byArticle.get(o.articleIndex);
      if (!c || o.start < c.start) byArticle.set(o.articleIndex, { articleId: o.articleId, start: o.start, end: o.end });
    }
  }
  const entries = [...byArticle.entries()].sort(byFirstNumber);
  const out: Citation[] = [];
  for (const e of entries) out.push(e[1]);
  return out;
}

function byFirstNumber(a: readonly [number, unknown], b: readonly [number, unknown]): number {
  return a[0] - b[0];
}

/**
 * Independent sources behind a claim: its citations, less those in one
 * lineage and those whose cited sentences are text one copied from the other
 * (two outlets running the same wire paragraph confirm nothing to each other).
 */
export function countIndependent(citations: readonly Citation[], ctx: ClaimContext): number {
  const byLineage = new Map<string, Citation[]>();
  for (const c of citations) {
    const l = ctx.lineageOf(c.articleId);
    const list = byLineage.get(l) ?? [];
    if (list.length < 3) list.push(c);
    byLineage.set(l, list);
  }
  const lineages = [...byLineage.values()];
  const uf = new UnionFind(lineages.length);
  for (let i = 0; i < lineages.length; i++) {
    for (let j = i + 1; j < lineages.length; j++) {
      // Already one source through others: another copied pair changes no count.
      if (uf.find(i) !== uf.find(j) && anyCopied(lineages[i]!, lineages[j]!, ctx)) uf.union(i, j);
    }
  }
  return uf.groups().length;
}

/** Whether some citation of one list copies one of the other (plain loops: a claim of 70 lineages asks this thousands of times). */
function anyCopied(xs: readonly Citation[], ys: readonly Citation[], ctx: ClaimContext): boolean {
  for (let x = 0; x < xs.length; x++) for (let y = 0; y < ys.length; y++) if (ctx.copied(xs[x]!, ys[y]!)) return true;
  return false;
}

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
function medoid(group: readonly number[], units: readonly ClaimUnit[]): number {
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
