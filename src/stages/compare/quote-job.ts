/**
 * The quote grouping of a story as a job of plain data: the pipeline may run
 * it on another thread while the rest of the brief is computed. Apart from
 * `compare-story.ts` so that thread loads only the quote grouping.
 */
import type { ArticleId } from '../../core/ids.js';
import type { Quote } from '../../core/types.js';
import { groupQuotes, type QuoteGrouping } from './group-quotes.js';
import type { CompareOptions } from './story-input.js';
import type { QuoteTwins } from './variant-counterparts.js';

/** Everything `groupQuotes` needs besides the name rule, as plain data (it can be posted to another thread). */
export interface QuoteJob {
  readonly perArticle: readonly (readonly [ArticleId, readonly Quote[]])[];
  readonly opts: CompareOptions;
  readonly preferredNames: readonly string[];
  /** Each article's language, in story order. */
  readonly languages: readonly (readonly [ArticleId, string])[];
  /** Quotes of variants' aligned sentences and the representative's quote each repeats (variant-counterparts.ts), by `perArticle` index. */
  readonly twins?: QuoteTwins;
}

/**
 * Groups a job's quotes; `sameName` must be the `sameEntity` rule the brief's other steps use.
 * @example runQuoteJob(job, sameEntity).speakers[0].remarks
 */
export function runQuoteJob(job: QuoteJob, sameName: (a: string, b: string) => boolean): QuoteGrouping {
  // The first article with an id gives its language, as a search in story order would.
  const languageOf = new Map<string, string>();
  for (const [id, language] of job.languages) if (!languageOf.has(id)) languageOf.set(id, language);
  return groupQuotes(
    job.perArticle,
    sameName,
    job.opts,
    job.preferredNames,
    undefined,
    // Quotes of one speaker in two languages are compared by their anchors.
    (id) => languageOf.get(id) ?? '',
    job.twins,
  );
}
