/**
 * The chart of a figure that changes over time: value against publication
 * day. An article and its copy never count as two confirmations, so they are
 * not drawn as two points either: the values of one lineage that say the
 * same are one point, citing the origin and naming its copies.
 */
import type { BriefLineage, FigureGroup, FigureValue } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import { escapeHtml as h } from './escape.js';
import { formatNumber } from './format.js';
import { figureHeading } from './figure-rows.js';
import type { HtmlContext } from './html-context.js';

/** One drawn point: the value cited, its day, and the copies folded into it. */
export interface SeriesPoint {
  readonly v: FigureValue;
  readonly t: number;
  readonly day: string;
  readonly copies: readonly FigureValue[];
}

/**
 * The points of `g`, by day: values of articles with a publication day,
 * those of one lineage giving the same value folded into one, kept at the
 * origin's value when the origin gives it (else the earliest report).
 * @example seriesPoints(g, ctx).map((p) => p.copies.length) // [1, 0, 0]
 */
export function seriesPoints(g: FigureGroup, ctx: HtmlContext): SeriesPoint[] {
  const lineageOf = new Map<ArticleId, BriefLineage>();
  for (const l of ctx.brief.lineages) for (const id of l.articleIds) lineageOf.set(id, l);
  const dated = g.values
    .map((v) => {
      const a = ctx.articles.get(v.articleId);
      const day = a?.published ?? a?.publishedInferred;
      return day === undefined ? undefined : { v, t: Date.parse(day.slice(0, 10)), day: day.slice(0, 10), ref: a?.ref ?? 0 };
    })
    .filter((p): p is { v: FigureValue; t: number; day: string; ref: number } => p !== undefined && !Number.isNaN(p.t));
  const folds = new Map<string, (typeof dated)[number][]>();
  for (const p of dated) {
    // An article in no lineage is its own; a copy giving another value is another report.
    const key = `${lineageOf.get(p.v.articleId)?.id ?? `a:${p.v.articleId}`}\u0000${p.v.value}\u0000${p.v.valueMax ?? ''}`;
    const fold = folds.get(key);
    if (fold === undefined) folds.set(key, [p]);
    else fold.push(p);
  }
  const points: SeriesPoint[] = [];
  for (const fold of folds.values()) {
    const origin = lineageOf.get(fold[0]!.v.articleId)?.origin;
    const lead = fold.find((p) => p.v.articleId === origin) ?? [...fold].sort((a, b) => a.t - b.t || a.ref - b.ref)[0]!;
    points.push({ v: lead.v, t: lead.t, day: lead.day, copies: fold.filter((p) => p !== lead).sort((a, b) => a.ref - b.ref).map((p) => p.v) });
  }
  return points.sort((a, b) => a.t - b.t);
}

/** "2026-03-02: at least 60 people [1], also in its copy [2]". */
function pointTitle(p: SeriesPoint, ctx: HtmlContext): string {
  const ref = (id: ArticleId): string => `[${ctx.articles.get(id)?.ref ?? '?'}]`;
  const copies = p.copies.length === 0 ? '' : `, also in its cop${p.copies.length === 1 ? 'y' : 'ies'} ${p.copies.map((c) => ref(c.articleId)).join('')}`;
  return `${p.day}: ${p.v.text} ${ref(p.v.articleId)}${copies}`;
}

/** Value against publication day, each point a link to its cited words; '' under two points. */
export function seriesChart(g: FigureGroup, ctx: HtmlContext): string {
  const points = seriesPoints(g, ctx);
  if (points.length < 2) return '';
  const W = 560;
  const H = 180;
  const pad = 44;
  const t0 = points[0]!.t;
  const t1 = points[points.length - 1]!.t;
  const vmax = Math.max(...points.map((p) => p.v.value)) * 1.1 || 1;
  const x = (t: number): number => pad + (t1 === t0 ? 0.5 : (t - t0) / (t1 - t0)) * (W - 2 * pad);
  const y = (v: number): number => H - pad + 10 - (v / vmax) * (H - pad - 10);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.t).toFixed(1)},${y(p.v.value).toFixed(1)}`).join(' ');
  const dots = points.map((p) => {
    const href = ctx.spans.href(p.v) ?? '#';
    return `<a href="${href}"><title>${h(pointTitle(p, ctx))}</title><circle cx="${x(p.t).toFixed(1)}" cy="${y(p.v.value).toFixed(1)}" r="5" class="pt"/></a>`;
  });
  const labels = [points[0]!, points[points.length - 1]!].map((p, i) => `<text x="${x(p.t).toFixed(1)}" y="${H - 8}" text-anchor="${i === 0 ? 'start' : 'end'}" class="small">${h(p.day)}</text>`);
  const axis = `<line x1="${pad}" y1="${H - pad + 10}" x2="${W - pad}" y2="${H - pad + 10}" class="axis"/><text x="4" y="${y(vmax / 1.1).toFixed(1)}" class="small">${h(formatNumber(Math.round(vmax / 1.1)))}</text>`;
  return `<figure class="series"><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${h(`${figureHeading(g)}: value by publication date`)}">${axis}<path d="${path}" class="line"/>${dots.join('')}${labels.join('')}</svg></figure>`;
}
