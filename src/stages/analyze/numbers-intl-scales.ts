/**
 * Scale words and compound numbers of the nine other languages: "13.000
 * millones", "70 тысяч", "1,5 Mio.", "400 ألف", "2 bin"; also the parts
 * written after a scale ("5 bin 529", "2 milyon 300 bin"), Indian
 * "crore"/"lakh", Arabic accusative forms ("21 ألفا") and fractions written
 * with digits ("1⁄2", "½", "1/5'i").
 *
 * One rule set for every reader: the analyze stage, the clusterer's anchors,
 * provenance and compare all read the same numbers (the two "editions" kept
 * for a while were merged; docs/BENCHMARKS.md gives what that moved).
 */
import type { NumberToken } from './figures-numbers.js';
import { MONTHS } from './lang-calendar.js';

/** Scale words after a number, by the language that uses them (lower case). */
export const SCALE_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  all: {
    thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12,
    tausend: 1e3, tsd: 1e3, mio: 1e6, millionen: 1e6, mrd: 1e9, milliarde: 1e9, milliarden: 1e9, billionen: 1e12,
    milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9,
    millón: 1e6, millones: 1e6, 'mil millones': 1e9, billón: 1e12, billones: 1e12,
    milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9, mln: 1e6, mld: 1e9,
    tys: 1e3, tysiąc: 1e3, tysiące: 1e3, tysięcy: 1e3, milion: 1e6, miliony: 1e6, milionów: 1e6, miliard: 1e9, miliardy: 1e9, miliardów: 1e9,
    тыс: 1e3, тысяча: 1e3, тысячи: 1e3, тысяч: 1e3, млн: 1e6, миллион: 1e6, миллиона: 1e6, миллионов: 1e6,
    млрд: 1e9, миллиард: 1e9, миллиарда: 1e9, миллиардов: 1e9, трлн: 1e12,
    mlrd: 1e9,
    milyon: 1e6, milyar: 1e9, trilyon: 1e12,
    ألف: 1e3, آلاف: 1e3, الف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9, تريليون: 1e12,
    // Arabic after 11–99 takes the accusative ("21 ألفا", "42 مليونا").
    ألفا: 1e3, الفا: 1e3, مليونا: 1e6, مليارا: 1e9,
    // Indian scale words, kept in translated copy ("94,60 crore di Rs", "2 lakh").
    lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
    // 10^12 written out: Russian "триллион" (short scale, beside "трлн"), Polish "bilion" (long scale).
    триллион: 1e12, триллиона: 1e12, триллионов: 1e12, bilion: 1e12, biliony: 1e12, bilionów: 1e12,
    // 10^15: short-scale "quadrillion" and its loans, long-scale "biliard" (Polish; the others below by language).
    quadrillion: 1e15, quadrillions: 1e15, квадриллион: 1e15, квадриллиона: 1e15, квадриллионов: 1e15,
    katrilyon: 1e15, كوادريليون: 1e15, biliard: 1e15, biliardy: 1e15, biliardów: 1e15,
  },
  // Long-scale languages: a German, French or Italian "billion" is 10^12 (10^9 is "Milliarde",
  // "milliard", "miliardo"), and their "billiard" 10^15. Read before the shared table, whose
  // English "billion" (10^9) would otherwise win.
  de: { billion: 1e12, billiarde: 1e15, billiarden: 1e15 },
  // Mexican copy: "mdd"/"mdp" (millones de dólares / de pesos), "mmdd"/"mmdp" (miles de millones).
  es: { mil: 1e3, mdd: 1e6, mdp: 1e6, mmdd: 1e9, mmdp: 1e9 },
  it: { mila: 1e3, mille: 1e3, bilione: 1e12, bilioni: 1e12, biliardo: 1e15, biliardi: 1e15 },
  fr: { mille: 1e3, billion: 1e12, billions: 1e12, billiard: 1e15, billiards: 1e15 },
  tr: { bin: 1e3 },
  pt: { mil: 1e3 },
};

/**
 * Words for "thousand" after which the hundreds follow as digits: Mexican "31 mil 522", Turkish
 * "5 bin 529", Arabic "21 ألفا و 898", Polish and Russian "28 tys. 700", "28 тыс. 700", "5 тысяч 300".
 */
const THOUSAND_THEN_HUNDREDS = /^\s*(?:mil|bin|ألف|ألفا|الف|الفا|tys\.?|tysięcy|tysiące|tysiąc|тыс\.?|тысяч|тысячи|тысяча)$/iu;

/** A month name right after the digits ("5 bin 15 Mayıs", "5 тысяч 15 января"): those digits are a day, not the hundreds. */
function startsWithMonth(rest: string, lang: string): boolean {
  const months = MONTHS[lang];
  if (!months) return false;
  const word = /^\.?\s*(?:de\s+)?([\p{L}]+)/u.exec(rest)?.[1]?.toLowerCase();
  return word !== undefined && months[word] !== undefined;
}

/**
 * What follows a scaled number and belongs to it: a smaller scaled part ("2 milyon 300 bin",
 * "3 millones 200 mil") and, after the words for "thousand" that Mexican Spanish and
 * Turkish write before the hundreds ("31 mil 522", "5 bin 529"), the hundreds.
 */
export function scaleTail(text: string, end: number, scale: number, scaleText: string, lang: string): { value: number; length: number } {
  let value = 0;
  let length = 0;
  let last = scale;
  let lastText = scaleText;
  for (let k = 0; k < 3; k++) {
    // Arabic joins the parts with "and": "42 مليونا و 196 ألفا و 898".
    const tail = (lang === 'ar' ? /^\s+(?:و\s*)?(\d{1,3})(?![\d]|[.,]\d)/u : /^\s+(\d{1,3})(?![\d]|[.,]\d)/).exec(text.slice(end + length, end + length + 8));
    if (!tail) break;
    const next = scaleAfter(text.slice(end + length + tail[0].length, end + length + tail[0].length + 24), lang);
    if (next && next.value < last) {
      value += Number(tail[1]) * next.value;
      length += tail[0].length + next.length;
      last = next.value;
      lastText = text.slice(end + length - next.length, end + length);
      continue;
    }
    // After an abbreviation's full stop only three digits ("28 tys. 700"): "przekroczyła 14 tys. 15 kolejnych ludzi nie żyje" is a new sentence.
    const hundreds = !lastText.endsWith('.') || tail[1].length === 3;
    if (!next && last === 1e3 && hundreds && THOUSAND_THEN_HUNDREDS.test(lastText) && !startsWithMonth(text.slice(end + length + tail[0].length, end + length + tail[0].length + 16), lang)) {
      value += Number(tail[1]);
      length += tail[0].length;
    }
    break;
  }
  return { value, length };
}

/**
 * Fractions written with digits: the fraction slash ("1⁄2"), vulgar fractions
 * ("½", "3½"), and a proper fraction with a slash that a possessive suffix or an
 * "of" marks as a share ("1/5'i", "2/3 des votants", "1/4 z"), not a date or a score.
 */
export function fractions(text: string, lang: string): NumberToken[] {
  const out: NumberToken[] = [];
  const token = (start: number, end: number, value: number): NumberToken => ({
    start, end, value: Math.round(value * 1e6) / 1e6, numeric: true, plainInteger: false, percent: false, scaled: false,
  });
  // Never glued to letters: "MÃ1⁄4nchen", "Ã¼ber" are "ü" garbled, not quarters.
  const slashed = /(?<![\p{L}\d.,/⁄])(\d{1,2})([/⁄])(\d{1,2})(?![\d\p{L}]|[.,/⁄]\d)/gu;
  for (const m of text.matchAll(slashed)) {
    const n = Number(m[1]);
    const d = Number(m[3]);
    if (n < 1 || n >= d || d > 10) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // Turkish possessive "'i", "'ü", "'si" (its fifth); "1/5'te" (on 1 May) is a date.
    const share = /^['’]s?[iıuü](?:n\p{L}*)?(?!\p{L})/u.test(after) || new RegExp(`^\\s+(?:${OF_WORDS[lang] ?? 'of'})(?![\\p{L}])`, 'iu').test(after);
    if (m[2] === '⁄' || (lang !== 'zh' && share)) out.push(token(m.index, m.index + m[0].length, n / d));
  }
  const vulgar = /(?<![\p{L}\d.,])(\d{1,3})?([½¼¾⅓⅔⅕⅛])(?![\p{L}\d])/gu;
  for (const m of text.matchAll(vulgar)) {
    out.push(token(m.index, m.index + m[0].length, (m[1] ? Number(m[1]) : 0) + VULGAR[m[2]]));
  }
  return out;
}

const VULGAR: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 0.2, '⅛': 0.125 };
/** "of" after a fraction: the share of something. */
const OF_WORDS: Readonly<Record<string, string>> = {
  de: 'der|des|aller', fr: 'des|du|de', es: 'de|del', it: 'dei|degli|delle|del|della|di', pl: 'z|ze',
  ru: 'из|от', tr: 'oranında', ar: 'من',
};

/**
 * Scale words in the cases a number governs: Polish "1,5 miliona", "2,3 miliarda", "1,5 tysiąca",
 * "o 2 milionach"; Russian "1 тысячу", "с 1 тысячей", "к 2 миллионам"; Turkish suffixes
 * ("3 bine", "10 binden", "1 milyona", "5 milyonluk", "2 milyarı"; "bina", a building, is none).
 */
const INFLECTED: Readonly<Record<string, readonly (readonly [RegExp, number])[]>> = {
  pl: [[/^tysi[ąę]c\p{L}*$/u, 1e3], [/^milion\p{L}*$/u, 1e6], [/^miliard\p{L}*$/u, 1e9], [/^bilion\p{L}*$/u, 1e12], [/^biliard\p{L}*$/u, 1e15]],
  ru: [[/^тысяч\p{L}*$/u, 1e3], [/^миллион\p{L}*$/u, 1e6], [/^миллиард\p{L}*$/u, 1e9], [/^триллион\p{L}*$/u, 1e12], [/^квадриллион\p{L}*$/u, 1e15]],
  tr: [[/^bin(?:e|i|in|de|den|le|lik|ler|lerce)$/u, 1e3], [/^milyon(?:a|u|un|da|dan|la|luk|lar)$/u, 1e6],
    [/^milyar(?:a|ı|ın|da|dan|la|lık|lar)$/u, 1e9], [/^trilyon(?:a|u|un|da|dan|luk)$/u, 1e12], [/^katrilyon(?:a|u|un|da|dan|luk)$/u, 1e15]],
};

function inflectedScale(word: string, lang: string): number | undefined {
  return INFLECTED[lang]?.find(([re]) => re.test(word))?.[1];
}

/** Scale letters glued to a currency sign, case as written: "2 M€", "3,5 Mds€", "500 k€", "1,2 Mrd.$". */
const SIGN_SCALE = /^[ \u00a0]?(k|K|M|Md|Mds|Mrd|Mio|Mld)\.?(?=[ \u00a0]?[€$£₽₺])/u;
const SIGN_SCALE_VALUE: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6, Mio: 1e6, Md: 1e9, Mds: 1e9, Mrd: 1e9, Mld: 1e9 };

export function scaleAfter(rest: string, lang: string): { value: number; length: number } | undefined {
  const sign = SIGN_SCALE.exec(rest);
  if (sign) return { value: SIGN_SCALE_VALUE[sign[1]], length: sign[0].length };
  const m = /^[ \u00a0]*(?:de\s+|di\s+)?([\p{L}]+(?:\s+millones)?)(\.)?/u.exec(rest);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  // The language's own words first: a long-scale "billion" is not the English one.
  const v = SCALE_WORDS[lang]?.[word] ?? SCALE_WORDS.all[word] ?? SCALE_WORDS[lang]?.[word.split(/\s+/)[0]] ?? SCALE_WORDS.all[word.split(/\s+/)[0]] ?? inflectedScale(word.split(/\s+/)[0], lang);
  if (v === undefined) return undefined;
  // "de"/"di" only belong to the scale in "mil millones": "13.000 millones de" keeps its "de" for the currency.
  if (/^\s*(?:de|di)\s/.test(m[0])) return undefined;
  const used = SCALE_WORDS[lang]?.[word] ?? SCALE_WORDS.all[word] ?? inflectedScale(word, lang) ? m[1] : m[1].split(/\s+/)[0];
  const lead = m[0].length - m[1].length - (m[2] ? 1 : 0);
  const dot = m[2] && used === m[1] && /^(?:mio|mrd|tys|тыс|tsd|md|mds|mln|mld|mlrd|млн|млрд|трлн)$/i.test(used) ? 1 : 0;
  return { value: v, length: lead + used.length + dot };
}

