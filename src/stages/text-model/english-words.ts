/**
 * English common words and given names, for telling an English phrase from a
 * person's name where news in another language quotes English ("App Store",
 * "Daily Mail", "Hostile Takeover" read as people in a Polish, French or
 * Chinese text). The words are the Letterpress list of `an-array-of-english-words`
 * (MIT; lower-case common words, no proper names), the given names those of
 * `human-names` (MIT; en, de, es, fr, it, nl), so "Bill Gates" and "Mark
 * Little" stay names. Both are loaded on first use: English text never asks.
 */
import { createRequire } from 'node:module';
import { isCommonWord } from './common-words.js';

const require = createRequire(import.meta.url);
let given: ReadonlySet<string> | undefined;

/**
 * Whether `lower` (lower case) is an English common word (the list is kept with the other languages': common-words.ts).
 * @example isEnglishWord('store') // true
 */
export function isEnglishWord(lower: string): boolean {
  return isCommonWord(lower, 'en');
}

/**
 * Whether `lower` (lower case) is a given name in one of the lists.
 * @example isGivenName('bill') // true
 */
export function isGivenName(lower: string): boolean {
  if (given === undefined) {
    const all = require('human-names') as Record<string, unknown>;
    const names = new Set<string>();
    for (const [k, v] of Object.entries(all)) if (/^all(?:En|De|Es|Fr|It|Nl)$/.test(k) && Array.isArray(v)) for (const n of v) names.add(String(n).toLowerCase());
    given = names;
  }
  return given.has(lower);
}
