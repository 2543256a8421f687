/**
 * Publication dates for articles that state none, inferred from their story.
 *
 * Why: relative days ("on Tuesday", "said on Monday") can only be resolved
 * against a publication date. When an article has none, we try each day
 * around the dates its story-mates state, resolve the article's relative
 * expressions against it, and keep the day that puts them closest to it:
 * news reports "said on Monday" a day or two later, not a week later. The
 * result is always labelled inferred, never passed off as stated.
 */
import type { DateMention } from '../core/types.js';

export type ResolveDates = (anchor: { readonly date: string; readonly inferred: boolean }) => readonly DateMention[];

const DAY = 86_400_000;
const CAP_DAYS = 8;

function toDay(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY;
}

function fromDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/**
 * @param statedDates publication dates (YYYY-MM-DD…) of the story's dated articles
 * @param resolve re-runs the article's date extraction against a candidate anchor
 * @returns the inferred date, or undefined when the story states no date at all
 * @example inferPublished(['2021-12-05'], (a) => extractDates(text, sentences, a))
 */
export function inferPublished(statedDates: readonly string[], resolve: ResolveDates, text = '', windowDays = 7): string | undefined {
  const pinned = pinnedWeekday(text);
  const days = statedDates.map(toDay).filter((d) => Number.isFinite(d)).sort((a, b) => a - b);
  if (days.length === 0) return undefined;
  const median = days[Math.floor(days.length / 2)]!;
  let best: { day: number; cost: number } | undefined;
  for (let day = days[0]! - windowDays; day <= days[days.length - 1]! + windowDays; day++) {
    const relative = resolve({ date: fromDay(day), inferred: true }).filter((d) => d.relative && d.date !== undefined && isDayLevel(d.text));
    if (relative.length === 0) return fromDay(median);
    let cost = 0;
    // Capped: "last June" or "next month" sit far from any candidate day and
    // would otherwise drag the estimate; only nearby days ("on Monday") inform it.
    for (const d of relative) cost += Math.min(Math.abs(toDay(d.date!) - day), CAP_DAYS);
    cost /= relative.length;
    if (pinned !== undefined && weekdayOf(day) !== pinned) cost += CAP_DAYS;
    // Ties go to the day nearest the story's own dates.
    const tieBreak = Math.abs(day - median) / 1000;
    if (best === undefined || cost + tieBreak < best.cost) best = { day, cost: cost + tieBreak };
  }
  return best ? fromDay(best.day) : fromDay(median);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function weekdayOf(day: number): number {
  return new Date(day * DAY).getUTCDay();
}

/** Only day-precision expressions locate a day; "next month" or "last week" do not. */
function isDayLevel(expression: string): boolean {
  return !/\b(week|month|year|january|february|march|april|may|june|july|august|september|october|november|december)/i.test(expression);
}

/**
 * "yesterday, Saturday" or "today (Monday)" names the weekday of the writing
 * day outright: the weekday the publication day must have.
 */
function pinnedWeekday(text: string): number | undefined {
  const m = /\b(yesterday|today|tomorrow)\s*[,(]\s*(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(text);
  if (!m) return undefined;
  const named = WEEKDAYS.indexOf(m[2]!.toLowerCase());
  const offset = { yesterday: 1, today: 0, tomorrow: -1 }[m[1]!.toLowerCase() as 'yesterday' | 'today' | 'tomorrow'];
  return (named + offset + 7) % 7;
}
