/**
 * Briefs: stored articles of a story → reuse, inferred dates → compare.
 */
import type { StoryBrief } from '../core/brief.js';
import type { StoryId } from '../core/ids.js';
import { extractDates } from '../stages/analyze/dates.js';
import { sameEntity } from '../stages/analyze/index.js';
import { splitSentences } from '../stages/analyze/sentences.js';
import { sameQuantity } from '../stages/analyze/figures.js';
import { compareStory, prepareCompare, type StoryMember } from '../stages/compare/index.js';
import { embeddedPosts, findCredits, traceProvenance, type ProvenanceDoc } from '../stages/provenance/index.js';
import type { Store, StoredArticle } from '../storage/store.js';
import { inferPublished } from './infer-published.js';
import { readKept } from '../stages/provenance/kept-reuse.js';
import type { ReuseText } from '../stages/provenance/story-reuse.js';
import { HELPER_MIN_ARTICLES, helperOffload, startBriefJobs, startStoryReuse, type StartedBrief } from './brief-helper.js';

/** Builds the brief of one stored story, or undefined when no such story exists. */
export function buildBrief(store: Store, storyId: StoryId): StoryBrief | undefined {
  // One indexed query for the story's articles: the cost does not depend on the rest of the database.
  const stored = store.storyArticles(storyId);
  return stored.length === 0 ? undefined : briefOf(storyId, stored);
}

/** A brief, and `keep()`, which stores the record of its shared text for the story's next brief (false: the database refused). */
export interface KeptBrief {
  readonly brief: StoryBrief;
  readonly keep: () => boolean;
}

/**
 * `buildBrief` for a service that briefs a story again as it grows: a large
 * story's shared text is read from the record its last brief kept
 * (kept-reuse.ts), so only pairs with a new or changed article are compared,
 * and `keep()` (called once the brief is answered) stores the new record.
 * The brief is the one `buildBrief` gives.
 */
export function buildBriefKeeping(store: Store, storyId: StoryId): KeptBrief | undefined {
  const stored = store.storyArticles(storyId);
  if (stored.length === 0) return undefined;
  const texts = reuseTexts(stored);
  const bytes = stored.length >= HELPER_MIN_ARTICLES ? store.sharedTextStore().get(storyId) : undefined;
  const jobs = startBriefJobs(texts, analysesOf(stored), bytes === undefined ? undefined : () => readKept(bytes, texts));
  const brief = briefFrom(storyId, stored, jobs);
  const keep = (): boolean => {
    const record = jobs.reuse.record();
    return record === undefined || putRecord(store, storyId, record);
  };
  return { brief, keep };
}

/**
 * Keeps the record the story's brief would have kept before its newest
 * `leaveOut` articles arrived (0: as it is), finding its shared text for it;
 * false for a small story (no record) or when the database refused. The
 * warm-up's synthetic story takes a grown story's path with it, and the
 * service benchmark puts the records a running service would have kept.
 */
export function keepSharedText(store: Store, storyId: StoryId, leaveOut = 0): boolean {
  const stored = store.storyArticles(storyId);
  const texts = reuseTexts(stored.slice(0, Math.max(0, stored.length - leaveOut)));
  const started = startStoryReuse(texts);
  started.result();
  const record = started.record();
  return record !== undefined && putRecord(store, storyId, record);
}

/** Stores a story's record; false when the database refused (busy, closing): a record is a cache, the next brief keeps one. */
function putRecord(store: Store, storyId: StoryId, record: Uint8Array): boolean {
  try {
    store.sharedTextStore().put(storyId, record);
    return true;
  } catch {
    return false;
  }
}

function reuseTexts(stored: readonly StoredArticle[]): ReuseText[] {
  return stored.map((s) => ({ id: s.article.id, text: s.article.text }));
}

/** Briefs of every stored story, largest first; `onBrief` after each (a progress bar). */
export function buildAllBriefs(store: Store, onBrief?: () => void): StoryBrief[] {
  // Story by story: only one story's articles are in memory at a time.
  return store.listStories().map((s) => {
    const brief = briefOf(s.id, store.storyArticles(s.id));
    onBrief?.();
    return brief;
  });
}

/** The brief of stored articles taken as one story (what `buildBrief` does with a story's members). */
export function briefOf(storyId: StoryId, stored: readonly StoredArticle[]): StoryBrief {
  // The shared text reads only the texts, the quote grouping only quotes and names, the overview
  // one text per lineage: a large story's go to another thread while this one does the rest it can.
  return briefFrom(storyId, stored, startBriefJobs(reuseTexts(stored), analysesOf(stored)));
}

/** The stored analyses: what the variant alignment reads (sentences, figures, language), which inferred dates leave as they are. */
function analysesOf(stored: readonly StoredArticle[]): StoredArticle['analysis'][] {
  return stored.map((s) => s.analysis);
}

function briefFrom(storyId: StoryId, stored: readonly StoredArticle[], jobs: StartedBrief): StoryBrief {
  const members = withInferredDates(stored);
  const docs = members.map(provenanceDoc);
  const rules = { sameEntity, sameQuantity };
  const prepared = prepareCompare(members, rules, undefined, { ...helperOffload(members.length), variants: jobs.variants });
  // Provenance adds the translations it finds between languages to the reuse.
  const provenance = traceProvenance(docs, jobs.reuse.result());
  return compareStory({ id: storyId, members, reuse: provenance.reuse, provenance }, rules, undefined, prepared);
}

/** What provenance reads of an article: only dates the article states count as evidence of order. */
function provenanceDoc(m: StoryMember): ProvenanceDoc {
  const meta = m.article.meta;
  return {
    id: m.article.id,
    text: m.article.text,
    language: m.analysis.language,
    machineTranslated: meta.machineTranslated,
    ...(meta.source !== undefined ? { source: meta.source } : {}),
    ...(meta.published !== undefined && meta.publishedFrom !== 'crawl' ? { published: meta.published } : {}),
    credits: findCredits(m.article.text, [...meta.credits, ...(meta.byline !== undefined ? [meta.byline] : [])]),
    quoted: [...m.analysis.quotes.map((q) => ({ start: q.start, end: q.end })), ...embeddedPosts(m.article.text)],
    sentences: m.analysis.sentences,
    dates: m.analysis.dates,
    entities: m.analysis.entities,
  };
}

/** Undated articles get a date inferred from their story, and their dates re-resolved against it. */
function withInferredDates(stored: readonly StoredArticle[]): StoryMember[] {
  const stated = stored.map((s) => s.article.meta.published).filter((d): d is string => d !== undefined);
  return stored.map(({ article, analysis }) => {
    const own = article.meta.published;
    const inferred =
      own === undefined
        ? inferPublished(stated, (anchor) => extractDates(article.text, analysis.sentences, anchor), article.text)
        : undefined;
    const anchor = own !== undefined ? { date: own.slice(0, 10), ...(article.meta.publishedFrom === 'crawl' ? { inferred: true } : {}) } : inferred !== undefined ? { date: inferred, inferred: true } : {};
    const captionDates = article.meta.captions.map((caption) => ({ caption, dates: extractDates(caption, splitSentences(caption), anchor) }));
    const member: StoryMember = { article, analysis, captionDates };
    if (inferred === undefined) return member;
    return { ...member, analysis: { ...analysis, dates: extractDates(article.text, analysis.sentences, anchor) }, publishedInferred: inferred };
  });
}
