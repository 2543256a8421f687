/**
 * Formatting and ordering shared by the Markdown and HTML renderers, so both
 * say the same thing in the same order.
 */
import type { BriefArticle, BriefEntity, BriefQuote, BriefReuse, Citation, FigureGroup, FigureValue, SpeakerQuotes, StoryBrief, TimelineEntry } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Articles by id, for turning citations into refs. */
export type ArticleLookup = ReadonlyMap<ArticleId, BriefArticle>;

/** @example lookupArticles(brief).get(id)?.ref // 2 */
export function lookupArticles(brief: StoryBrief): ArticleLookup {
  return new Map(brief.articles.map((a) => [a.id, a]));
}

/** @example formatNumber(175000) // '175,000' */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/**
 * A figure value as a reader would say it, qualifier included, so "up to
 * 175,000" is never shortened to a bare "175,000".
 * @example formatFigureValue({ value: 175000, qualifier: 'up to', … }, 'troop') // 'up to 175,000'
 */
export function formatFigureValue(v: Pick<FigureValue, 'value' | 'valueMax' | 'qualifier'>, unit: string): string {
  const range = v.valueMax !== undefined && v.valueMax !== v.value ? `${formatNumber(v.value)}–${formatNumber(v.valueMax)}` : formatNumber(v.value);
  const withUnit = unit === 'percent' ? `${range}%` : unit === 'usd' ? `$${range}` : range;
  return v.qualifier === undefined || v.qualifier === 'exactly' ? withUnit : `${v.qualifier} ${withUnit}`;
}

/**
 * A group's values largest first (then by source), so equal reports sit
 * together and the spread reads at a glance.
 */
export function orderFigureValues(g: FigureGroup, articles: ArticleLookup): readonly FigureValue[] {
  const ref = (v: FigureValue): number => articles.get(v.articleId)?.ref ?? Number.MAX_SAFE_INTEGER;
  return [...g.values].sort((a, b) => (b.valueMax ?? b.value) - (a.valueMax ?? a.value) || b.value - a.value || ref(a) - ref(b));
}

/**
 * How many different values a group holds: "up to 175,000" and "175,000"
 * count as two, since the qualifier changes the claim.
 * @example distinctValues({ values: [{ value: 1 }, { value: 1 }, { value: 2 }], … }) // 2
 */
export function distinctValues(g: FigureGroup): number {
  return new Set(g.values.map((v) => `${v.qualifier ?? ''}|${v.value}|${v.valueMax ?? ''}`)).size;
}

/**
 * A timeline date at its precision: "Tue 7 Dec 2021", "week of Mon 29 Nov 2021",
 * "Jan 2022", "2022" — a month-level "in January" is not shown as the 1st.
 * @example formatWhen('2022-01-01', 'month') // 'Jan 2022'
 */
export function formatWhen(iso: string, precision: TimelineEntry['precision']): string {
  const m = /^(\d{4})-(\d{2})/.exec(iso);
  if (m === null || precision === undefined || precision === 'day') return formatDay(iso);
  if (precision === 'year') return m[1]!;
  if (precision === 'month') return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  return `week of ${formatDay(iso)}`;
}

/**
 * A `YYYY-MM-DD` (or ISO date-time) as "Tue 7 Dec 2021"; anything else as given.
 * @example formatDay('2021-12-07') // 'Tue 7 Dec 2021'
 */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (m === null) return iso;
  const [, y, mo, d, time] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return time === undefined ? day : `${day} ${time}`;
}

/** How an article's publication date is known. */
export interface ArticleDate {
  readonly label: string;
  readonly kind: 'stated' | 'inferred' | 'unknown';
}

/** @example articleDate({ publishedInferred: '2021-12-06', … }).label // 'inferred: Mon 6 Dec 2021' */
export function articleDate(a: BriefArticle): ArticleDate {
  if (a.published !== undefined && a.publishedFrom === 'crawl') return { label: `crawled: ${formatDay(a.published)}`, kind: 'inferred' };
  if (a.published !== undefined) return { label: formatDay(a.published), kind: 'stated' };
  if (a.publishedInferred !== undefined) return { label: `inferred: ${formatDay(a.publishedInferred)}`, kind: 'inferred' };
  return { label: 'unknown', kind: 'unknown' };
}

/** @example formatPercent(0.213) // '21%' */
export function formatPercent(share: number): string {
  const pct = share * 100;
  return pct > 0 && pct < 1 ? '<1%' : `${Math.round(pct)}%`;
}

/**
 * Outlet name, else the URL's host; undefined when neither is known.
 * @example outletOf({ url: 'https://www.reuters.com/x', … }) // 'reuters.com'
 */
export function outletOf(a: BriefArticle): string | undefined {
  if (a.source !== undefined && a.source.trim() !== '') return a.source;
  const host = a.url === undefined ? undefined : /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(a.url)?.[1];
  return host?.replace(/^www\./i, '');
}

/**
 * A short name for an article: its outlet, else its (clipped) title, so a
 * source is never shown blank or as "unknown".
 * @example articleLabel({ title: 'Biden and Putin to hold video call…', … }, 20) // 'Biden and Putin to…'
 */
export function articleLabel(a: BriefArticle, max = 48): string {
  return outletOf(a) ?? clip(a.title, max);
}

/** One cited article: its ref and the first span cited in it. */
export interface CitedRef {
  readonly article: BriefArticle;
  readonly citation: Citation;
}

/**
 * The distinct articles a list of citations points to, in ref order; a
 * citation to an article the brief does not hold is dropped, not invented.
 * @example citedRefs([c3, c1, c3b], lookup).map((r) => r.article.ref) // [1, 3]
 */
export function citedRefs(citations: readonly Citation[], articles: ArticleLookup): readonly CitedRef[] {
  const first = new Map<ArticleId, CitedRef>();
  for (const c of citations) {
    const article = articles.get(c.articleId);
    if (article !== undefined && !first.has(c.articleId)) first.set(c.articleId, { article, citation: c });
  }
  return [...first.values()].sort((x, y) => x.article.ref - y.article.ref);
}

/**
 * Dated entries in date order, then the undated ones as given: an unresolved
 * expression has no place on the axis and must not borrow one.
 */
export function orderTimeline(entries: readonly TimelineEntry[]): readonly TimelineEntry[] {
  const dated = entries.filter((e) => e.date !== undefined && e.resolved !== 'unresolved');
  const undated = entries.filter((e) => !dated.includes(e));
  dated.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.text.localeCompare(b.text));
  return [...dated, ...undated];
}

export const ENTITY_GROUPS = [
  { type: 'person', label: 'People' },
  { type: 'organization', label: 'Organisations' },
  { type: 'place', label: 'Places' },
] as const;

/** Entities of one type, most widely reported first. */
export function entitiesOfType(entities: readonly BriefEntity[], type: BriefEntity['type']): readonly BriefEntity[] {
  return entities
    .filter((e) => e.type === type)
    .sort((a, b) => b.articleIds.length - a.articleIds.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** Whether a pair shares words verbatim, reworded text, or both. */
export function reuseKind(r: BriefReuse): 'identical' | 'paraphrase' | 'mixed' | 'none' {
  const kinds = new Set(r.passages.map((p) => p.kind));
  if (kinds.size === 0) return 'none';
  return kinds.size > 1 ? 'mixed' : kinds.has('identical') ? 'identical' : 'paraphrase';
}

/** The passage shown as an example: the most similar, then the longest. */
export function examplePassage(r: BriefReuse): BriefReuse['passages'][number] | undefined {
  return [...r.passages].sort((x, y) => y.score - x.score || y.a.text.length - x.a.text.length)[0];
}

/**
 * The speakers to show: the brief's own grouping, or — when `compare` left it
 * empty but has quotes — one group per speaker with variants joined.
 */
export function speakerGroups(brief: StoryBrief): readonly SpeakerQuotes[] {
  if (brief.speakers.length > 0 || brief.quotes.length === 0) return brief.speakers;
  const bySpeaker = new Map<string, BriefQuote[]>();
  for (const q of brief.quotes) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), q]);
  return [...bySpeaker.entries()].map(([speaker, qs]) => {
    const remarks: BriefQuote[][] = [];
    for (const q of qs) {
      const home = remarks.find((r) => r.some((o) => o.variants.includes(q.id) || q.variants.includes(o.id)));
      if (home === undefined) remarks.push([q]);
      else home.push(q);
    }
    const role = qs.find((q) => q.role !== undefined)?.role;
    return role === undefined ? { speaker, remarks } : { speaker, role, remarks };
  });
}

/** Shortens long text at a word boundary, for examples and table cells. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
