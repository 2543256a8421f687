/**
 * What the clusterer needs of its state, as a small interface: the decision
 * (planAssignment) only reads through `ClusterView` and returns a plan; a
 * `ClusterStore` applies it. So the logic stays pure and deterministic while
 * the state may live in memory (MemoryClusterStore) or in SQLite with an
 * in-memory cache of the active stories (storage/sqlite/cluster-tables.ts).
 */
import type { ClusterEvent } from './assign-article.js';
import type { ClusterParams } from './cluster-params.js';

/** A story as the scorer sees it (members are kept apart: a story may hold thousands). */
export interface StoryCore {
  readonly id: string;
  /** Creation sequence number: the older story survives a merge. */
  readonly seq: number;
  /** Sum of member term vectors (pre-IDF), pruned to the top terms. */
  readonly centroid: Readonly<Record<string, number>>;
  /** Term vectors (pre-IDF, top terms) of the most recent members, newest last. */
  readonly recent?: readonly Readonly<Record<string, number>>[];
  /** Publication day range of dated members (days since 1970). */
  readonly firstDay?: number;
  readonly lastDay?: number;
  /** Article ordinal (docCount before it) of the newest member: the activity clock of undated stories. */
  readonly lastOrd?: number;
  /** Number of members. */
  readonly size?: number;
}

/** Read access to a clusterer state. */
export interface ClusterView {
  readonly params: ClusterParams;
  /** Articles seen (the N of IDF). */
  docCount(): number;
  nextSeq(): number;
  /** Newest publication day seen, if any article was dated. */
  clockDay(): number | undefined;
  /** Number of articles containing the term. */
  df(term: string): number;
  /** The article's current story, if it was assigned. */
  storyOfArticle(id: string): string | undefined;
  /** A live story (active or not). */
  story(id: string): StoryCore | undefined;
  /** Live stories whose centroid holds the term; must include every active one (others may be left out). */
  postings(term: string): Iterable<string>;
  /** Members of a live story, in arrival order. */
  members(id: string): readonly string[];
}

/** Everything one assignment changes: the store writes it at once (one transaction). */
export interface AssignPlan {
  readonly articleId: string;
  readonly storyId: string;
  /** The article founded a new story (storyId is new). */
  readonly created: boolean;
  /** The story's record after the article joined. */
  readonly record: StoryCore;
  /** Records of the linked stories before the change (survivor and absorbed), for the index diff. */
  readonly linked: readonly StoryCore[];
  /** Ids of stories merged into storyId (their members move). */
  readonly absorbed: readonly string[];
  /** The article's distinct terms (document frequencies go up by one). */
  readonly terms: readonly string[];
  /** Clock after this article. */
  readonly clockDay: number | undefined;
  readonly events: readonly ClusterEvent[];
}

export interface ClusterStore extends ClusterView {
  apply(plan: AssignPlan): void;
}

/**
 * Whether a story can still gather articles at this point of the stream: its
 * newest member is at most activeDays older than the newest article, or it
 * gained a member within the last activeArticles articles (sparse or undated
 * streams). The clock and the ordinal only grow, so an inactive story stays
 * so: stores may evict it from memory without changing any later decision.
 */
export function isActive(rec: StoryCore, clock: number | undefined, ord: number, p: ClusterParams): boolean {
  if (rec.lastOrd === undefined || ord - rec.lastOrd <= p.activeArticles) return true;
  return rec.lastDay !== undefined && clock !== undefined && rec.lastDay >= clock - p.activeDays;
}
