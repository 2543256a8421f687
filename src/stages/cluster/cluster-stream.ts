/**
 * Batch clustering of a stream: every article is assigned online, in the
 * order given, and the answer is each article's final story (later articles
 * may have merged stories). A pure function of its input, hence the same
 * input always gives the same output.
 */
import { asArticleId } from '../../core/ids.js';
import { assignArticle } from './assign-article.js';
import type { ClusterParams } from './cluster-params.js';
import { createClusterState, storyOf, type ClusterState } from './cluster-state.js';
import type { ClusterDoc } from './doc-terms.js';

/** One article of a batch stream, as read from JSON Lines. */
export interface StreamArticle {
  readonly id: string;
  readonly title?: string;
  readonly text?: string;
  readonly published?: string;
  readonly source?: string;
}

export interface StreamAssignment {
  readonly id: string;
  readonly story: string;
}

/** The clusterer's view of a stream article (missing fields read as empty). */
export function toClusterDoc(a: StreamArticle): ClusterDoc {
  return {
    id: asArticleId(a.id),
    title: typeof a.title === 'string' ? a.title : '',
    text: typeof a.text === 'string' ? a.text : '',
    ...(typeof a.published === 'string' && a.published ? { published: a.published } : {}),
    ...(typeof a.source === 'string' && a.source ? { source: a.source } : {}),
  };
}

/**
 * Cluster articles in stream order; returns one assignment per input article,
 * in input order, and the final state. A repeated id keeps its first story.
 * @example clusterStream([{ id: '1', title: 'Quake hits Chile' }]).assignments // [{ id: '1', story: 's_…' }]
 */
export function clusterStream(
  articles: Iterable<StreamArticle>,
  params: Partial<ClusterParams> = {},
  onArticle?: () => void,
): { assignments: StreamAssignment[]; state: ClusterState } {
  let state = createClusterState(params);
  const ids: string[] = [];
  for (const a of articles) {
    state = assignArticle(state, toClusterDoc(a)).state;
    ids.push(a.id);
    onArticle?.();
  }
  const assignments = ids.map((id) => ({ id, story: storyOf(state, asArticleId(id)) as string }));
  return { assignments, state };
}
