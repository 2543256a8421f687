/**
 * Every span a brief cites, per article, so the HTML can highlight the exact
 * words in the article text and each citation can link to them.
 */
import type { Citation, StoryBrief } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import { clip, formatFigureValue, lookupArticles } from './format.js';

/** What cites a span; the first kind in this order colours its highlight. */
export const SPAN_KINDS = ['figure', 'quote', 'date', 'summary', 'reuse'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

export interface CitedSpan {
  readonly articleId: ArticleId;
  readonly start: number;
  readonly end: number;
  /** The element id of the `<mark>` that wraps exactly these words. */
  readonly markId: string;
  readonly kind: SpanKind;
  /** Short notes on what cites it, for a tooltip. */
  readonly notes: readonly string[];
}

export interface SpanIndex {
  /** The valid cited spans of an article, by start then longest first. */
  spansOf(articleId: ArticleId): readonly CitedSpan[];
  /** The anchor of an article's text (with the index's id prefix). */
  anchorOf(ref: number): string;
  /**
   * Where a citation link should go: the mark of its words, else the
   * article, else nowhere (an article the brief does not hold).
   */
  href(c: Citation): string | undefined;
}

/**
 * The anchor of an article's text; `prefix` keeps ids apart when several
 * briefs share one page.
 * @example articleAnchor(2) // 'art-2'
 */
export function articleAnchor(ref: number, prefix = ''): string {
  return `${prefix}art-${ref}`;
}

interface Draft {
  articleId: ArticleId;
  start: number;
  end: number;
  kinds: Set<SpanKind>;
  notes: string[];
}

function collect(brief: StoryBrief): readonly { readonly c: Citation; readonly kind: SpanKind; readonly note: string }[] {
  const out: { c: Citation; kind: SpanKind; note: string }[] = [];
  for (const s of brief.summary) for (const c of s.citations) out.push({ c, kind: 'summary', note: `${s.kind === 'agreed' ? 'Agreed' : 'One source'}: ${clip(s.text, 80)}` });
  for (const x of brief.overview?.sentences ?? []) for (const c of x.citations) out.push({ c, kind: 'summary', note: `Summary: ${clip(x.text, 80)}` });
  for (const cl of brief.claims ?? []) {
    if (cl.status !== 'contested') continue;
    for (const c of cl.citations) out.push({ c, kind: 'summary', note: `Contested: ${clip(cl.text, 80)}` });
  }
  for (const g of brief.figures) for (const v of g.values) out.push({ c: v, kind: 'figure', note: `Figure: ${g.quantity}, ${formatFigureValue(v, g.unit)}` });
  for (const q of brief.quotes) out.push({ c: q, kind: 'quote', note: `Quote: ${q.speaker}` });
  for (const e of brief.timeline) for (const c of e.citations) out.push({ c, kind: 'date', note: `Date: ${e.date ?? 'unresolved'} (${e.resolved})` });
  for (const r of brief.reuse) {
    for (const p of r.passages) {
      out.push({ c: p.a, kind: 'reuse', note: `Shared text (${p.kind})` });
      out.push({ c: p.b, kind: 'reuse', note: `Shared text (${p.kind})` });
    }
  }
  return out;
}

/**
 * Indexes the spans a brief cites. Spans outside their article's text, empty
 * or reversed, are left out, and links to them fall back to the article.
 * @example indexCitedSpans(brief).href(brief.figures[0].values[0]) // '#m1-681-701'
 */
export function indexCitedSpans(brief: StoryBrief, prefix = ''): SpanIndex {
  const articles = lookupArticles(brief);
  const drafts = new Map<string, Draft>();
  const markIdOf = (c: Citation): string | undefined => {
    const a = articles.get(c.articleId);
    if (a === undefined || !Number.isInteger(c.start) || !Number.isInteger(c.end)) return undefined;
    if (c.start < 0 || c.end > a.text.length || c.start >= c.end) return undefined;
    return `${prefix}m${a.ref}-${c.start}-${c.end}`;
  };
  for (const { c, kind, note } of collect(brief)) {
    const id = markIdOf(c);
    if (id === undefined) continue;
    const d = drafts.get(id) ?? { articleId: c.articleId, start: c.start, end: c.end, kinds: new Set<SpanKind>(), notes: [] };
    d.kinds.add(kind);
    if (!d.notes.includes(note)) d.notes.push(note);
    drafts.set(id, d);
  }
  const byArticle = new Map<ArticleId, CitedSpan[]>();
  for (const [markId, d] of drafts) {
    const kind = SPAN_KINDS.find((k) => d.kinds.has(k)) ?? 'summary';
    const list = byArticle.get(d.articleId) ?? [];
    list.push({ articleId: d.articleId, start: d.start, end: d.end, markId, kind, notes: d.notes });
    byArticle.set(d.articleId, list);
  }
  for (const list of byArticle.values()) list.sort((x, y) => x.start - y.start || y.end - x.end);
  return {
    spansOf: (id) => byArticle.get(id) ?? [],
    anchorOf: (ref) => articleAnchor(ref, prefix),
    href: (c) => {
      const id = markIdOf(c);
      if (id !== undefined) return `#${id}`;
      const a = articles.get(c.articleId);
      return a === undefined ? undefined : `#${articleAnchor(a.ref, prefix)}`;
    },
  };
}
