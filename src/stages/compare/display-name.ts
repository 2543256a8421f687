/**
 * Picks the name to show for a group of spellings of one entity: the fullest
 * form (most words, a form of address not counted), then the most used spelling (so a one-off misspelling such
 * as "Anthony Blinken" loses to "Antony Blinken"), then alphabetical for a
 * deterministic result.
 * @example displayName(['Biden', 'Joe Biden'], () => 1) // 'Joe Biden'
 */
export function displayName(names: readonly string[], count: (name: string) => number): string {
  const counts: number[] = [];
  for (const n of names) counts.push(count(n));
  return displayNameOf(names, counts);
}

/**
 * `displayName` with each name's count given (`counts[k]` for `names[k]`).
 * The first of the order a stable sort would give, by one scan: no comparator
 * closure made per call (V8 drops such a closure's optimised code at each full GC).
 */
export function displayNameOf(names: readonly string[], counts: readonly number[]): string {
  if (names.length === 0) return '';
  let best = 0;
  let bestWords = wordCount(names[0]!);
  for (let k = 1; k < names.length; k++) {
    const w = wordCount(names[k]!);
    // Strictly before the best so far: ties keep the earlier name, as the stable sort did.
    if (w > bestWords || (w === bestWords && (counts[k]! > counts[best]! || (counts[k] === counts[best] && names[k]!.localeCompare(names[best]!) < 0)))) {
      best = k;
      bestWords = w;
    }
  }
  return names[best]!;
}

/** Forms of address in the languages we read: "Sr. Kola Ologbondiyan" is no fuller a name than "Kola Ologbondiyan". */
const HONORIFIC = /^(?:mr|mrs|ms|dr|prof|sr|sra|srta|sig|sigra|m|mme|mlle|herr|frau|pan|pani|г-н|г-жа)\.?$/iu;

function wordCount(n: string): number {
  const words = n.trim().split(/\s+/);
  return HONORIFIC.test(words[0]!) ? words.length - 1 : words.length;
}
