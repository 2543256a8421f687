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
  interface Acc {
    date?: string;
    precision?: TimelineEntry['precision'];
    resolved: TimelineEntry['resolved'];
    text: string;
    context: string;
    articleIds: ArticleId[];
    citations: Citation[];
  }
  const byKey = new Map<string, Acc>();
  // Membership by set: a day a thousand copies mention would otherwise scan its list a thousand times.
  const cited = new Map<Acc, Set<ArticleId>>();
  const addArticle = (acc: Acc, id: ArticleId): void => {
    let ids = cited.get(acc);
    if (!ids) cited.set(acc, (ids = new Set(acc.articleIds)));
    if (ids.has(id)) return;
    ids.add(id);
    acc.articleIds.push(id);
  };
  for (const a of articles) {
    for (const d of a.dates) {
      const key = d.date !== undefined ? `d|${d.date}|${d.precision ?? 'day'}` : `u|${d.text.toLowerCase()}`;
      let acc = byKey.get(key);
      if (!acc) {
        const sentence = a.sentences.find((s) => s.start <= d.start && d.end <= s.end);
        acc = { resolved: d.resolution, text: d.text, context: sentence?.text ?? d.text, articleIds: [], citations: [] };
        if (d.date !== undefined) acc.date = d.date;
        if (d.precision !== undefined) acc.precision = d.precision;
        byKey.set(key, acc);
      }
      // A day stated by one source outranks the same day inferred by another.
      if (d.resolution === 'certain' && acc.resolved !== 'certain') acc.resolved = 'certain';
      addArticle(acc, a.articleId);
      acc.citations.push({ articleId: a.articleId, start: d.start, end: d.end });
    }
    // Caption dates only add a day no body sentence gives: they have no span to cite.
    for (const { caption, dates } of a.captionDates ?? []) {
      for (const d of dates) {
        if (d.date === undefined) continue;
        const key = `d|${d.date}|${d.precision ?? 'day'}`;
        const acc = byKey.get(key);
        if (acc) {
          addArticle(acc, a.articleId);
          continue;
        }
        byKey.set(key, { date: d.date, ...(d.precision ? { precision: d.precision } : {}), resolved: d.resolution, text: d.text, context: `Photo caption: ${caption}`, articleIds: [a.articleId], citations: [] });
      }
    }
  }
  const entries = [...byKey.values()].map((e): TimelineEntry => ({ ...e }));
  // Same start date: the day before the month or year that contains it.
  const rank = { day: 0, week: 1, month: 2, year: 3 } as const;
  const resolved = entries
    .filter((e) => e.date !== undefined)
    .sort((a, b) => a.date!.localeCompare(b.date!) || rank[a.precision ?? 'day'] - rank[b.precision ?? 'day']);
  const unresolved = entries.filter((e) => e.date === undefined);
  return [...resolved, ...unresolved];
}
