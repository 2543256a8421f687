/**
 * Briefs: stored articles of a story → reuse, inferred dates → compare.
 */
import type { StoryBrief } from '../core/brief.js';
import type { StoryId } from '../core/ids.js';
import type { Reuse } from '../core/types.js';
import { extractDates } from '../stages/analyze/dates.js';
import { sameEntity } from '../stages/analyze/index.js';
import { sameQuantity } from '../stages/analyze/figures.js';
import { compareStory, type StoryMember } from '../stages/compare/index.js';
import { createLshState, lshInsert, lshQuery } from '../stages/dedupe/lsh.js';
import { minhash } from '../stages/dedupe/minhash.js';
import { findReuse, prepareReuseText } from '../stages/dedupe/passages.js';
import type { Store, StoredArticle } from '../storage/store.js';
import { inferPublished } from './infer-published.js';

/** Stories above this size compare only pairs LSH proposes, not all pairs. */
const ALL_PAIRS_LIMIT = 60;

/** Builds the brief of one stored story, or undefined when no such story exists. */
export function buildBrief(store: Store, storyId: StoryId): StoryBrief | undefined {
  const story = store.listStories().find((s) => s.id === storyId);
  if (!story) return undefined;
  const stored = story.articleIds.map((id) => store.getArticle(id)).filter((a): a is StoredArticle => a !== undefined);
  return briefOf(storyId, stored);
}

/** Briefs of every stored story, largest first. */
export function buildAllBriefs(store: Store): StoryBrief[] {
  const byId = new Map(store.listArticles().map((a) => [a.article.id, a]));
  return store.listStories().map((s) =>
    briefOf(
      s.id,
      s.articleIds.map((id) => byId.get(id)).filter((a): a is StoredArticle => a !== undefined),
    ),
  );
}

function briefOf(storyId: StoryId, stored: readonly StoredArticle[]): StoryBrief {
  const members = withInferredDates(stored);
  return compareStory({ id: storyId, members, reuse: reuseWithin(members) }, { sameEntity, sameQuantity });
}

/** Undated articles get a date inferred from their story, and their dates re-resolved against it. */
function withInferredDates(stored: readonly StoredArticle[]): StoryMember[] {
  const stated = stored.map((s) => s.article.meta.published).filter((d): d is string => d !== undefined);
  return stored.map(({ article, analysis }) => {
    if (article.meta.published !== undefined) return { article, analysis };
    const resolve = (anchor: { date: string; inferred: boolean }) => extractDates(article.text, analysis.sentences, anchor);
    const inferred = inferPublished(stated, resolve);
    if (inferred === undefined) return { article, analysis };
    return { article, analysis: { ...analysis, dates: resolve({ date: inferred, inferred: true }) }, publishedInferred: inferred };
  });
}

function reuseWithin(members: readonly StoryMember[]): Reuse[] {
  const prepared = members.map((m) => ({ id: m.article.id, text: m.article.text, prepared: prepareReuseText(m.article.text) }));
  const out: Reuse[] = [];
  for (const [i, j] of candidatePairs(members)) {
    const r = findReuse(prepared[i]!, prepared[j]!);
    if (r) out.push(r);
  }
  return out.sort((x, y) => Math.max(y.coverageA, y.coverageB) - Math.max(x.coverageA, x.coverageB));
}

/**
 * Small stories compare every pair (translations share few shingles, so LSH
 * would miss them); large ones only the pairs MinHash/LSH proposes.
 */
function candidatePairs(members: readonly StoryMember[]): [number, number][] {
  const pairs: [number, number][] = [];
  if (members.length <= ALL_PAIRS_LIMIT) {
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) pairs.push([i, j]);
    return pairs;
  }
  let lsh = createLshState();
  const index = new Map<string, number>();
  members.forEach((m, i) => {
    const sig = minhash(m.article.text);
    for (const id of lshQuery(lsh, sig)) pairs.push([index.get(id)!, i]);
    lsh = lshInsert(lsh, m.article.id, sig);
    index.set(m.article.id, i);
  });
  return pairs;
}
