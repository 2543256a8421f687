/**
 * HTML for the claims of a brief: what sources agree on, what only one
 * reports, the figures side by side and who said what.
 */
import type { BriefClaim, Citation, FigureGroup, FigureValue } from '../../core/brief.js';
import { confirmation } from './provenance-text.js';
import { escapeHtml as h } from './escape.js';
import { clip, formatFigureValue, formatNumber, orderFigureValues, outletOf, speakerGroups } from './format.js';
import { copiesNote, differCount, figureHeading, figureRows } from './figure-rows.js';
import type { FigureRow } from './figure-rows.js';
import { articleLink, citeLink, citeLinks, none } from './html-context.js';
import { seriesChart } from './html-series.js';
import type { HtmlContext, HtmlSection } from './html-context.js';

/** "Summary": the overview, each sentence followed by its citations. */
export function overviewSection(ctx: HtmlContext): HtmlSection {
  const sentences = ctx.brief.overview?.sentences ?? [];
  const body = sentences.map((s) => `${h(s.text)} ${citeLinks(s.citations, ctx)}`).join(' ');
  return { id: 'summary', title: 'Summary', count: sentences.length, body: sentences.length === 0 ? none() : `<p class="overview">${body}</p>` };
}

/** "What the sources agree on" or "Reported by only one source". */
export function summarySection(kind: 'agreed' | 'single', ctx: HtmlContext): HtmlSection {
  const items = ctx.brief.summary.filter((s) => s.kind === kind);
  const empty = kind === 'agreed' && ctx.brief.articles.length < 2 ? 'Only one source: nothing to compare.' : 'None.';
  const claimOf = new Map((ctx.brief.claims ?? []).map((c) => [citeKey(c.citations), c]));
  const list = items.map((s) => {
    const c = claimOf.get(citeKey(s.citations));
    const note = kind === 'agreed' && c !== undefined
      ? ` <span class="badge ok">${h(confirmation(c.independent, c.articles))}</span>`
      : s.citations.length > 1 ? ' <span class="badge">one source, copies</span>' : '';
    return `<li>${h(s.text)} ${citeLinks(s.citations, ctx)}${note}</li>`;
  }).join('\n');
  return {
    id: kind === 'agreed' ? 'agreed' : 'single',
    title: kind === 'agreed' ? 'What the sources agree on' : 'Reported by only one source',
    count: items.length,
    body: items.length === 0 ? none(empty) : `<ul class="claims${kind === 'single' ? ' single' : ''}">\n${list}\n</ul>${kind === 'agreed' ? claimsGrid(ctx) : ''}`,
  };
}

function citeKey(citations: readonly Citation[]): string {
  return citations.map((c) => `${c.articleId}:${c.start}`).join(',');
}

/**
 * Claims × sources: which independent source states which claim, at a
 * glance. Copies fold into their lineage's column. At most 15 claims and 12
 * sources, the most-confirmed first.
 */
function claimsGrid(ctx: HtmlContext): string {
  const claims = (ctx.brief.claims ?? []).filter((c) => c.status !== 'single-source' && c.speaker === undefined).slice(0, 15);
  if (claims.length === 0 || ctx.brief.lineages.length < 2) return '';
  const weight = new Map<string, number>();
  for (const c of claims) for (const l of c.lineages) weight.set(l, (weight.get(l) ?? 0) + 1);
  const lineages = [...ctx.brief.lineages].sort((a, b) => (weight.get(b.id) ?? 0) - (weight.get(a.id) ?? 0)).slice(0, 12);
  const head = lineages.map((l) => `<th scope="col">${l.articleIds.slice(0, 3).map((id) => articleLink(id, ctx)).join('')}${l.articleIds.length > 3 ? '…' : ''}</th>`).join('');
  const rows = claims.map((c) => {
    const against = new Set((c.contradictedBy ?? []).flatMap((x) => x.lineages));
    const cells = lineages.map((l) => {
      if (c.lineages.includes(l.id)) return '<td class="yes" title="states it">●</td>';
      if (against.has(l.id)) return '<td class="no" title="states otherwise">✕</td>';
      return '<td class="nr" title="not reported">·</td>';
    });
    return `<tr><th scope="row">${h(clip(c.text, 90))}</th>${cells.join('')}</tr>`;
  });
  return `<div class="scroll"><table class="grid" aria-label="Claims by independent source"><thead><tr><th scope="col">Claim</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div><p class="qual">● states it · ✕ states otherwise · · not reported. One column per independent source; copies and translations share their source's column.</p>`;
}

/** "Contested": claims that an independent source states otherwise, both sides cited. */
export function contestedSection(ctx: HtmlContext): HtmlSection {
  const seen = new Set<string>();
  const items: BriefClaim[] = [];
  for (const c of ctx.brief.claims ?? []) {
    if (c.status !== 'contested') continue;
    if ((c.contradictedBy ?? []).some((o) => seen.has(citeKey(o.citations)))) continue;
    seen.add(citeKey(c.citations));
    items.push(c);
  }
  const list = items.map((c) => {
    const other = (c.contradictedBy ?? []).map((o) => `<div class="variant"><span class="tag">but</span>${h(o.text)} ${citeLinks(o.citations, ctx)}</div>`).join('');
    return `<li>${h(c.text)} ${citeLinks(c.citations, ctx)}${other}</li>`;
  });
  return { id: 'contested', title: 'Contested', count: items.length, body: items.length === 0 ? none('No claim is contradicted by another source.') : `<ul class="claims contested">${list.join('\n')}</ul>` };
}

/** Bars are drawn to scale within a group; "up to"/"more than" get an open end. */
function bar(v: FigureValue, max: number): string {
  const top = v.valueMax ?? v.value;
  const width = max > 0 ? Math.max(1, Math.round((top / max) * 100)) : 0;
  const style = v.qualifier === 'up to' || v.qualifier === 'more than' || v.qualifier === 'at least' || v.qualifier === 'at most' || v.qualifier === 'fewer than' ? ' open' : v.qualifier === 'about' ? ' approx' : '';
  return `<div class="bar${style}" style="width:${width}%" title="${h(formatFigureValue(v, ''))}"></div>`;
}

function figureRow(row: FigureRow, g: FigureGroup, max: number, ctx: HtmlContext): string {
  const v = row.v;
  const a = ctx.articles.get(v.articleId);
  const number = formatFigureValue({ value: v.value, ...(v.valueMax === undefined ? {} : { valueMax: v.valueMax }) }, g.unit);
  const qual = v.qualifier !== undefined && v.qualifier !== 'exactly' ? `<span class="qual">${h(v.qualifier)}</span>` : '';
  return [
    '<tr>',
    `<td class="num" data-label="Value">${qual}<span class="value">${h(number)}</span></td>`,
    `<td class="bar-cell">${bar(v, max)}</td>`,
    `<td class="as-written" data-label="As written">“${h(v.text)}”</td>`,
    `<td data-label="Attributed to">${v.attribution === undefined ? '<span class="qual">not attributed</span>' : h(v.attribution)}</td>`,
    `<td data-label="Source">${a === undefined ? '' : h(outletOf(a) ?? '')}${citeLink(v, ctx)}${copiesNote(row, ctx.articles, (c) => citeLink(c, ctx))}</td>`,
    '</tr>',
  ].join('');
}

function figureGroup(g: FigureGroup, ctx: HtmlContext): string {
  const rows = figureRows(orderFigureValues(g, ctx.articles), ctx.brief, ctx.articles);
  const max = Math.max(0, ...g.values.map((v) => v.valueMax ?? v.value));
  const badge = g.status === 'differ'
    ? '<span class="badge warn">Sources differ</span>'
    : g.status === 'series' ? '<span class="badge">Changes over time</span>'
    : g.status === 'agree' ? '<span class="badge ok">Sources agree</span>' : '<span class="badge">One source</span>';
  const lead = g.status === 'differ'
    ? `<p class="lead">${h(differCount(g, rows, ctx.articles))}, each with who gives it. None of them is established as the fact.</p>`
    : g.status === 'series' ? '<p class="lead">The value changes with the date of the report: a series, not a dispute.</p>' : '';
  const unit = g.unit !== '' ? ` <span class="badge">${h(g.unit)}</span>` : '';
  return [
    `<div class="figure-group"><h3>${h(figureHeading(g))} ${badge}${unit}</h3>${lead}`,
    g.status === 'series' ? seriesChart(g, ctx) : '',
    '<div class="scroll"><table class="stack"><thead><tr><th class="num">Value</th><td class="bar-cell"></td><th>As written</th><th>Attributed to</th><th>Source</th></tr></thead><tbody>',
    ...rows.map((row) => figureRow(row, g, max, ctx)),
    '</tbody></table></div></div>',
  ].join('\n');
}

/** "Where the figures differ": one table of values per quantity. */
export function figuresSection(ctx: HtmlContext): HtmlSection {
  const groups = ctx.brief.figures;
  const differ = groups.filter((g) => g.disagreement).length;
  return {
    id: 'figures',
    title: 'Where the figures differ',
    count: groups.length,
    body: groups.length === 0 ? none() : [
      differ > 0 ? `<p class="lead">${formatNumber(differ)} of ${formatNumber(groups.length)} quantit${groups.length === 1 ? 'y is' : 'ies are'} reported differently by different sources.</p>` : '',
      ...groups.map((g) => figureGroup(g, ctx)),
    ].join('\n'),
  };
}

/** "Who said what": per speaker, each remark with its variants together. */
export function quotesSection(ctx: HtmlContext): HtmlSection {
  const speakers = speakerGroups(ctx.brief);
  const body = speakers.map((s) => {
    const remarks = s.remarks.filter((r) => r.length > 0).map((variants) => {
      const [first, ...rest] = variants;
      const others = rest.map((q) => {
        const other = q.speaker !== s.speaker ? ` (attributed to ${h(q.speaker)})` : '';
        return `<div class="variant"><span class="tag">also as</span>“${h(clip(q.text, ctx.excerpt * 2))}”${other}${citeLink(q, ctx)}</div>`;
      });
      return `<div class="remark"><blockquote>“${h(first.text)}”${citeLink(first, ctx)}</blockquote>${others.join('')}</div>`;
    });
    const role = s.role === undefined ? '' : ` <span class="role">— ${h(s.role)}</span>`;
    return `<div class="speaker"><h3>${h(s.speaker)}${role}</h3>\n${remarks.join('\n')}</div>`;
  });
  return {
    id: 'quotes',
    title: 'Who said what',
    count: speakers.length,
    body: speakers.length === 0 ? none('No quotations found.') : body.join('\n'),
  };
}
