/**
 * Whitespace and invisible characters that scrapes carry: NBSP and other
 * space variants become a plain space; zero-width characters and soft
 * hyphens disappear (they split words for search and n-gram matching).
 */

const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * One line, NFC, with whitespace collapsed and trimmed.
 * @example normalizeLine(' a\u00a0b\u200bc  d ') // 'a bc d'
 */
export function normalizeLine(line: string): string {
  return line.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * The non-empty normalised lines of a body (each line is a paragraph or a
 * scraped fragment; blank lines only separate them).
 * @example bodyLines('One\r\n\r\n Two ') // ['One', 'Two']
 */
export function bodyLines(body: string): readonly string[] {
  return body.split(/\r\n|\r|\n|\u2028|\u2029/).map(normalizeLine).filter((l) => l !== '');
}

/**
 * A comparison key: titles repeated by a scraper may differ in case, quotes
 * and spacing.
 * @example sameText('Biden’s call', "biden's  call") // true
 */
export function sameText(a: string, b: string): boolean {
  const key = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  return key(a) === key(b);
}
