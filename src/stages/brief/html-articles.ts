/**
 * HTML for the articles: the sources table near the top, and each article's
 * cleaned text at the bottom with every cited span highlighted, so each
 * citation link lands on the exact words.
 */
import type { BriefArticle } from '../../core/brief.js';
import { SPAN_KINDS } from './cited-spans.js';
import { escapeHtml as h } from './escape.js';
import { articleDate, formatNumber, outletOf } from './format.js';
import { highlightText } from './highlight-text.js';
import { articleLink, none } from './html-context.js';
import type { HtmlContext, HtmlSection } from './html-context.js';

const KIND_LABELS: Readonly<Record<(typeof SPAN_KINDS)[number], string>> = {
  figure: 'figure', quote: 'quote', date: 'date', summary: 'summary claim', reuse: 'shared text',
};

/** Only web links become hrefs: a scraped `javascript:` URL stays text. */
function safeUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
}

/** "Sources": one row per article, linking to its text below. */
export function sourcesSection(ctx: HtmlContext): HtmlSection {
  const rows = ctx.brief.articles.map((a) => {
    const d = articleDate(a);
    const date = d.kind === 'stated' ? h(d.label) : `<span class="qual">${h(d.label)}</span>`;
    const cells = [
      ['Ref', '', articleLink(a.id, ctx)],
      ['Outlet', '', h(outletOf(a) ?? '—')],
      ['Title', ' class="title"', h(a.title)],
      ['Published', '', date],
      ['Language', '', h(a.language)],
      ['Words', ' class="num"', formatNumber(a.words)],
      ['Machine-translated', '', a.machineTranslated ? '<span class="badge warn">yes</span>' : 'no'],
    ];
    return `<tr>${cells.map(([label, cls, html]) => `<td${cls} data-label="${label}">${html}</td>`).join('')}</tr>`;
  });
  const head = '<tr><th>Ref</th><th>Outlet</th><th>Title</th><th>Published</th><th>Lang</th><th class="num">Words</th><th>Machine-translated</th></tr>';
  return {
    id: 'sources',
    title: 'Sources',
    count: rows.length,
    body: rows.length === 0 ? none() : `<div class="scroll"><table class="stack"><thead>${head}</thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`,
  };
}

function extras(label: string, items: readonly string[]): string {
  return items.length === 0 ? '' : `<p class="extra"><strong>${h(label)}:</strong> ${items.map(h).join(' · ')}</p>`;
}

function articleBlock(a: BriefArticle, ctx: HtmlContext, withText: boolean): string {
  const d = articleDate(a);
  const url = a.url === undefined ? undefined : safeUrl(a.url);
  const meta = [
    ...(outletOf(a) !== undefined ? [h(outletOf(a) ?? '')] : []),
    h(d.kind === 'unknown' ? 'date unknown' : d.label),
    h(a.language),
    `${formatNumber(a.words)} words`,
    ...(a.machineTranslated ? ['<span class="badge warn">machine-translated</span>'] : []),
    ...(a.path !== undefined ? [`<code>${h(a.path)}</code>`] : []),
    ...(url !== undefined ? [`<a href="${h(url)}" rel="noopener noreferrer nofollow">${h(url)}</a>`] : a.url !== undefined ? [h(a.url)] : []),
  ].join(' · ');
  const text = withText ? `<div class="text">${highlightText(a.text, ctx.spans.spansOf(a.id))}</div>` : '';
  return [
    `<article class="source" id="${ctx.spans.anchorOf(a.ref)}">`,
    `<h3><span class="ref">${a.ref}</span>${h(a.title)}</h3>`,
    `<p class="meta">${meta}</p>`,
    extras('Headings', a.headings), extras('Captions', a.captions), extras('Credits', a.credits),
    text,
    `<p class="back"><a href="#${ctx.prefix}top">↑ back to the brief</a></p>`,
    '</article>',
  ].join('\n');
}

/** "Articles": the cleaned texts with cited words marked. */
export function articlesSection(ctx: HtmlContext, withText: boolean): HtmlSection {
  const used = new Set(ctx.brief.articles.flatMap((a) => ctx.spans.spansOf(a.id).map((s) => s.kind)));
  const legend = SPAN_KINDS.filter((k) => used.has(k)).map((k) => `<mark class="k-${k}">${KIND_LABELS[k]}</mark>`).join('');
  const intro = withText && used.size > 0 ? `<div class="legend">Highlighted: ${legend}</div>` : '';
  return {
    id: 'articles',
    title: 'Articles',
    count: ctx.brief.articles.length,
    body: ctx.brief.articles.length === 0 ? none() : intro + ctx.brief.articles.map((a) => articleBlock(a, ctx, withText)).join('\n'),
  };
}
