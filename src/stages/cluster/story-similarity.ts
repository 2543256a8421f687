/**
 * The TF-IDF measures the clusterer scores with: an article against a
 * story's recent members, two story centroids, a grown story against a
 * candidate in the merge step, and the caps on how many of an article's terms
 * are scored and stored. The title channel's keys are left out of the
 * all-terms measures (they have a channel of their own).
 */
import type { StoryCore } from './cluster-store.js';
import { isAnchorKey } from './anchors.js';
import { isLanguageKey, TITLE_PREFIX } from './doc-terms.js';

/** A key of the title channel. */
export const isTitleKey = (t: string): boolean => t.startsWith(TITLE_PREFIX);

/** A key outside the all-terms channel: the title and anchor channels, and a story's language counts. */
export const isChannelKey = (t: string): boolean => isTitleKey(t) || isAnchorKey(t) || isLanguageKey(t);

/** The article's heaviest terms (by TF-IDF now), pre-IDF weights kept, as a stored member vector. */
export function topTerms(tf: ReadonlyMap<string, number>, idf: (t: string) => number, n: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [t, w] of [...tf].filter(([t]) => !isChannelKey(t)).sort((x, y) => y[1] * idf(y[0]) - x[1] * idf(x[0]) || (x[0] < y[0] ? -1 : 1)).slice(0, n)) out[t] = w;
  return out;
}

/** Mean TF-IDF cosine of the article with the story's k most similar recent members. */
export function topMemberSim(rec: StoryCore, tf: ReadonlyMap<string, number>, dNorm: number, idf: (t: string) => number, k: number): number {
  const sims: number[] = [];
  for (const m of rec.recent ?? []) {
    let dot = 0;
    let mNorm = 0;
    for (const t of Object.keys(m)) {
      const mw = m[t] * idf(t);
      mNorm += mw * mw;
      const dw = tf.get(t);
      if (dw !== undefined) dot += dw * idf(t) * mw;
    }
    if (mNorm > 0) sims.push(dot / (dNorm * Math.sqrt(mNorm)));
  }
  if (sims.length === 0) return 0;
  sims.sort((a, b) => b - a);
  const top = sims.slice(0, k);
  return top.reduce((a, b) => a + b, 0) / top.length;
}

/** TF-IDF cosine of two story centroids (all-terms channel). */
export function centroidCosine(a: StoryCore, b: StoryCore, idf: (t: string) => number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const t of Object.keys(a.centroid)) {
    if (isChannelKey(t)) continue;
    const w = a.centroid[t] * idf(t);
    na += w * w;
    const o = b.centroid[t];
    if (o !== undefined) dot += w * o * idf(t);
  }
  for (const t of Object.keys(b.centroid)) if (!isChannelKey(t)) nb += (b.centroid[t] * idf(t)) ** 2;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** centroidCosine of a grown story given as a map with its squared TF-IDF norm (all-terms channel), and a story. */
export function grownCosine(a: ReadonlyMap<string, number>, na: number, b: StoryCore, idf: (t: string) => number): number {
  let dot = 0;
  let nb = 0;
  for (const t of Object.keys(b.centroid)) {
    if (isChannelKey(t)) continue;
    const i = idf(t);
    const w = b.centroid[t] * i;
    nb += w * w;
    const o = a.get(t);
    if (o !== undefined) dot += w * o * i;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * The article's maxScoredTerms heaviest all-terms entries by TF-IDF (pre-IDF
 * weights kept, not renormalised: the tail dropped is light), and its title
 * and anchor channels whole. A full text brings hundreds of terms, and every one of them
 * was summed into the story and compared with each candidate in the merge
 * step; the tail barely moves a cosine and is pruned from the centroid anyway.
 * Unchanged (the same map) when the article has no more terms than that.
 */
export function capTerms(tf: ReadonlyMap<string, number>, idf: (t: string) => number, k: number): ReadonlyMap<string, number> {
  let main = 0;
  for (const t of tf.keys()) if (!isChannelKey(t)) main++;
  if (k <= 0 || main <= k) return tf;
  const kept = [...tf]
    .filter(([t]) => !isChannelKey(t))
    .map(([t, w]) => [t, w * idf(t)] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, k);
  const out = new Map<string, number>();
  for (const [t] of kept) out.set(t, tf.get(t)!);
  for (const [t, w] of tf) if (isChannelKey(t)) out.set(t, w);
  return out;
}

