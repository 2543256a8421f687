/**
 * Calendar arithmetic on plain day numbers (days since 1970-01-01, UTC), so
 * resolution never touches the machine clock or time zone.
 */

/** Days since 1970-01-01. */
export type DayNumber = number;

/** Which occurrence of a weekday / month / date to pick relative to the anchor. */
export type Direction = 'past' | 'future' | 'nearest' | 'last' | 'next';

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * `YYYY-MM-DD` of a day number.
 * @example formatDay(dayOf(2021, 12, 7)) // '2021-12-07'
 */
export function formatDay(d: DayNumber): string {
  return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
}

export function partsOf(d: DayNumber): { readonly year: number; readonly month: number; readonly day: number } {
  const date = new Date(d * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: DayNumber): number {
  return (((d + 4) % 7) + 7) % 7;
}

/**
 * The anchor day from `YYYY-MM-DD` or an ISO date-time; undefined when absent or malformed.
 * @example parseAnchor('2021-12-05T02:07:00Z') // dayOf(2021, 12, 5)
 */
export function parseAnchor(date: string | undefined): DayNumber | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  if (!m) return undefined;
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Day number of a real calendar date, undefined for "February 30". */
export function validDay(year: number, month: number, day: number): DayNumber | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = dayOf(year, month, day);
  const p = partsOf(d);
  return p.month === month && p.day === day ? d : undefined;
}

/**
 * The weekday `wd` relative to `anchor`. past/future include the anchor day
 * itself ("said on Sunday" in a Sunday paper is that day; AP style also names
 * today's weekday for events later today); last/next exclude it; nearest picks
 * the closer one, the past on a tie.
 */
export function resolveWeekday(anchor: DayNumber, wd: number, dir: Direction): DayNumber {
  const back = (weekdayOf(anchor) - wd + 7) % 7;
  const fwd = (wd - weekdayOf(anchor) + 7) % 7;
  switch (dir) {
    case 'past':
      return anchor - back;
    case 'future':
      return anchor + fwd;
    case 'last':
      return anchor - (back === 0 ? 7 : back);
    case 'next':
      return anchor + (fwd === 0 ? 7 : fwd);
    case 'nearest':
      return back <= fwd ? anchor - back : anchor + fwd;
  }
}

/** Month and day without a year: the occurrence around the anchor that fits `dir`. */
export function resolveMonthDay(anchor: DayNumber, month: number, day: number, dir: Direction): DayNumber | undefined {
  const { year } = partsOf(anchor);
  const options = [year - 1, year, year + 1]
    .map((y) => validDay(y, month, day))
    .filter((d): d is DayNumber => d !== undefined);
  if (options.length === 0) return undefined;
  const past = options.filter((d) => (dir === 'last' ? d < anchor : d <= anchor));
  const future = options.filter((d) => (dir === 'next' ? d > anchor : d >= anchor));
  if ((dir === 'past' || dir === 'last') && past.length > 0) return past[past.length - 1];
  if ((dir === 'future' || dir === 'next') && future.length > 0) return future[0];
  return options.reduce((best, d) => (Math.abs(d - anchor) < Math.abs(best - anchor) ? d : best));
}

/**
 * A month name without a year, as the first day of that month. "last June"
 * is the most recent June before the anchor's month; past includes the
 * anchor's own month; next/future likewise forwards.
 */
export function resolveMonth(anchor: DayNumber, month: number, dir: Direction): DayNumber {
  const { year, month: am } = partsOf(anchor);
  const here = year * 12 + (am - 1);
  const sameYear = year * 12 + (month - 1);
  const before = sameYear < here || (sameYear === here && dir === 'past') ? sameYear : sameYear - 12;
  const after = sameYear > here || (sameYear === here && dir === 'future') ? sameYear : sameYear + 12;
  let idx: number;
  if (dir === 'past' || dir === 'last') idx = before;
  else if (dir === 'future' || dir === 'next') idx = after;
  else if (sameYear === here) idx = here;
  else idx = here - before <= after - here ? before : after;
  return dayOf(Math.floor(idx / 12), (idx % 12) + 1, 1);
}

/** Monday of the ISO week containing `d`. */
export function mondayOf(d: DayNumber): DayNumber {
  return d - ((weekdayOf(d) + 6) % 7);
}

/** First day of the month `offset` months from the anchor's month. */
export function monthStart(anchor: DayNumber, offset: number): DayNumber {
  const { year, month } = partsOf(anchor);
  const idx = year * 12 + (month - 1) + offset;
  return dayOf(Math.floor(idx / 12), (idx % 12) + 1, 1);
}

/** The same day `months` months earlier/later, clamped to the month's end. */
export function addMonths(anchor: DayNumber, months: number): DayNumber {
  const { day } = partsOf(anchor);
  const first = monthStart(anchor, months);
  const { year, month } = partsOf(first);
  const last = partsOf(monthStart(first, 1) - 1).day;
  return dayOf(year, month, Math.min(day, last));
}
