/**
 * Absolute dates in the nine non-English languages, the first reading of
 * `extractDatesIntl` (dates-intl.ts): a day and a month name with or without
 * a year ("3 décembre 2021", "3. Dezember", "Marzo 3, 2020", "17-mar-2020"),
 * a month and year ("Dezember 2021"), Chinese/Japanese "2021年12月3日" and
 * the day alone of Chinese news ("16日"), numbers ("11.03.2020") and year
 * first ("2020-03-03"). The month alternations are compiled once per
 * language (`cached`), which the ranges of dates-intl.ts share.
 */
import { partsOf, validDay } from './dates-calendar.js';
import { cjkDayRuns, numericDates, pushMonthDay } from './dates-intl-numeric.js';
import type { Candidate } from './dates-intl-resolve.js';
import { cjkRelativeMonthDays } from './dates-intl-year.js';
import { extendSuffix, L, MONTHS, monthPattern } from './lang-calendar.js';
const patternCache = new Map<string, RegExp>();
/** The pattern `key` of `lang`, compiled once: the month alternations are long, and a text used to pay for compiling them. */
export function cached(lang: string, key: string, make: () => RegExp): RegExp {
  const k = `${lang}:${key}`;
  let re = patternCache.get(k);
  if (!re) patternCache.set(k, (re = make()));
  return re;
}

/** Absolute dates with a month name or in numbers. */
export function absolute(text: string, lang: string, out: Candidate[]): void {
  const months = MONTHS[lang];
  const mp = monthPattern(lang);
  const year = String.raw`(\d{4})`;
  if (months && mp) {
    // Day first: "3 décembre 2021", "3. Dezember", "1er mai", "3 de diciembre de 2021", "3 grudnia 2021 r.", "20 Mart'ta".
    // The day may carry an ordinal ending ("3-го марта", "3-ego marca"); Arabic pairs the Levantine and the
    // Gregorian names ("3 آذار/مارس 2020").
    const dm = cached(lang, 'dm', () => new RegExp(
      // Spanish "1o", "1ro", "1ero", "1.º" and French "1ᵉʳ" are the first too; Arabic writes the day with the article
      // ("في الـ16 من مارس").
      String.raw`(?:(?<![\d${L}])|(?<=(?<![${L}])[وفب]?الـ?))(\d{1,2})(?:\.º|\.ª|\.|er|ᵉʳ|e|º|°|ª|o|ro|ero|-?(?:го|е|ого|ое|ego|go))?\s*(?:de\s+|di\s+|(?:من\s+)?(?:شهر\s+)?)?(${mp})(?![${L}])\.?(?:\s*/\s*(?:${mp})(?![${L}]))?` +
        String.raw`(?:(?:,|\s+de|\s+del)?\s+${year}(?!\d)(?:\s*(?:r\.|roku|г\.|года|год))?)?`,
      'giu',
    ));
    for (const m of text.matchAll(dm)) {
      // Turkish suffixes ("Mart'ta") attach after an apostrophe; other letters mean another word.
      const month = months[m[2].toLowerCase()];
      if (month === undefined) continue;
      const day = Number(m[1]);
      let end = m.index + m[0].length;
      if (lang === 'tr' && !m[3]) end = extendSuffix(text, end);
      // Arabic month names have no abbreviation: a full stop after one ends the sentence.
      if (lang === 'ar' && text[end - 1] === '.') end--;
      if (m[3]) {
        const d = validDay(Number(m[3]), month, day);
        if (d !== undefined) out.push({ start: m.index, end, meaning: { kind: 'day', day: d } });
      } else if (day >= 1 && day <= 31) {
        out.push({ start: m.index, end, meaning: { kind: 'monthDay', month, day } });
      }
    }
    // Turkish case endings written on without the apostrophe: "17 Martta", "3 Nisanda", "5 Eylülden".
    if (lang === 'tr') {
      const suffixed = cached(lang, 'suffixed', () => new RegExp(String.raw`(?<![\d${L}])(\d{1,2})\s+(${mp})((?:[dt][ae]n?|y?[ae]|n?[ıiuü]n?)(?![${L}]))`, 'giu'));
      for (const m of text.matchAll(suffixed)) {
        const month = months[m[2].toLowerCase()];
        if (month !== undefined) pushMonthDay(out, m.index, m.index + m[0].length, undefined, month, Number(m[1]));
      }
    }
    // Month first, as copy translated from English writes it, with its year: "Marzo 3, 2020", "marzo 3 de 2020", "März 3, 2020";
    // without a year only in capitals, as captions and datelines write it ("NEWARK - MARZO 06: …", "MÄRZ 6,"): in
    // running text a number after a month name is something else ("10 lutego 10. Kobieta"). One pass reads both.
    const md = cached(lang, 'md', () => new RegExp(String.raw`(?<![\d${L}])(${mp})(?![${L}])\.?\s+(\d{1,2})(?:(?:(?:,|\s+de)?\s+${year}(?!\d))|(?![\d]|[.,]\d|\s*(?:,|de|del)?\s*\d))`, 'giu'));
    for (const m of text.matchAll(md)) {
      const month = months[m[1].toLowerCase()];
      if (month === undefined) continue;
      if (m[3] !== undefined) {
        const d = validDay(Number(m[3]), month, Number(m[2]));
        if (d !== undefined) out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'day', day: d } });
      } else if (m[1].length >= 3 && m[1] === m[1].toUpperCase() && m[1] !== m[1].toLowerCase()) {
        pushMonthDay(out, m.index, m.index + m[0].length, undefined, month, Number(m[2]));
      }
    }
    // The month's name between slashes or dashes: "09/يونيو/2020", "17-mar-2020", "17/Mär/2020".
    // The name makes a two-digit year safe too ("17-mar-20").
    const named = cached(lang, 'named', () => new RegExp(String.raw`(?<![\d${L}.,/-])(\d{1,2}) ?([/-]) ?(${mp})\.? ?\2 ?(\d{4}|\d{2})(?!\d)`, 'giu'));
    for (const m of text.matchAll(named)) {
      const month = months[m[3].toLowerCase()];
      if (month !== undefined) pushMonthDay(out, m.index, m.index + m[0].length, m[4].length === 2 ? `20${m[4]}` : m[4], month, Number(m[1]));
    }
    // Month and year only: "Dezember 2021", "grudzień 2021".
    const my = cached(lang, 'my', () => new RegExp(String.raw`(?<![\d${L}])(${mp})(?![${L}])\.?\s+${year}(?!\d)`, 'giu'));
    for (const m of text.matchAll(my)) {
      const month = months[m[1].toLowerCase()];
      if (month !== undefined) out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'month', year: Number(m[2]), month } });
    }
  }
  // Chinese/Japanese: "2021年12月3日", "12 月 3 日", "1 月 20 日至 26 日".
  const cjk = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:\s*(?:至|到|[-–~])\s*(\d{1,2})\s*[日号])?/gu;
  for (const m of text.matchAll(cjk)) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    const dayEnd = m.index + m[0].length - (m[4] ? m[0].length - m[0].search(/(?:至|到|[-–~])\s*\d{1,2}\s*[日号]$/u) : 0);
    pushMonthDay(out, m.index, dayEnd, m[1], month, day);
    if (m[4]) {
      const s = m.index + m[0].lastIndexOf(m[4], m[0].length - 1);
      pushMonthDay(out, s, m.index + m[0].length, m[1], month, Number(m[4]));
    }
  }
  cjkDayRuns(text, out);
  if (lang === 'zh') cjkRelativeMonthDays(text, out);
  const cjkMonth = /(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/gu;
  for (const m of text.matchAll(cjkMonth)) {
    out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'month', year: Number(m[1]), month: Number(m[2]) } });
  }
  numericDates(text, lang, out);
  // Chinese news names days of the current month by the day alone: "16日，…", "水星在 11 日之后…".
  if (lang === 'zh') {
    // Full dates by where they end, walked once as the days alone come in text order.
    const full = out.filter((c) => c.meaning.kind === 'monthDay' || c.meaning.kind === 'day').sort((x, y) => x.end - y.end);
    let k = 0;
    let prev: Candidate | undefined;
    for (const m of text.matchAll(/(?<![\d.月至到~～\-–])(\d{1,2})\s*日(?![本元圆语文报军方元币])/gu)) {
      while (k < full.length && full[k].end <= m.index) prev = full[k++];
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      // Not a month's day ("3 月 16 日" is read above), nor a duration ("为期 3 日", "每 2 日").
      if (/月\s*$|(?:为期|历时|连续|共|近|约|每|逾|多|数|第)\s*$/u.test(before)) continue;
      const day = Number(m[1]);
      if (day < 1 || day > 31) continue;
      // The month of the last full date written before it ("1 月 8 日 … 水星在 11 日之后"), else the anchor's.
      const meaning = prev ? withDay(prev.meaning.kind === 'monthDay' ? { kind: 'monthDay', month: prev.meaning.month, day: 1 } : prev.meaning, day) : { kind: 'dayOfMonth' as const, day };
      if (!meaning) continue;
      out.push({ start: m.index, end: m.index + m[0].length, meaning, ...(prev && prev.meaning.kind === 'monthDay' ? { yearOf: prev } : {}) });
    }
  }
  // Year first: ISO "2020-03-03", and "2020-3-3", "2020.3.3", "2020/03/03" (Chinese copy).
  const iso = /(?<![\d.,/])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d]|[.,/]\d)/g;
  for (const m of text.matchAll(iso)) {
    // Year first with slashes ("2020/3/3") is unambiguous in every language; with dots only Chinese copy writes it.
    if (m[2] === '.' && lang !== 'zh') continue;
    if (m[2] === '-' && (m[3].length !== 2 || m[4].length !== 2) && lang !== 'zh') continue;
    const d = validDay(Number(m[1]), Number(m[3]), Number(m[4]));
    if (d !== undefined) out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'day', day: d } });
  }
}

export function withDay(m: Candidate['meaning'], day: number): Candidate['meaning'] | undefined {
  if (m.kind === 'monthDay') return { kind: 'monthDay', month: m.month, day };
  if (m.kind !== 'day') return undefined;
  const p = partsOf(m.day);
  const d = validDay(p.year, p.month, day);
  return d === undefined ? undefined : { kind: 'day', day: d };
}
