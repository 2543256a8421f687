/**
 * Exports of the lists: CSV (RFC 4180: every field quoted, quotes doubled,
 * CRLF rows) and JSON. A cell an article wrote that starts with = + - @ or a
 * tab gets a leading apostrophe, so a spreadsheet shows it as text rather
 * than running it as a formula.
 */

export type Cell = string | number | boolean | undefined | null;

/** @example csvCell('=1+1') // `"'=1+1"` */
export function csvCell(v: Cell): string {
  if (v === undefined || v === null) return '""';
  const s = typeof v === 'string' ? v : String(v);
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A CSV document: the header row, then one row per record. */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [columns.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n') + '\r\n';
}

/** Content type and download name for an export. */
export function exportHeaders(name: string, format: 'json' | 'csv'): Record<string, string> {
  return {
    'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}.${format}"`,
  };
}
