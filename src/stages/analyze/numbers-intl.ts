/**
 * Numbers as the nine other languages write them: grouping by space, narrow
 * no-break space, dot, comma or apostrophe ("70 000", "70 000", "70.000",
 * "70,000", "70'000"), decimal commas ("1,5 Mio."), Arabic-Indic digits,
 * scale words ("13.000 millones", "70 тысяч", "1,5 млн", "7万", "1.5亿",
 * "400 ألف", "2 bin"), Mexican "31 mil 522", and percent words.
 *
 * Which of "." and "," is the decimal mark depends on the language: a lone
 * separator followed by exactly three digits groups thousands in the
 * decimal-comma languages ("70.000 soldados" = 70000) and, for the comma,
 * everywhere ("3,160 muertes"); otherwise it is a decimal mark.
 */
import type { NumberToken } from './figures-numbers.js';
import { fractions, scaleAfter, scaleTail } from './numbers-intl-scales.js';

/** Languages whose decimal mark is the comma. */
const DECIMAL_COMMA = new Set(['de', 'fr', 'es', 'it', 'pl', 'ru', 'tr', 'pt', 'nl', 'uk']);

/**
 * Arabic-Indic, Persian and full-width digits → ASCII, the Arabic decimal and
 * thousands marks and the Arabic comma between digits → "." and ",". Every
 * replacement is one UTF-16 unit for one, so offsets do not move.
 * @example normalizeDigits('٣ ديسمبر ٢٠٢١') // '3 ديسمبر 2021'
 */
export function normalizeDigits(text: string): string {
  if (!/[\u0660-\u066c\u06f0-\u06f9\uff10-\uff19\u060c]/.test(text)) return text;
  let out = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',');
  out = out.replace(/(?<=\d)\u060c(?=\d{3}(?!\d))/g, ',');
  return out;
}

/** Chinese scale characters written straight after the digits ("7万", "1.5亿"). */
const CJK_SCALES: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百万: 1e6, 千万: 1e7 };

/** Percent written after the number. */
const PERCENT_AFTER = /^(?:\s?[%٪％]|\s+(?:prozent|pour\s?cent|por\s?ciento|per\s?cento|percento|procent\p{L}*|proc\.|процент\p{L}*|проц\.|%|بالمئة|بالمائة|في المئة|في المائة|percent|per cent|pct)(?![\p{L}])|\s*个?百分点)/iu;
/** Percent written before the number: Turkish "%10", "yüzde 10", Chinese "百分之30". */
const PERCENT_BEFORE = /(?:[%٪]|yüzde\s|百分之\s?)$/iu;

const CURRENCY_PREFIX: Readonly<Record<string, string>> = {
  'US$': 'usd', $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₽': 'rub', '₴': 'uah', '₺': 'try', 'zł': 'pln', '₹': 'inr',
};

/** Spanish number words that may precede "mil" in "tres mil 160". */
const ES_WORDS: Readonly<Record<string, number>> = {
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100,
};

const NUMBER = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{Script=Cyrillic}\d_]|[\d][.,'’]|[:/#№])(US\$|[$€£¥₽₴₺₹])?[ \u00a0]?` +
    // At most nine groups: no number has more, and an unbounded run ("9 9 9 …") made every match re-read the rest of it.
    String.raw`(\d+(?:(?:[ \u00a0\u202f\u2009]|[.,'’])\d+){0,8})(?![\d])`,
  'gu',
);

/**
 * Every number in `text` (language `lang`), in order, without overlaps. Offsets
 * are into `text` as given (digits are normalised internally).
 * @example findNumbersIntl('70.000 soldados', 'es')[0].value // 70000
 */
export function findNumbersIntl(rawText: string, lang: string): NumberToken[] {
  const text = normalizeDigits(rawText);
  const out: NumberToken[] = [];
  const re = new RegExp(NUMBER.source, NUMBER.flags);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const cur = m[1];
    const parsed = interpret(m[2], lang);
    if (parsed === undefined) continue;
    const numStart = m.index + m[0].length - m[2].length;
    let end = numStart + parsed.length;
    // Digits we did not take ("150" of "2020 150") are matched again as their own number.
    if (parsed.length < m[2].length) re.lastIndex = end;
    let value = parsed.value;
    let scaled = false;
    let percent = false;
    const rest = text.slice(end, end + 24);
    // "千米", "千克", "千瓦" are units (km, kg, kW), not thousands.
    // "300余万", "3000多万": more than 3 million, read as its lower bound.
    const cjk = /^\s?[余多]?(万亿|千万|百万|亿|万|千)(?!米|克|瓦|卡|焦|字节|赫|伏|帕)/u.exec(rest);
    const scale = cjk ? undefined : scaleAfter(rest, lang);
    if (cjk) {
      value *= CJK_SCALES[cjk[1]];
      end += cjk[0].length;
      scaled = true;
      // The smaller part written after: "3 亿 5000 万" (350 million), "1万5千" (15 000).
      let last = CJK_SCALES[cjk[1]];
      for (let k = 0; k < 2; k++) {
        const more = /^\s?(\d+(?:\.\d+)?)\s?(千万|百万|万|千)(?!米|克|瓦|卡|焦|字节|赫|伏|帕)/u.exec(text.slice(end, end + 16));
        if (!more || CJK_SCALES[more[2]] >= last) break;
        value += Number(more[1]) * CJK_SCALES[more[2]];
        end += more[0].length;
        last = CJK_SCALES[more[2]];
      }
    } else if (scale) {
      value *= scale.value;
      end += scale.length;
      scaled = true;
      // Mexican "3 mil 500 millones": the thousands and hundreds of millions (3,500 million), not 3,000 and 500 million.
      const millions = lang === 'es' && scale.value === 1e3 && !parsed.decimal ? /^\s+(\d{1,3})\s+(millones|millón)(?![\p{L}])/iu.exec(text.slice(end, end + 24)) : null;
      if (millions) {
        value = (value + Number(millions[1])) * 1e6;
        end += millions[0].length;
      } else if (!parsed.decimal) {
        const more = scaleTail(text, end, scale.value, text.slice(end - scale.length, end), lang);
        value += more.value;
        end += more.length;
      }
    }
    const pct = PERCENT_AFTER.exec(text.slice(end, end + 16));
    if (pct) { percent = true; end += pct[0].length; }
    let start = cur ? m.index + (m[0].length - m[0].trimStart().length) : numStart;
    if (!pct && PERCENT_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
      percent = true;
      start -= PERCENT_BEFORE.exec(text.slice(Math.max(0, start - 8), start))![0].length;
    }
    out.push({
      start,
      end,
      value: Math.round(value * 1e6) / 1e6,
      numeric: true,
      plainInteger: !cur && !parsed.decimal && !parsed.grouped && !scaled && !percent,
      ...(cur ? { currency: CURRENCY_PREFIX[cur], currencyText: cur } : {}),
      percent,
      scaled,
    });
  }
  out.push(...fractions(text, lang));
  // "tres mil 160", "mil 906": Spanish words before "mil" and digits after.
  if (lang === 'es') {
    const re = /(?<![\p{L}\d])(?:(un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|cien)\s+)?mil\s+(\d{1,3})(?![\d]|[.,]\d)/giu;
    for (const m of text.matchAll(re)) {
      const mult = m[1] ? ES_WORDS[m[1].toLowerCase()] : 1;
      out.push({
        start: m.index, end: m.index + m[0].length, value: mult * 1000 + Number(m[2]),
        numeric: true, plainInteger: false, percent: false, scaled: true,
      });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NumberToken[] = [];
  for (const t of out) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) continue;
    kept.push(t);
  }
  return kept;
}

interface Parsed {
  readonly value: number;
  /** Characters of the raw run that belong to this number. */
  readonly length: number;
  readonly decimal: boolean;
  readonly grouped: boolean;
}

/**
 * The longest prefix of a digit run ("70 000", "4.880.000", "1,5", "2020 150")
 * that is one number, and its value.
 */
function interpret(raw: string, lang: string): Parsed | undefined {
  const parts = raw.split(/([ \u00a0\u202f\u2009.,'’])/);
  const groups = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  let intDigits = groups[0];
  let length = groups[0].length;
  let groupSep: string | undefined;
  let decimal: string | undefined;
  const decComma = DECIMAL_COMMA.has(lang);
  for (let i = 0; i < seps.length; i++) {
    const sep = seps[i];
    const g = groups[i + 1];
    const three = g.length === 3 && groups[0].length <= 3 && groups[0] !== '0';
    const kind = /[ \u00a0\u202f\u2009]/.test(sep) ? 'space' : sep === '’' ? "'" : sep;
    if (kind === 'space' || kind === "'") {
      // A plain space groups only in languages that do so ("70 000 soldats"), never in English or Chinese.
      if (sep === ' ' && (lang === 'en' || lang === 'zh' || lang === 'ar')) break;
      if (!three || (groupSep !== undefined && groupSep !== kind)) break;
      groupSep = kind;
      intDigits += g;
      length += sep.length + g.length;
      continue;
    }
    if (groupSep === kind) {
      if (g.length !== 3) break;
      intDigits += g;
      length += 1 + 3;
      continue;
    }
    if (groupSep !== undefined) {
      decimal = g;
      length += 1 + g.length;
      break;
    }
    const next = seps[i + 1];
    const sameAhead = next === sep && groups[i + 2]?.length === 3;
    const otherAhead = next !== undefined && (next === '.' || next === ',') && next !== sep;
    const groups3 = three && (sameAhead || otherAhead || kind === ',' || (kind === '.' && decComma));
    if (groups3) {
      groupSep = kind;
      intDigits += g;
      length += 1 + 3;
      continue;
    }
    decimal = g;
    length += 1 + g.length;
    break;
  }
  // A trailing separator run we stopped at is not part of the number.
  const value = Number(intDigits + (decimal !== undefined ? `.${decimal}` : ''));
  if (!Number.isFinite(value)) return undefined;
  return { value, length, decimal: decimal !== undefined, grouped: groupSep !== undefined };
}
