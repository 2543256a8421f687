/**
 * Who copied whom, per story, kept in storage: when a story's brief is
 * computed, each outlet's count of articles whose text another article
 * copied or translated (origin) and of articles that copied (copied) is
 * recorded at that version of the story. The sources page sums them over
 * every story, and a restart keeps them; `stale` tells the server's
 * background briefing which stories are not recorded at their current
 * version yet.
 */
import type { StoryId } from '../core/ids.js';

export interface OutletOrigins {
  readonly origin: number;
  readonly copied: number;
}

export interface StaleStory {
  readonly id: StoryId;
  readonly updatedSeq: number;
  readonly articles: number;
}

export interface ProvenanceStore {
  /** Replaces what a story's record holds with its counts at `version` (its change counter when briefed). */
  put(story: StoryId, version: number, outlets: ReadonlyMap<string, OutletOrigins>): void;
  /** Per outlet, summed over every story recorded that still exists; `stories`: how many those are. */
  totals(): { stories: number; outlets: Map<string, OutletOrigins> };
  /**
   * Stories of at least `minArticles` (and at most `maxArticles`) articles not
   * recorded at their current version, largest first, then most recently changed.
   */
  stale(minArticles: number, limit: number, maxArticles?: number): StaleStory[];
}
