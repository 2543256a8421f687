/**
 * Scoring of an arriving article against its candidate stories (the online clusterer, assign-article.ts): TF-IDF
 * cosine over all terms and over title terms, the cross-language anchor and neutral channels, the time factor,
 * and, for the best story only, the evidence the join rules read (member coherence, shared anchors and names).
 */
import type { ClusterParams } from './cluster-params.js';
import type { ClusterView, StoryCore } from './cluster-store.js';
import { dayNumber, docFeatures, isDerivedKey, isNeutralKey, languageKey, type ClusterDoc } from './doc-terms.js';
import { isAnchorKey, isCountryAnchor } from './anchors.js';
import { capTerms, isChannelKey, isTitleKey, topMemberSim } from './story-similarity.js';
import { centroidKeys, isChannelNeutral, KEY_ANCHOR, KEY_LANGUAGE, KEY_NEUTRAL, KEY_TITLE, KEY_WORD } from './centroid-keys.js';
import { anchorCandidates, candidateStories, otherLanguages } from './candidate-stories.js';

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

/** The factor a similarity is scaled by for the days between the article and the story. */
export function timeFactor(p: ClusterParams, day: number | undefined, rec: StoryCore, headline: boolean): number {
  const halfLife = headline ? p.headlineHalfLifeDays : p.halfLifeDays;
  if (halfLife <= 0) return 1;
  // Without a date on either side nothing says how far apart the two are: undatedTimeFactor (1, as if the same
  // day) says how much the text alone must carry.
  if (day === undefined || rec.firstDay === undefined || rec.lastDay === undefined) return p.undatedTimeFactor;
  const gap = Math.max(0, rec.firstDay - day, day - rec.lastDay);
  return Math.max(headline ? p.headlineMinTimeFactor : p.minTimeFactor, 0.5 ** (gap / halfLife));
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
