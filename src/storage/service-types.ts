/**
 * What the service reads through `Store` besides articles: story summaries
 * (one row per story, kept current on ingest), full-text search and API
 * token hashes. Backend-neutral values; SQLite implements them in
 * sqlite/story-index.ts, sqlite/search-index.ts and sqlite/tokens.ts.
 */
import type { ArticleId, StoryId } from '../core/ids.js';
import type { SearchQuery } from './search-query.js';

export interface StorySummary {
  readonly id: StoryId;
  /** The title of the story's first article in stream order. */
  readonly title: string;
  readonly articles: number;
  /** Distinct named sources among its articles. */
  readonly sourceCount: number;
  readonly sources: readonly { readonly name: string; readonly articles: number }[];
  readonly languages: readonly string[];
  readonly firstPublished?: string;
  readonly lastPublished?: string;
  /** One counter over all stories: larger means changed later. */
  readonly createdSeq: number;
  readonly updatedSeq: number;
  /** When the story last gained or lost an article (ISO 8601). */
  readonly updatedAt: string;
}

export type StorySort = 'updated' | 'size';

export interface StoryQuery {
  readonly sort: StorySort;
  readonly limit: number;
  /** The sort key after which this page starts: a previous page's `next`. */
  readonly after?: readonly number[];
  /** Stories with at least one article from this source (exact name). */
  readonly source?: string;
  /** Stories with at least one article in this language (ISO 639-1). */
  readonly language?: string;
  /** Stories whose published range overlaps [from, to] (YYYY-MM-DD, inclusive). */
  readonly from?: string;
  readonly to?: string;
  readonly minSources?: number;
}

export interface StoryPage {
  readonly stories: readonly StorySummary[];
  /** The sort key of this page's last story when more follow (the next page's `after`). */
  readonly next?: readonly number[];
}

/** What a search finds: articles (the default), stories (grouped article matches), quotes, or entities. */
export type SearchTarget = 'articles' | 'stories' | 'quotes' | 'entities';

export interface SearchHit {
  /** An article id; a story id for stories; the quoting article's id for quotes; `entity:<folded name>` for entities. */
  readonly id: ArticleId | string;
  readonly title: string;
  readonly source?: string;
  readonly language?: string;
  readonly published?: string;
  readonly storyId?: StoryId;
  /** BM25 (lower is better, as SQLite reports it); 0 for a filter-only query. */
  readonly score: number;
  /** A window of the text, HTML-escaped, matches wrapped in <mark>…</mark> (for a quote: the quote; for an entity: its name). */
  readonly snippet: string;
  /** Set for targets other than articles. */
  readonly kind?: 'story' | 'quote' | 'entity';
  /** A quote's speaker. */
  readonly speaker?: string;
  /** Stories: its articles that match; entities: the articles that name it. */
  readonly matches?: number;
  /** An entity's type (person, organization, place). */
  readonly entityType?: string;
}

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export interface SearchResults {
  /** Matching articles (stories, quotes); at most the backend's cap when `totalCapped`. */
  readonly total: number;
  /**
   * Set when there were more matches than the backend counts (PostgreSQL:
   * 200, `TOTAL_CAP` in pg-search.ts): `total` is then a lower bound, and the facets count the newest
   * `total` matches. Absent when the total is exact (SQLite always counts).
   */
  readonly totalCapped?: true;
  readonly hits: readonly SearchHit[];
  readonly facets: {
    readonly sources: readonly FacetCount[];
    readonly languages: readonly FacetCount[];
    readonly days: readonly FacetCount[];
  };
}

export interface SearchRequest {
  readonly query: SearchQuery;
  /** Default articles. */
  readonly target?: SearchTarget;
  readonly limit: number;
  readonly offset: number;
}

export type TokenScope = 'read' | 'write';

export interface TokenRecord {
  readonly id: string;
  readonly scope: TokenScope;
  readonly createdAt: string;
}
