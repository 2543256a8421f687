/**
 * What a story list shows of a brief beside the story (the badges):
 * independent sources, disputed figures, contested claims. Computed where
 * the brief is built, so a server thread that only lists stories never has
 * to parse a brief to count them: a background brief of a story of
 * thousands of articles is tens of megabytes of JSON, and parsing it to
 * count three things stalled every request for 400 ms (docs/BENCHMARKS.md).
 */
import type { StoryBrief } from '../../core/brief.js';

export interface StoryBadges {
  /** Lineages: articles derived from one text count once. */
  readonly independent: number;
  readonly disputedFigures: number;
  readonly contestedClaims: number;
}

/**
 * The badges of one brief.
 * @example badgesOf(brief).disputedFigures // figures the sources disagree on
 */
export function badgesOf(b: StoryBrief): StoryBadges {
  return {
    independent: b.lineages.length > 0 ? b.lineages.length : b.articles.length,
    disputedFigures: b.figures.filter((g) => g.disagreement).length,
    contestedClaims: (b.claims ?? []).filter((c) => c.status === 'contested').length,
  };
}
