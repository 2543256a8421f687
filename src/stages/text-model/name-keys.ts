/**
 * One key for a name however a language spells it: "Reznikov", "Resnikow",
 * "Réznikov" and "Резников" give one key, as do "Oleksii", "Oleksij" and
 * "Алексей", and "Kyiv", "Kiew" and "Киев". The transliterated spelling is
 * reduced to its sound classes: letters that spell one sound in different
 * languages are merged (w/v, z/s, sch/sh/s, c/k/q, ph/f), and each run of
 * vowels (y and j included) becomes one "a", so the vowels' places are kept
 * while their spelling is not. The bare consonant skeleton the translation
 * detector uses (provenance/anchors.ts) meets more names ("Putin" and
 * "Button", "Kiew" as "k"); a story's vector needs a key that fuses fewer
 * unrelated names, since one shared name weighs as much as many words.
 */
import { transliterate } from '../similarity/transliterate.js';

/** Keys shorter than this (after reduction) tie too many unrelated names. */
const MIN_KEY = 3;

/**
 * The cross-script key of one name word, or undefined when too short to tell names apart.
 * @example storyNameKey('Resnikow') === storyNameKey('Резников') // true ('rasnakav')
 */
export function storyNameKey(word: string): string | undefined {
  let w = transliterate(word.toLowerCase())
    .replace(/['’]s?$/u, '')
    .replace(/[^a-z]/g, '');
  // A possessive or German genitive "s" after a consonant-final name ("Putins"): the name without it.
  if (w.length > 4 && /[^aeiouys]s$/.test(w)) w = w.slice(0, -1);
  const key = w
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/sch|sh|zh|z/g, 's')
    .replace(/kh|ch/g, 'h')
    .replace(/[ckq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeiouyj]+/g, 'a')
    // A final vowel is mostly a case or gender ending ("Резникова", "Poutine", "Moskva").
    .replace(/(?<=.{3})a$/, '');
  return key.length >= MIN_KEY ? key : undefined;
}
