/**
 * Forenames in many languages, as evidence that a capitalised run holds a
 * person's name. `isGivenName` (english-words.ts) is a short curated list
 * that may type a run as a person against other evidence ("Kevin Hall" is no
 * hall); this one is broad and noisy, and only ever keeps a run another rule
 * would drop: the lists of `gender-detection-from-name` (MIT; de, en, es, fr,
 * it, tr: about 67,000 forenames, "Jürgen", "Annegret", "Félicien", "Recep",
 * holding some words that are other things too, "Paris", "Klein") together
 * with `isGivenName`'s. A German run of capitalised words is as often a noun
 * phrase as a name, and a forename is what tells "Uwe Ochsenknecht" from
 * "Pandemie Menschen".
 *
 * Loaded on the first question (a German text): about 30 ms, kept as sorted
 * 32-bit hashes like the common words.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fnv1a32, sortedHas } from '../dedupe/hash32.js';
import { isGivenName } from './english-words.js';

const require = createRequire(import.meta.url);
const LISTS = ['de', 'en', 'es', 'fr', 'it', 'tr'];
let hashes: Uint32Array | undefined;

function forenameHashes(): Uint32Array {
  if (hashes === undefined) {
    const all: number[] = [];
    for (const lang of LISTS) {
      // Each file is a module building a Map of ['forename', 'gender'] pairs: read as text, so no Map of strings stays
      // in the module cache.
      const source = readFileSync(require.resolve(`gender-detection-from-name/names/${lang}.js`), 'utf8');
      for (const m of source.matchAll(/\[\s*'([^']+)'\s*,/g)) all.push(fnv1a32(m[1]!));
    }
    hashes = Uint32Array.from(all).sort();
  }
  return hashes;
}

/**
 * Whether `lower` (lower case) is a forename in any of the lists.
 * @example isForename('jürgen') // true
 * @example isForename('menschen') // false
 */
export function isForename(lower: string): boolean {
  return isGivenName(lower) || sortedHas(forenameHashes(), fnv1a32(lower));
}
