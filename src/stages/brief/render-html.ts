/**
 * The brief as one self-contained HTML page: inline CSS, no scripts, fonts or
 * images, every scraped string escaped. Citations link to the exact words in
 * the article texts at the bottom of the page.
 */
import type { StoryBrief } from '../../core/brief.js';
import { escapeHtml as h } from './escape.js';
import { formatDay, formatNumber } from './format.js';
import { articlesSection, sourcesSection } from './html-articles.js';
import { entitiesSection, reuseSection, timelineSection } from './html-background.js';
import { contestedSection, figuresSection, overviewSection, quotesSection, summarySection } from './html-claims.js';
import { provenanceSection } from './html-provenance.js';
import { htmlContext } from './html-context.js';
import type { HtmlContext, HtmlSection } from './html-context.js';
import { BRIEF_CSS } from './html-style.js';

export interface HtmlOptions {
  /** When the brief was generated (passed in: renderers read no clock). */
  readonly generatedAt?: string;
  /** Include each article's full text with highlights (default true). */
  readonly articleText?: boolean;
  /** Longest excerpt shown outside the article texts (default 280). */
  readonly excerptChars?: number;
}

function dateRange(brief: StoryBrief): string {
  const r = brief.dateRange;
  if (r === undefined) return 'publication dates unknown';
  return r.from === r.to ? formatDay(r.from) : `${formatDay(r.from)} – ${formatDay(r.to)}`;
}

function facts(ctx: HtmlContext): string {
  const b = ctx.brief;
  const n = b.articles.length;
  const langs = [...new Set(b.articles.map((a) => a.language))].sort();
  const mt = b.articles.filter((a) => a.machineTranslated).length;
  const differ = b.figures.filter((g) => g.disagreement).length;
  const independent = (b.lineages ?? []).length;
  const items = [
    `<li><strong>${h(dateRange(b))}</strong></li>`,
    `<li><strong>${formatNumber(n)}</strong> article${n === 1 ? '' : 's'}</li>`,
    ...(independent > 0 && independent < n ? [`<li><strong>${formatNumber(independent)}</strong> independent source${independent === 1 ? '' : 's'}</li>`] : []),
    ...(langs.length > 0 ? [`<li>${h(langs.join(', '))}</li>`] : []),
    ...(mt > 0 ? [`<li>${mt} machine-translated</li>`] : []),
    ...(differ > 0 ? [`<li class="alert"><strong>${differ}</strong> figure${differ === 1 ? '' : 's'} in dispute</li>`] : []),
    `<li><strong>${formatNumber(b.quotes.length)}</strong> quote${b.quotes.length === 1 ? '' : 's'}</li>`,
  ];
  return `<ul class="facts">${items.join('')}</ul>`;
}

function sectionsOf(ctx: HtmlContext, withText: boolean): readonly HtmlSection[] {
  return [
    overviewSection(ctx),
    sourcesSection(ctx),
    provenanceSection(ctx),
    summarySection('agreed', ctx),
    contestedSection(ctx),
    figuresSection(ctx),
    quotesSection(ctx),
    summarySection('single', ctx),
    timelineSection(ctx),
    reuseSection(ctx),
    entitiesSection(ctx),
    articlesSection(ctx, withText),
  ];
}

/** Empty sections stay (their anchors and "none" say so) but shrink to one line. */
function isEmpty(s: HtmlSection): boolean {
  return s.count === 0;
}

function sectionHtml(s: HtmlSection, prefix: string): string {
  const count = s.count !== undefined && s.count > 0 ? ` <span class="count">${formatNumber(s.count)}</span>` : '';
  return `<section class="card${isEmpty(s) ? ' empty' : ''}" id="${prefix}${s.id}">\n<h2>${h(s.title)}${count}</h2>\n${s.body}\n</section>`;
}

/** The header, table of contents and sections of one brief. */
function briefBody(brief: StoryBrief, opts: HtmlOptions, prefix: string, heading: 'h1' | 'h2'): string {
  const ctx = htmlContext(brief, opts.excerptChars ?? 280, prefix);
  const sections = sectionsOf(ctx, opts.articleText ?? true);
  const toc = sections.map((s) => `<a href="#${prefix}${s.id}"${isEmpty(s) ? ' class="empty"' : ''}>${h(s.title)}</a>`).join('');
  const title = heading === 'h1' ? `<h1>${h(brief.title)}</h1>` : `<h1 role="heading" aria-level="2">${h(brief.title)}</h1>`;
  return [
    `<header class="top" id="${prefix}top"><div class="eyebrow">Parallax · story brief</div>${title}${facts(ctx)}</header>`,
    `<nav class="toc" aria-label="Sections">${toc}</nav>`,
    ...sections.map((s) => sectionHtml(s, prefix)),
  ].join('\n');
}

function page(title: string, body: string, footer: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    // A data: URI policy would still allow nothing external; this blocks any script outright.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${h(title)}</title>`,
    `<style>${BRIEF_CSS}</style>`,
    '</head>',
    '<body>',
    `<div class="wrap">\n${body}\n<footer>${footer}</footer>\n</div>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function footerText(ids: readonly string[], opts: HtmlOptions): string {
  const gen = opts.generatedAt === undefined ? '' : ` · generated ${h(opts.generatedAt)}`;
  return `Parallax brief · ${ids.map((id) => `<code>${h(id)}</code>`).join(', ')}${gen}`;
}

/**
 * Renders one story brief as a self-contained HTML page.
 * @example renderHtml(brief).startsWith('<!DOCTYPE html>') // true
 */
export function renderHtml(brief: StoryBrief, opts: HtmlOptions = {}): string {
  return page(brief.title, briefBody(brief, opts, '', 'h1'), footerText([brief.id], opts));
}

/**
 * Renders several briefs as one page: an index of the stories, then each
 * brief with its own ids (prefixed `s1-`, `s2-`…) so links never collide.
 * @example renderHtmlReport([a, b]).includes('id="s2-top"') // true
 */
export function renderHtmlReport(briefs: readonly StoryBrief[], opts: HtmlOptions = {}): string {
  const index = briefs.map((b, i) => {
    const n = b.articles.length;
    return `<li><a href="#s${i + 1}-top">${h(b.title)}</a> <span class="qual">${formatNumber(n)} source${n === 1 ? '' : 's'} · ${h(dateRange(b))}</span></li>`;
  });
  const head = `<header class="top" id="top"><div class="eyebrow">Parallax · report</div><h1>${formatNumber(briefs.length)} stor${briefs.length === 1 ? 'y' : 'ies'}</h1></header>`;
  const list = `<section class="card"><h2>Stories</h2>${briefs.length === 0 ? '<p class="none">No stories.</p>' : `<ol>${index.join('')}</ol>`}</section>`;
  const bodies = briefs.map((b, i) => `<div class="story">\n${briefBody(b, opts, `s${i + 1}-`, 'h2')}\n<p class="back"><a href="#top">↑ all stories</a></p>\n</div>`);
  return page(`Parallax report: ${briefs.length} stories`, [head, list, ...bodies].join('\n'), footerText(briefs.map((b) => b.id), opts));
}
