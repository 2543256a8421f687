/**
 * The clusterer's state as one immutable JSON value (the pure path, and the
 * blob the ingest pipeline saves); MemoryClusterStore and the SQLite store
 * hold the same state mutably. A plain JSON value carrying its version and
 * parameters, with vocabulary statistics, story centroids, an inverted index
 * term → stories and article → story, all in copy-on-write sharded maps.
 */
import { asArticleId, asStoryId, type ArticleId, type StoryId } from '../../core/ids.js';
import type { Story } from '../../core/types.js';
import { emptyShardedMap, getSharded, type ShardedMap } from '../dedupe/sharded-map.js';
import { CLUSTER_DEFAULTS, STRUCTURAL_PARAMS, type ClusterParams } from './cluster-params.js';
import type { StoryCore } from './cluster-store.js';

export const CLUSTER_STATE_VERSION = 1;

/** One live story with its members. */
export interface StoryRecord extends StoryCore {
  readonly articleIds: readonly string[];
}

export interface ClusterState {
  readonly version: number;
  readonly params: ClusterParams;
  /** Articles seen (the N of IDF). */
  readonly docCount: number;
  readonly nextSeq: number;
  /** Newest publication day seen (absent in states saved before the active window existed). */
  readonly clockDay?: number;
  /** Term → number of articles containing it. */
  readonly df: ShardedMap<number>;
  readonly stories: ShardedMap<StoryRecord>;
  /** Term → live stories whose centroid holds it. */
  readonly index: ShardedMap<readonly string[]>;
  /** Article → its story. */
  readonly articles: ShardedMap<string>;
  /** Live story ids in creation order. */
  readonly order: readonly string[];
}

/**
 * An empty clusterer state.
 * @example createClusterState().docCount // 0
 */
export function createClusterState(params: Partial<ClusterParams> = {}): ClusterState {
  const p: ClusterParams = Object.freeze({ ...CLUSTER_DEFAULTS, ...params });
  return {
    version: CLUSTER_STATE_VERSION,
    params: p,
    docCount: 0,
    nextSeq: 0,
    df: emptyShardedMap(p.shardCount),
    stories: emptyShardedMap(p.shardCount),
    index: emptyShardedMap(p.shardCount),
    articles: emptyShardedMap(p.shardCount),
    order: [],
  };
}

/**
 * The story an article was assigned to (after any merges), if seen.
 * @example storyOf(state, articleId) // 's_3f1c…'
 */
export function storyOf(state: ClusterState, id: ArticleId): StoryId | undefined {
  const s = getSharded(state.articles, id);
  return s === undefined ? undefined : asStoryId(s);
}

/**
 * Live stories in creation order, members in arrival order.
 * @example stories(state).map((s) => s.articleIds.length) // [5, 1, 1]
 */
export function stories(state: ClusterState): Story[] {
  return state.order.map((id) => {
    const rec = getSharded(state.stories, id)!;
    return { id: asStoryId(id), articleIds: rec.articleIds.map(asArticleId) };
  });
}

/** The state as JSON text. */
export function serializeClusterState(state: ClusterState): string {
  return JSON.stringify(state);
}

/**
 * Parse a serialised state. Throws when its version differs, or when
 * `expected` params that shape the state differ from the stored ones.
 * @example loadClusterState(serializeClusterState(s))
 */
export function loadClusterState(json: string, expected: Partial<ClusterParams> = {}): ClusterState {
  const s = JSON.parse(json) as ClusterState;
  if (s === null || typeof s !== 'object' || s.version !== CLUSTER_STATE_VERSION) {
    throw new Error(`cluster state version ${String((s as { version?: unknown } | null)?.version)}, expected ${CLUSTER_STATE_VERSION}`);
  }
  for (const key of STRUCTURAL_PARAMS) {
    const want = expected[key];
    // A state saved before a parameter existed was built with its default.
    if (want !== undefined && (s.params[key] ?? CLUSTER_DEFAULTS[key]) !== want) throw new Error(`cluster state built with ${key}=${s.params[key]}, expected ${want}`);
  }
  for (const m of [s.df, s.stories, s.index, s.articles]) {
    if (!m || !Array.isArray(m.shards) || m.shards.length !== s.params.shardCount) throw new Error('cluster state maps malformed');
  }
  return { ...s, params: Object.freeze({ ...CLUSTER_DEFAULTS, ...s.params }) };
}
