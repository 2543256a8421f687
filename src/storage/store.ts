/**
 * The one storage seam. Every backend (SQLite, PostgreSQL, memory for tests)
 * implements `Store`; `pipeline/` is its only caller.
 */
import type { ArticleId, StoryId } from '../core/ids.js';
import type { Analysis, CleanArticle, Story } from '../core/types.js';
import type { ClusterParams } from '../stages/cluster/cluster-params.js';
import type { ClusterStore } from '../stages/cluster/cluster-store.js';
import type { AlertStore } from './alert-types.js';
import type { SourceStore } from './source-types.js';
import type { ProvenanceStore } from './provenance-types.js';
import type { SharedTextStore } from './shared-text-types.js';
import type { SearchRequest, SearchResults, StoryPage, StoryQuery, StorySummary, TokenRecord } from './service-types.js';

/** Why an input did not become an article: kept so a user can see it. */
export interface Rejection {
  readonly path: string;
  readonly reason: string;
  readonly detail?: string;
  readonly at: string;
}

export interface StoredArticle {
  readonly article: CleanArticle;
  readonly analysis: Analysis;
  readonly storyId?: StoryId;
  /** Insertion order: the stream position. */
  readonly seq: number;
}

/**
 * What opening the clusterer does when its state was built with other
 * parameters: 'rebuild' (the default) clears it for the caller to re-cluster;
 * 'refuse' throws ClusterParamsChanged and changes nothing, for long-running
 * processes that share a database (PostgreSQL workers and servers), where an
 * automatic rebuild would take hours and two versions in a rolling upgrade
 * would clear each other's state in turn.
 */
export type OtherClusterParams = 'rebuild' | 'refuse';

/** The stored stories need re-clustering (other parameters, or articles the clusterer has not seen): `parallax recluster`. */
export class ClusterParamsChanged extends Error {
  constructor(detail: string) {
    super(`the stories in this database need re-clustering (${detail}): run parallax recluster --db … once, while no worker or server writes`);
  }
}

export interface Store {
  /** Inserts an article and its analysis; false when the id is already stored. */
  putArticle(article: CleanArticle, analysis: Analysis, ingestedAt: string): boolean;
  hasArticle(id: ArticleId): boolean;
  getArticle(id: ArticleId): StoredArticle | undefined;
  /** All articles in stream order. */
  listArticles(): StoredArticle[];
  countArticles(): number;
  /** Up to `limit` stored articles with `seq` above `seq`, in stream order (the alert matcher's feed). */
  articlesAfter(seq: number, limit: number): StoredArticle[];

  setStory(articleId: ArticleId, storyId: StoryId): void;
  /** Stories with their articles in stream order, largest first. */
  listStories(): Story[];
  /** One story with its articles in stream order, or undefined: reads that story only, whatever the database holds. */
  getStory(id: StoryId): Story | undefined;
  /** The stored articles of one story in stream order (empty when there is no such story). */
  storyArticles(id: StoryId): StoredArticle[];

  putRejection(r: Rejection): void;
  listRejections(): Rejection[];

  /** Named, versioned state blobs of stateful stages (clusterer, LSH index). */
  loadState(name: string): string | undefined;
  saveState(name: string, json: string): void;

  /**
   * The story clusterer's state, kept in this store (tables, not a blob) and
   * written through: an assignment applied inside `transaction` commits with
   * the article. A state built with other parameters is cleared (it is derived
   * from the stored articles); `docCount()` below `countArticles()` then tells
   * the caller to re-cluster. Each call loads the state afresh.
   */
  clusterStore(params?: Partial<ClusterParams>, otherParams?: OtherClusterParams): ClusterStore;

  /**
   * Story summaries for the service, kept current as articles are assigned
   * (same transaction): reading them never loads articles.
   */
  storyPage(query: StoryQuery): StoryPage;
  storySummary(id: StoryId): StorySummary | undefined;
  /** Stories changed after the change counter value `seq`, oldest change first. */
  storiesChangedSince(seq: number, limit: number): StorySummary[];
  /** The change counter's current value (0 before any story). */
  lastStoryChange(): number;
  countStories(): number;

  /** Full-text search over stored articles (see search-query.ts for the language). */
  search(request: SearchRequest): SearchResults;

  /** API tokens, kept as SHA-256 hashes only. */
  putToken(hash: string, record: TokenRecord): void;
  findToken(hash: string): TokenRecord | undefined;

  /** Watched sources of `parallax serve` and their polling state. */
  sourceStore(): SourceStore;

  /** Alerts of `parallax serve`: saved searches and watches, their events and webhook deliveries. */
  alertStore(): AlertStore;

  /** Who copied whom per story, recorded when its brief is computed (the sources page's origin counts). */
  provenanceStore(): ProvenanceStore;

  /** A large story's shared text kept between its briefs, so its next brief compares only new pairs. */
  sharedTextStore(): SharedTextStore;

  /** Runs `fn` atomically: all of its writes land or none do. */
  transaction<T>(fn: () => T): T;
  /**
   * Takes the one writer's turn on this database, waiting (after calling
   * `onWait` once) while another process has it; returns the release. An
   * ingest keeps the clusterer's counters and the outlets' template lines
   * in memory between articles, so two at once would overwrite each other:
   * with the turn taken, two runs give what one after the other gives.
   */
  lockWriters(onWait?: (message: string) => void): () => void;
  /**
   * On a database several processes write at once (PostgreSQL): takes the
   * writer's turn if it is free, without waiting, and gives it back. Absent
   * where one process holds the turn for its lifetime (an SQLite server).
   */
  tryLockWriters?(): boolean;
  unlockWriters?(): void;
  close(): void;
}

export type StoreConfig =
  | { readonly type: 'sqlite'; readonly file: string }
  | { readonly type: 'postgres'; readonly url: string }
  | { readonly type: 'memory' };
