/**
 * Scraped pages often keep the publication date as a line of its own
 * ("/ 02:07 AM December 05, 2021", "Published: 5 Dec 2021"). Such a line is
 * metadata: it leaves the text and, when metadata has no date, dates the
 * article. Only a line that is nothing but a date (plus "Published", times,
 * separators) qualifies, so a sentence mentioning a date is never taken.
 */

const MONTHS: Readonly<Record<string, number>> = Object.freeze({
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'i');
const YMD = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/;

/** Words that may sit next to a date on a date line without making it prose. */
const FILLER = /\b(published|updated|posted|last updated|modified|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|et|est|edt|pht|cet|cest|bst|ist|msk|local time|time|date|(mon|tues|wednes|thurs|fri|satur|sun)day|(mon|tue|wed|thu|fri|sat|sun))\b/gi;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?/gi;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function day(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function monthOf(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;
}

/**
 * The `YYYY-MM-DD` a date-only line states, or undefined when the line is
 * anything more than a date.
 * @example parseDateLine('/ 02:07 AM December 05, 2021') // '2021-12-05'
 * @example parseDateLine('The summit was held on June 16, 2021.') // undefined
 */
export function parseDateLine(line: string, maxChars = 80): string | undefined {
  if (line.length > maxChars) return undefined;
  let m: RegExpExecArray | null;
  let date: string | undefined;
  let rest: string;
  if ((m = MDY.exec(line))) date = day(+m[3], monthOf(m[1]), +m[2]);
  else if ((m = DMY.exec(line))) date = day(+m[3], monthOf(m[2]), +m[1]);
  else if ((m = YMD.exec(line))) date = day(+m[1], +m[2], +m[3]);
  if (!m || date === undefined) return undefined;
  rest = line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length);
  rest = rest.replace(TIME, ' ').replace(FILLER, ' ');
  // Whatever is left must be separators only: "/", "|", "-", ",", ":".
  return /^[\s/|,.:\-–—()]*$/.test(rest) ? date : undefined;
}
