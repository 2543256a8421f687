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
import { hanEntities, latinPart } from './entities-zh.js';
import { arabicEntities } from './entities-ar.js';
import type { Language } from '../text-model/languages.js';
import { quotesFromTokens } from './quotes.js';
import { extractFigures } from './figures.js';
import { extractDates } from './dates.js';
import { extractQuotesIntl } from './quotes-intl.js';
import { plausibleSpeakers } from './speaker-plausible-intl.js';
import { apposedNames } from './speaker-apposed-name.js';
import { extractFiguresIntl } from './figures-intl.js';
import { extractDatesIntl } from './dates-intl.js';

/** Languages with their own quote, figure and date rules (besides English). */
export const INTL_LANGUAGES: ReadonlySet<string> = new Set(['de', 'fr', 'es', 'it', 'pl', 'ru', 'tr', 'ar', 'zh']);

export { detectLanguage } from './language.js';
export { splitSentences } from './sentences.js';
export { extractEntities } from './entities.js';
export { extractQuotes, findQuoteMarks } from './quotes.js';
export { entityKey, sameEntity } from './names.js';
export { extractFigures } from './figures.js';
export { extractDates } from './dates.js';
export { extractQuotesIntl } from './quotes-intl.js';
export { extractFiguresIntl } from './figures-intl.js';
export { extractDatesIntl } from './dates-intl.js';
export { findNumbersIntl, normalizeDigits } from './numbers-intl.js';

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
  const language = detectLanguage(text);
  // The nine other languages take their own quote, figure and date rules; English keeps its tuned path.
  const intl = INTL_LANGUAGES.has(language);
  const sentences = splitSentences(text, language);
  const tokens = tokenize(text, sentences);
  const latin = entitiesFromTokens(text, tokens, intl ? (language as Language) : undefined);
  // Chinese and Arabic names have no capitals to find them by (entities-zh.ts, entities-ar.ts); the Latin-script names stay.
  const entities =
    language === 'zh'
      ? [...latin.flatMap((e) => latinPart(e) ?? []), ...hanEntities(text)].sort((a, b) => a.start - b.start)
      : language === 'ar'
        ? [...latin, ...arabicEntities(text)].sort((a, b) => a.start - b.start)
        : latin;
  const quotes = intl ? plausibleSpeakers(apposedNames(extractQuotesIntl(text, sentences, language), entities, text, language as Language), entities, sentences, language as Language) : quotesFromTokens(text, tokens, sentences, entities);
  const published = article.meta.published?.slice(0, 10);
  const date = opts.anchorDate ?? published;
  // A crawl date only bounds publication, so what is resolved against it is inferred.
  const crawled = opts.anchorDate === undefined && article.meta.publishedFrom === 'crawl';
  const anchor = {
    ...(date !== undefined ? { date } : {}),
    ...(opts.anchorInferred !== undefined ? { inferred: opts.anchorInferred } : crawled ? { inferred: true } : {}),
  };
  const dates = intl ? extractDatesIntl(text, language, anchor) : extractDates(text, sentences, anchor);
  const figures = intl ? extractFiguresIntl(text, language, dates) : extractFigures(text, sentences, entities);
  return {
    articleId: article.id,
    language,
    sentences,
    entities,
    quotes,
    figures,
    dates,
  };
}
