/**
 * What the HTML section renderers share: the brief, its articles by id, the
 * index of cited spans, and the citation link helpers.
 */
import type { BriefArticle, Citation, StoryBrief } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import { indexCitedSpans } from './cited-spans.js';
import type { SpanIndex } from './cited-spans.js';
import { escapeHtml as h } from './escape.js';
import { citedRefs, lookupArticles, outletOf } from './format.js';
import type { ArticleLookup } from './format.js';

export interface HtmlContext {
  readonly brief: StoryBrief;
  readonly articles: ArticleLookup;
  readonly spans: SpanIndex;
  /** Longest excerpt shown outside the article texts, in characters. */
  readonly excerpt: number;
  /** Prefix of every element id, so several briefs can share a page. */
  readonly prefix: string;
}

/** @example htmlContext(brief, 240, '').articles.size // 3 */
export function htmlContext(brief: StoryBrief, excerpt: number, prefix: string): HtmlContext {
  return { brief, articles: lookupArticles(brief), spans: indexCitedSpans(brief, prefix), excerpt, prefix };
}

/** One section of the page: `id` (prefixed on output) is its anchor. */
export interface HtmlSection {
  readonly id: string;
  readonly title: string;
  readonly count?: number;
  readonly body: string;
}

function tooltip(a: BriefArticle): string {
  const outlet = outletOf(a);
  return h(outlet === undefined ? a.title : `${outlet} — ${a.title}`);
}

/**
 * A link to the exact cited words: `[2]` pointing at their `<mark>`. A
 * citation to an article the brief does not hold renders as `[?]`, unlinked.
 */
export function citeLink(c: Citation, ctx: HtmlContext): string {
  const a = ctx.articles.get(c.articleId);
  const href = ctx.spans.href(c);
  if (a === undefined || href === undefined) return '<span class="cite">[?]</span>';
  return `<a class="cite" href="${href}" title="${tooltip(a)}">[${a.ref}]</a>`;
}

/** One link per cited article, in ref order; `[?]` once for unknown articles. */
export function citeLinks(citations: readonly Citation[], ctx: HtmlContext): string {
  const unknown = citations.some((c) => !ctx.articles.has(c.articleId)) ? '<span class="cite">[?]</span>' : '';
  return citedRefs(citations, ctx.articles).map((r) => citeLink(r.citation, ctx)).join('') + unknown;
}

/** A link to a whole article, for items that cite no particular words. */
export function articleLink(id: ArticleId, ctx: HtmlContext): string {
  const a = ctx.articles.get(id);
  if (a === undefined) return '<span class="cite">[?]</span>';
  return `<a class="cite" href="#${ctx.spans.anchorOf(a.ref)}" title="${tooltip(a)}">[${a.ref}]</a>`;
}

/** The "None" paragraph shown for an empty section. */
export function none(text = 'None.'): string {
  return `<p class="none">${h(text)}</p>`;
}
