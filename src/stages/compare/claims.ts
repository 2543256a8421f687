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
import { type ClaimUnit, toClaimUnits } from './claim-units.js';
import { mergeInterchangeable } from './interchangeable.js';
import { alignVariants, type VariantAlignment } from './variants.js';
import { candidateJobOf, pairsOf, runCandidateJob } from './candidate-pairs.js';
import { factsOf } from './claim-match.js';
import { groupUnits } from './claim-grouping.js';
import { tighten } from './claim-tighten.js';
import { findContradictions } from './claim-contradictions.js';
import { dice } from './text-sim.js';
import { toClaim } from './claim-citations.js';

export { countIndependent } from './claim-citations.js';

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
  /** True when the two spans hold renderings of one remark (the quote grouping's variants), when the story has them. */
  readonly sameRemark?: (a: Citation, b: Citation) => boolean;
  /** The remark (its first quote's id) whose rendering the span holds, if any. */
  readonly remarkOf?: (c: Citation) => string | undefined;
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
  const found = pre ?? claimUnitsOf(analyses, (name) => ctx.nameKey(name), opts);
  const { units, pairs, sims } = withRemarkPairs(found, ctx);
  const uf = groupUnits(units, pairs, opts, ctx, sims);
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

/**
 * The candidate pairs with the quotation statements in other languages that
 * hold renderings of one remark: their words rarely meet, so the word-based
 * candidates miss them ("«Наиболее вероятное время для масштабной эскалации
 * — конец января»" and its English original). Only when the quotes were
 * grouped first (a story in several languages).
 */
function withRemarkPairs(found: ClaimUnits, ctx: ClaimContext): ClaimUnits {
  if (ctx.remarkOf === undefined) return found;
  const byRemark = new Map<string, number[]>();
  for (let i = 0; i < found.units.length; i++) {
    const u = found.units[i]!;
    if (u.speaker === undefined || u.language === '') continue;
    const remark = ctx.remarkOf(u.occurrences[0]!);
    if (remark === undefined) continue;
    const list = byRemark.get(remark);
    if (list === undefined) byRemark.set(remark, [i]);
    else list.push(i);
  }
  const n = found.units.length;
  const known = new Set<number>();
  for (const [a, b] of found.pairs) known.add(a * n + b);
  const extra: [number, number][] = [];
  for (const list of byRemark.values()) {
    // A remark's renderings are few; a list of hundreds (one remark copied everywhere) pairs with its first only.
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < Math.min(list.length, x === 0 ? list.length : 24); y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (found.units[i]!.language !== found.units[j]!.language && !known.has(i * n + j)) extra.push([i, j]);
      }
    }
  }
  if (extra.length === 0) return found;
  const pairs = [...found.pairs, ...extra];
  if (found.sims === undefined) return { units: found.units, pairs };
  const sims = new Float64Array(pairs.length);
  sims.set(found.sims);
  for (let k = 0; k < extra.length; k++) sims[found.pairs.length + k] = dice(found.units[extra[k]![0]]!.bag, found.units[extra[k]![1]]!.bag);
  return { units: found.units, pairs, sims };
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
  /** The pairs' Dice in pair order, when computed already (elsewhere: pair-dice.ts). */
  readonly sims?: Float64Array;
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
