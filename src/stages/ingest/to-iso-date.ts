/**
 * Metadata dates come as ISO, RFC 822 (RSS pubDate) or loose strings. We keep
 * a bare `YYYY-MM-DD` as it is (turning it into a UTC instant would invent a
 * time and, west of Greenwich, a different day).
 */

/**
 * An ISO-8601 form of a metadata date, or undefined when it does not parse.
 * @example toIsoDate('Sun, 05 Dec 2021 02:07:00 GMT') // '2021-12-05T02:07:00.000Z'
 * @example toIsoDate('2021-12-05') // '2021-12-05'
 */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).trim();
  if (s === '') return undefined;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (dateOnly) return validDay(+dateOnly[1], +dateOnly[2], +dateOnly[3]) ? s : undefined;
  // A bare number is more likely an id than an epoch; refuse rather than guess.
  if (/^\d+$/.test(s)) return undefined;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString();
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
