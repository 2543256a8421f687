/**
 * HTML character references left in scraped text ("&amp;", "&#8217;",
 * "&nbsp;"). Only references that end in ";" are decoded: "AT&T" or
 * "R&D" in prose stay as written.
 */

/** Latin-1 entity names for U+00A0…U+00FF, in code point order. */
const LATIN1 = ('nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 '
  + 'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig '
  + 'Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave '
  + 'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave '
  + 'iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml').split(' ');

/** The other named references that occur in news text. */
const OTHER: Readonly<Record<string, number>> = {
  quot: 0x22, amp: 0x26, apos: 0x27, lt: 0x3c, gt: 0x3e,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e,
  dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032, Prime: 0x2033,
  lsaquo: 0x2039, rsaquo: 0x203a, oline: 0x203e, euro: 0x20ac, trade: 0x2122, minus: 0x2212, larr: 0x2190, rarr: 0x2192,
  uarr: 0x2191, darr: 0x2193, hyphen: 0x2010, dash: 0x2010, nbhy: 0x2011,
};

const NAMED: ReadonlyMap<string, number> = new Map([
  ...LATIN1.map((name, i) => [name, 0xa0 + i] as const),
  ...Object.entries(OTHER),
]);

/** Numeric references to C1 bytes mean the windows-1252 character (HTML's own rule). */
const C1: readonly number[] = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];

function fromCode(code: number): string | undefined {
  if (code >= 0x80 && code <= 0x9f) code = C1[code - 0x80]!;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * Decodes character references once; unknown names are left as written.
 * @example decodeEntities('Tom &amp; Jerry&#8217;s &nbsp;caf&eacute;') // 'Tom & Jerry’s \u00a0café'
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (ref, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return fromCode(parseInt(dec, 10)) ?? ref;
    if (hex !== undefined) return fromCode(parseInt(hex, 16)) ?? ref;
    const code = NAMED.get(name!);
    return code === undefined ? ref : String.fromCodePoint(code);
  });
}
