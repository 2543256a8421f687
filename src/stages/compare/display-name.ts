/**
 * Picks the name to show for a group of spellings of one entity: the fullest
 * form (most words), then the most used spelling (so a one-off misspelling such
 * as "Anthony Blinken" loses to "Antony Blinken"), then alphabetical for a
 * deterministic result.
 * @example displayName(['Biden', 'Joe Biden'], () => 1) // 'Joe Biden'
 */
export function displayName(names: readonly string[], count: (name: string) => number): string {
  const words = (n: string): number => n.trim().split(/\s+/).length;
  return [...names].sort((a, b) => words(b) - words(a) || count(b) - count(a) || a.localeCompare(b))[0] ?? '';
}
