/**
 * HTML for the claims of a brief: what sources agree on, what only one
 * reports, the figures side by side and who said what.
 */
import type { FigureGroup, FigureValue } from '../../core/brief.js';
import { escapeHtml as h } from './escape.js';
import { clip, distinctValues, formatFigureValue, formatNumber, orderFigureValues, outletOf, speakerGroups } from './format.js';
import { citeLink, citeLinks, none } from './html-context.js';
import type { HtmlContext, HtmlSection } from './html-context.js';

/** "What the sources agree on" or "Reported by only one source". */
export function summarySection(kind: 'agreed' | 'single', ctx: HtmlContext): HtmlSection {
  const items = ctx.brief.summary.filter((s) => s.kind === kind);
  const empty = kind === 'agreed' && ctx.brief.articles.length < 2 ? 'Only one source: nothing to compare.' : 'None.';
  const list = items.map((s) => `<li>${h(s.text)} ${citeLinks(s.citations, ctx)}</li>`).join('\n');
  return {
    id: kind === 'agreed' ? 'agreed' : 'single',
    title: kind === 'agreed' ? 'What the sources agree on' : 'Reported by only one source',
    count: items.length,
    body: items.length === 0 ? none(empty) : `<ul class="claims${kind === 'single' ? ' single' : ''}">\n${list}\n</ul>`,
  };
}

/** Bars are drawn to scale within a group; "up to"/"more than" get an open end. */
function bar(v: FigureValue, max: number): string {
  const top = v.valueMax ?? v.value;
  const width = max > 0 ? Math.max(1, Math.round((top / max) * 100)) : 0;
  const style = v.qualifier === 'up to' || v.qualifier === 'more than' || v.qualifier === 'at least' || v.qualifier === 'at most' || v.qualifier === 'fewer than' ? ' open' : v.qualifier === 'about' ? ' approx' : '';
  return `<div class="bar${style}" style="width:${width}%" title="${h(formatFigureValue(v, ''))}"></div>`;
}

function figureRow(v: FigureValue, g: FigureGroup, max: number, ctx: HtmlContext): string {
  const a = ctx.articles.get(v.articleId);
  const number = formatFigureValue({ value: v.value, ...(v.valueMax === undefined ? {} : { valueMax: v.valueMax }) }, g.unit);
  const qual = v.qualifier !== undefined && v.qualifier !== 'exactly' ? `<span class="qual">${h(v.qualifier)}</span>` : '';
  return [
    '<tr>',
    `<td class="num" data-label="Value">${qual}<span class="value">${h(number)}</span></td>`,
    `<td class="bar-cell">${bar(v, max)}</td>`,
    `<td class="as-written" data-label="As written">“${h(v.text)}”</td>`,
    `<td data-label="Attributed to">${v.attribution === undefined ? '<span class="qual">not attributed</span>' : h(v.attribution)}</td>`,
    `<td data-label="Source">${a === undefined ? '' : h(outletOf(a) ?? '')}${citeLink(v, ctx)}</td>`,
    '</tr>',
  ].join('');
}

function figureGroup(g: FigureGroup, ctx: HtmlContext): string {
  const max = Math.max(0, ...g.values.map((v) => v.valueMax ?? v.value));
  const badge = g.disagreement
    ? '<span class="badge warn">Sources differ</span>'
    : g.values.length > 1 ? '<span class="badge ok">Sources agree</span>' : '<span class="badge">One source</span>';
  const lead = g.disagreement
    ? `<p class="lead">${distinctValues(g)} different values in ${g.values.length} reports, each with who gives it. None of them is established as the fact.</p>`
    : '';
  const unit = g.unit !== '' ? ` <span class="badge">${h(g.unit)}</span>` : '';
  return [
    `<div class="figure-group"><h3>${h(g.quantity)} ${badge}${unit}</h3>${lead}`,
    '<div class="scroll"><table class="stack"><thead><tr><th class="num">Value</th><th class="bar-cell"></th><th>As written</th><th>Attributed to</th><th>Source</th></tr></thead><tbody>',
    ...orderFigureValues(g, ctx.articles).map((v) => figureRow(v, g, max, ctx)),
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
