/**
 * English dates inside text of another language: pages mix languages (an
 * Arabic report quoting an English statement's "June 21, 2020", a German
 * page's English caption), and machine-translated copy keeps the source's
 * dates. Only full dates with their year are read ("June 21, 2020",
 * "21 June 2020", "Sept. 3, 2021"): a month and day alone ("May 3") would
 * need the tense and year rules of English. English month names mean the
 * same month in every language where they also occur ("April", "August").
 */
import { validDay } from './dates-calendar.js';
import type { Candidate } from './dates-intl-resolve.js';
import { alternation, L } from './lang-calendar.js';

const NAMES: readonly (readonly string[])[] = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
];
/** English month names and abbreviations, lower case → month number (also the translation anchors': provenance/anchors.ts). */
export const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map(NAMES.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const)));
const MONTH = ENGLISH_MONTHS;
// Longest first, so "sept" is not read as "sep" + "t".
const ALT = alternation(MONTH.keys());
// "June 21, 2020", "Sept. 3 2021", "June 21st, 2020".
const MONTH_DAY_YEAR = new RegExp(String.raw`(?<![${L}\d])(${ALT})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, 'giu');
// "21 June 2020", "21st of June, 2020".
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<![${L}\d])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${ALT})(?![${L}])\.?,?\s+(\d{4})(?!\d)`, 'giu');

/** Adds the English full dates of `text` (digits already normalised) to `out`. */
export function englishFullDates(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(MONTH_DAY_YEAR)) push(out, m.index, m.index + m[0].length, m[1], m[2], m[3]);
  for (const m of text.matchAll(DAY_MONTH_YEAR)) push(out, m.index, m.index + m[0].length, m[2], m[1], m[3]);
}

function push(out: Candidate[], start: number, end: number, monthName: string, day: string, year: string): void {
  // A month name must be written with its capital, as English writes it: "may" in running text is the verb.
  if (monthName[0] === monthName[0].toLowerCase()) return;
  const month = MONTH.get(monthName.toLowerCase());
  const d = month === undefined ? undefined : validDay(Number(year), month, Number(day));
  if (d !== undefined) out.push({ start, end, meaning: { kind: 'day', day: d } });
}
