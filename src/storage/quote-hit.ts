/**
 * A quote search hit, built the same way by every backend from the article
 * row and the quote's match, so the two backends answer a quote search with
 * the same shape, the same optional fields and the same snippet.
 */
import type { StoryId } from '../core/ids.js';
import { escapeHtml, snippet } from './search-snippet.js';
import type { SearchHit } from './service-types.js';

/** The article columns a quote hit shows. */
export interface QuoteArticleRow {
  id: string;
  title: string;
  text: string;
  source: string | null;
  language: string | null;
  published: string | null;
  story_id: string | null;
}

/** One matched quote: its article, speaker, offsets in the article's text and rank. */
export interface QuoteMatch {
  speaker: string | null;
  start: number;
  end: number;
  score: number | string;
}

/** The hit for `match` in article `r`, its snippet highlighting `terms`. */
export function quoteHit(r: QuoteArticleRow, match: QuoteMatch, terms: readonly { text: string; prefix: boolean }[]): SearchHit {
  const quote = r.text.slice(match.start, match.end);
  return {
    id: r.id,
    kind: 'quote',
    title: r.title,
    ...(match.speaker !== null ? { speaker: match.speaker } : {}),
    ...(r.source !== null ? { source: r.source } : {}),
    ...(r.language !== null ? { language: r.language } : {}),
    ...(r.published !== null ? { published: r.published } : {}),
    ...(r.story_id !== null ? { storyId: r.story_id as StoryId } : {}),
    score: Number(match.score),
    // The whole quote when short, else a window around its matches.
    snippet: quote.length <= 400 && terms.length === 0 ? escapeHtml(quote) : snippet(quote, terms),
  };
}
