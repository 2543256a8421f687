/**
 * Date expressions and their calendar dates, resolved against the
 * publication date (the anchor) — never against the machine clock.
 *
 * Precision: the `DateMention.date` field is always a day, so coarser
 * expressions resolve to their first day: months ("last June", "in January")
 * → the 1st; weeks ("last week", "earlier this week") → the ISO Monday of
 * that week; "this weekend" → the Saturday; years ("next year") → 1 January.
 * "in the coming week/days" → the day after the anchor (the start of the window).
 * Prepositions "on" (weekdays) and "in" (bare months) are part of the span.
 */
import type { DateMention, DatePrecision, Sentence } from '../../core/types.js';
import {
  addMonths, formatDay, mondayOf, monthStart, parseAnchor, partsOf, resolveMonth, resolveMonthDay, resolveWeekday,
  validDay, type DayNumber, type Direction,
} from './dates-calendar.js';
import { tenseAround, type Tense } from './dates-tense.js';

const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_INDEX: Readonly<Record<string, number>> = {};
FULL_MONTHS.forEach((m, i) => {
  (MONTH_INDEX as Record<string, number>)[m] = i + 1;
  (MONTH_INDEX as Record<string, number>)[m.slice(0, 3)] = i + 1;
});
(MONTH_INDEX as Record<string, number>).Sept = 9;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const M = `${FULL_MONTHS.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MDY = new RegExp(String.raw`\b(${M})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(\d{4})\b)?`, 'g');
const DMY = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${M})\b\.?(?:,?\s+(\d{4})\b)?`, 'g');
// US numeric dates ("3/13", "03/20/2020"); without a year only beside a date's preposition or in a range, so that
// fractions ("1/2 of the cake") and ratios stay out.
const NUMERIC_DATE = /(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/]|[.,]\d)/g;
// "03.06.2020": dots and a four-digit year are the European order, day first.
const DOTTED_DATE = /(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d|\d)/g;
const NUMERIC_BEFORE = /\b(?:on|by|from|through|thru|until|till|since|to|and|starting|effective|beginning|closed|open|opens|reopens)\s+$/i;
const NUMERIC_RANGE_AFTER = /^\s*(?:through|thru|to|-|–|and)\s*\d{1,2}\/\d{1,2}(?![\d/])/i;
// Days sharing a month named once: "January 7 and 9", "March 12-14", "May 20, 21 and 22" (not "January 7 and 9 people").
const MORE_DAYS = /^((?:,\s*\d{1,2}(?![\d.,:]))*)\s*(?:,\s*)?(?:and|&|or|-|–|to|through)\s*(\d{1,2})(?![\d.,:]\d|\d|\s*%|\s+(?:of|per|percent|people|men|women|children|[a-z]+s)\b|\s*(?:a\.?m\b|p\.?m\b|am\b|pm\b|h\b))/;
const RANGE_GAP = /^\s*(?:,|through|thru|to|until|till|-|–|and|or|&)\s*$/i;
const MONTH_YEAR = new RegExp(String.raw`\b(${M})\.?,?\s+(\d{4})\b`, 'g');
const BARE_MONTH = new RegExp(String.raw`\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(${FULL_MONTHS.join('|')})\b`, 'g');
const MONTH_CONTEXT = /\b(?:in|since|until|till|by|of|during|from|through|before|after|early|late|mid|end|and|or|to|for)[\s-]+$/i;
const WEEKDAY = new RegExp(String.raw`\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(${WEEKDAYS.join('|')})(?:['’]s)?(?:\s+(morning|afternoon|evening|night))?\b`, 'g');
const DAY_WORD = /\b([Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b/g;
const PERIOD = /\b(?:([Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?(?:([Tt]his|[Ll]ast|[Nn]ext|[Pp]ast)|(?:[Ii]n\s+)?(?:[Tt]he\s+)?([Cc]oming))\s+(week|weekend|month|year|days)\b/g;
const AGO = /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b/gi;
const SMALL: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** What a match means before the anchor is applied. */
type Meaning =
  | { readonly kind: 'absolute'; readonly day: DayNumber; readonly month?: true }
  | { readonly kind: 'monthDay'; readonly month: number; readonly day: number }
  | { readonly kind: 'month'; readonly month: number; readonly dir?: Direction }
  | { readonly kind: 'weekday'; readonly wd: number; readonly dir?: Direction }
  | { readonly kind: 'offset'; readonly resolve: (anchor: DayNumber) => DayNumber };

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly priority: number;
  readonly meaning: Meaning;
}

/**
 * Date expressions in `text`, resolved against `anchor.date` (YYYY-MM-DD).
 * @example extractDates('They met on Friday.', sents, { date: '2021-12-05' })
 * // [{ text: 'on Friday', date: '2021-12-03', resolution: 'certain', relative: true, … }]
 */
export function extractDates(
  text: string,
  sentences: readonly Sentence[],
  anchor: { readonly date?: string; readonly inferred?: boolean },
): DateMention[] {
  const anchorDay = parseAnchor(anchor.date);
  const resolution = anchor.inferred ? 'inferred' : 'certain';
  const chosen = pickNonOverlapping(candidates(text));
  const out: DateMention[] = [];
  let si = 0;
  for (let ci = 0; ci < chosen.length; ci++) {
    const c = chosen[ci]!;
    while (si < sentences.length && sentences[si].end <= c.start) si++;
    const s = sentences[si] && sentences[si].start <= c.start ? sentences[si] : undefined;
    const base = { start: c.start, end: c.end, text: text.slice(c.start, c.end) };
    const relative = c.meaning.kind !== 'absolute' && c.meaning.kind !== 'monthDay';
    if (c.meaning.kind === 'absolute') {
      // "January 2017" names a month, not its first day.
      out.push({ ...base, date: formatDay(c.meaning.day), resolution: 'certain', relative: false, ...(c.meaning.month ? { precision: 'month' as const } : {}) });
      continue;
    }
    if (anchorDay === undefined) {
      out.push({ ...base, resolution: 'unresolved', relative });
      continue;
    }
    const tense: Tense = s ? tenseAround(s.text, s.start, c.start, c.end) : 'none';
    // The end of a range ("3/13 through 3/16", "January 7 and 9") is the first such day on or after its start.
    // (After a day of the month only: "Wednesday, March 11" is one day named twice.) Each candidate gave one mention.
    const prev = out[out.length - 1];
    const prevKind = chosen[ci - 1]?.meaning.kind;
    const m = c.meaning;
    const rangeFrom = m.kind === 'monthDay' && prevKind === 'monthDay' && prev?.date !== undefined && RANGE_GAP.test(text.slice(prev.end, c.start)) ? parseAnchor(prev.date) : undefined;
    const day = m.kind === 'monthDay' && rangeFrom !== undefined ? resolveMonthDay(rangeFrom, m.month, m.day, 'future') : resolve(m, anchorDay, tense);
    const precision = precisionOf(c.meaning, base.text);
    out.push(
      day === undefined
        ? { ...base, resolution: 'unresolved', relative }
        : { ...base, date: formatDay(day), resolution, relative, ...(precision !== 'day' ? { precision } : {}) },
    );
  }
  return out;
}

/** Month names and week/month/year offsets name a period, not a day. */
function precisionOf(m: Meaning, text: string): DatePrecision {
  if (m.kind === 'month') return 'month';
  if (m.kind !== 'offset') return 'day';
  if (/\bweek(end)?s?\b/i.test(text)) return 'week';
  if (/\bmonths?\b/i.test(text)) return 'month';
  if (/\byears?\b/i.test(text)) return 'year';
  return 'day';
}

function byTense(t: Tense): Direction {
  return t === 'past' ? 'past' : t === 'future' ? 'future' : 'nearest';
}

function resolve(m: Meaning, anchor: DayNumber, tense: Tense): DayNumber | undefined {
  switch (m.kind) {
    case 'absolute':
      return m.day;
    case 'monthDay':
      return resolveMonthDay(anchor, m.month, m.day, byTense(tense));
    case 'month':
      return resolveMonth(anchor, m.month, m.dir ?? byTense(tense));
    case 'weekday':
      return resolveWeekday(anchor, m.wd, m.dir ?? (tense === 'future' ? 'future' : tense === 'past' ? 'past' : 'nearest'));
    case 'offset':
      return m.resolve(anchor);
  }
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, priority: number, meaning: Meaning): void => {
    out.push({ start, end, priority, meaning });
  };
  for (const m of text.matchAll(ISO)) {
    const d = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d !== undefined) add(m.index, m.index + m[0].length, 5, { kind: 'absolute', day: d });
  }
  for (const re of [MDY, DMY]) {
    for (const m of text.matchAll(re)) {
      const [monthName, dayStr] = re === MDY ? [m[1], m[2]] : [m[2], m[1]];
      const month = MONTH_INDEX[monthName];
      const day = Number(dayStr);
      if (day < 1 || day > 31) continue;
      if (m[3]) {
        const d = validDay(Number(m[3]), month, day);
        if (d !== undefined) add(m.index, m.index + m[0].length, 4, { kind: 'absolute', day: d });
      } else {
        add(m.index, m.index + m[0].length, 3, { kind: 'monthDay', month, day });
        if (re === MDY) moreDays(text, m.index + m[0].length, month, day, add);
      }
    }
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (m[3]) {
      // Month first unless the first number cannot be a month (the news we read in English is mostly American).
      const [month, day] = a > 12 && b <= 12 ? [b, a] : [a, b];
      const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      const d = validDay(year, month, day);
      if (d !== undefined) add(m.index, m.index + m[0].length, 4, { kind: 'absolute', day: d });
      continue;
    }
    if (a < 1 || a > 12 || b < 1 || b > 31) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (NUMERIC_BEFORE.test(before) || NUMERIC_RANGE_AFTER.test(after)) add(m.index, m.index + m[0].length, 3, { kind: 'monthDay', month: a, day: b });
  }
  for (const m of text.matchAll(DOTTED_DATE)) {
    const d = validDay(Number(m[3]), Number(m[2]), Number(m[1]));
    if (d !== undefined) add(m.index, m.index + m[0].length, 4, { kind: 'absolute', day: d });
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    add(m.index, m.index + m[0].length, 3, { kind: 'absolute', day: validDay(Number(m[2]), MONTH_INDEX[m[1]], 1) ?? 0, month: true });
  }
  for (const m of text.matchAll(BARE_MONTH)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (!m[1] && !MONTH_CONTEXT.test(before)) continue;
    const dir: Direction | undefined = m[1] ? ({ last: 'last', next: 'next', this: 'nearest' } as const)[m[1].toLowerCase() as 'last' | 'next' | 'this'] : undefined;
    const start = !m[1] && /\bin\s+$/i.test(before) ? m.index - (before.length - before.search(/in\s+$/i)) : m.index;
    add(start, m.index + m[0].length, 2, { kind: 'month', month: MONTH_INDEX[m[2]], dir });
  }
  for (const m of text.matchAll(WEEKDAY)) {
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const dir: Direction | undefined = m[1] ? ({ last: 'last', next: 'next', this: undefined } as const)[m[1].toLowerCase() as 'last' | 'next' | 'this'] : undefined;
    const start = !m[1] && /\bon\s+$/i.test(before) ? m.index - (before.length - before.search(/on\s+$/i)) : m.index;
    add(start, m.index + m[0].length, 2, { kind: 'weekday', wd: WEEKDAYS.indexOf(m[2]), dir });
  }
  for (const m of text.matchAll(DAY_WORD)) {
    const w = m[1].toLowerCase();
    const delta = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    add(m.index, m.index + m[0].length, 2, { kind: 'offset', resolve: (a) => a + delta });
  }
  for (const m of text.matchAll(PERIOD)) {
    const which = (m[2] ?? m[3]).toLowerCase();
    const shift = which === 'last' || which === 'past' ? -1 : which === 'next' ? 1 : 0;
    const unit = m[4];
    const coming = which === 'coming';
    const resolveFn = (a: DayNumber): DayNumber => {
      if (coming && (unit === 'week' || unit === 'days')) return a + 1;
      if (coming) return unit === 'month' ? monthStart(a, 1) : unit === 'year' ? monthStart(a, 12 - partsOf(a).month + 1) : resolveWeekday(a, 6, 'future');
      if (unit === 'week' || unit === 'days') return mondayOf(a) + 7 * shift;
      if (unit === 'weekend') return mondayOf(a) + 5 + 7 * shift;
      if (unit === 'month') return monthStart(a, shift);
      return monthStart(a, 12 * shift - (partsOf(a).month - 1));
    };
    add(m.index, m.index + m[0].length, 2, { kind: 'offset', resolve: resolveFn });
  }
  for (const m of text.matchAll(AGO)) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : SMALL[m[1].toLowerCase()];
    const unit = m[2].toLowerCase();
    const resolveFn = (a: DayNumber): DayNumber =>
      unit === 'day' ? a - n : unit === 'week' ? a - 7 * n : unit === 'month' ? addMonths(a, -n) : addMonths(a, -12 * n);
    add(m.index, m.index + m[0].length, 2, { kind: 'offset', resolve: resolveFn });
  }
  return out;
}

/** The days after "January 7" that share its month ("and 9", "-14"), each a date of its own. */
function moreDays(text: string, from: number, month: number, first: number, add: (start: number, end: number, priority: number, meaning: Meaning) => void): void {
  const m = MORE_DAYS.exec(text.slice(from, from + 40));
  if (!m) return;
  const days: [number, number][] = [];
  for (const d of m[1]!.matchAll(/\d{1,2}/g)) days.push([from + d.index, Number(d[0])]);
  days.push([from + m[0].length - m[2]!.length, Number(m[2])]);
  // Listed or ranged days ascend ("Feb. 22–10 a.m." is a day and a time).
  let last = first;
  for (const [at, day] of days) {
    if (day <= last || day > 31) return;
    add(at, at + String(day).length, 3, { kind: 'monthDay', month, day });
    last = day;
  }
}

// Most specific first, then longest; overlapping weaker matches are dropped.
function pickNonOverlapping(all: Candidate[]): Candidate[] {
  const sorted = [...all].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
