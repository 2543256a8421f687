/**
 * Dates written in numbers in the nine non-English languages: day first with dots, slashes or dashes
 * ("11.03.2020", "03/12/2021", "16-03-2020"), month first only where day first is no date ("04/21/2020"),
 * Roman months ("17 III 2020"), day and month without a year where the language marks them ("am 5.3.",
 * "le 16/03"), and Chinese days sharing one month ("3 月 19-28 日", "19 日和 20 日"). Read into the
 * candidates of dates-intl.ts.
 */
import { validDay } from './dates-calendar.js';
import type { Candidate } from './dates-intl-resolve.js';

/** Languages whose decimal mark is the comma and that write "5.3." for 5 March. */
const DOTTED_DAY_MONTH = new Set(['de', 'pl', 'ru', 'tr']);

/** The numeric dates of `text` in `lang`, added to `out` (digits already normalised). */
export function numericDates(text: string, lang: string, out: Candidate[]): void {
  // Numeric, day first (every language here but Chinese writes day.month.year): 11.03.2020, 7.05.20, 03/12/2021.
  // With dashes only before a full year ("16-03-2020", "3-3-2020", "19-2- 2020"): "16-3-20" is as likely a score or a range.
  // A slash may be spaced before the year ("06/30 / 2020", a form field).
  const num = /(?<![\d.,/])(\d{1,2})(?:([./])(\d{1,2})\2(\d{4}|\d{2})|\s?(-)\s?(\d{1,2})\s?-\s?(\d{4})|(\/)(\d{1,2}) ?\/ ?(\d{4}))(?![\d]|[.,/-]\d)/g;
  for (const m of text.matchAll(num)) {
    const second = Number(m[3] ?? m[6] ?? m[9]);
    const yt = m[4] ?? m[7] ?? m[10];
    const y = yt.length === 2 ? 2000 + Number(yt) : Number(yt);
    const first = Number(m[1]);
    // Day first, as every language here writes it; month first (copy from American forms, "04/21/2020") only where
    // the day-first reading is no date, the second number being over 12.
    const d = lang === 'zh' ? undefined : validDay(y, second, first) ?? (m[2] === '.' || second <= 12 ? undefined : validDay(y, first, second));
    if (d !== undefined) out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'day', day: d } });
  }
  // Roman month numbers, with the year: Polish "17 III 2020 r.", "17.III.2020", Russian and Italian formal copy likewise.
  const roman = /(?<![\d.,/\p{L}])(\d{1,2})(?:\s+|\.)(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\s+|\.)(\d{4})(?!\d)/gu;
  for (const m of text.matchAll(roman)) {
    const month = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'].indexOf(m[2]) + 1;
    pushMonthDay(out, m.index, m.index + m[0].length, m[3], month, Number(m[1]));
  }
  // Day and month in numbers without a year: "am 5.3.", "16.03." where the decimal mark is the comma
  // (the closing dot is the ordinal's), and "le 16/03" after an article or preposition.
  if (DOTTED_DAY_MONTH.has(lang)) {
    for (const m of text.matchAll(/(?<![\d.,/])(\d{1,2})\.(\d{1,2})\.(?![\d]|[.,]\d)/g)) {
      pushMonthDay(out, m.index, m.index + m[0].length, undefined, Number(m[2]), Number(m[1]));
    }
    // Spaced as German typesetting has it, with the year: "17. 3. 2020".
    for (const m of text.matchAll(/(?<![\d.,/])(\d{1,2})\. (\d{1,2})\. ?(\d{4})(?!\d|[.,]\d)/g)) {
      pushMonthDay(out, m.index, m.index + m[0].length, m[3], Number(m[2]), Number(m[1]));
    }
  }
  const slashed = /(?<![\p{L}])(?:le|du|au|el|del|al|il|dal|dnia|am|vom|bis|zum|w|od|do|в|с|по|في|يوم|منذ)\s+(\d{1,2})\/(\d{1,2})(?![\d/]|[.,]\d)/giu;
  if (lang !== 'zh') {
    for (const m of text.matchAll(slashed)) {
      const at = m.index + m[0].length - m[1].length - 1 - m[2].length;
      pushMonthDay(out, at, m.index + m[0].length, undefined, Number(m[2]), Number(m[1]));
    }
  }
}

/**
 * Chinese days that share one month: "3 月 19-28 日" (the dash
 * before 日) and days joined after a full date ("19 日和 20 日", "7 日、8 日").
 */
export function cjkDayRuns(text: string, out: Candidate[]): void {
  const range = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[-–~]\s*(\d{1,2})\s*[日号]/gu;
  for (const m of text.matchAll(range)) {
    const second = m.index + m[0].lastIndexOf(m[4]);
    const firstEnd = m.index + m[0].indexOf(m[3], m[0].indexOf('月')) + m[3].length;
    pushMonthDay(out, m.index, firstEnd, m[1], Number(m[2]), Number(m[3]));
    pushMonthDay(out, second, m.index + m[0].length, m[1], Number(m[2]), Number(m[4]));
  }
  const dated = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu;
  for (const m of text.matchAll(dated)) {
    let at = m.index + m[0].length;
    for (let k = 0; k < 6; k++) {
      const next = /^\s*(?:和|、|及|与|或|,|，)\s*(\d{1,2})\s*[日号]/u.exec(text.slice(at, at + 12));
      if (!next) break;
      const s = at + next[0].indexOf(next[1]);
      pushMonthDay(out, s, at + next[0].length, m[1], Number(m[2]), Number(next[1]));
      at += next[0].length;
    }
  }
}

/** A day and month, with the year when written, as a candidate (nothing for an impossible date). */
export function pushMonthDay(out: Candidate[], start: number, end: number, year: string | undefined, month: number, day: number): void {
  if (year) {
    const d = validDay(Number(year), month, day);
    if (d !== undefined) out.push({ start, end, meaning: { kind: 'day', day: d } });
  } else if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
    out.push({ start, end, meaning: { kind: 'monthDay', month, day } });
  }
}
