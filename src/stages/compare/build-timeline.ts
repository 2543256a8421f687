import type { Citation, TimelineEntry } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { DateMention, Sentence } from '../../core/types.js';

export interface DatedArticle {
  readonly articleId: ArticleId;
  readonly dates: readonly DateMention[];
  readonly sentences: readonly Sentence[];
  readonly captionDates?: readonly { readonly caption: string; readonly dates: readonly DateMention[] }[];
}

/**
 * One entry per resolved day, citing every source that mentions it, in date
 * order; then the expressions no stated or inferred date could resolve, so a
 * reader sees them rather than a silently guessed day.
 * @example buildTimeline(articles)[0] // { date: '2021-06-16', resolved: 'certain', … }
 */
export function buildTimeline(articles: readonly DatedArticle[]): TimelineEntry[] {
  const byKey = new Map<string, Acc>();
  // Membership by set: a day a thousand copies mention would otherwise scan its list a thousand times.
  const cited = new Map<Acc, Set<ArticleId>>();
  for (const a of articles) {
    for (const d of a.dates) {
      const key = d.date !== undefined ? `d|${d.date}|${d.precision ?? 'day'}` : `u|${d.text.toLowerCase()}`;
      let acc = byKey.get(key);
      if (!acc) {
        const sentence = sentenceAround(a.sentences, d);
        acc = { resolved: d.resolution, text: d.text, context: sentence?.text ?? d.text, articleIds: [], citations: [] };
        if (d.date !== undefined) acc.date = d.date;
        if (d.precision !== undefined) acc.precision = d.precision;
        byKey.set(key, acc);
      }
      // A day stated by one source outranks the same day inferred by another.
      if (d.resolution === 'certain' && acc.resolved !== 'certain') acc.resolved = 'certain';
      addArticle(cited, acc, a.articleId);
      acc.citations.push({ articleId: a.articleId, start: d.start, end: d.end });
    }
    // Caption dates only add a day no body sentence gives: they have no span to cite.
    for (const { caption, dates } of a.captionDates ?? []) {
      for (const d of dates) {
        if (d.date === undefined) continue;
        const key = `d|${d.date}|${d.precision ?? 'day'}`;
        const acc = byKey.get(key);
        if (acc) {
          addArticle(cited, acc, a.articleId);
          continue;
        }
        byKey.set(key, { date: d.date, ...(d.precision ? { precision: d.precision } : {}), resolved: d.resolution, text: d.text, context: `Photo caption: ${caption}`, articleIds: [a.articleId], citations: [] });
      }
    }
  }
  // Loops and module-level functions, not callbacks: a closure made per call
  // loses its optimised code at every full garbage collection.
  const resolved: TimelineEntry[] = [];
  const unresolved: TimelineEntry[] = [];
  for (const acc of byKey.values()) {
    const e: TimelineEntry = { ...acc };
    if (e.date !== undefined) resolved.push(e);
    else unresolved.push(e);
  }
  resolved.sort(byDateThenPrecision);
  return [...resolved, ...unresolved];
}

interface Acc {
  date?: string;
  precision?: TimelineEntry['precision'];
  resolved: TimelineEntry['resolved'];
  text: string;
  context: string;
  articleIds: ArticleId[];
  citations: Citation[];
}

function addArticle(cited: Map<Acc, Set<ArticleId>>, acc: Acc, id: ArticleId): void {
  let ids = cited.get(acc);
  if (!ids) cited.set(acc, (ids = new Set(acc.articleIds)));
  if (ids.has(id)) return;
  ids.add(id);
  acc.articleIds.push(id);
}

/** The first sentence that holds the span. */
function sentenceAround(sentences: readonly Sentence[], d: { readonly start: number; readonly end: number }): Sentence | undefined {
  for (const s of sentences) if (s.start <= d.start && d.end <= s.end) return s;
  return undefined;
}

// Same start date: the day before the month or year that contains it.
const PRECISION_RANK = { day: 0, week: 1, month: 2, year: 3 } as const;

function byDateThenPrecision(a: TimelineEntry, b: TimelineEntry): number {
  return a.date!.localeCompare(b.date!) || PRECISION_RANK[a.precision ?? 'day'] - PRECISION_RANK[b.precision ?? 'day'];
}
