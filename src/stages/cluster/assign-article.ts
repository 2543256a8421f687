/**
 * The online clusterer's reducer, after Miranda et al. 2018 ("Multilingual
 * Clustering of Streaming News"): each arriving article is compared, by
 * TF-IDF cosine with a time factor, to the stories an inverted index proposes;
 * it joins the best one above a threshold or founds a new story, and an
 * article strongly similar to several stories merges them. The candidates
 * come from candidate-stories.ts and their scores from rank-stories.ts; here
 * are the rules that decide the join and the merges, and the story record
 * that results.
 */
import { asStoryId, storyIdFor, type ArticleId, type StoryId } from '../../core/ids.js';
import { STRUCTURAL_PARAMS, type ClusterParams } from './cluster-params.js';
import type { ClusterState } from './cluster-state.js';
import { applyToState, stateView } from './state-view.js';
import type { AssignPlan, ClusterStore, ClusterView, StoryCore } from './cluster-store.js';
import { isLanguageKey, type ClusterDoc } from './doc-terms.js';
import { isAnchorKey, isCountryAnchor } from './anchors.js';
import { centroidCosine, grownCosine, isChannelKey, isTitleKey, topTerms } from './story-similarity.js';
import { rankStories, timeFactor, type Scored } from './rank-stories.js';

export { rankStories, type Ranking, type Scored } from './rank-stories.js';

export type ClusterEvent =
  | { readonly kind: 'created'; readonly storyId: StoryId; readonly articleId: ArticleId }
  | { readonly kind: 'joined'; readonly storyId: StoryId; readonly articleId: ArticleId; readonly similarity: number }
  | { readonly kind: 'merged'; readonly into: StoryId; readonly from: StoryId; readonly articleIds: readonly ArticleId[]; readonly similarity: number };

export interface AssignResult {
  readonly state: ClusterState;
  readonly storyId: StoryId;
  readonly events: readonly ClusterEvent[];
}

/**
 * The body cosine an undated article needs with a one-article story's member (undatedBodyRatio): that share of its
 * similarity to the story, and never more than undatedBodyEnough, a cosine at which two bodies agree whatever the
 * titles add (0: no cap).
 */
function bodyBar(p: ClusterParams, sim: number): number {
  const share = p.undatedBodyRatio * sim;
  return p.undatedBodyEnough > 0 ? Math.min(share, p.undatedBodyEnough) : share;
}

/** Parameters in force for a view: overrides apply to thresholds only, never to what shaped the state. */
export function effectiveParams(view: ClusterView, params: Partial<ClusterParams> = {}): ClusterParams {
  const structural = Object.fromEntries(STRUCTURAL_PARAMS.map((k) => [k, view.params[k]]));
  return { ...view.params, ...params, ...structural };
}

/**
 * Decide one article against a state it only reads: which story it joins or
 * founds, which stories merge, and the records that result. Pure: the same
 * view and document give the same plan. A known article id gives no plan.
 * @example const plan = planAssignment(store, doc); if (plan) store.apply(plan)
 */
export function planAssignment(view: ClusterView, doc: ClusterDoc, params: Partial<ClusterParams> = {}): AssignPlan | undefined {
  if (view.storyOfArticle(doc.id) !== undefined) return undefined;
  const p = effectiveParams(view, params);
  const { tf, allTerms, headline, day, clock, idf, scored, langKey } = rankStories(view, doc, p);
  const n = view.docCount();

  const best = scored[0];
  const threshold = headline ? p.headlineAssignThreshold : p.assignThreshold;
  const mergeAt = headline ? p.headlineMergeThreshold : p.mergeThreshold;
  // The runners-up say how alike any two articles of this topic and language are: an article about "coronavirus in
  // Poland" is close to every Polish coronavirus story, and its best match must stand out from them to be its story.
  // Stories close enough to merge through the article are not background: the article links them.
  const runnersUp = scored
    .slice(1)
    .filter((s) => s.sim < mergeAt)
    .slice(0, p.backgroundCandidates);
  const background = runnersUp.length > 0 ? runnersUp.reduce((a, s) => a + s.sim, 0) / runnersUp.length : 0;
  // Coherence: a story of several members must also hold one member the article resembles, so a story does not
  // drift by single links into a blob of its topic.
  // Named evidence: a weak match (below nameEvidenceBelow) between an article and a story that both name people,
  // places or organisations, and share none of them, is a topic-mate, not the same event. (A language that marks
  // no names by case, Arabic or Chinese, gives no name keys, and so is never held to this.)
  // Body backing without dates (undatedBodyRatio): an undated match carried by the title channel ("Koronawirus w
  // Polsce.", "Devisen: Euro …": a recurring headline of a daily report) is a topic-mate unless the bodies agree too:
  // the article's cosine with the story's closest member must reach that share of its score. Dated, the time factor
  // already tells one day's issue of a recurring headline from the next.
  const supported =
    best === undefined ||
    ((best.member === undefined || best.member >= ((best.rec.recent?.length ?? 0) > 1 ? p.memberSupport : p.singleMemberSupport)) &&
      !(best.noSharedName === true && best.sim < p.nameEvidenceBelow) &&
      !(best.anchorsShared !== undefined && best.sim < p.anchorEvidenceBelow && best.anchorsShared < p.anchorEvidenceMin && (p.anchorEvidenceStories > 1 || (best.rec.recent?.length ?? 0) <= 1)) &&
      !(best.member !== undefined && p.undatedBodyRatio > 0 && (best.rec.recent?.length ?? 0) <= 1 && (day === undefined || best.rec.lastDay === undefined) && best.member < bodyBar(p, best.sim)));
  // One word shared by two headlines says little, however high the cosine of two short vectors.
  // Anchor evidence without dates: an undated report whose best story holds most of the weight of the people, places
  // and figures it names is that story's from a lower bar (dated articles: the time factor already decides).
  const undated = best !== undefined && (day === undefined || best.rec.lastDay === undefined);
  const anchoredEvidence = undated && p.undatedAnchorJoinShared > 0 && best.anchored !== true && (best.anchorsShared ?? 0) >= p.undatedAnchorJoinShared && (best.anchorShare ?? 0) >= p.undatedAnchorJoinShare;
  const joinAt = best?.soleTerm === true ? Math.max(threshold, p.headlineSoleTermThreshold) : anchoredEvidence ? Math.min(threshold, p.undatedAnchorJoinThreshold) : threshold;
  const storyMergeAt = headline ? p.headlineStoryMergeThreshold : p.storyMergeThreshold;
  // Merge guard: the article must link the two stories, and the stories must also resemble each other, so one
  // article about two subjects ("fed data" + "stocks") does not chain them. It holds for both kinds of merge (through
  // the article, and the merge step below): a headline story of a few members grown by a two-subject headline is
  // close to the other subject's story by that headline's words alone.
  const confirmAt = headline ? p.headlineMergeConfirm : p.mergeConfirm;
  const confirmed = (s: Scored): boolean => confirmAt <= 0 || centroidCosine(best!.rec, s.rec, idf) >= confirmAt;
  // The best story grown by the article, for the merge step (computed once, when needed): its norm once, and each
  // dot product over the other (120-term) centroid: the grown one holds a full text's hundreds of terms, which were
  // otherwise walked once per candidate (the slow 1 % at scale).
  let grownStory: { grown: Map<string, number>; norm: number } | undefined;
  const mergesWithGrown = (s: Scored): boolean => {
    if (grownStory === undefined) {
      const grown = new Map<string, number>(Object.entries(best!.rec.centroid));
      for (const [t, w] of tf) grown.set(t, (grown.get(t) ?? 0) + w);
      let norm = 0;
      for (const [t, w] of grown) if (!isChannelKey(t)) norm += (w * idf(t)) ** 2;
      grownStory = { grown, norm };
    }
    return s.sim >= threshold && grownCosine(grownStory.grown, grownStory.norm, s.rec, idf) * timeFactor(p, day, s.rec, headline) >= storyMergeAt && confirmed(s);
  };
  // Distinctness without dates: an undated article about as close to a second story as to its best is about their
  // topic, not one event's. In a dated stream the time factor already sets apart the topic-mates of other days, and
  // a near runner-up there is mostly the same event's other half; undated, nothing does. A runner-up the merge step
  // would join to the best story grown by the article is that other half, and no reason to stay apart.
  const near = runnersUp[0];
  const distinct =
    best === undefined ||
    p.undatedRunnerUpRatio <= 0 ||
    near === undefined ||
    (day !== undefined && best.rec.lastDay !== undefined) ||
    best.sim >= p.undatedRunnerUpRatio * near.sim ||
    (storyMergeAt > 0 && mergesWithGrown(near));
  const joins = best !== undefined && supported && distinct && best.sim - p.backgroundWeight * background >= joinAt;
  const linked =
    joins && best.sim >= mergeAt
      ? scored.filter((s) => s === best || (s.sim >= mergeAt && confirmed(s)))
      : joins
        ? [best]
        : [];
  // Merge step: the story the article joined, with the article in it, may now be close to another live candidate.
  if (joins && storyMergeAt > 0) for (const s of scored) if (!linked.includes(s) && mergesWithGrown(s)) linked.push(s);
  // The oldest linked story survives, so story ids stay those readers saw first.
  const survivor = linked.length > 0 ? linked.reduce((a, b) => (b.rec.seq < a.rec.seq ? b : a)) : undefined;
  const absorbed = linked.filter((s) => s !== survivor);

  let storyKey: string;
  if (survivor) storyKey = survivor.rec.id;
  else {
    // Our own ids (a_ + hash) shorten safely; a stream's own ids ("x30", "x60") could share a prefix and
    // bring back the id of a story merged away, so they are kept whole.
    storyKey = /^a_[0-9a-f]{12}/.test(doc.id) ? storyIdFor(doc.id) : `s_${doc.id}`;
    if (view.story(storyKey) !== undefined) storyKey = `${storyKey}_${view.nextSeq()}`;
  }

  // Centroid: member vectors summed, pruned to the terms that weigh most now.
  const sum = new Map<string, number>();
  for (const s of linked) for (const t of Object.keys(s.rec.centroid)) sum.set(t, (sum.get(t) ?? 0) + s.rec.centroid[t]);
  for (const [t, w] of tf) sum.set(t, (sum.get(t) ?? 0) + w);
  // The story's members by language (for the anchor channel), summed over merged stories.
  if (p.anchorTerms > 0 && langKey !== undefined) sum.set(langKey, (sum.get(langKey) ?? 0) + 1);
  // Weights computed once before sorting: a full text brings hundreds of terms.
  const ranked = [...sum].filter(([t]) => !isLanguageKey(t)).map(([t, w]) => [t, w, w * idf(t)] as const).sort((x, y) => y[2] - x[2] || (x[0] < y[0] ? -1 : 1));
  // Each channel keeps its own budget, so title terms never crowd out body terms.
  const kept = [
    ...ranked.filter(([t]) => !isChannelKey(t)).slice(0, p.centroidSize),
    ...ranked.filter(([t]) => isTitleKey(t)).slice(0, p.titleChannelTerms),
    ...ranked.filter(([t]) => isAnchorKey(t) && !isCountryAnchor(t)).slice(0, p.anchorStoryTerms),
    ...ranked.filter(([t]) => isCountryAnchor(t)).slice(0, p.anchorCountryTerms),
    ...[...sum].filter(([t]) => isLanguageKey(t)),
  ];
  const centroid: Record<string, number> = {};
  for (const [t, w] of kept) centroid[t] = w;

  const recent = p.recentMembers > 0 ? [...linked.flatMap((s) => s.rec.recent ?? []), topTerms(tf, idf, p.memberTerms)].slice(-p.recentMembers) : undefined;
  const days = [day, ...linked.flatMap((s) => [s.rec.firstDay, s.rec.lastDay])].filter((d): d is number => d !== undefined);
  const record: StoryCore = {
    id: storyKey,
    seq: survivor ? survivor.rec.seq : view.nextSeq(),
    centroid,
    ...(recent ? { recent } : {}),
    ...(days.length > 0 ? { firstDay: Math.min(...days), lastDay: Math.max(...days) } : {}),
    lastOrd: n,
    size: linked.reduce((a, s) => a + (s.rec.size ?? view.members(s.rec.id).length), 1),
  };

  const sid = asStoryId(storyKey);
  const events: ClusterEvent[] = survivor
    ? [
        { kind: 'joined', storyId: sid, articleId: doc.id, similarity: best!.sim },
        ...absorbed.map((s): ClusterEvent => ({ kind: 'merged', into: sid, from: asStoryId(s.rec.id), articleIds: view.members(s.rec.id) as ArticleId[], similarity: s.sim })),
      ]
    : [{ kind: 'created', storyId: sid, articleId: doc.id }];
  return {
    articleId: doc.id,
    storyId: storyKey,
    created: survivor === undefined,
    record,
    linked: linked.map((s) => s.rec),
    absorbed: [...absorbed].sort((a, b) => a.rec.seq - b.rec.seq).map((s) => s.rec.id),
    terms: allTerms,
    clockDay: clock,
    events,
  };
}

/**
 * Assign one article in a mutable store; returns its story and what happened.
 * Re-assigning a known article id changes nothing.
 * @example assignInStore(new MemoryClusterStore(), doc).storyId
 */
export function assignInStore(store: ClusterStore, doc: ClusterDoc, params: Partial<ClusterParams> = {}): { storyId: StoryId; events: readonly ClusterEvent[] } {
  const plan = planAssignment(store, doc, params);
  if (plan === undefined) return { storyId: asStoryId(store.storyOfArticle(doc.id)!), events: [] };
  store.apply(plan);
  return { storyId: asStoryId(plan.storyId), events: plan.events };
}

/**
 * Assign one article; returns the new state, its story and what happened.
 * Re-assigning a known article id changes nothing. `params` may override
 * thresholds only; parameters that shape the state come from the state.
 * @example const { state: s1, storyId } = assignArticle(createClusterState(), { id, title, text })
 */
export function assignArticle(state: ClusterState, doc: ClusterDoc, params: Partial<ClusterParams> = {}): AssignResult {
  const plan = planAssignment(stateView(state), doc, params);
  if (plan === undefined) return { state, storyId: asStoryId(stateView(state).storyOfArticle(doc.id)!), events: [] };
  return { state: applyToState(state, plan), storyId: asStoryId(plan.storyId), events: plan.events };
}
