/**
 * Parameters of the online story clusterer, in one frozen defaults object.
 * Thresholds are first guesses checked on the example set and the
 * giveme5w1h benchmark (bench/cluster.ts); they are meant to be re-tuned.
 */

export interface ClusterParams {
  /** Best story similarity at or above which an article joins it. */
  readonly assignThreshold: number;
  /** The same for articles with a title and no text (headline streams). */
  readonly headlineAssignThreshold: number;
  /** An article this similar to a second story links the two: they merge. */
  readonly mergeThreshold: number;
  /** Weight of title terms relative to body terms. */
  readonly titleBoost: number;
  /** Weight of entity-name terms relative to body terms. */
  readonly entityBoost: number;
  /** Body tokens read per article (the lead carries the story). */
  readonly maxBodyTokens: number;
  /** Terms kept in a story centroid. */
  readonly centroidSize: number;
  /** A document's top terms used to look up candidate stories. */
  readonly queryTerms: number;
  /** Candidate stories scored per article, at most (by number of shared query terms). */
  readonly maxCandidates: number;
  /** Articles with fewer distinct terms found their own story (too little to compare). */
  readonly minDocTerms: number;
  /** Days after which the time factor halves; 0 disables time decay. */
  readonly halfLifeDays: number;
  /** Lowest value of the time factor, so long-running stories can still gather articles. */
  readonly minTimeFactor: number;
  /** Shards of the persistent maps (a storage detail, fixed per state). */
  readonly shardCount: number;
}

/**
 * Why these values:
 * - assignThreshold 0.15 / mergeThreshold 0.35: a cosine of TF-IDF vectors
 *   against a centroid; the example translations and rewrites of one call score
 *   0.4–0.6 against each other, unrelated news below 0.05. On the giveme5w1h
 *   stream (bench/cluster.ts) 0.15 gave the best B-cubed F1 (0.92; 0.20 → 0.90,
 *   0.12 → 0.89). Merging needs a stronger link than joining, since a wrong
 *   merge cannot be undone later.
 * - titleBoost 2, entityBoost 1.5: titles and names are the densest signals of
 *   "same event" (Miranda et al. 2018 weight title, body and entities apart).
 * - maxBodyTokens 600: a news lead and a few paragraphs; tails drift off-topic.
 * - centroidSize 120, queryTerms 25, maxCandidates 40: keep the per-article
 *   cost bounded whatever the number of stories.
 * - headlineAssignThreshold 0.12: an article with a title and no text has a
 *   few terms, so its cosine with a centroid of 120 terms is lower for the
 *   same story. On uci-headlines-dev 0.12 gave B-cubed F1 0.83 (0.11 → 0.81,
 *   0.13 → 0.82, and 0.15 as for full texts → 0.80); applying 0.12 to full
 *   texts too costs giveme5w1h 0.02, hence two values.
 * - minDocTerms 2: an empty or one-word text cannot be judged, so it stays
 *   alone; a headline has 3–8 content terms and must be compared (5 kept
 *   short headlines apart: uci-headlines-dev 0.74 → 0.80).
 * - halfLifeDays 14, minTimeFactor 0.5: follow-up coverage days later still
 *   belongs; far-apart articles need more overlap, but are not ruled out
 *   (giveme5w1h stories run over months: 7 days cost 0.01 F1 there).
 */
export const CLUSTER_DEFAULTS: ClusterParams = Object.freeze({
  assignThreshold: 0.15,
  headlineAssignThreshold: 0.12,
  mergeThreshold: 0.35,
  titleBoost: 2,
  entityBoost: 1.5,
  maxBodyTokens: 600,
  centroidSize: 120,
  queryTerms: 25,
  maxCandidates: 40,
  minDocTerms: 2,
  halfLifeDays: 14,
  minTimeFactor: 0.5,
  shardCount: 512,
});

/** Parameters that shape the stored state: a loaded state must have been built with the same. */
export const STRUCTURAL_PARAMS = ['centroidSize', 'shardCount', 'titleBoost', 'entityBoost', 'maxBodyTokens'] as const;
