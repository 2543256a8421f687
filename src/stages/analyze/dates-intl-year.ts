/**
 * The year of a day and month written without one, when the words beside it
 * say which: "el pasado 3 de marzo", "le 3 mars dernier", "в 3 марта прошлого
 * года", "3 marca ubiegłego roku", "geçen yıl 3 Mart'ta", "3 مارس الماضي",
 * "去年 12 月 3 日", "明年 1 月 3 日"; and Chinese days of a month named relative
 * to the publication's ("本月 3 日", "上月 3 日"). Without such words the
 * nearest occurrence is taken (dates-intl-resolve.ts).
 */
import type { Candidate } from './dates-intl-resolve.js';

/** A direction (the last or the next such day) or a year counted from the publication's. */
export type YearHint = { readonly dir: 'last' | 'next' } | { readonly yearOffset: number };

interface HintWords {
  /** Matched at the end of the text before the date. */
  readonly before?: readonly (readonly [RegExp, YearHint])[];
  /** Matched at the start of the text after the date. */
  readonly after?: readonly (readonly [RegExp, YearHint])[];
}

const LAST: YearHint = { dir: 'last' };
const NEXT: YearHint = { dir: 'next' };
const PREV_YEAR: YearHint = { yearOffset: -1 };
const THIS_YEAR: YearHint = { yearOffset: 0 };
const NEXT_YEAR: YearHint = { yearOffset: 1 };

const HINTS: Readonly<Record<string, HintWords>> = {
  de: {
    after: [
      [/^,?\s+(?:des\s+(?:vergangenen|letzten|vorigen)\s+Jahres|des\s+Vorjahres|(?:vergangenen|letzten|vorigen)\s+Jahres)(?![\p{L}])/iu, PREV_YEAR],
      [/^,?\s+(?:dieses\s+Jahres|des\s+laufenden\s+Jahres)(?![\p{L}])/iu, THIS_YEAR],
      [/^,?\s+(?:des\s+)?(?:kommenden|nächsten)\s+Jahres(?![\p{L}])/iu, NEXT_YEAR],
      // Abbreviations: "d. J." (dieses Jahres), "v. J." (vorigen Jahres).
      [/^,?\s+d\.\s?J\./u, THIS_YEAR],
      [/^,?\s+v\.\s?J\./u, PREV_YEAR],
    ],
  },
  fr: {
    after: [
      [/^\s+(?:de\s+l['’]année\s+(?:dernière|passée)|de\s+l['’]an\s+(?:dernier|passé))(?![\p{L}])/iu, PREV_YEAR],
      [/^\s+(?:de\s+cette\s+année|de\s+l['’]année\s+en\s+cours)(?![\p{L}])/iu, THIS_YEAR],
      [/^\s+(?:de\s+l['’]année\s+prochaine|de\s+l['’]an\s+prochain)(?![\p{L}])/iu, NEXT_YEAR],
      [/^\s+(?:dernier|passé)(?![\p{L}])/iu, LAST],
      [/^\s+prochain(?![\p{L}])/iu, NEXT],
    ],
  },
  es: {
    before: [[/(?<![\p{L}])pasado\s+$/iu, LAST], [/(?<![\p{L}])próximo\s+$/iu, NEXT]],
    after: [
      [/^\s+del\s+(?:año\s+(?:pasado|anterior)|pasado\s+año)(?![\p{L}])/iu, PREV_YEAR],
      [/^\s+(?:de\s+este\s+año|del\s+(?:presente|corriente)\s+año)(?![\p{L}])/iu, THIS_YEAR],
      [/^\s+del\s+(?:próximo\s+año|año\s+(?:próximo|que\s+viene))(?![\p{L}])/iu, NEXT_YEAR],
      [/^\s+del\s+año\s+en\s+curso(?![\p{L}])/iu, THIS_YEAR],
      // "el 20 de marzo último" (Latin American copy): the last such day.
      [/^\s+(?:pasado|último)(?![\p{L}])/iu, LAST],
      [/^\s+próximo(?![\p{L}])/iu, NEXT],
    ],
  },
  it: {
    before: [[/(?<![\p{L}])scorso\s+$/iu, LAST], [/(?<![\p{L}])prossimo\s+$/iu, NEXT]],
    after: [
      [/^\s+(?:dell['’]anno\s+scorso|dello\s+scorso\s+anno|dell['’]anno\s+passato)(?![\p{L}])/iu, PREV_YEAR],
      [/^\s+(?:di\s+quest['’]anno|dell['’]anno\s+in\s+corso)(?![\p{L}])/iu, THIS_YEAR],
      [/^\s+(?:del\s+prossimo\s+anno|dell['’]anno\s+prossimo)(?![\p{L}])/iu, NEXT_YEAR],
      // "scorso", "ultimo scorso", "u.s." (ultimo scorso).
      [/^\s+(?:(?:ultimo\s+)?scorso(?![\p{L}])|u\.\s?s\.)/iu, LAST],
      [/^\s+prossimo(?![\p{L}])/iu, NEXT],
    ],
  },
  pl: {
    after: [
      [/^\s+(?:ubiegłego|zeszłego|poprzedniego)\s+roku(?![\p{L}])/iu, PREV_YEAR],
      [/^\s+(?:(?:tego|bieżącego)\s+roku(?![\p{L}])|br\.)/iu, THIS_YEAR],
      [/^\s+ub\.\s?r\./iu, PREV_YEAR],
      [/^\s+(?:przyszłego|następnego)\s+roku(?![\p{L}])/iu, NEXT_YEAR],
    ],
  },
  ru: {
    after: [
      [/^\s+(?:прошлого|минувшего|предыдущего)\s+(?:года|г\.)/iu, PREV_YEAR],
      [/^\s+(?:(?:этого|текущего|нынешнего)\s+(?:года|г\.)|[ст]\.\s?г\.)/iu, THIS_YEAR],
      [/^\s+(?:п\.\s?г\.|прошл\.\s?г\.)/iu, PREV_YEAR],
      [/^\s+(?:следующего|будущего)\s+(?:года|г\.)/iu, NEXT_YEAR],
    ],
  },
  tr: {
    before: [
      [/(?<![\p{L}])(?:geçen|geçtiğimiz)\s+yıl(?:ın)?\s+$/iu, PREV_YEAR],
      [/(?<![\p{L}])bu\s+yıl(?:ın)?\s+$/iu, THIS_YEAR],
      [/(?<![\p{L}])(?:gelecek|önümüzdeki)\s+yıl(?:ın)?\s+$/iu, NEXT_YEAR],
      [/(?<![\p{L}])(?:geçen|geçtiğimiz)\s+$/iu, LAST],
    ],
  },
  ar: {
    after: [
      [/^\s+(?:من\s+)?(?:العام\s+الماضي|السنة\s+الماضية)/u, PREV_YEAR],
      [/^\s+(?:من\s+)?(?:العام\s+الجاري|هذا\s+العام|العام\s+الحالي)/u, THIS_YEAR],
      [/^\s+(?:من\s+)?(?:العام\s+(?:المقبل|القادم)|السنة\s+(?:المقبلة|القادمة))/u, NEXT_YEAR],
      [/^\s+(?:الماضي|المنصرم|الفائت|المنقضي)(?![\p{L}])/u, LAST],
      [/^\s+(?:المقبل|القادم)(?![\p{L}])/u, NEXT],
    ],
  },
  zh: {
    before: [[/去年\s*$/u, PREV_YEAR], [/今年\s*$/u, THIS_YEAR], [/明年\s*$/u, NEXT_YEAR], [/前年\s*$/u, { yearOffset: -2 }]],
  },
};

/** The year hint of the day and month at [start, end), if the words beside it give one. */
export function yearHint(text: string, start: number, end: number, lang: string): YearHint | undefined {
  const words = HINTS[lang];
  if (!words) return undefined;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 40);
  return words.before?.find(([re]) => re.test(before))?.[1] ?? words.after?.find(([re]) => re.test(after))?.[1];
}

/** Chinese days of a month named from the publication's: 本月 3 日, 当月 3 日 (this month), 上月 / 上个月 3 日, 下月 3 日. */
export function cjkRelativeMonthDays(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(/(本|当|这个|上个?|下个?)月\s*(\d{1,2})\s*[日号]/gu)) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    const months = m[1].startsWith('上') ? -1 : m[1].startsWith('下') ? 1 : 0;
    const at = m.index + m[0].indexOf(m[2], m[1].length);
    out.push({ start: at, end: m.index + m[0].length, meaning: { kind: 'relativeMonthDay', months, day } });
  }
}
