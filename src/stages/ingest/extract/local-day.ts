/**
 * A UTC timestamp near midnight is another day where the paper is read. When
 * the page also writes the same moment in its own time zone, that day is the
 * one its readers saw: in a `<time>` ("2022-05-03T23:37:37-04:00" for
 * "2022-05-04T03:37:37Z", or zone-less "2023-11-08 23:30:59" for
 * "2023-11-09T05:30:59Z") or in the date line under the headline
 * ("3/5/2022 22:41" for "Wed, 04 May 2022 02:41:00 GMT").
 */
import { cleanText } from './read-title.js';
import type { MetaDoc } from './read-metadata.js';
import { nearHeadline } from './near-headline.js';

const STAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?/;
const HOUR = 3_600_000;
const QUARTER_HOUR = 900_000;

/** The same moment in a `<time>` or microdata date, in another zone. */
function inTimeElements(doc: MetaDoc, utc: string, u: RegExpExecArray): string | undefined {
  const at = Date.parse(utc);
  let n = 0;
  for (const el of doc.querySelectorAll('time[datetime], [itemprop="datePublished"][datetime], [itemprop="datePublished"][content]')) {
    if (++n > 8) break;
    const raw = (el.getAttribute('datetime') ?? el.getAttribute('content') ?? '').trim();
    const v = STAMP.exec(raw);
    if (!v || v[1] === u[1]) continue;
    const same = v[5] ? Math.abs(Date.parse(raw) - at) <= 120_000
      : v[3] === u[3] && (v[4] ?? '00') === (u[4] ?? '00') && Math.abs(Date.parse(`${v[1]}T${v[2]}:00Z`) - Date.parse(`${u[1]}T${u[2]}:00Z`)) <= 14 * HOUR;
    if (same) return v[5] ? raw : v[1];
  }
  return undefined;
}

/** A numeric date and time written for readers: "3/5/2022 22:41", "03.05.2022, 22:41 Uhr", "3-5-2022 a las 22.41". */
const TEXT_STAMP = /\b(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2}),?\s+(?:um\s+|a las\s+|à\s+|at\s+)?(\d{1,2})[:.h](\d{2})\b/g;

/**
 * The same moment in the date line under the headline. Day and month order
 * is not known, so both are tried: the reading a whole number of quarter
 * hours from the UTC moment, at most 14 hours away, is the local time.
 */
function inDateLine(doc: MetaDoc, utc: string): string | undefined {
  const at = Math.floor(Date.parse(utc) / 60_000) * 60_000;
  for (const el of nearHeadline(doc)) {
    const t = el.textContent ?? '';
    if (t.length >= 300) continue;
    for (const m of (cleanText(t) ?? '').matchAll(TEXT_STAMP)) {
      for (const [d, mo] of [[+m[1], +m[2]], [+m[2], +m[1]]]) {
        if (d < 1 || d > 31 || mo < 1 || mo > 12) continue;
        const diff = Date.UTC(+m[3], mo - 1, d, +m[4], +m[5]) - at;
        if (Math.abs(diff) <= 14 * HOUR && diff % QUARTER_HOUR === 0) return `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      }
    }
  }
  return undefined;
}

/**
 * The reader's day for a UTC timestamp, when the page writes the same moment
 * in its own zone on another day; otherwise undefined.
 * @example localDay(doc, '2022-05-04T02:41:00.000Z') // '2022-05-03' when the date line reads "3/5/2022 22:41"
 */
export function localDay(doc: MetaDoc, utc: string): string | undefined {
  const u = STAMP.exec(utc);
  if (!u) return undefined;
  const local = inTimeElements(doc, utc, u) ?? inDateLine(doc, utc);
  return local && local.slice(0, 10) !== u[1] ? local : undefined;
}
