/**
 * HTML for the background of a brief: the timeline, the text the articles
 * share, and the people, organisations and places they name.
 */
import type { BriefReuse, TimelineEntry } from '../../core/brief.js';
import { escapeHtml as h } from './escape.js';
import { clip, ENTITY_GROUPS, entitiesOfType, examplePassage, formatDay, formatWhen, formatPercent, orderTimeline, articleLabel, reuseKind } from './format.js';
import { articleLink, citeLink, citeLinks, none } from './html-context.js';
import type { HtmlContext, HtmlSection } from './html-context.js';

function timelineItem(e: TimelineEntry, ctx: HtmlContext): string {
  const dated = e.date !== undefined && e.resolved !== 'unresolved';
  const cls = dated ? (e.resolved === 'inferred' ? 'inferred' : 'certain') : 'unresolved';
  const when = dated ? `<time datetime="${h(e.date ?? '')}">${h(formatWhen(e.date ?? '', e.precision))}</time>` : 'Undated';
  const badge = cls === 'inferred'
    ? ' <span class="badge warn" title="Resolved against a publication date inferred from the story">inferred</span>'
    : cls === 'unresolved' ? ' <span class="badge" title="No publication date to resolve it against">unresolved</span>' : '';
  const links = e.citations.length > 0 ? citeLinks(e.citations, ctx) : e.articleIds.map((id) => articleLink(id, ctx)).join('');
  return `<li class="${cls}"><span class="when">${when}</span>${badge} — <span class="expr">“${h(e.text)}”</span>${links}<span class="ctx">${h(clip(e.context, ctx.excerpt))}</span></li>`;
}

/** "Timeline": dated entries in order, undated ones last and marked. */
export function timelineSection(ctx: HtmlContext): HtmlSection {
  const entries = orderTimeline(ctx.brief.timeline);
  return {
    id: 'timeline',
    title: 'Timeline',
    count: entries.length,
    body: entries.length === 0 ? none() : `<ol class="timeline">\n${entries.map((e) => timelineItem(e, ctx)).join('\n')}\n</ol>`,
  };
}

function meter(share: number, label: string): string {
  const pct = Math.max(0, Math.min(100, Math.round(share * 100)));
  return `<span class="meter" title="${h(`${formatPercent(share)} of ${label}`)}"><span class="track"><span class="fill" style="width:${pct}%"></span></span>${h(formatPercent(share))} of ${h(label)}</span>`;
}

function pair(r: BriefReuse, ctx: HtmlContext): string {
  const a = ctx.articles.get(r.a);
  const b = ctx.articles.get(r.b);
  const name = (x: typeof a, id: string): string => (x === undefined ? h(id) : `${h(articleLabel(x, 40))}${articleLink(x.id, ctx)}`);
  const kind = reuseKind(r);
  const badge = kind === 'identical' ? '<span class="badge warn">identical text</span>'
    : kind === 'paraphrase' ? '<span class="badge">paraphrase</span>'
    : kind === 'mixed' ? '<span class="badge warn">identical + paraphrase</span>' : '';
  const n = r.passages.length;
  const ex = examplePassage(r);
  const example = ex === undefined ? '' : [
    '<div class="example">',
    `<blockquote>“${h(clip(ex.a.text, ctx.excerpt))}”${citeLink(ex.a, ctx)}</blockquote>`,
    `<blockquote>“${h(clip(ex.b.text, ctx.excerpt))}”${citeLink(ex.b, ctx)}</blockquote>`,
    '</div>',
  ].join('');
  return [
    '<div class="pair"><div class="pair-head">',
    `<strong class="names">${name(a, r.a)} ↔ ${name(b, r.b)}</strong>${badge}`,
    meter(r.coverageA, a === undefined ? 'first' : `[${a.ref}]`),
    meter(r.coverageB, b === undefined ? 'second' : `[${b.ref}]`),
    `<span class="meter">${n} passage${n === 1 ? '' : 's'}${ex === undefined ? '' : ` · example similarity ${ex.score.toFixed(2)}`}</span>`,
    `</div>${example}</div>`,
  ].join('\n');
}

/** "Shared text": which articles share passages, how much, and an example. */
export function reuseSection(ctx: HtmlContext): HtmlSection {
  const pairs = ctx.brief.reuse;
  return { id: 'reuse', title: 'Shared text', count: pairs.length, body: pairs.length === 0 ? none() : pairs.map((r) => pair(r, ctx)).join('\n') };
}

/** "People, organisations, places": names with aliases, roles and sources. */
export function entitiesSection(ctx: HtmlContext): HtmlSection {
  const columns = ENTITY_GROUPS.map(({ type, label }) => {
    const list = entitiesOfType(ctx.brief.entities, type);
    if (list.length === 0) return '';
    const items = list.map((e) => {
      const aka = e.aliases.length > 0 ? ` <span class="aka">also ${h(e.aliases.join(', '))}</span>` : '';
      const roles = e.roles.length > 0 ? ` <span class="roles">· ${h(e.roles.join('; '))}</span>` : '';
      const ids = [...new Set(e.articleIds)].sort((x, y) => (ctx.articles.get(x)?.ref ?? 0) - (ctx.articles.get(y)?.ref ?? 0));
      const mentions = `<span class="aka" title="mentions"> · ${e.mentions}×</span>`;
      return `<li><strong>${h(e.name)}</strong>${aka}<br><span class="refs">${ids.map((id) => articleLink(id, ctx)).join('')}${mentions}</span>${roles}</li>`;
    });
    return `<div><h3>${h(label)}</h3><ul>${items.join('')}</ul></div>`;
  }).filter((c) => c !== '');
  return {
    id: 'entities',
    title: 'People, organisations, places',
    count: ctx.brief.entities.length,
    body: columns.length === 0 ? none() : `<div class="entities">${columns.join('\n')}</div>`,
  };
}
