/**
 * Line normalisation for the clean stage. Broken text (mojibake, entities,
 * invisible characters, NBSP, non-NFC) is repaired first by `repairText`;
 * then whitespace is collapsed. Cleaned text is built from these lines, so
 * offsets into it never need mapping back through the repair.
 */
import { repairText } from './repair-text.js';

/**
 * One line, repaired, with whitespace collapsed and trimmed.
 * @example normalizeLine(' a\u00a0b\u200bc  d ') // 'a bc d'
 */
export function normalizeLine(line: string): string {
  return repairText(line).replace(/[\t\f\v\r\n\u2028\u2029]/g, ' ').replace(/ {2,}/g, ' ').trim();
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
