/**
 * The story page: the brief's own section renderers (src/stages/brief) in
 * the site's frame — the cited summary, who copied whom (the provenance
 * graph), the claims × sources grid, contested claims, figures with their
 * charts, who said what, the timeline, shared text, entities and every
 * article with each cited span highlighted — preceded by the story's facts,
 * its exports and its coverage per day. Every citation links to the `<mark>`
 * of its words; the script scrolls it clear of the sticky section bar.
 */
import type { StoryBrief } from '../core/brief.js';
import type { StorySummary } from '../storage/service-types.js';
import { formatDay, formatNumber } from '../stages/brief/format.js';
import { articlesSection, sourcesSection } from '../stages/brief/html-articles.js';
import { entitiesSection, reuseSection, timelineSection } from '../stages/brief/html-background.js';
import { contestedSection, figuresSection, overviewSection, quotesSection, summarySection } from '../stages/brief/html-claims.js';
import { htmlContext, type HtmlSection } from '../stages/brief/html-context.js';
import { provenanceSection } from '../stages/brief/html-provenance.js';
import { attentionChart } from './chart.js';
import { h } from './layout.js';
import { badgesOf } from './story-briefs.js';

/** Articles per publication day (stated or inferred). */
export function articlesPerDay(brief: StoryBrief): Map<string, number> {
  const days = new Map<string, number>();
  for (const a of brief.articles) {
    const d = (a.published ?? a.publishedInferred)?.slice(0, 10);
    if (d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d)) days.set(d, (days.get(d) ?? 0) + 1);
  }
  return days;
}

function facts(b: StoryBrief): string {
  const badges = badgesOf(b);
  const langs = [...new Set(b.articles.map((a) => a.language))].sort();
  const range = b.dateRange === undefined ? 'dates unknown' : b.dateRange.from === b.dateRange.to ? formatDay(b.dateRange.from) : `${formatDay(b.dateRange.from)} – ${formatDay(b.dateRange.to)}`;
  const n = b.articles.length;
  const items = [
    `<li><strong>${formatNumber(badges.independent)}</strong> independent source${badges.independent === 1 ? '' : 's'}</li>`,
    `<li><strong>${formatNumber(n)}</strong> article${n === 1 ? '' : 's'}</li>`,
    `<li>${h(langs.join(', '))}</li>`,
    `<li>${h(range)}</li>`,
    ...(badges.disputedFigures > 0 ? [`<li class="alert"><strong>${badges.disputedFigures}</strong> disputed figure${badges.disputedFigures === 1 ? '' : 's'}</li>`] : []),
    ...(badges.contestedClaims > 0 ? [`<li class="alert"><strong>${badges.contestedClaims}</strong> contested claim${badges.contestedClaims === 1 ? '' : 's'}</li>`] : []),
  ];
  return `<ul class="facts">${items.join('')}</ul>`;
}

function section(s: HtmlSection): string {
  const count = s.count !== undefined && s.count > 0 ? ` <span class="count">${formatNumber(s.count)}</span>` : '';
  return `<section class="card${s.count === 0 ? ' empty' : ''}" id="${s.id}" aria-labelledby="${s.id}-h">\n<h2 id="${s.id}-h">${h(s.title)}${count}</h2>\n${s.body}\n</section>`;
}

/** The body of a story page. */
export function storyBody(b: StoryBrief, version: number): string {
  const ctx = htmlContext(b, 280, '');
  const coverage: HtmlSection = {
    id: 'coverage',
    title: 'Coverage over time',
    count: b.articles.length,
    body: `${attentionChart([{ name: 'articles', days: articlesPerDay(b) }], 'Articles of this story')}<p class="note"><a href="/attention?story=${h(b.id)}">Compare with a search →</a></p>`,
  };
  const sections = [
    overviewSection(ctx),
    summarySection('agreed', ctx),
    contestedSection(ctx),
    figuresSection(ctx),
    quotesSection(ctx),
    provenanceSection(ctx),
    timelineSection(ctx),
    coverage,
    sourcesSection(ctx),
    summarySection('single', ctx),
    reuseSection(ctx),
    entitiesSection(ctx),
    articlesSection(ctx, true),
  ];
  const toc = sections.map((s) => `<a href="#${s.id}"${s.count === 0 ? ' class="empty"' : ''}>${h(s.title)}</a>`).join('');
  const id = h(b.id);
  const exports = `<p class="exports">Brief: <a href="/api/v1/stories/${id}/brief.md" download="${id}.md">Markdown</a> · <a href="/api/v1/stories/${id}/brief.html" download="${id}.html">HTML</a> · <a href="/api/v1/stories/${id}" download="${id}.json">JSON</a> · Articles: <a href="/export/story/${id}.csv" download>CSV</a> · <a href="/alerts?storyId=${id}">Alert me when it changes</a></p>`;
  return `<div class="wrap story-page" data-story="${id}" data-version="${version}" data-articles="${b.articles.length}">
<header class="top" id="top"><div class="eyebrow"><a href="/">Stories</a> · story brief</div><h1>${h(b.title)}</h1>${facts(b)}${exports}
${STATUS_SLOT}</header>
<nav class="toc" aria-label="Sections">${toc}</nav>
${sections.map(section).join('\n')}
</div>`;
}

/** Where the page says that the story changed since its brief (filled by the script, or by `updatingBody`). */
const STATUS_SLOT = '<p id="story-status" class="note" aria-live="polite" hidden></p>';

/**
 * A story page shown from its previous brief while the brief of the
 * story's new version is computed: the page at once, with a note saying
 * how the story changed since (the script offers the new brief when the
 * event stream says it is ready).
 */
export function updatingBody(body: string, now: { articles: number; updatedSeq: number }, briefArticles: number): string {
  const added = now.articles - briefArticles;
  const what =
    added > 0
      ? `${formatNumber(added)} new article${added === 1 ? '' : 's'} since this brief`
      : `the story changed since this brief (${formatNumber(now.articles)} article${now.articles === 1 ? '' : 's'} now)`;
  const note = `<p id="story-status" class="note updating" role="status"><strong>Updating:</strong> ${what}. The new brief is being prepared; a link to it appears here when it is ready.</p>`;
  return body.replace(STATUS_SLOT, note).replace('class="wrap story-page"', `class="wrap story-page" data-updating="${now.updatedSeq}"`);
}

/**
 * What a large story's page shows while its brief is computed (a few
 * seconds for hundreds of articles): the story's facts from its summary,
 * and a note; the script reloads the page when the brief is ready.
 */
export function preparingBody(s: StorySummary): string {
  const range = s.firstPublished === undefined || s.lastPublished === undefined ? 'dates unknown' : s.firstPublished === s.lastPublished ? formatDay(s.firstPublished) : `${formatDay(s.firstPublished)} – ${formatDay(s.lastPublished)}`;
  const outlets = s.sources.slice(0, 12).map((x) => `<li>${h(x.name)} <span class="count">${formatNumber(x.articles)}</span></li>`).join('');
  return `<div class="wrap story-page preparing" data-story="${h(s.id)}" data-wait="1">
<header class="top" id="top"><div class="eyebrow"><a href="/">Stories</a> · story brief</div><h1>${h(s.title)}</h1>
<ul class="facts"><li><strong>${formatNumber(s.articles)}</strong> article${s.articles === 1 ? '' : 's'}</li><li><strong>${formatNumber(s.sourceCount)}</strong> source${s.sourceCount === 1 ? '' : 's'}</li><li>${h(s.languages.join(', '))}</li><li>${h(range)}</li></ul></header>
<section class="card" aria-labelledby="prep-h"><h2 id="prep-h">Preparing the brief</h2>
<p id="story-status" role="status">Comparing ${formatNumber(s.articles)} article${s.articles === 1 ? '' : 's'}: who copied whom, which claims independent sources confirm, the figures source by source. This page reloads when the brief is ready (a few seconds); or <a href="/stories/${h(s.id)}">reload</a>.</p>
${outlets === '' ? '' : `<ul class="outlet-list">${outlets}</ul>`}</section>
</div>`;
}
