/**
 * Choosing the sentences: a greedy budgeted cover of the cluster's shared
 * content. A term is worth more the more of the other outlets report it
 * (consensus: what several independent sources say is the story; what one
 * outlet alone says is its angle), so each step takes the unit whose not yet
 * covered terms are worth most per word, until the word budget is spent.
 * Covered terms earn nothing again, which is what removes redundancy.
 */
import type { Unit } from './units.js';

/** Weights of the selection; defaults chosen on the NeuS training clusters (see docs/BENCHMARKS.md). */
export interface SelectWeights {
  /** Worth of a term no other article has. */
  readonly single: number;
  /** Exponent on the number of other articles sharing a term. */
  readonly consensusPower: number;
  /** Extra worth of a term that appears in some article's title. */
  readonly titleBonus: number;
  /** Length normalisation: gain / words^lengthPower. */
  readonly lengthPower: number;
  /** Multiplier for an article's lead sentence (journalists put the news first). */
  readonly leadBonus: number;
  /** Multiplier for quotations, questions and fragments. */
  readonly quotePenalty: number;
  /** A unit whose terms are covered beyond this share is a repeat and is skipped. */
  readonly maxOverlap: number;
}

export const DEFAULT_WEIGHTS: SelectWeights = {
  single: 0.15,
  consensusPower: 1,
  titleBonus: 0.3,
  lengthPower: 0.6,
  leadBonus: 1.3,
  quotePenalty: 0.4,
  maxOverlap: 0.6,
};

export interface TermStats {
  /** Number of articles (title or text) holding each term. */
  readonly df: ReadonlyMap<string, number>;
  readonly inTitle: ReadonlySet<string>;
}

function termWorth(t: string, own: number, stats: TermStats, w: SelectWeights): number {
  const others = (stats.df.get(t) ?? 0) - own;
  const base = others > 0 ? others ** w.consensusPower : w.single;
  return base + (stats.inTitle.has(t) ? w.titleBonus : 0);
}

/**
 * Picks units to fill `maxWords`, in the order picked. `ownTerms(article)`
 * tells whether the unit's own article counts toward a term's document count.
 */
export function selectUnits(units: readonly Unit[], stats: TermStats, articleTerms: readonly ReadonlySet<string>[], maxWords: number, w: SelectWeights): Unit[] {
  const chosen: Unit[] = [];
  const covered = new Set<string>();
  let budget = maxWords;
  const left = new Set(units);
  for (;;) {
    let best: Unit | null = null;
    let bestScore = 0;
    for (const u of left) {
      if (u.words > budget) continue;
      const uniq = new Set(u.terms);
      if (uniq.size === 0) continue;
      let gain = 0;
      let seen = 0;
      for (const t of uniq) {
        if (covered.has(t)) {
          seen++;
          continue;
        }
        gain += termWorth(t, articleTerms[u.article]?.has(t) ? 1 : 0, stats, w);
      }
      if (seen / uniq.size > w.maxOverlap) continue;
      let score = gain / u.words ** w.lengthPower;
      if (u.position === 0) score *= w.leadBonus;
      if (u.quoteLike) score *= w.quotePenalty;
      if (score > bestScore) {
        bestScore = score;
        best = u;
      }
    }
    if (best === null) break;
    chosen.push(best);
    left.delete(best);
    budget -= best.words;
    for (const t of best.terms) covered.add(t);
  }
  return chosen;
}
