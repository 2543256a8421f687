/**
 * Dates as pages write them: ISO stamps kept as written, numeric and
 * spelled-out calendar dates in visible text (in the languages of the dev
 * pages), and dates in article URLs.
 */
import { toIsoDate } from '../to-iso-date.js';

/**
 * An ISO timestamp is kept as written: converting "2022-05-03T23:00+02:00" to
 * UTC would move it to another day, and the day is what readers and the
 * benchmarks compare. Other forms go through toIsoDate; a malformed ISO time
 * ("2022-01-10T22:06:08:684Z") still gives its day.
 */
export function toDate(v: unknown): string | undefined {
  if (typeof v !== 'string') return toIsoDate(v);
  const s = v.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(s) && !Number.isNaN(Date.parse(s))) return s;
  const iso = toIsoDate(s);
  if (iso) return iso;
  const day = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=[T\s]|$)/.exec(s);
  return day ? toIsoDate(`${day[1]}-${day[2].padStart(2, '0')}-${day[3].padStart(2, '0')}`) : undefined;
}

const MONTHS: Record<string, number> = {
  jan: 1, januar: 1, january: 1, janvier: 1, jänner: 1, feb: 2, februar: 2, february: 2, février: 2, mär: 3, mar: 3, märz: 3, march: 3, mars: 3,
  apr: 4, april: 4, avril: 4, may: 5, mai: 5, jun: 6, juni: 6, june: 6, juin: 6, jul: 7, juli: 7, july: 7, juillet: 7,
  aug: 8, august: 8, août: 8, sep: 9, sept: 9, september: 9, septembre: 9, okt: 10, oct: 10, oktober: 10, october: 10, octobre: 10,
  nov: 11, november: 11, novembre: 11, dez: 12, dec: 12, dezember: 12, december: 12, décembre: 12,
  // Italian, Spanish, Portuguese and Dutch, the other languages of the dev pages.
  gennaio: 1, enero: 1, janeiro: 1, januari: 1, febbraio: 2, febrero: 2, fevereiro: 2, februari: 2, marzo: 3, março: 3, maart: 3,
  aprile: 4, abril: 4, maggio: 5, mayo: 5, maio: 5, mei: 5, giugno: 6, junio: 6, junho: 6, luglio: 7, julio: 7, julho: 7,
  agosto: 8, augustus: 8, settembre: 9, septiembre: 9, setembro: 9, ottobre: 10, octubre: 10, outubro: 10,
  noviembre: 11, dicembre: 12, diciembre: 12, dezembro: 12,
};

const day = (y: string, m: number | undefined, d: string): string | undefined =>
  m ? toIsoDate(`${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`) : undefined;

/**
 * A calendar date written in visible text: 06.08.2009, 6. August 2009, August 6, 2009, 2009-08-06.
 * With `shortYear`, also "31.10.23" — only for text already known to be a date
 * label, because elsewhere such numbers are versions or scores.
 */
export function dateInText(text: string | undefined, shortYear = false): string | undefined {
  if (!text) return undefined;
  let m = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) return day(m[1], +m[2], m[3]);
  m = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d{2})\b/.exec(text);
  if (m) return day(m[3], +m[2], m[1]);
  m = /\b(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})\b/u.exec(text);
  if (m && MONTHS[m[2].toLowerCase()]) return day(m[3], MONTHS[m[2].toLowerCase()], m[1]);
  m = /\b(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/u.exec(text);
  if (m && MONTHS[m[1].toLowerCase()]) return day(m[3], MONTHS[m[1].toLowerCase()], m[2]);
  if (shortYear) {
    m = /(?:^|[^\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/.exec(text);
    if (m) return day(`20${m[3]}`, +m[2], m[1]);
  }
  return undefined;
}

/** Dates in article URLs: /2019/11/18/, /2019-11-18-, /20191118/, /29-10-2021. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /[/_-]((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(url)
    ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(url);
  if (m) return toIsoDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);
  // Day-first, as European sites write it: /meldungen/29-10-2021.
  const d = /[/_-](\d{1,2})[-_.](\d{1,2})[-_.]((?:19|20)\d{2})(?:[/_.-]|$)/.exec(url);
  return d ? toIsoDate(`${d[3]}-${d[2].padStart(2, '0')}-${d[1].padStart(2, '0')}`) : undefined;
}

