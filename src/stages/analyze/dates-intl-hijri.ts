/**
 * Hijri dates in Arabic copy: "2 رمضان 1441هـ", "23 رجب 1441 هـ الموافق 17 مارس
 * 2020", "2 من شهر شوال 1441". Gulf and Egyptian papers print the Hijri date
 * beside or instead of the Gregorian one; the day it names is the same
 * calendar day, so it is read as that Gregorian day.
 *
 * Only with the year written: "صفر" is also "zero" and "رمضان" the month in
 * general ("خلال شهر رمضان"), and a Hijri day and month alone would need the
 * nearest-occurrence rules in a second calendar. The conversion uses the
 * Umm al-Qura calendar of the runtime's ICU (the official Saudi one, which
 * newspapers print), found by searching a few days around the arithmetic
 * (tabular) estimate, so no table is kept here.
 */
import type { DayNumber } from './dates-calendar.js';
import type { Candidate } from './dates-intl-resolve.js';
import { alternation } from './lang-calendar.js';

/** Hijri month names (1–12) with the spellings newspapers use (with and without hamza, "ذو" and "ذي"). */
const HIJRI_MONTHS: ReadonlyMap<string, number> = new Map([
  ...['محرم', 'المحرم'].map((w) => [w, 1] as const),
  ['صفر', 2],
  ...['ربيع الأول', 'ربيع الاول', 'ربيع أول', 'ربيع اول'].map((w) => [w, 3] as const),
  ...['ربيع الثاني', 'ربيع الآخر', 'ربيع الاخر', 'ربيع ثاني', 'ربيع الثانى'].map((w) => [w, 4] as const),
  ...['جمادى الأولى', 'جمادى الاولى', 'جمادي الأولى', 'جمادي الاولى', 'جمادى الأول', 'جمادى الاول'].map((w) => [w, 5] as const),
  ...['جمادى الآخرة', 'جمادى الاخرة', 'جمادى الثانية', 'جمادي الآخرة', 'جمادي الاخرة', 'جمادي الثانية', 'جمادى الآخر', 'جمادى الثاني'].map((w) => [w, 6] as const),
  ['رجب', 7],
  ['شعبان', 8],
  ['رمضان', 9],
  ['شوال', 10],
  ...['ذو القعدة', 'ذي القعدة', 'ذو القعده', 'ذي القعده'].map((w) => [w, 11] as const),
  ...['ذو الحجة', 'ذي الحجة', 'ذو الحجه', 'ذي الحجه'].map((w) => [w, 12] as const),
]);

const HIJRI = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})\s+(?:من\s+)?(?:شهر\s+)?(${alternation(HIJRI_MONTHS.keys())})(?![\p{L}])\s*(?:عام\s+|سنة\s+|لعام\s+)?(1[34]\d\d)(?!\d)(?:\s*(?:هـ|ه)(?![\p{L}]))?`,
  'gu',
);

let format: Intl.DateTimeFormat | undefined | null;
/** Umm al-Qura parts of a Gregorian day, or undefined where the runtime has no such calendar. */
function hijriOf(d: DayNumber): { year: number; month: number; day: number } | undefined {
  if (format === undefined) {
    try {
      const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', day: 'numeric', month: 'numeric', year: 'numeric' });
      format = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
    } catch {
      format = null;
    }
  }
  if (format === null) return undefined;
  const parts = format.formatToParts(new Date(d * 86_400_000));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/**
 * The Gregorian day of Hijri `year`-`month`-`day` (Umm al-Qura), undefined when no day matches.
 * @example formatDay(hijriToDay(1441, 9, 2)!) // '2020-04-25'
 */
export function hijriToDay(year: number, month: number, day: number): DayNumber | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  // Tabular Islamic calendar (Julian day of 1 Muharram 1 AH = 1948440): within a day or two of Umm al-Qura.
  const jd = day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439;
  const estimate = jd - 2440588; // Julian day of 1970-01-01
  for (const k of [0, -1, 1, -2, 2, -3, 3]) {
    const h = hijriOf(estimate + k);
    if (!h) return undefined;
    if (h.year === year && h.month === month && h.day === day) return estimate + k;
  }
  return undefined;
}

/** Hijri dates with their year in Arabic `text`, added to `out` as the Gregorian day. */
export function hijriDates(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(HIJRI)) {
    const month = HIJRI_MONTHS.get(m[2]);
    const d = month === undefined ? undefined : hijriToDay(Number(m[3]), month, Number(m[1]));
    if (d !== undefined) out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'day', day: d } });
  }
}
