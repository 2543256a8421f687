/**
 * Choosing the sentences: a greedy budgeted cover of the cluster's shared
 * content. A term is worth more the more of the other outlets report it
 * (consensus: what several independent sources say is the story; what one
 * outlet alone says is its angle), so each step takes the unit whose not yet
 * covered terms are worth most per word, until the word budget is spent.
 * Covered terms earn nothing again, which is what removes redundancy.
 */
import type { Unit } from './units.js';

/**
 * Weights of a unit's expected precision (the share of its words a neutral
 * account would also use): a linear model over the mean worth of its not yet
 * covered terms and a few surface cues, fitted on neus-train; both hash halves
 * give the same signs and sizes (see docs/BENCHMARKS.md).
 */
export interface SelectWeights {
  readonly bias: number;
  /** Per unit of mean term worth (covered terms count as worth 0: that removes repeats). */
  readonly meanWorth: number;
  /** Per log word: longer sentences carry more of the function words any account uses. */
  readonly logWords: number;
  /** Quotation, question or fragment. */
  readonly quote: number;
  /** Cut at a clause boundary. */
  readonly clipped: number;
  /** Opens with a pronoun ("He said …"): needs a context the summary may not give. */
  readonly pronoun: number;
  /** Per share of capitalised words: names carry the facts. */
  readonly capitals: number;
  /** A unit whose terms are covered beyond this share is a repeat and is skipped. */
  readonly maxOverlap: number;
  /** Units expected below this precision are not worth their words once one is chosen. */
  readonly minScore: number;
}

export const DEFAULT_WEIGHTS: SelectWeights = {
  bias: 0.06,
  meanWorth: 0.73,
  logWords: 0.034,
  quote: -0.05,
  clipped: 0.017,
  pronoun: -0.027,
  capitals: 0.067,
  maxOverlap: 0.6,
  minScore: 0,
};

const PRONOUN_START = /^(?:he|she|they|it|this|that|these|those|his|her|their|its|we|i)\b/iu;

/** The parts of a unit's score that do not change as others are chosen. */
function staticScore(u: Unit, w: SelectWeights): number {
  const words = u.text.match(/[\p{L}\p{N}\p{M}_]+/gu)?.length ?? 1;
  const caps = (u.text.match(/(?<![\p{L}\p{N}])\p{Lu}/gu)?.length ?? 0) / words;
  return w.bias + w.logWords * Math.log(u.words) + (u.quoteLike ? w.quote : 0) + (u.clipped ? w.clipped : 0)
    + (PRONOUN_START.test(u.text) ? w.pronoun : 0) + w.capitals * caps;
}

/**
 * Picks units to fill `maxWords`, in the order picked; `worth` gives each
 * content term's worth (see term-stats.ts).
 */
export function selectUnits(units: readonly Unit[], worth: ReadonlyMap<string, number>, maxWords: number, w: SelectWeights): Unit[] {
  const chosen: Unit[] = [];
  const covered = new Set<string>();
  let budget = maxWords;
  const left = new Set(units);
  const fixed = new Map(units.map((u) => [u, staticScore(u, w)]));
  for (;;) {
    let best: Unit | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const u of left) {
      if (u.words > budget) continue;
      const uniq = new Set(u.terms);
      if (uniq.size === 0) continue;
      let gain = 0;
      let seen = 0;
      for (const t of uniq) {
        if (covered.has(t)) seen++;
        else gain += worth.get(t) ?? 0;
      }
      if (seen / uniq.size > w.maxOverlap) continue;
      const score = (fixed.get(u) ?? 0) + (w.meanWorth * gain) / uniq.size;
      if (score > bestScore) {
        bestScore = score;
        best = u;
      }
    }
    if (best === null || (chosen.length > 0 && bestScore < w.minScore)) break;
    chosen.push(best);
    for (const u of left) if (u.key === best.key) left.delete(u);
    budget -= best.words;
    for (const t of best.terms) covered.add(t);
  }
  return chosen;
}
