/**
 * clean: RawArticle → CleanArticle. Every scraped line ends up in exactly one
 * place — the text, the title, a metadata list (headings, captions, credits),
 * or `meta.removed` with a reason — so nothing is lost silently.
 */
import type { CleanArticle, PublishedSource, RawArticle, RemovedLine } from '../../core/types.js';
import type { Result } from '../../core/result.js';
import { fail, ok } from '../../core/result.js';
import { articleIdFor } from '../../core/ids.js';
import type { BoilerplatePattern } from './patterns.js';
import { BOILERPLATE_PATTERNS, matchBoilerplate } from './patterns.js';
import { bodyLines, normalizeLine, sameText } from './normalize-text.js';
import { parseDateLine } from './date-line.js';
import { deriveTitle, isHeadline, splitSiteSuffix } from './title.js';
import { isCaption, isCredit, isNonSentence, parseByline, splitDateline } from './line-kinds.js';

export interface CleanOptions {
  /** Cleaned texts shorter than this are `too-short` (teasers, stubs). */
  readonly minChars: number;
  /**
   * Cleaned texts longer than this are `too-long`. Analysis (pronouns,
   * attribution) costs more than linearly in an article's length: 200,000
   * characters analyse in a few seconds, 1.6 MB took over a minute. Real
   * articles stay far below (a long read is ~60,000); longer is a book, a
   * transcript dump or an attack, and should be split into articles.
   */
  readonly maxChars: number;
  /** A first line longer than this is a paragraph, not a headline. */
  readonly titleMaxChars: number;
  readonly titleMaxWords: number;
  /** Length of a title derived from the first sentence when there is no headline. */
  readonly derivedTitleChars: number;
  /** Non-sentence lines up to this size are section headings; longer ones captions. */
  readonly headingMaxWords: number;
  readonly headingMaxChars: number;
  /** Non-sentence lines longer than this are kept as text (a paragraph that lost its period). */
  readonly captionMaxChars: number;
  /** Boilerplate rules; extend with `[...BOILERPLATE_PATTERNS, …]`. */
  readonly patterns: readonly BoilerplatePattern[];
  /** Lines learned as this outlet's template (see template-lines.ts); removed as 'outlet-template'. */
  readonly isTemplateLine?: (line: string) => boolean;
}

/** Defaults for {@link clean}. */
export const CLEAN_DEFAULTS: CleanOptions = Object.freeze({
  minChars: 200,
  maxChars: 200_000,
  titleMaxChars: 160,
  titleMaxWords: 25,
  derivedTitleChars: 90,
  headingMaxWords: 10,
  headingMaxChars: 80,
  captionMaxChars: 300,
  patterns: BOILERPLATE_PATTERNS,
});

export type CleanFailure = 'empty' | 'too-short' | 'too-long';

function wordCount(s: string): number {
  return s.split(/\s+/).length;
}

/**
 * Cleans one raw article.
 * @example clean({ format: 'txt', body: 'Headline\n\nA paragraph…' })
 *   // { ok: true, value: { id: 'a_…', title: 'Headline', text: 'A paragraph…', meta: {…} } }
 */
export function clean(raw: RawArticle, options: Partial<CleanOptions> = {}): Result<CleanArticle, CleanFailure> {
  const opts: CleanOptions = { ...CLEAN_DEFAULTS, ...options };
  // Refused before any work when even the raw text is far over the limit
  // (cleaning removes boilerplate, rarely more than half of a body).
  if (raw.body.length > opts.maxChars * 4) return fail('too-long', `${raw.body.length} characters before cleaning, limit ${opts.maxChars} after; split it into articles`);
  const lines = bodyLines(raw.body);
  const removed: RemovedLine[] = [];
  const headings: string[] = [];
  const captions: string[] = [];
  const credits: string[] = [];
  const paragraphs: string[] = [];
  let pendingHeadings: string[] = [];
  let machineTranslated = false;
  let textDate: string | undefined;
  let byline = raw.byline ? normalizeLine(raw.byline) : undefined;
  let dateline: string | undefined;

  // 1. Title from metadata, else a headline first line (after leading chrome).
  let i = 0;
  let rawTitle = raw.title ? normalizeLine(raw.title) : undefined;
  if (rawTitle === undefined) {
    // Chrome, date lines and bylines can sit above the headline; none of them is it.
    for (; i < lines.length; i++) {
      const rule = matchBoilerplate(lines[i], opts.patterns);
      const date = rule ? undefined : parseDateLine(lines[i]);
      const by = rule || date ? undefined : parseByline(lines[i]);
      if (rule) removed.push({ text: lines[i], reason: rule.reason });
      else if (date !== undefined) {
        removed.push({ text: lines[i], reason: 'date-line' });
        textDate ??= date;
      } else if (by !== undefined) byline ??= by;
      else if (opts.isTemplateLine?.(lines[i])) removed.push({ text: lines[i], reason: 'outlet-template' });
      else break;
    }
    if (i < lines.length && isHeadline(lines[i], { maxChars: opts.titleMaxChars, maxWords: opts.titleMaxWords })) {
      rawTitle = lines[i++];
    }
  }
  const split = rawTitle ? splitSiteSuffix(rawTitle) : undefined;
  let title = split?.title;

  // 2. Every other line goes to exactly one place.
  for (; i < lines.length; i++) {
    const line = lines[i];
    const beforeBody = paragraphs.length === 0;
    const rule = matchBoilerplate(line, opts.patterns);
    if (rule) {
      removed.push({ text: line, reason: rule.reason });
      machineTranslated ||= rule.machineTranslation === true;
      continue;
    }
    if (beforeBody && rawTitle !== undefined && (sameText(line, rawTitle) || sameText(line, title!))) {
      removed.push({ text: line, reason: 'duplicate-title' });
      continue;
    }
    const date = parseDateLine(line);
    if (date !== undefined) {
      removed.push({ text: line, reason: 'date-line' });
      textDate ??= date;
      continue;
    }
    if (isCredit(line)) {
      credits.push(line);
      continue;
    }
    const by = beforeBody ? parseByline(line) : undefined;
    if (by !== undefined) {
      byline ??= by;
      continue;
    }
    if (opts.isTemplateLine?.(line)) {
      removed.push({ text: line, reason: 'outlet-template' });
      continue;
    }
    if (isCaption(line)) {
      captions.push(line);
      continue;
    }
    if (isNonSentence(line)) {
      if (wordCount(line) <= opts.headingMaxWords && line.length <= opts.headingMaxChars) {
        pendingHeadings.push(line);
        continue;
      }
      if (line.length <= opts.captionMaxChars) {
        captions.push(line);
        continue;
      }
    }
    // A heading is only a heading if body text follows it.
    for (const h of pendingHeadings) headings.push(h); // not push(...): a text of 150,000 short lines overflows the stack
    pendingHeadings = [];
    if (beforeBody) {
      const d = splitDateline(line);
      if (d) {
        dateline = d.dateline;
        paragraphs.push(d.rest);
        continue;
      }
    }
    paragraphs.push(line);
  }
  // Short non-sentences after the last paragraph are page furniture, not headings.
  for (const h of pendingHeadings) removed.push({ text: h, reason: 'site-template' });

  const text = paragraphs.join('\n\n');
  if (text === '') return fail('empty', 'no text left after cleaning');
  // A Chinese or Japanese character carries about as much as three Latin ones, so CJK text is weighed accordingly.
  const size = text.length + 2 * (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0);
  if (size < opts.minChars) return fail('too-short', `${text.length} characters after cleaning, minimum ${opts.minChars}`);
  if (text.length > opts.maxChars) return fail('too-long', `${text.length} characters after cleaning, limit ${opts.maxChars}; split it into articles`);

  const metaDate = raw.published && !Number.isNaN(Date.parse(raw.published)) ? raw.published : undefined;
  // A crawl date (WARC) only says the page existed then: used when nothing else dates it.
  const crawlDate = raw.crawled && !Number.isNaN(Date.parse(raw.crawled)) ? raw.crawled : undefined;
  const published = metaDate ?? textDate ?? crawlDate;
  const publishedFrom: PublishedSource = metaDate ? 'metadata' : textDate ? 'text' : crawlDate ? 'crawl' : 'none';
  const source = raw.source ? normalizeLine(raw.source) : split?.site;
  title ??= deriveTitle(paragraphs[0], opts.derivedTitleChars);

  const meta = {
    ...(raw.path !== undefined && { path: raw.path }),
    ...(raw.url !== undefined && { url: raw.url }),
    ...(source !== undefined && { source }),
    ...(byline !== undefined && { byline }),
    ...(published !== undefined && { published }),
    publishedFrom,
    ...(dateline !== undefined && { dateline }),
    headings: Object.freeze(headings),
    captions: Object.freeze(captions),
    credits: Object.freeze(credits),
    machineTranslated,
    removed: Object.freeze(removed),
  };
  return ok(Object.freeze({ id: articleIdFor(text), title, text, meta: Object.freeze(meta) }));
}
