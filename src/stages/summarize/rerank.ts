/**
 * A second look at the greedy's summary. The greedy commits to its best first
 * sentence and stops by one rule; a few alternatives — opening with each of
 * the three best-scored sentences, each stopped at three stop factors — are
 * whole summaries whose shape (length against the expected length, how many
 * outlets and sentences, how much of the cluster's term worth they cover, the
 * model's own expected F1) says more than any one sentence's score. Boosted
 * regression trees (rerank-forest.ts, fitted on neus-train by
 * scripts/fit-summary-rerank.ts to each alternative's ROUGE-1 + ROUGE-2 +
 * ROUGE-L less its cluster's mean) rank them; the greedy's own summary is kept
 * unless another is predicted better by a margin, because most changes the
 * trees would make are within their error. Every alternative is the greedy's
 * own units, so citations and readability are as before.
 */
import { greedySelect, openingScores, selectionContext, unitFeatures, type ClusterVocab, type SelectWeights, type UnitFeatures } from './select.js';
import { predictForest, type Forest } from '../../core/regression-trees.js';
import { RERANK_FOREST } from './rerank-forest.js';
import type { Unit } from './units.js';

/** Openings tried: the best-scored first sentences. */
export const RERANK_OPENINGS = 3;
/** The stop factors tried below and above the weights' own (1.85 by default). */
export const RERANK_FACTORS: readonly number[] = [1.6, 2.1];
/** Predicted gain in ROUGE-1 + ROUGE-2 + ROUGE-L an alternative needs over the greedy's summary. */
export const RERANK_MARGIN = 0.02;

/** What a rollout works from: the candidates of one cluster. */
export interface RerankInput {
  readonly units: readonly Unit[];
  readonly worth: ReadonlyMap<string, number>;
  readonly vocab: ClusterVocab;
  readonly inputWords: number;
  /** Articles in the cluster (the input's, not the window's). */
  readonly articles: number;
}

/** One alternative summary: its units in the order picked, its reading-order text and its features. */
export interface Rollout {
  readonly units: Unit[];
  readonly text: string;
  readonly features: number[];
  /** The greedy's own summary (best opening, the weights' stop factor). */
  readonly base: boolean;
}

/** Reading order of picked units: earlier sentences first (leads before details); among equals, the better pick first. */
export function orderForReading(units: readonly Unit[]): Unit[] {
  return units.map((u, i) => ({ u, i })).sort((a, b) => a.u.position - b.u.position || a.i - b.i).map((x) => x.u);
}

/**
 * The alternatives of a cluster, the greedy's own among them (flagged
 * `base`); summaries that read the same are kept once. Empty when no unit
 * fits `maxWords`.
 */
export function rollouts(c: RerankInput, maxWords: number, w: SelectWeights): Rollout[] {
  const ctx = selectionContext(c.units, c.vocab, w);
  const openings = openingScores(c.units, c.worth, ctx, maxWords, w).slice(0, RERANK_OPENINGS);
  if (openings.length === 0) return [];
  const expected = w.lengthBase + w.lengthPerInputWord * c.inputWords;
  let totalWorth = 0;
  for (const v of c.worth.values()) totalWorth += v;
  const cues = new Map<Unit, UnitFeatures>();
  const cue = (u: Unit): UnitFeatures => {
    let f = cues.get(u);
    if (f === undefined) cues.set(u, (f = unitFeatures(u, c.vocab)));
    return f;
  };
  const factors = [RERANK_FACTORS[0], w.gainFactor, RERANK_FACTORS[1]];
  const out: Rollout[] = [];
  const seen = new Set<string>();
  openings.forEach((o, rank) => {
    for (const gf of factors) {
      const sel = greedySelect(c.units, c.worth, c.vocab, maxWords, { ...w, gainFactor: gf }, c.inputWords, o.unit, ctx);
      const text = orderForReading(sel.units).map((u) => u.text).join(' ');
      const base = rank === 0 && gf === w.gainFactor;
      if (seen.has(text) && !base) continue;
      seen.add(text);
      const covered = new Set(sel.units.flatMap((u) => u.terms));
      let coveredWorth = 0;
      for (const [t, v] of c.worth) if (covered.has(t)) coveredWorth += v;
      const n = sel.units.length;
      const mean = (pick: (f: UnitFeatures) => number): number => sel.units.reduce((s, u) => s + pick(cue(u)), 0) / n;
      const features = [rank, o.score - openings[0].score, sel.used, sel.used / expected, Math.log(expected),
        (2 * sel.overlap) / (sel.used + expected), sel.overlap / sel.used, n, new Set(sel.units.map((u) => u.article)).size,
        coveredWorth / (totalWorth || 1), coveredWorth, mean((f) => f.sharedWords), mean((f) => f.capitals), mean((f) => f.quote),
        mean((f) => f.pronoun), mean((f) => f.clipped), gf, c.articles, o.unit.words, o.unit.position];
      out.push({ units: sel.units, text, features, base });
    }
  });
  // The same four, less the greedy's own: the trees compare alternatives within a cluster.
  const b = out.find((r) => r.base)!.features;
  for (const r of out) r.features.push(r.features[2] - b[2], r.features[5] - b[5], r.features[9] - b[9], r.features[7] - b[7]);
  return out;
}

/**
 * The units of the summary the forest prefers, in the order picked: the
 * greedy's own unless another alternative is predicted better by `margin`.
 */
export function rerankedSelection(c: RerankInput, maxWords: number, w: SelectWeights, forest: Forest = RERANK_FOREST, margin = RERANK_MARGIN): Unit[] | null {
  const all = rollouts(c, maxWords, w);
  const base = all.find((r) => r.base);
  if (base === undefined) return null;
  let best = base;
  let bestScore = predictForest(forest, base.features) + margin;
  for (const r of all) {
    const s = predictForest(forest, r.features);
    if (s > bestScore) {
      bestScore = s;
      best = r;
    }
  }
  return best.units;
}
