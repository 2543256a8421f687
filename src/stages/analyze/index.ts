/**
 * The analyze stage: one cleaned article in, its language, sentences,
 * entities, quotes, figures and dates out. Every span points into
 * `article.text`. Tokens are computed once and shared by entities and quotes.
 */
import type { Analysis, CleanArticle } from '../../core/types.js';
import { detectLanguage } from './language.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import { entitiesFromTokens } from './entities.js';
import { quotesFromTokens } from './quotes.js';
import { extractFigures } from './figures.js';
import { extractDates } from './dates.js';

export { detectLanguage } from './language.js';
export { splitSentences } from './sentences.js';
export { extractEntities } from './entities.js';
export { extractQuotes, findQuoteMarks } from './quotes.js';
export { entityKey, sameEntity } from './names.js';
export { extractFigures } from './figures.js';
export { extractDates } from './dates.js';

export interface AnalyzeOptions {
  /**
   * `YYYY-MM-DD` to resolve relative dates against when the article states no
   * publication date (the pipeline passes one inferred from the story).
   */
  readonly anchorDate?: string;
  /** True when `anchorDate` is inferred rather than stated; dates resolved from it are marked "inferred". */
  readonly anchorInferred?: boolean;
}

/**
 * Analyses one cleaned article.
 * @example const a = analyze(cleanArticle); a.quotes[0].speaker // 'Dmitry Peskov'
 */
export function analyze(article: CleanArticle, opts: AnalyzeOptions = {}): Analysis {
  const { text } = article;
  const sentences = splitSentences(text);
  const tokens = tokenize(text, sentences);
  const entities = entitiesFromTokens(text, tokens);
  const quotes = quotesFromTokens(text, tokens, sentences, entities);
  const figures = extractFigures(text, sentences, entities);
  const published = article.meta.published?.slice(0, 10);
  const date = opts.anchorDate ?? published;
  // A crawl date only bounds publication, so what is resolved against it is inferred.
  const crawled = opts.anchorDate === undefined && article.meta.publishedFrom === 'crawl';
  const anchor = {
    ...(date !== undefined ? { date } : {}),
    ...(opts.anchorInferred !== undefined ? { inferred: opts.anchorInferred } : crawled ? { inferred: true } : {}),
  };
  const dates = extractDates(text, sentences, anchor);
  return {
    articleId: article.id,
    language: detectLanguage(text),
    sentences,
    entities,
    quotes,
    figures,
    dates,
  };
}
