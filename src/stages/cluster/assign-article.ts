/**
 * The online clusterer's reducer, after Miranda et al. 2018 ("Multilingual
 * Clustering of Streaming News"): each arriving article is compared, by
 * TF-IDF cosine with a time factor, to the stories an inverted index proposes;
 * it joins the best one above a threshold or founds a new story, and an
 * article strongly similar to several stories merges them.
 */
import { asStoryId, storyIdFor, type ArticleId, type StoryId } from '../../core/ids.js';
import { STRUCTURAL_PARAMS, type ClusterParams } from './cluster-params.js';
import type { ClusterState } from './cluster-state.js';
import { applyToState, stateView } from './state-view.js';
import { isActive, type AssignPlan, type ClusterStore, type ClusterView, type StoryCore } from './cluster-store.js';
import { dayNumber, docFeatures, isDerivedKey, isLanguageKey, isNeutralKey, languageKey, type ClusterDoc } from './doc-terms.js';
import { isAnchorKey, isCountryAnchor } from './anchors.js';
import { capTerms, centroidCosine, grownCosine, isChannelKey, isTitleKey, topMemberSim, topTerms } from './story-similarity.js';
import { centroidKeys, isChannelNeutral, KEY_ANCHOR, KEY_LANGUAGE, KEY_NEUTRAL, KEY_TITLE, KEY_WORD } from './centroid-keys.js';

export type ClusterEvent =
  | { readonly kind: 'created'; readonly storyId: StoryId; readonly articleId: ArticleId }
  | { readonly kind: 'joined'; readonly storyId: StoryId; readonly articleId: ArticleId; readonly similarity: number }
  | { readonly kind: 'merged'; readonly into: StoryId; readonly from: StoryId; readonly articleIds: readonly ArticleId[]; readonly similarity: number };

export interface AssignResult {
  readonly state: ClusterState;
  readonly storyId: StoryId;
  readonly events: readonly ClusterEvent[];
}

/** A name key. */
const isNameKey = (t: string): boolean => t.startsWith('e:');

export interface Scored {
  readonly rec: StoryCore;
  readonly sim: number;
  /** Cosine with the story's most similar recent member (when members are kept and memberSupport is on). */
  readonly member?: number;
  /** The best story only, when nameEvidenceBelow is on: both sides hold name keys and share none. */
  readonly noSharedName?: boolean;
  /** The score came from the anchor channel (a story in other languages): its words were not compared. */
  readonly anchored?: boolean;
  /** The best story only, when anchorEvidenceBelow is on: how many anchors the article shares with it. */
  readonly anchorsShared?: number;
  /** The best story only, undated, when undatedAnchorJoinShared is on: the share of the article's anchor weight it holds. */
  readonly anchorShare?: number;
  /** Headlines only: the article shares a single term (all-terms channel) with the story. */
  readonly soleTerm?: boolean;
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

/** Whether a story holds language counts and none for this language key: a story in other languages. */
function otherLanguages(rec: StoryCore, langKey: string | undefined): boolean {
  if (langKey === undefined || rec.centroid[langKey] !== undefined) return false;
  for (const t of Object.keys(rec.centroid)) if (isLanguageKey(t)) return true;
  return false;
}

/** What a candidate search keeps: stories to pass over, stories to accept, the terms they must share, how many. */
interface CandidateFilter {
  readonly skip?: ReadonlySet<string>;
  readonly accept?: (rec: StoryCore) => boolean;
  readonly minShared: number;
  readonly limit: number;
}

/** Active stories sharing the query's terms, most shared first (earliest story first on a tie), as the filter says. */
function storiesSharing(view: ClusterView, query: readonly string[], p: ClusterParams, clock: number | undefined, f: CandidateFilter): StoryCore[] {
  const ord = view.docCount();
  const hits = new Map<string, number>();
  const recs = new Map<string, StoryCore>();
  for (const t of query) {
    const ids: string[] = [];
    let tooCommon = false;
    for (const sid of view.postings(t)) {
      if (f.skip?.has(sid)) continue;
      let rec = recs.get(sid);
      if (rec === undefined) {
        rec = view.story(sid);
        if (rec === undefined || !isActive(rec, clock, ord, p) || (f.accept !== undefined && !f.accept(rec))) continue;
        recs.set(sid, rec);
      }
      ids.push(sid);
      // A term in very many active stories cannot tell them apart; skipping it bounds the work per article.
      if (ids.length > p.maxPostings) {
        tooCommon = true;
        break;
      }
    }
    if (!tooCommon) for (const sid of ids) hits.set(sid, (hits.get(sid) ?? 0) + 1);
  }
  return [...hits]
    .filter(([, h]) => h >= f.minShared)
    .map(([sid, h]) => ({ rec: recs.get(sid)!, h }))
    .sort((x, y) => y.h - x.h || x.rec.seq - y.rec.seq)
    .slice(0, f.limit)
    .map((c) => c.rec);
}

/**
 * Stories in other languages that share the article's heaviest anchors, most shared first, beyond those
 * already found by its words: a report in another language shares few of its words with its story.
 */
function anchorCandidates(view: ClusterView, query: readonly string[], p: ClusterParams, clock: number | undefined, langKey: string | undefined, found: ReadonlySet<string>): StoryCore[] {
  return storiesSharing(view, query, p, clock, { skip: found, accept: (rec) => otherLanguages(rec, langKey), minShared: p.anchorMinShared, limit: p.anchorCandidates });
}

function timeFactor(p: ClusterParams, day: number | undefined, rec: StoryCore, headline: boolean): number {
  const halfLife = headline ? p.headlineHalfLifeDays : p.halfLifeDays;
  if (halfLife <= 0) return 1;
  // Without a date on either side nothing says how far apart the two are: undatedTimeFactor (1, as if the same
  // day) says how much the text alone must carry.
  if (day === undefined || rec.firstDay === undefined || rec.lastDay === undefined) return p.undatedTimeFactor;
  const gap = Math.max(0, rec.firstDay - day, day - rec.lastDay);
  return Math.max(headline ? p.headlineMinTimeFactor : p.minTimeFactor, 0.5 ** (gap / halfLife));
}

/** Stories sharing the article's heaviest terms, most shared first, active ones only. */
function candidateStories(view: ClusterView, query: readonly string[], p: ClusterParams, clock: number | undefined): StoryCore[] {
  return storiesSharing(view, query, p, clock, { minShared: 1, limit: p.maxCandidates });
}

/** The article's features and the active candidate stories it was scored against, best first. */
export interface Ranking {
  /** The article's terms that score it and enter its story: the maxScoredTerms heaviest by TF-IDF, plus the title channel. */
  readonly tf: ReadonlyMap<string, number>;
  /** All of the article's terms (they all count in document frequencies). */
  readonly allTerms: readonly string[];
  readonly headline: boolean;
  readonly day: number | undefined;
  readonly clock: number | undefined;
  readonly idf: (t: string) => number;
  readonly scored: readonly Scored[];
  /** The language-count key of the article ('@de'), when its language is known. */
  readonly langKey: string | undefined;
}

/**
 * Score the article against the candidate stories the inverted index proposes.
 * Pure; exported for diagnostics (which story won, by how much).
 */
export function rankStories(view: ClusterView, doc: ClusterDoc, p: ClusterParams): Ranking {
  const { terms: docTf, titleSupport, language } = doc.features ?? docFeatures(doc, p);
  const titleWeight = p.titleWeight * titleSupport;
  // A headline alone shares fewer terms with a story centroid than a full text does.
  const headline = doc.text.trim() === '';
  const day = dayNumber(doc.published);
  const prevClock = view.clockDay();
  const clock = day === undefined ? prevClock : prevClock === undefined ? day : Math.max(prevClock, day);
  const n = view.docCount();
  // A word's rarity is judged among the articles of the article's language: in a stream of ten languages,
  // "deutsche" is in 2 % of all articles but in 10 % of the German ones, and counted against all it
  // looks like a name and fuses unrelated German stories. Names, numbers and concepts meet across
  // languages and are judged against all articles. (States saved before the language counts use n.)
  const langKey = languageKey(language);
  const nLang = p.languageIdf > 0 && langKey !== undefined ? view.df(langKey) : 0;
  const idfCache = new Map<string, number>();
  const idf = (t: string) => {
    let v = idfCache.get(t);
    if (v === undefined) {
      const d = view.df(t);
      const base = nLang > 0 && !isNeutralKey(t) ? Math.max(nLang, d) : n;
      v = (Math.log((base + 1) / (d + 1)) + 1) ** p.idfPower;
      idfCache.set(t, v);
    }
    return v;
  };

  const scored: Scored[] = [];
  // Title-channel keys repeat title terms: they do not make a one-word article comparable.
  let mainTerms = 0;
  // Nor do country, concept and number keys: "Ukraine" alone is one word, whatever keys it also gives.
  for (const t of docTf.keys()) if (!isChannelKey(t) && !isDerivedKey(t)) mainTerms++;
  const tf = capTerms(docTf, idf, p.maxScoredTerms);
  if (mainTerms >= p.minDocTerms && n > 0) {
    // Two channels in one vector: all terms, and the title terms under TITLE_PREFIX.
    const weighted = [...tf].filter(([t]) => !isChannelKey(t)).map(([t, w]) => [t, w * idf(t)] as const).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    let dNorm = 0;
    for (const [, w] of weighted) dNorm += w * w;
    dNorm = Math.sqrt(dNorm);
    let dtNorm = 0;
    for (const [t, w] of tf) if (isTitleKey(t)) dtNorm += (w * idf(t)) ** 2;
    dtNorm = Math.sqrt(dtNorm);
    // The anchor channel: the article's norm over its anchors, and its heaviest anchors to find stories in other
    // languages by.
    const anchors = p.anchorWeight > 0 ? [...tf].filter(([t]) => isAnchorKey(t)).map(([t, w]) => [t, w * idf(t)] as const).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)) : [];
    let daNorm = 0;
    for (const [, w] of anchors) daNorm += w * w;
    daNorm = Math.sqrt(daNorm);
    const query = weighted.slice(0, p.queryTerms).map(([t]) => t);
    // The neutral channel (ClusterParams.neutralWeight): the article's norms over its name and number keys, and
    // over its plain words. A report in another language shares names and numbers with its story and next to no
    // words; a story in the article's own language shares words with it (the topic's at least) and is judged by them.
    let dnNorm = 0;
    let dwNorm = 0;
    if (p.neutralWeight > 0) {
      for (const [t, w] of weighted) {
        if (isChannelNeutral(t)) dnNorm += w * w;
        else if (!isNeutralKey(t)) dwNorm += w * w;
      }
    }
    dnNorm = Math.sqrt(dnNorm);
    dwNorm = Math.sqrt(dwNorm);
    const candidates = candidateStories(view, query, p, clock);
    if (daNorm > 0 && p.anchorCandidates > 0) {
      const found = new Set(candidates.map((c) => c.id));
      candidates.push(...anchorCandidates(view, anchors.slice(0, p.anchorQueryTerms).map(([t]) => t), p, clock, langKey, found));
    }
    for (const rec of candidates) {
      const cross = daNorm > 0 && otherLanguages(rec, langKey);
      let aDot = 0;
      let aNorm = 0;
      let aShared = 0;
      let dot = 0;
      let cNorm = 0;
      let tDot = 0;
      let tNorm = 0;
      let nDot = 0;
      let nNorm = 0;
      let nShared = 0;
      let wDot = 0;
      let wNorm = 0;
      let shared = 0;
      // The centroid's keys with their channels, read once per centroid (centroid-keys.ts); same order, same sums.
      const { keys, weights, kinds } = centroidKeys(rec.centroid);
      for (let k = 0; k < keys.length; k++) {
        const kind = kinds[k]!;
        if (kind === KEY_LANGUAGE || (kind === KEY_ANCHOR && !cross)) continue;
        const t = keys[k]!;
        const i = idf(t);
        const cw = weights[k]! * i;
        const dw = tf.get(t);
        if (kind === KEY_TITLE) {
          tNorm += cw * cw;
          if (dw !== undefined) tDot += dw * i * cw;
        } else if (kind === KEY_ANCHOR) {
          aNorm += cw * cw;
          if (dw !== undefined) {
            aDot += dw * i * cw;
            aShared++;
          }
        } else {
          cNorm += cw * cw;
          if (dw !== undefined) {
            dot += dw * i * cw;
            shared++;
          }
          if (dnNorm > 0 && kind === KEY_NEUTRAL) {
            nNorm += cw * cw;
            if (dw !== undefined) {
              nDot += dw * i * cw;
              nShared++;
            }
          } else if (dnNorm > 0 && kind === KEY_WORD) {
            wNorm += cw * cw;
            if (dw !== undefined) wDot += dw * i * cw;
          }
        }
      }
      if (cNorm === 0 || dNorm === 0) continue;
      const allSim = dot / (dNorm * Math.sqrt(cNorm));
      const titleSim = tNorm > 0 && dtNorm > 0 ? tDot / (dtNorm * Math.sqrt(tNorm)) : allSim;
      const centroidSim = titleWeight > 0 ? (1 - titleWeight) * allSim + titleWeight * titleSim : allSim;
      const memberSim = p.memberWeight > 0 ? topMemberSim(rec, tf, dNorm, idf, p.memberTopK) : 0;
      const textSim = p.memberWeight > 0 ? (1 - p.memberWeight) * centroidSim + p.memberWeight * memberSim : centroidSim;
      const wordSim = dwNorm > 0 && wNorm > 0 ? wDot / (dwNorm * Math.sqrt(wNorm)) : 0;
      const neutralSim = nShared >= p.neutralMinShared && nNorm > 0 && wordSim < p.neutralMaxWordSim ? (p.neutralWeight * nDot) / (dnNorm * Math.sqrt(nNorm)) : 0;
      // A story in other languages: its words say little, the anchors the two share say whether it is one event.
      const anchorSim = cross && aShared >= p.anchorMinShared && aNorm > 0 ? (p.anchorWeight * aDot) / (daNorm * Math.sqrt(aNorm)) : 0;
      const sim = Math.max(textSim, neutralSim, anchorSim);
      scored.push({ rec, sim: sim * timeFactor(p, day, rec, headline), ...(anchorSim > Math.max(textSim, neutralSim) ? { anchored: true } : {}), ...(headline && shared === 1 ? { soleTerm: true } : {}) });
    }
    scored.sort((x, y) => y.sim - x.sim || x.rec.seq - y.rec.seq);
    // Coherence (memberSupport) is checked for the best story only: the one the article would join.
    const top = scored[0];
    const kept = top?.rec.recent?.length ?? 0;
    if (!headline && top !== undefined && top.anchored !== true && ((p.memberSupport > 0 && kept > 1) || (p.singleMemberSupport > 0 && kept === 1))) scored[0] = { ...top, member: topMemberSim(top.rec, tf, dNorm, idf, 1) };
    if (p.anchorEvidenceBelow > 0 && !headline && scored[0] !== undefined && scored[0].anchored !== true) {
      let n = 0;
      // Countries are no evidence: one country is shared by every story of it.
      let sharedW = 0;
      for (const t of Object.keys(scored[0].rec.centroid))
        if (isAnchorKey(t) && !isCountryAnchor(t) && tf.has(t)) {
          n++;
          sharedW += (tf.get(t)! * idf(t)) ** 2;
        }
      // The share of the article's anchor weight the story holds (undated articles only: dated ones never use it).
      let allW = 0;
      const undatedBest = day === undefined || scored[0].rec.lastDay === undefined;
      if (undatedBest && p.undatedAnchorJoinShared > 0) for (const [t, w] of tf) if (isAnchorKey(t) && !isCountryAnchor(t)) allW += (w * idf(t)) ** 2;
      scored[0] = { ...scored[0], anchorsShared: n, ...(allW > 0 ? { anchorShare: sharedW / allW } : {}) };
    }
    if (p.nameEvidenceBelow > 0 && !headline && scored[0] !== undefined) {
      const c = scored[0].rec.centroid;
      const storyNames = Object.keys(c).some(isNameKey);
      const docNames = [...tf.keys()].filter(isNameKey);
      if (storyNames && docNames.length > 0 && !docNames.some((t) => c[t] !== undefined)) scored[0] = { ...scored[0], noSharedName: true };
    }
  }
  // The language key counts the articles of each language (in the document frequencies, never in a vector).
  return { tf, allTerms: langKey === undefined ? [...docTf.keys()] : [...docTf.keys(), langKey], headline, day, clock, idf, scored, langKey };
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
    return s.sim >= threshold && grownCosine(grownStory.grown, grownStory.norm, s.rec, idf) * timeFactor(p, day, s.rec, headline) >= storyMergeAt;
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
  // Merge guard: the article must link the two stories, and the stories must also resemble each other, so one
  // article about two subjects ("fed data" + "stocks") does not chain them.
  const confirmAt = headline ? p.headlineMergeConfirm : p.mergeConfirm;
  const linked =
    joins && best.sim >= mergeAt
      ? scored.filter((s) => s === best || (s.sim >= mergeAt && (confirmAt <= 0 || centroidCosine(best.rec, s.rec, idf) >= confirmAt)))
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
