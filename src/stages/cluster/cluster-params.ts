/**
 * Parameters of the online story clusterer, in one frozen defaults object.
 * Thresholds were tuned by coarse grids on the two dev streams only
 * (bench/cluster.ts), each kept only where neighbouring values score alike
 * and neither half of a stream (even/odd gold events, first/second half)
 * got worse. Each group of parameters is documented, with the reasons for
 * its values, in its own file (params-thresholds.ts, params-terms.ts,
 * params-cross-language.ts, params-evidence.ts); the bounds on the work per
 * article are below, and the defaults of all of them in CLUSTER_DEFAULTS.
 */
import type { CrossLanguageParams } from './params-cross-language.js';
import type { EvidenceParams } from './params-evidence.js';
import type { TermParams } from './params-terms.js';
import type { ThresholdParams } from './params-thresholds.js';

export type { CrossLanguageParams, EvidenceParams, TermParams, ThresholdParams };

/** Every parameter of the clusterer, by group. */
export interface ClusterParams extends ThresholdParams, TermParams, CrossLanguageParams, EvidenceParams, BoundParams {}

/**
 * Bounds on the work per article: candidate lookup and the active window of
 * stories, so the cost depends on the news rate rather than on how many
 * stories are stored, and the shards of the persistent maps. Why these values:
 * - centroidSize 120, queryTerms 25, maxCandidates 20: keep the per-article
 *   cost bounded whatever the number of stories. maxCandidates was 40; 20
 *   gives the same B-cubed on both dev streams (0.920 / 0.918; 10 costs uci
 *   0.0015) at half the scoring work (bench/cluster-scale.ts).
 * - activeDays 30, activeArticles 50,000, maxPostings 100: see ACTIVE_DAYS.
 */
/**
 * Active window (bounded cost at scale): only stories with a member at most
 * activeDays older than the newest article, or among the last activeArticles
 * articles, are candidates, so the work per article depends on the news rate,
 * not on how many stories are stored. giveme5w1h is sparse (383 articles over
 * five years, events revisited months apart): a days-only window of 30 costs
 * it 0.02 B-cubed (7 days: 0.07), hence the article-count arm, which keeps
 * both dev streams whole (0.920 / 0.918 unchanged). On a dense stream (the
 * scale benchmark: ~1,100 articles a day) the 30 days bound the active set.
 * maxPostings 100: a term in more active stories is skipped as a query term;
 * both dev streams score the same at 50, 100 or 500, and on the scale
 * benchmark 500 let the CPU p99 per article grow from 7 ms at 10k articles
 * to 12 ms at 100k, as common terms' lists lengthened.
 */
const ACTIVE_DAYS = 30;

export interface BoundParams {
  /** A document's top terms used to look up candidate stories. */
  readonly queryTerms: number;
  /** Candidate stories scored per article, at most (by number of shared query terms). */
  readonly maxCandidates: number;
  /** Shards of the persistent maps (a storage detail, fixed per state). */
  readonly shardCount: number;
  /** A dated story whose newest member is more than this many days older than the newest article seen is no longer a candidate. */
  readonly activeDays: number;
  /** An undated story with no new member in this many articles is no longer a candidate. */
  readonly activeArticles: number;
  /** A query term held by more active stories than this is skipped (too common to find a story by). */
  readonly maxPostings: number;
}

export const CLUSTER_DEFAULTS: ClusterParams = Object.freeze({
  assignThreshold: 0.14,
  headlineAssignThreshold: 0.1,
  headlineSoleTermThreshold: 0,
  mergeThreshold: 0.35,
  headlineMergeThreshold: 0.18,
  titleBoost: 2,
  entityBoost: 1.5,
  numberBoost: 0,
  idfPower: 1,
  languageIdf: 1,
  conceptBoost: 0,
  countryBoost: 0.5,
  glossBoost: 0,
  entityNames: 0,
  soundNameKeys: 0,
  valueNumbers: 0,
  neutralWeight: 0,
  neutralMinShared: 4,
  neutralMaxWordSim: 0.05,
  anchorWeight: 0.5,
  anchorMinShared: 3,
  anchorTerms: 30,
  anchorStoryTerms: 40,
  anchorNumberWeight: 0.5,
  anchorDateWeight: 0.5,
  anchorGlossWeight: 0.2,
  anchorNounFilter: 1,
  anchorCountryWeight: 0.75,
  anchorCountryTerms: 5,
  anchorQueryTerms: 8,
  anchorCandidates: 5,
  maxBodyTokens: 600,
  centroidSize: 120,
  queryTerms: 25,
  maxCandidates: 20,
  maxScoredTerms: 250,
  minDocTerms: 2,
  halfLifeDays: 14,
  minTimeFactor: 0.5,
  undatedTimeFactor: 1,
  headlineHalfLifeDays: 0.25,
  headlineMinTimeFactor: 0.1,
  recentMembers: 10,
  memberTerms: 40,
  memberTopK: 3,
  memberWeight: 0,
  memberSupport: 0.15,
  singleMemberSupport: 0.1,
  nameEvidenceBelow: 0,
  anchorEvidenceBelow: 0.25,
  anchorEvidenceMin: 2,
  anchorEvidenceStories: 1,
  titleChannelTerms: 20,
  titleWeight: 0.7,
  titleMinTerms: 6,
  mergeConfirm: 0,
  backgroundWeight: 0.5,
  backgroundCandidates: 5,
  undatedRunnerUpRatio: 1.5,
  undatedAnchorJoinShared: 3,
  undatedAnchorJoinThreshold: 0.1,
  undatedAnchorJoinShare: 0.3,
  undatedBodyRatio: 0.8,
  undatedBodyEnough: 0.45,
  headlineMergeConfirm: 0.05,
  storyMergeThreshold: 0.4,
  headlineStoryMergeThreshold: 0.13,
  shardCount: 512,
  activeDays: ACTIVE_DAYS,
  activeArticles: 50_000,
  maxPostings: 100,
});

/** Parameters that shape the stored state: a loaded state must have been built with the same. */
export const STRUCTURAL_PARAMS = ['centroidSize', 'shardCount', 'titleBoost', 'entityBoost', 'numberBoost', 'conceptBoost', 'countryBoost', 'glossBoost', 'entityNames', 'soundNameKeys', 'valueNumbers', 'maxBodyTokens', 'memberTerms', 'titleChannelTerms', 'anchorTerms', 'anchorStoryTerms', 'anchorNumberWeight', 'anchorDateWeight', 'anchorGlossWeight', 'anchorNounFilter', 'anchorCountryWeight', 'anchorCountryTerms'] as const;
