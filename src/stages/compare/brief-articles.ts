/**
 * The brief's article records (metadata, language, word count) and the story's
 * title, its most typical headline (compare-story.ts).
 */
import type { BriefArticle } from '../../core/brief.js';
import type { StoryMember } from './story-input.js';
import { type Bag, bagOf, dice } from './text-sim.js';
import { wordCount } from '../text-model/word-count.js';

export { wordCount };

/** The brief's record of one member article: its metadata, language, text and counts; `index + 1` is its reference. */
export function toBriefArticle(m: StoryMember, index: number): BriefArticle {
  const { article, analysis } = m;
  const meta = article.meta;
  return {
    id: article.id,
    ref: index + 1,
    ...(meta.path !== undefined ? { path: meta.path } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
    ...(meta.source !== undefined ? { source: meta.source } : {}),
    title: article.title,
    ...(meta.published !== undefined ? { published: meta.published } : {}),
    ...(meta.published !== undefined && meta.publishedFrom !== 'none' ? { publishedFrom: meta.publishedFrom } : {}),
    ...(meta.published === undefined && m.publishedInferred !== undefined ? { publishedInferred: m.publishedInferred } : {}),
    language: analysis.language,
    machineTranslated: meta.machineTranslated,
    text: article.text,
    chars: article.text.length,
    words: wordCount(article.text),
    captions: meta.captions,
    credits: meta.credits,
    headings: meta.headings,
  };
}

/** The title closest to all the others: the story's most typical headline. */
export function pickTitle(members: readonly StoryMember[]): string {
  if (members.length === 0) return '';
  // Against an evenly spread sample of 60 articles at most: the most typical
  // headline of a 1,000-article story does not need a million comparisons.
  const step = Math.max(1, Math.ceil(members.length / 60));
  // The sample's numbers and bags as two arrays, in sample order (an iterator result per entry and member was garbage).
  const sample: number[] = [];
  const bags: Bag[] = [];
  for (let j = 0; j < members.length; j += step) {
    sample.push(j);
    bags.push(bagOf(`${members[j]!.article.title} ${members[j]!.article.text.slice(0, 600)}`));
  }
  let best = 0;
  let bestScore = -1;
  // A story in several languages is titled in the brief's own (English) when it has an article with a headline in
  // it: the most typical headline otherwise goes to whichever language has the most copies.
  const englishOnly = inSeveralLanguagesWithEnglish(members);
  // A loop, not a callback: a closure made per call loses its optimised code at every full GC.
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    if (englishOnly && !englishHeadline(m)) continue;
    const title = bagOf(m.article.title);
    let s = 0;
    for (let k = 0; k < sample.length; k++) if (i !== sample[k]) s += dice(title, bags[k]!);
    // Machine translations make clumsy headlines, and a title cut from the
    // first sentence is no headline at all: prefer a real, original one.
    if (m.article.meta.machineTranslated) s *= 0.9;
    if (isDerivedTitle(m.article.title, m.article.text)) s *= 0.5;
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return members[best]!.article.title;
}

function inSeveralLanguagesWithEnglish(members: readonly StoryMember[]): boolean {
  let english = false;
  let other = false;
  for (const m of members) {
    const lang = m.analysis.language;
    if (englishHeadline(m)) english = true;
    else if (lang !== 'en' && lang !== 'und' && lang !== '') other = true;
  }
  return english && other;
}

/** An English article with a headline of three words or more: a scraped "U.S." is no title to prefer. */
function englishHeadline(m: StoryMember): boolean {
  return m.analysis.language === 'en' && m.article.title.trim().split(/\s+/u).length >= 3;
}

function isDerivedTitle(title: string, text: string): boolean {
  const stem = title.replace(/[…\s.]+$/u, '');
  return stem.length > 0 && text.startsWith(stem);
}
