/**
 * Batch clustering of a stream: every article is assigned online, in the
 * order given, and the answer is each article's final story (later articles
 * may have merged stories). The same input (and the same stored state to
 * resume from) always gives the same output.
 */
import { asArticleId } from '../../core/ids.js';
import { planAssignment } from './assign-article.js';
import type { ClusterParams } from './cluster-params.js';
import type { ClusterStore, ClusterView } from './cluster-store.js';
import type { ClusterDoc } from './doc-terms.js';
import { MemoryClusterStore } from './memory-cluster-store.js';

/** One article of a batch stream, as read from JSON Lines. */
export interface StreamArticle {
  readonly id: string;
  readonly title?: string;
  readonly text?: string;
  readonly published?: string;
  readonly source?: string;
  /** ISO 639-1 code, when the stream gives one (detected from the text otherwise). */
  readonly language?: string;
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
    ...(typeof a.language === 'string' && a.language ? { language: a.language } : {}),
  };
}

/**
 * Assign, in stream order, every article the store has not assigned yet: an
 * interrupted run resumes where its store stopped and never re-decides an
 * article. Returns how many were assigned now.
 * @example clusterInto(SqliteClusterStore.open('state.db'), rows)
 */
export function clusterInto(store: ClusterStore, articles: Iterable<StreamArticle>, onArticle?: (assigned: boolean) => void): number {
  let n = 0;
  for (const a of articles) {
    const plan = planAssignment(store, toClusterDoc(a));
    if (plan) {
      store.apply(plan);
      n++;
    }
    onArticle?.(plan !== undefined);
  }
  return n;
}

/** One assignment per input article, in input order, read from a store. */
export function assignmentsOf(store: ClusterView, articles: Iterable<StreamArticle>): StreamAssignment[] {
  return [...articles].map((a) => ({ id: a.id, story: store.storyOfArticle(a.id) as string }));
}

/**
 * Cluster articles in stream order in memory; returns one assignment per
 * input article, in input order, and the final store. A repeated id keeps its first story.
 * @example clusterStream([{ id: '1', title: 'Quake hits Chile' }]).assignments // [{ id: '1', story: 's_…' }]
 */
export function clusterStream(
  articles: readonly StreamArticle[],
  params: Partial<ClusterParams> = {},
  onArticle?: () => void,
): { assignments: StreamAssignment[]; store: MemoryClusterStore } {
  const store = new MemoryClusterStore(params);
  clusterInto(store, articles, onArticle);
  return { assignments: assignmentsOf(store, articles), store };
}
