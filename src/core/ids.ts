import { createHash } from 'node:crypto';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ArticleId = Brand<string, 'ArticleId'>;
export type StoryId = Brand<string, 'StoryId'>;

/**
 * Text normalised for identity: case, punctuation variants and whitespace do
 * not make a different article, so re-ingesting a re-scraped copy is a no-op.
 */
export function normalizeForId(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * A stable article id from its cleaned text.
 * @example articleIdFor('Biden and Putin…') // 'a_3f1c…'
 */
export function articleIdFor(text: string): ArticleId {
  return `a_${shortHash(normalizeForId(text))}` as ArticleId;
}

/** A story is named after the article that founded it. */
export function storyIdFor(founder: ArticleId): StoryId {
  return `s_${founder.slice(2, 14)}` as StoryId;
}

export function asArticleId(s: string): ArticleId {
  return s as ArticleId;
}

export function asStoryId(s: string): StoryId {
  return s as StoryId;
}
