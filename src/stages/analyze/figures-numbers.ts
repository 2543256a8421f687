/**
 * Number recognition for figures: digits ("175,000", "94.3k", "$5bn"), words
 * ("twenty-five", "half a dozen") and scale words ("1.5 million"). Only the
 * number itself is read here; what it counts is decided in `figures.ts`.
 */

/** A number found in the text, before its counted noun is looked at. */
export interface NumberToken {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Written with digits (vs. words). */
  readonly numeric: boolean;
  /** Plain integer without thousands separators, decimals or scale: could be a year. */
  readonly plainInteger: boolean;
  /** Currency code from a prefix symbol ("$" → "usd"). */
  readonly currency?: string;
  /** The symbol or word the currency was written with ("$"). */
  readonly currencyText?: string;
  /** Ended with a percent sign. */
  readonly percent: boolean;
  /** A scale word or suffix multiplied the value ("million", "k"). */
  readonly scaled: boolean;
}

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // Wire abbreviations ("2.9 bln cubic meters", "70 mln lev") and the Indian scale ("Rs 250 crore", "5 lakh").
  mln: 1e6, bln: 1e9, trln: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
const SUFFIX_SCALES: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, bn: 1e9, b: 1e9, B: 1e9, tn: 1e12 };

/** ISO 4217 codes of the currencies the news we read names most. */
export const ISO_CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RUB', 'UAH', 'INR', 'PLN', 'CHF', 'TRY', 'MXN', 'BGN', 'SEK', 'NOK', 'DKK', 'CAD', 'AUD', 'NZD', 'ZAR', 'NGN', 'KES', 'EGP', 'SAR', 'AED', 'BRL', 'ARS', 'KRW', 'HKD', 'SGD', 'PHP', 'PKR', 'BDT', 'IDR', 'MYR', 'THB', 'ILS', 'CZK', 'HUF', 'RON'];

/** Currency symbols and words → ISO-like lower-case code (one table for both directions). */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  'US$': 'usd', $: 'usd', 'R$': 'brl', 'A$': 'aud', 'C$': 'cad', 'HK$': 'hkd', 'S$': 'sgd', 'NZ$': 'nzd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₽': 'rub', '₴': 'uah', '₹': 'inr', Rs: 'inr', 'Rs.': 'inr',
  // ISO codes written before the amount ("PLN 300,000", "USD 5 million").
  ...Object.fromEntries(ISO_CURRENCIES.map((c) => [c, c.toLowerCase()])),
};

const unitWords = Object.keys(UNITS).join('|');
const tenWords = Object.keys(TENS).join('|');
const scaleWords = 'dozen|hundred|thousand|million|billion|trillion|mln|bln|trln|lakhs?|crores?';

// Digits: currency prefix, grouped or plain integer, decimals, suffix scale, percent.
// The lookbehind keeps "F-16", "G7", "COVID-19" and "10:30" out.
const NUMERIC = new RegExp(
  String.raw`(?<![\w.:/-]|\d,)(US\$|(?<![\w$])(?:R|A|C|HK|S|NZ)\$|[$€£¥₽₴₹]|(?<![\w])(?:Rs\.?|${ISO_CURRENCIES.join('|')})(?=\s?\d))?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+|\s[1-9]\/(?:1[0-6]|[2-9])(?![\d/])|\s?[½¼¾⅓⅔⅛])?(?:\s?(k|K|mn|bn|tn|m|M|b|B)(?![\w]))?(%)?(?![\w]|[.,]\d|:\d)` +
    String.raw`(?:\s+(${scaleWords})\b)?`,
  'g',
);
const WORDS = new RegExp(
  String.raw`\b(?:(half an?|an?)\s+(dozen|hundred|thousand|million|billion)` +
    String.raw`|(${tenWords})(?:-(${unitWords}))?(?:\s+(${scaleWords}))?` +
    String.raw`|(${unitWords})(?:\s+(${scaleWords}))?)\b`,
  'gi',
);

/**
 * Every number in `text`, in order, without overlaps.
 * @example findNumbers('up to 175,000 troops')[0].value // 175000
 */
export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const [whole, cur, intPart, dec, suffix, pct, scaleWord] = m;
    // "5m" without a currency is more often metres than millions; a capital "M" or "B" before a lower-case noun is a
    // scale ("12M acres"), before a capital a name ("3M Co").
    if (suffix && /^[mMbB]$/.test(suffix) && !cur && !(/^[MB]$/.test(suffix) && /^\s[a-z]/.test(text.slice(m.index + whole.length, m.index + whole.length + 2)))) continue;
    let value = Number(intPart.replace(/,/g, '')) + fractionOf(dec);
    if (suffix) value *= SUFFIX_SCALES[suffix];
    if (scaleWord) value *= SCALES[scaleWord.toLowerCase()];
    const start = m.index + (whole.length - whole.trimStart().length);
    out.push({
      start,
      end: m.index + whole.length,
      value: round(value),
      numeric: true,
      plainInteger: !cur && !dec && !suffix && !pct && !scaleWord && !intPart.includes(','),
      currency: cur ? CURRENCY_SYMBOLS[cur] : undefined,
      currencyText: cur,
      percent: pct !== undefined,
      scaled: Boolean(suffix || scaleWord),
    });
  }
  for (const m of text.matchAll(WORDS)) {
    const [whole, article, articleScale, ten, tenUnit, tenScale, unit, unitScale] = m;
    let value: number;
    if (article) value = (article.toLowerCase().startsWith('half') ? 0.5 : 1) * SCALES[articleScale.toLowerCase()];
    else if (ten) value = (TENS[ten.toLowerCase()] + (tenUnit ? UNITS[tenUnit.toLowerCase()] : 0)) * (tenScale ? SCALES[tenScale.toLowerCase()] : 1);
    else value = UNITS[unit.toLowerCase()] * (unitScale ? SCALES[unitScale.toLowerCase()] : 1);
    out.push({
      start: m.index,
      end: m.index + whole.length,
      value: round(value),
      numeric: false,
      plainInteger: false,
      percent: false,
      scaled: Boolean(articleScale || tenScale || unitScale),
    });
  }
  out.sort((a, b) => a.start - b.start);
  return dropOverlaps(out);
}

const VULGAR: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125 };

/** The part after the integer: decimals (".5"), a fraction written after it ("5 1/2", "3½"), or none. */
function fractionOf(part: string | undefined): number {
  if (part === undefined) return 0;
  if (part.startsWith('.')) return Number(`0${part}`);
  const v = VULGAR[part.trim()];
  if (v !== undefined) return v;
  const [n, d] = part.trim().split('/').map(Number);
  return n! / d!;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function dropOverlaps(sorted: NumberToken[]): NumberToken[] {
  const kept: NumberToken[] = [];
  for (const t of sorted) {
    const last = kept[kept.length - 1];
    if (last && t.start < last.end) continue;
    kept.push(t);
  }
  return kept;
}
