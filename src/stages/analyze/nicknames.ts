/**
 * A nickname in quotation marks inside a person's name: "Senator Ronald
 * “Bato” dela Rosa", "Arnold \"The Terminator\" Schwarzenegger", "Earvin
 * \"Magic\" Johnson". The marks there set off part of a name, not words
 * anyone said: a forename right before them and a surname right after (with
 * its particle: "dela", "van", "de"), in any language that writes names so.
 */
import { isForename } from '../text-model/forenames.js';

const FORENAME_BEFORE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+)[^\S\n]*$/u;
const SURNAME_AFTER = /^[^\S\n]+(?:(?:de|del|dela|della|di|da|dos|van|von|der|le|la|al|bin|ben)[^\S\n]+)?\p{Lu}[\p{Ll}\p{M}]/u;

/**
 * Whether the quoted `inner` (one to three capitalised words) between the
 * text before its opening mark and the text after its closing mark is a
 * nickname inside a name.
 * @example isNickname('Senator Ronald ', 'Bato', ' dela Rosa’s visa') // true
 */
export function isNickname(before: string, inner: string, after: string): boolean {
  const words = inner.trim().split(/\s+/u);
  if (words.length > 3 || !/^\p{Lu}/u.test(inner.trim()) || /[.!?,;:]/u.test(inner)) return false;
  const forename = FORENAME_BEFORE.exec(before)?.[1];
  return forename !== undefined && isForename(forename.toLowerCase()) && SURNAME_AFTER.test(after);
}
