/**
 * Days of the month written in words: Arabic ordinals ("الثالث من مارس", "الحادي والعشرين من شهر يناير"),
 * Chinese numerals ("三月三日", "二〇二〇年三月三日", "十二月二十五号") and the first of a month
 * ("le premier mars", "el primero de marzo", "il primo maggio"). Read into the same candidates as the
 * digit forms (dates-intl.ts), so they resolve alike.
 */
import { partsOf, validDay } from './dates-calendar.js';
import type { Candidate } from './dates-intl-resolve.js';
import { alternation, MONTHS } from './lang-calendar.js';

const AR_UNITS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
/** Arabic ordinal day words 1–31 → day. */
export const AR_ORDINALS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  AR_UNITS.forEach((w, i) => m.set(w, i + 1));
  m.set('العاشر', 10);
  m.set('الحادي عشر', 11);
  ['الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'].forEach((w, i) => m.set(`${w} عشر`, i + 12));
  m.set('العشرين', 20);
  m.set('الثلاثين', 30);
  m.set('الحادي والعشرين', 21);
  m.set('الحادي والثلاثين', 31);
  AR_UNITS.slice(1).forEach((w, i) => m.set(`${w} والعشرين`, i + 22));
  return m;
})();

const CN_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral 1–31 ("三", "十二", "二十五", "三十一"). */
function cnNumber(s: string): number | undefined {
  const m = /^([一二三])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === '') return undefined;
  if (!m[2]) return m[1] && !m[3] ? CN_DIGITS[m[1]] : m[3] && !m[1] ? CN_DIGITS[m[3]] : undefined;
  return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}

function push(out: Candidate[], start: number, end: number, year: number | undefined, month: number, day: number): void {
  if (month < 1 || month > 12 || day < 1 || day > 31) return;
  if (year !== undefined) {
    const d = validDay(year, month, day);
    if (d !== undefined) out.push({ start, end, meaning: { kind: 'day', day: d } });
  } else {
    out.push({ start, end, meaning: { kind: 'monthDay', month, day } });
  }
}

/** Days written in words in `text` of `lang`, added to `out`. */
export function wordDays(text: string, lang: string, out: Candidate[]): void {
  const months = MONTHS[lang];
  if (lang === 'ar' && months) {
    const names = alternation(Object.keys(months));
    // With the paired names ("آذار/مارس") and a year ("عام 2020").
    const re = new RegExp(String.raw`(?<![\p{L}])(${alternation(AR_ORDINALS.keys())})\s+من\s+(?:شهر\s+)?(${names})(?![\p{L}])(?:\s*/\s*(?:${names})(?![\p{L}]))?(?:\s+(?:عام\s+|العام\s+)?(\d{4}))?`, 'gu');
    for (const m of text.matchAll(re)) {
      const day = AR_ORDINALS.get(m[1]);
      const month = months[m[2]];
      if (day !== undefined && month !== undefined) push(out, m.index, m.index + m[0].length, m[3] ? Number(m[3]) : undefined, month, day);
    }
  }
  if (lang === 'zh') {
    const re = /(?:([〇零一二三四五六七八九]{4})\s*年\s*)?([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]/gu;
    for (const m of text.matchAll(re)) {
      const month = cnNumber(m[2]);
      const day = cnNumber(m[3]);
      const year = m[1] ? Number([...m[1]].map((c) => CN_DIGITS[c]).join('')) : undefined;
      if (month !== undefined && day !== undefined) push(out, m.index, m.index + m[0].length, year, month, day);
    }
  }
  // The first of a month in words: "le premier mars", "el primero de marzo", "il primo maggio".
  const first: Readonly<Record<string, string>> = { fr: 'premier', es: 'primero', it: 'primo' };
  if (first[lang] && months) {
    const re = new RegExp(String.raw`(?<![\p{L}])${first[lang]}\s+(?:de\s+)?(${alternation(Object.keys(months).filter((k) => k.length > 3))})(?![\p{L}])(?:(?:\s+de|\s+del)?\s+(\d{4}))?`, 'giu');
    for (const m of text.matchAll(re)) {
      const month = months[m[1].toLowerCase()];
      if (month !== undefined) push(out, m.index, m.index + m[0].length, m[2] ? Number(m[2]) : undefined, month, 1);
    }
  }
}

/**
 * German days of the month written alone after a preposition: "am 3. stieg der Kurs", "vom 3. bis zum 10.",
 * "am 3. des Monats". The month is the one of the last full date written before it, else the anchor's (as Chinese
 * "16日"). Not an ordinal before a noun ("am 3. Spieltag") nor a day whose month follows ("am 3. und 4. März",
 * read as a range elsewhere); never where another date is already read.
 */
export function germanDaysAlone(text: string, out: Candidate[]): void {
  const re = /(?<![\p{L}])(?:[Aa]m|[Vv]om|[Bb]is\s+zum|[Zz]um|[Ss]eit\s+dem|[Aa]b\s+dem|[Bb]is)\s+(\d{1,2})\.(?=\s*(?:[,;:!?)]|$|\p{Ll}|des\s+Monats))/gu;
  const months = MONTHS.de;
  const monthName = new RegExp(String.raw`^[^!?\n]{0,24}?(?<![\p{L}])(?:${Object.keys(months).join('|')})(?![\p{L}])`, 'iu');
  const full = out.filter((c) => c.meaning.kind === 'monthDay' || c.meaning.kind === 'day').sort((x, y) => x.end - y.end);
  for (const m of text.matchAll(re)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const start = m.index + m[0].length - m[1].length - 1;
    const end = m.index + m[0].length;
    if (monthName.test(text.slice(end, end + 40))) continue;
    if (out.some((c) => c.start < end && start < c.end)) continue;
    const prev = full.filter((c) => c.end <= start).pop();
    if (prev?.meaning.kind === 'monthDay') {
      out.push({ start, end, meaning: { kind: 'monthDay', month: prev.meaning.month, day }, yearOf: prev });
    } else if (prev?.meaning.kind === 'day') {
      const p = partsOf(prev.meaning.day);
      const d = validDay(p.year, p.month, day);
      if (d !== undefined) out.push({ start, end, meaning: { kind: 'day', day: d } });
    } else {
      out.push({ start, end, meaning: { kind: 'dayOfMonth', day } });
    }
  }
}
