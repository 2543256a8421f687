/**
 * HTML for provenance: a small graph of who copied or translated whom (one
 * row per lineage, origins first, arrows from source to copy) and the same
 * links in words. Inline SVG, no script: it prints and works offline.
 */
import type { BriefArticle, BriefReuse } from '../../core/brief.js';
import { escapeHtml as h } from './escape.js';
import { formatNumber, outletOf } from './format.js';
import { articleLink, none } from './html-context.js';
import type { HtmlContext, HtmlSection } from './html-context.js';
import { describeLink, isDerivation } from './provenance-text.js';

/** Lineages drawn: beyond this the rest are counted, not drawn (a graph of 500 nodes helps nobody). */
const MAX_ROWS = 12;
const MAX_PER_ROW = 10;
const COL = 74;
const ROW = 58;

interface Node {
  readonly article: BriefArticle;
  readonly x: number;
  readonly y: number;
}

/** "Who copied whom": the graph, then each link in words. */
export function provenanceSection(ctx: HtmlContext): HtmlSection {
  const b = ctx.brief;
  const derived = b.reuse.filter(isDerivation);
  const lines = derived.slice(0, 60).map((r) => `<li>${phrase(r, ctx)}</li>`);
  const multi = b.lineages.filter((l) => l.articleIds.length > 1).length;
  const lead = `<p class="lead">${formatNumber(b.lineages.length)} independent source${b.lineages.length === 1 ? '' : 's'} among ${formatNumber(b.articles.length)} articles${multi > 0 ? `; ${formatNumber(multi)} of them carried by more than one article` : ''}.</p>`;
  const more = derived.length > 60 ? `<p class="qual">…and ${formatNumber(derived.length - 60)} more links.</p>` : '';
  return {
    id: 'provenance',
    title: 'Who copied whom',
    count: derived.length,
    body: b.articles.length < 2 ? none('Only one article.') : [lead, graph(ctx), lines.length > 0 ? `<ul class="provenance">${lines.join('')}</ul>` : none('No article copies or translates another.'), more].join('\n'),
  };
}

function phrase(r: BriefReuse, ctx: HtmlContext): string {
  return describeLink(r, ctx.brief).parts.map((p) => (typeof p === 'string' ? h(p) : articleLink(p.id, ctx))).join('');
}

/** The graph: lineages with the most articles first, each a row ordered origin first, then by date. */
function graph(ctx: HtmlContext): string {
  const b = ctx.brief;
  const byId = new Map(b.articles.map((a) => [a.id as string, a]));
  const rows = [...b.lineages]
    .sort((x, y) => y.articleIds.length - x.articleIds.length || byId.get(x.articleIds[0]!)!.ref - byId.get(y.articleIds[0]!)!.ref)
    .slice(0, MAX_ROWS);
  const nodes = new Map<string, Node>();
  rows.forEach((l, r) => {
    const members = l.articleIds.map((id) => byId.get(id)!).sort((x, y) => Number(y.id === l.origin) - Number(x.id === l.origin) || dayOf(x).localeCompare(dayOf(y)) || x.ref - y.ref);
    members.slice(0, MAX_PER_ROW).forEach((a, c) => nodes.set(a.id, { article: a, x: 40 + c * COL, y: 30 + r * ROW }));
  });
  const width = 40 + Math.max(1, ...rows.map((l) => Math.min(MAX_PER_ROW, l.articleIds.length))) * COL;
  const height = 20 + rows.length * ROW;
  const edges = b.reuse.map((r) => edge(r, nodes)).filter((e) => e !== '');
  const circles = [...nodes.values()].map((n) => {
    const a = n.article;
    const origin = b.lineages.some((l) => l.origin === a.id);
    const label = `[${a.ref}] ${outletOf(a) ?? a.title}${a.machineTranslated ? ' (machine-translated)' : ''}`;
    return `<a href="#${ctx.spans.anchorOf(a.ref)}"><title>${h(label)}</title><circle cx="${n.x}" cy="${n.y}" r="15" class="${origin ? 'origin' : a.machineTranslated ? 'mt' : 'node'}"/><text x="${n.x}" y="${n.y + 4}" text-anchor="middle">${a.ref}</text><text x="${n.x}" y="${n.y + 29}" text-anchor="middle" class="small">${h(short(outletOf(a) ?? shortDay(a)))}</text></a>`;
  });
  const hidden = b.lineages.length - rows.length;
  const note = hidden > 0 ? `<p class="qual">${formatNumber(hidden)} more single-article sources not drawn.</p>` : '';
  return `<figure class="prov-graph"><svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="Provenance graph: one row per independent source; arrows run from an article to its copy or translation"><defs><marker id="${ctx.prefix}arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>${edges.join('')}${circles.join('')}</svg><figcaption>Rows are independent sources (lineages); filled: the origin; arrows point from source to copy, dashed where the direction is unknown, dotted for a few shared passages.</figcaption></figure>${note}`;

  function edge(r: BriefReuse, at: ReadonlyMap<string, Node>): string {
    const from = at.get(r.from ?? r.a);
    const to = at.get(r.to ?? r.b);
    if (!from || !to) return '';
    // Stop the line at the circle's edge so the arrowhead shows.
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const len = Math.max(1, Math.hypot(dx, dy));
    const x1 = from.x + (dx / len) * 16;
    const y1 = from.y + (dy / len) * 16;
    const x2 = to.x - (dx / len) * 17;
    const y2 = to.y - (dy / len) * 17;
    const cls = r.kind === 'shared' ? 'shared' : r.from === null ? 'unknown' : 'derived';
    const arrow = r.from !== null && r.kind !== 'shared' ? ` marker-end="url(#${ctx.prefix}arrow)"` : '';
    return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" class="${cls}"${arrow}><title>${h(r.kind)}</title></line>`;
  }
}

/** "6 Dec" under an article without an outlet name; nothing when the date is unknown. */
function shortDay(a: BriefArticle): string {
  const m = /^\d{4}-(\d{2})-(\d{2})/.exec(dayOf(a));
  if (m === null) return '';
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m[1]) - 1] ?? '';
  return `${Number(m[2])} ${month}`;
}

function dayOf(a: BriefArticle): string {
  return a.published ?? a.publishedInferred ?? '';
}

function short(s: string): string {
  return s.length > 12 ? `${s.slice(0, 11)}…` : s;
}
