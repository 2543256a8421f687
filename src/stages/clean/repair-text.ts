/**
 * Broken text repaired before cleaning: UTF-8 that was decoded as
 * windows-1252/latin-1 (once or more: "gÃ¼nlÃ¼k" → "günlük", "â€™" → "’"),
 * HTML entities left in the text, non-breaking and zero-width spaces, soft
 * hyphens, and Unicode normalisation (NFC).
 *
 * Repair runs on the raw body before the clean stage computes anything, so the
 * cleaned text that every offset points into is already repaired: no offset
 * map is needed.
 */
import { decodeEntities } from './html-entities.js';
import { CP1252_HIGH } from '../ingest/decode-bytes.js';


/** Character → byte for every character windows-1252 (or latin-1) can encode. */
const BYTE_OF: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (let b = 0; b < 0x100; b++) m.set(String.fromCharCode(b), b);
  for (let i = 0; i < CP1252_HIGH.length; i++) m.set(CP1252_HIGH[i]!, 0x80 + i);
  return m;
})();

/** A character standing for a UTF-8 continuation byte 0x80–0xBF. */
const CONT = `[\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]`;

/**
 * One UTF-8 character seen through windows-1252: a lead byte (Â–ß, à–ï, ð–ô)
 * followed by the right number of continuation bytes.
 */
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'g');

/**
 * Code points a two-byte sequence may plausibly have meant. A real "ß“" or
 * "Ö’" in German decodes to NKo or a Hebrew accent, which no news text
 * contains, so those are left alone; Latin, Greek, Cyrillic, Hebrew letters
 * and Arabic are what double-encoded news actually holds.
 */
const PLAUSIBLE_2 = /[\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea\u0600-\u06ff]/u;

/**
 * The bytes windows-1252 leaves undefined: a second round of encoding turns
 * them into C1 controls, which a further pass then reassembles ("Â\x9d" →
 * "\x9d", and "â€\x9d" → "”").
 */
const C1_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function redecode(seq: string): string | undefined {
  const bytes = new Uint8Array(seq.length);
  for (let i = 0; i < seq.length; i++) {
    const b = BYTE_OF.get(seq[i]!);
    if (b === undefined) return undefined;
    bytes[i] = b;
  }
  let out: string;
  try {
    out = UTF8.decode(bytes);
  } catch {
    return undefined;
  }
  const cp = out.codePointAt(0)!;
  // C1 controls and noncharacters are never what a writer meant.
  if (C1_UNDEFINED.has(cp)) return out;
  if (cp < 0xa0 || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return undefined;
  if (seq.length === 2 && !PLAUSIBLE_2.test(out)) return undefined;
  return out;
}

/**
 * Undoes UTF-8 → windows-1252 double (or triple) encoding, one character at
 * a time, only where the bytes form valid UTF-8 for a plausible character.
 * @example repairMojibake('gÃ¼nlÃ¼k') // 'günlük'
 */
export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  let out = text;
  // Each pass shortens the text, so this ends; triple encoding needs two.
  for (let pass = 0; pass < 4; pass++) {
    const fixes: { at: number; seq: string; to: string; ambiguous: boolean }[] = [];
    for (const m of out.matchAll(MOJIBAKE)) {
      const to = redecode(m[0]);
      if (to !== undefined) fixes.push({ at: m.index!, seq: m[0], to, ambiguous: isAmbiguous(out, m.index!, m[0]) });
    }
    // An ambiguous pair ("Ä“" may be a real capital and a German quote) is
    // only repaired when the same text holds unambiguous mojibake.
    const sure = fixes.some((f) => !f.ambiguous);
    let next = '';
    let last = 0;
    for (const f of fixes) {
      if (f.ambiguous && !sure) continue;
      next += out.slice(last, f.at) + f.to;
      last = f.at + f.seq.length;
    }
    next += out.slice(last);
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Punctuation windows-1252 puts in the continuation-byte range. */
const PUNCT_CONT = /[\u2018-\u201e\u2013\u2014\u2026\u2039\u203a\u00ab\u00bb]/;

/**
 * A two-character sequence whose second half is punctuation and that sits
 * at a word's edge: "Ä“" could be an uppercase "Ä" before a closing quote.
 * Inside a word ("przyszedÅ‚", "Ä“x") it can only be mojibake.
 */
function isAmbiguous(text: string, at: number, seq: string): boolean {
  // "Ã" and "Â" (Latin-1 letters and symbols) before punctuation never occur in real text.
  if (seq.length !== 2 || seq[0] === '\u00c3' || seq[0] === '\u00c2' || !PUNCT_CONT.test(seq[1]!)) return false;
  const before = text[at - 1] ?? '';
  const after = text[at + 2] ?? '';
  return !/\p{Ll}/u.test(before) && !/\p{L}/u.test(after);
}

/** Scripts that use ZWNJ/ZWJ to shape words (Persian "می‌خواهم", Indic conjuncts). */
const JOINING_SCRIPT = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/u;
/** What a ZWJ joins in an emoji sequence ("👩‍💻", "🏳️‍🌈"). */
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{fe0f}\u{20e3}]/u;

/** Characters that vanish: zero-width space, word joiner, BOM, soft hyphen. */
const ALWAYS_INVISIBLE = /[\u00ad\u200b\u2060\ufeff\u180e]/g;
/** Space variants (NBSP, thin, ideographic…) that become a plain space. */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

function keepJoiner(text: string, i: number): boolean {
  const before = text.codePointAt(i - 1 >= 0 && /[\udc00-\udfff]/.test(text[i - 1]!) ? i - 2 : i - 1);
  const after = text.codePointAt(i + 1);
  if (before === undefined || after === undefined) return false;
  const b = String.fromCodePoint(before);
  const a = String.fromCodePoint(after);
  if (text[i] === '\u200d' && EMOJI_PART.test(b) && EMOJI_PART.test(a)) return true;
  return JOINING_SCRIPT.test(b) || JOINING_SCRIPT.test(a);
}

/**
 * Removes invisible characters and turns space variants into spaces, keeping
 * ZWJ inside emoji sequences and ZWNJ/ZWJ in scripts that need them.
 * @example repairInvisible('a\u00a0b\u200bc\u00add') // 'a bcd'
 */
export function repairInvisible(text: string): string {
  let out = text.replace(ALWAYS_INVISIBLE, '').replace(SPACES, ' ');
  if (/[\u200c\u200d]/.test(out)) {
    let s = '';
    for (let i = 0; i < out.length; i++) {
      const c = out[i]!;
      if ((c === '\u200c' || c === '\u200d') && !keepJoiner(out, i)) continue;
      s += c;
    }
    out = s;
  }
  return out;
}

function repairOnce(text: string): string {
  return repairInvisible(repairMojibake(decodeEntities(text)).normalize('NFC'));
}

/**
 * All repairs, applied until nothing changes (an entity can hide mojibake
 * and the reverse), so `repairText(repairText(s)) === repairText(s)`.
 * Clean text is returned as is.
 * @example repairText('Caf&eacute; gÃ¼nlÃ¼k â€™') // 'Café günlük ’'
 */
export function repairText(text: string): string {
  let out = text;
  for (let i = 0; i < 6; i++) {
    const next = repairOnce(out);
    if (next === out) return out;
    out = next;
  }
  return out;
}
