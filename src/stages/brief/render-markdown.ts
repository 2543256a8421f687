/**
 * The brief as Markdown, meant to be read raw in a terminal as much as
 * rendered. Every claim carries the refs of the articles it comes from, and
 * figures that disagree are listed side by side, never reduced to one value.
 */
import type { BriefArticle, Citation, StoryBrief } from '../../core/brief.js';
import { escapeMarkdown as md, escapeMarkdownCell as cell } from './escape.js';
import {
  articleDate, citedRefs, clip, ENTITY_GROUPS, entitiesOfType, examplePassage, formatDay, formatWhen, formatFigureValue, formatNumber,
  formatPercent, lookupArticles, orderFigureValues, orderTimeline, outletOf, reuseKind, speakerGroups,
} from './format.js';
import type { ArticleLookup } from './format.js';
import { copiesNote, differCount, figureHeading, figureRows, foldedCopies } from './figure-rows.js';
import type { FigureRow } from './figure-rows.js';
import { confirmation, describeLink, isDerivation } from './provenance-text.js';

export interface MarkdownOptions {
  /** Longest example passage / context shown, in characters (default 240). */
  readonly excerptChars?: number;
  /** When the brief was generated (passed in: renderers read no clock). */
  readonly generatedAt?: string;
}

interface Ctx {
  readonly brief: StoryBrief;
  readonly claimOf: ReadonlyMap<string, StoryBrief['claims'][number]>;
  readonly articles: ArticleLookup;
  readonly excerpt: number;
}

const NONE = '_None._';

function refs(citations: readonly Citation[], ctx: Ctx): string {
  const unknown = citations.some((c) => !ctx.articles.has(c.articleId)) ? '[?]' : '';
  return citedRefs(citations, ctx.articles).map((r) => `[${r.article.ref}]`).join('') + unknown;
}

function refOf(articleId: string, ctx: Ctx): string {
  const a = ctx.brief.articles.find((x) => x.id === articleId);
  return a === undefined ? '[?]' : `[${a.ref}]`;
}

function section(title: string, body: readonly string[]): string {
  return [`## ${title}`, '', ...(body.length > 0 ? body : [NONE])].join('\n');
}

function articlesTable(ctx: Ctx): readonly string[] {
  const rows = ctx.brief.articles.map((a) => {
    const words = formatNumber(a.words);
    return `| [${a.ref}] | ${cell(outletOf(a) ?? '—')} | ${cell(a.title)} | ${articleDate(a).label} | ${cell(a.language)} | ${words} | ${a.machineTranslated ? 'yes' : 'no'} |`;
  });
  return ['| Ref | Outlet | Title | Published | Lang | Words | Machine-translated |', '|---|---|---|---|---|---:|---|', ...rows];
}

function summaryItems(kind: 'agreed' | 'single', ctx: Ctx): readonly string[] {
  return ctx.brief.summary.filter((s) => s.kind === kind).map((s) => {
    const claim = ctx.claimOf.get(citeKey(s.citations));
    if (kind === 'agreed' && claim !== undefined) return `- ${md(s.text)} — confirmed by ${confirmation(claim.independent, claim.articles)} ${refs(s.citations, ctx)}`;
    const copies = s.citations.length > 1 ? ` (one source: ${s.citations.length} articles of one lineage)` : '';
    return `- ${md(s.text)} ${refs(s.citations, ctx)}${copies}`;
  });
}

function citeKey(citations: readonly Citation[]): string {
  return citations.map((c) => `${c.articleId}:${c.start}`).join(',');
}

function provenance(ctx: Ctx): readonly string[] {
  const lines = ctx.brief.reuse.filter(isDerivation).map((r) => {
    const text = describeLink(r, ctx.brief).parts.map((p) => (typeof p === 'string' ? p : `[${p.ref}]`)).join('');
    return `- ${text}.`;
  });
  const lineages = ctx.brief.lineages.filter((l) => l.articleIds.length > 1);
  const n = ctx.brief.lineages.length;
  const head = `${n} independent source${n === 1 ? '' : 's'} among ${ctx.brief.articles.length} articles` + (lineages.length > 0 ? `; derived from one text each: ${lineages.map((l) => l.articleIds.map((id) => refOf(id, ctx)).join('')).join(', ')}.` : '.');
  return [head, '', ...lines];
}

function contested(ctx: Ctx): readonly string[] {
  const seen = new Set<string>();
  return ctx.brief.claims.filter((c) => c.status === 'contested').flatMap((c) => {
    const key = citeKey(c.citations);
    const other = c.contradictedBy ?? [];
    if (other.some((o) => seen.has(citeKey(o.citations)))) return [];
    seen.add(key);
    const against = other.map((o) => `“${md(o.text)}” ${refs(o.citations, ctx)}`).join('; ');
    return [`- “${md(c.text)}” ${refs(c.citations, ctx)} — against: ${against}`];
  });
}

function figureLead(g: StoryBrief['figures'][number], rows: readonly FigureRow[], articles: ArticleLookup): string {
  switch (g.status) {
    case 'differ':
      return `Sources differ: ${differCount(g, rows, articles)}, none of them established as the fact.`;
    case 'series':
      return 'Reported as it changed over time: a series, not a dispute.';
    case 'agree':
      return 'Independent sources give the same value.';
    default: {
      if (rows.length > 1) return 'Given by one source only (its values are a range, an update or copies).';
      const folded = foldedCopies(rows, articles);
      return folded === '' ? 'Given by one source only.' : `Given by one source only, and repeated by ${folded}.`;
    }
  }
}

function figures(ctx: Ctx): readonly string[] {
  return ctx.brief.figures.flatMap((g) => {
    const dated = g.status === 'series';
    const when = (v: { articleId: string }): string => {
      const a = ctx.articles.get(v.articleId as never);
      return a?.published ?? a?.publishedInferred ?? '';
    };
    // A series reads in time order; other groups largest value first.
    const ordered = dated ? [...g.values].sort((x, y) => when(x).localeCompare(when(y))) : orderFigureValues(g, ctx.articles);
    const rows = figureRows(ordered, ctx.brief, ctx.articles);
    const lines = rows.map((row) => {
      const v = row.v;
      const day = dated ? ` ${articleDate(ctx.articles.get(v.articleId)!).label} |` : '';
      return `|${day} ${cell(formatFigureValue(v, g.unit))} | “${cell(v.text)}” | ${cell(v.attribution ?? 'not attributed')} | ${refOf(v.articleId, ctx)}${copiesNote(row, ctx.articles, (c) => refOf(c.articleId, ctx))} |`;
    });
    const header = dated ? ['| Published | Value | As written | Attributed to | Source |', '|---|---|---|---|---|'] : ['| Value | As written | Attributed to | Source |', '|---|---|---|---|'];
    return [`### ${md(figureHeading(g))}`, '', figureLead(g, rows, ctx.articles), '', ...header, ...lines, ''];
  });
}

/** Renderings of one remark written out in full; the others are cited on one line (a wire quote can recur in a thousand copies). */
const MAX_RENDERINGS = 8;

function speakers(ctx: Ctx): readonly string[] {
  return speakerGroups(ctx.brief).flatMap((s) => {
    const remarks = s.remarks.filter((r) => r.length > 0).flatMap((variants) => {
      const [first, ...rest] = variants;
      const more = rest.slice(MAX_RENDERINGS);
      return [
        `- “${md(first.text)}” ${refOf(first.articleId, ctx)}`,
        ...rest.slice(0, MAX_RENDERINGS).map((q) => `  - as rendered by ${refOf(q.articleId, ctx)}: “${md(q.text)}”${q.speaker !== s.speaker ? ` (attributed to ${md(q.speaker)})` : ''}`),
        ...(more.length > 0 ? [`  - and ${more.length} more renderings: ${more.map((q) => refOf(q.articleId, ctx)).join('')}`] : []),
      ];
    });
    return [`### ${md(s.speaker)}${s.role !== undefined ? ` (${md(s.role)})` : ''}`, '', ...remarks, ''];
  });
}

function timeline(ctx: Ctx): readonly string[] {
  return orderTimeline(ctx.brief.timeline).map((e) => {
    const when = e.date === undefined || e.resolved === 'unresolved' ? 'Undated (unresolved)' : e.resolved === 'inferred' ? `${formatWhen(e.date, e.precision)} (inferred)` : formatWhen(e.date, e.precision);
    const cited = e.citations.length > 0 ? refs(e.citations, ctx) : e.articleIds.map((id) => refOf(id, ctx)).join('');
    return `- **${when}** — “${md(e.text)}”: ${md(clip(e.context, ctx.excerpt))} ${cited}`;
  });
}

function reuse(ctx: Ctx): readonly string[] {
  return ctx.brief.reuse.flatMap((r) => {
    const a = refOf(r.a, ctx);
    const b = refOf(r.b, ctx);
    const kind = reuseKind(r);
    const label = kind === 'mixed' ? 'identical and paraphrased text' : kind === 'identical' ? 'identical text' : kind === 'paraphrase' ? 'paraphrased text' : 'no passages';
    const n = r.passages.length;
    const head = `- ${a} ↔ ${b}: ${label}; covers ${formatPercent(r.coverageA)} of ${a} and ${formatPercent(r.coverageB)} of ${b}; ${n} passage${n === 1 ? '' : 's'}.`;
    const ex = examplePassage(r);
    if (ex === undefined) return [head];
    const same = ex.a.text === ex.b.text;
    return [
      head,
      `  - Example (${ex.kind}, similarity ${ex.score.toFixed(2)}): “${md(clip(ex.a.text, ctx.excerpt))}” ${a}` + (same ? ` = ${b}` : ` / “${md(clip(ex.b.text, ctx.excerpt))}” ${b}`),
    ];
  });
}

function entities(ctx: Ctx): readonly string[] {
  return ENTITY_GROUPS.flatMap(({ type, label }) => {
    const list = entitiesOfType(ctx.brief.entities, type);
    if (list.length === 0) return [];
    const items = list.map((e) => {
      const aliases = e.aliases.length > 0 ? ` (also: ${e.aliases.map(md).join(', ')})` : '';
      const roles = e.roles.length > 0 ? ` — ${e.roles.map(md).join('; ')}` : '';
      const cited = [...new Set(e.articleIds.map((id) => refOf(id, ctx)))].sort().join('');
      return `- ${md(e.name)}${aliases}${roles} ${cited}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'}`;
    });
    return [`**${label}**`, '', ...items, ''];
  });
}

/** Paths and URLs as code spans, so underscores and slashes stay literal. */
function code(text: string): string {
  return text.includes('`') ? md(text) : `\`${text.replace(/\s+/g, ' ')}\``;
}

function sourceLine(a: BriefArticle): string {
  const outlet = outletOf(a);
  const parts = outlet === undefined ? [`[${a.ref}] “${md(a.title)}”`] : [`[${a.ref}] ${md(outlet)}`, `“${md(a.title)}”`];
  if (a.path !== undefined) parts.push(code(a.path));
  if (a.url !== undefined) parts.push(code(a.url));
  return `- ${parts.join(' — ')}`;
}

function trimBlank(lines: readonly string[]): readonly string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1] === '') end--;
  return lines.slice(0, end);
}

/**
 * Renders a story brief as Markdown (no raw HTML: scraped text is escaped).
 * @example renderMarkdown(brief).startsWith('# Biden and Putin') // true
 */
export function renderMarkdown(brief: StoryBrief, opts: MarkdownOptions = {}): string {
  const claimOf = new Map(brief.claims.map((c) => [citeKey(c.citations), c]));
  const ctx: Ctx = { brief, claimOf, articles: lookupArticles(brief), excerpt: opts.excerptChars ?? 240 };
  const n = brief.articles.length;
  const range = brief.dateRange === undefined ? 'dates unknown' : brief.dateRange.from === brief.dateRange.to ? formatDay(brief.dateRange.from) : `${formatDay(brief.dateRange.from)} – ${formatDay(brief.dateRange.to)}`;
  const meta = `${n} source${n === 1 ? '' : 's'} · ${range} · story \`${brief.id}\`${opts.generatedAt !== undefined ? ` · generated ${md(opts.generatedAt)}` : ''}`;
  const agreed = n < 2 && summaryItems('agreed', ctx).length === 0 ? ['_Only one source: nothing to compare._'] : summaryItems('agreed', ctx);
  const parts = [
    `# ${md(brief.title)}`,
    meta,
    section('Summary', (brief.overview?.sentences ?? []).length > 0 ? [brief.overview.sentences.map((x) => `${md(x.text)} ${refs(x.citations, ctx)}`).join(' ')] : []),
    section('Articles', articlesTable(ctx)),
    section('Who copied whom', provenance(ctx)),
    section('What the sources agree on', agreed),
    ...(contested(ctx).length > 0 ? [section('Contested', contested(ctx))] : []),
    section('Where the figures differ', trimBlank(figures(ctx))),
    section('Who said what', trimBlank(speakers(ctx))),
    section('Reported by only one source', summaryItems('single', ctx)),
    section('Timeline', timeline(ctx)),
    section('Shared text', reuse(ctx)),
    section('People, organisations, places', trimBlank(entities(ctx))),
    section('Sources', brief.articles.map(sourceLine)),
  ];
  return `${parts.join('\n\n')}\n`;
}
