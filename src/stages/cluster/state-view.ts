/**
 * The immutable ClusterState seen through the ClusterView interface, and a
 * plan applied to it copy-on-write: the pure path shares the decision code
 * with the mutable stores.
 */
import { getSharded, setSharded } from '../dedupe/sharded-map.js';
import type { ClusterState, StoryRecord } from './cluster-state.js';
import type { AssignPlan, ClusterView } from './cluster-store.js';
import { isLanguageKey } from './doc-terms.js';

/** A read-only view of a state value. */
export function stateView(state: ClusterState): ClusterView {
  return {
    params: state.params,
    docCount: () => state.docCount,
    nextSeq: () => state.nextSeq,
    clockDay: () => state.clockDay,
    df: (t) => getSharded(state.df, t) ?? 0,
    storyOfArticle: (id) => getSharded(state.articles, id),
    story: (id) => getSharded(state.stories, id),
    postings: (t) => getSharded(state.index, t) ?? [],
    members: (id) => getSharded(state.stories, id)?.articleIds ?? [],
  };
}

/** The state after a plan made against it. */
export function applyToState(state: ClusterState, plan: AssignPlan): ClusterState {
  const linked = plan.linked.map((r) => getSharded(state.stories, r.id)!);
  const memberIds = [...linked].sort((a, b) => a.seq - b.seq).flatMap((r) => r.articleIds);
  const record: StoryRecord = { ...plan.record, articleIds: [...memberIds, plan.articleId] };
  // Inverted index: drop every linked story's old terms, add the new centroid's.
  const lists = new Map<string, string[]>();
  const list = (t: string) => {
    let l = lists.get(t);
    if (!l) {
      l = [...(getSharded(state.index, t) ?? [])];
      lists.set(t, l);
    }
    return l;
  };
  // A story's language counts ('@de') find no story: they are not indexed (every story of a language would be listed).
  for (const r of linked) for (const t of Object.keys(r.centroid)) if (!isLanguageKey(t)) lists.set(t, list(t).filter((id) => id !== r.id));
  for (const t of Object.keys(record.centroid)) if (!isLanguageKey(t)) list(t).push(plan.storyId);

  const absorbed = new Set(plan.absorbed);
  const moved = linked.filter((r) => absorbed.has(r.id)).flatMap((r) => r.articleIds);
  return {
    ...state,
    docCount: state.docCount + 1,
    nextSeq: plan.created ? state.nextSeq + 1 : state.nextSeq,
    ...(plan.clockDay !== undefined ? { clockDay: plan.clockDay } : {}),
    df: setSharded(state.df, plan.terms.map((t) => [t, (getSharded(state.df, t) ?? 0) + 1] as const)),
    stories: setSharded(state.stories, [[plan.storyId, record] as const, ...plan.absorbed.map((id) => [id, undefined] as const)]),
    index: setSharded(state.index, [...lists].map(([t, l]) => [t, l.length > 0 ? l : undefined] as const)),
    articles: setSharded(state.articles, [[plan.articleId, plan.storyId] as const, ...moved.map((id) => [id, plan.storyId] as const)]),
    order: plan.created ? [...state.order, plan.storyId] : absorbed.size > 0 ? state.order.filter((id) => !absorbed.has(id)) : state.order,
  };
}
