/**
 * Days of a month named by reference instead of by name: "el 12 del mes
 * pasado", "il 12 del mese scorso", "le 12 du mois dernier", "am 12. des
 * Vormonats", "12 ub.m.", "12 числа прошлого месяца", "geçen ayın 12'sinde",
 * "12 من الشهر الماضي" (of last month); "del corriente", "c.m.", "courant",
 * "dieses Monats", "bm.", "этого месяца", "ayın 12'si", "من الشهر الجاري" (of
 * this month); "del próximo mes", "du mois prochain", "المقبل" (of next
 * month); and a day alone with its day word ("el (pasado / próximo) día 12",
 * "il giorno 12", "12-го числа"), read in the month around the publication
 * date like Chinese "16日". Read into the candidates of dates-intl.ts
 * (`relativeMonthDay`, `dayOfMonth`) and resolved against the publication date.
 */
import type { Candidate } from './dates-intl-resolve.js';
import { AR_ORDINALS } from './dates-intl-words.js';
import { alternation, monthPattern } from './lang-calendar.js';

type Offset = -1 | 0 | 1;

/** Per language: [the phrase after the day (a regex source), the month offset it names]. */
const AFTER_DAY: Readonly<Record<string, readonly (readonly [string, Offset])[]>> = {
  es: [
    [String.raw`del\s+(?:mes\s+)?(?:corriente|actual|presente)(?:\s+mes)?|del\s+mes\s+en\s+curso`, 0],
    [String.raw`del\s+(?:mes\s+(?:pasado|anterior)|pasado\s+mes)`, -1],
    [String.raw`del\s+(?:mes\s+(?:próximo|que\s+viene|entrante)|próximo\s+mes)`, 1],
  ],
  it: [
    [String.raw`(?:del\s+mese\s+(?:corrente|in\s+corso)|di\s+questo\s+mese|c\.\s?m\.)`, 0],
    [String.raw`(?:del\s+mese\s+(?:scorso|passato|precedente)|dello\s+scorso\s+mese)`, -1],
    [String.raw`del\s+(?:mese\s+prossimo|prossimo\s+mese)`, 1],
  ],
  fr: [
    [String.raw`(?:courant|du\s+mois\s+(?:courant|en\s+cours)|de\s+ce\s+mois)`, 0],
    [String.raw`du\s+mois\s+(?:dernier|passé|précédent)`, -1],
    [String.raw`du\s+mois\s+prochain`, 1],
  ],
  de: [
    [String.raw`(?:dieses\s+Monats|des\s+(?:laufenden|aktuellen)\s+Monats|d\.\s?M\.)`, 0],
    [String.raw`(?:des\s+Vormonats|(?:des\s+)?(?:vergangenen|letzten|vorigen)\s+Monats)`, -1],
    [String.raw`(?:des\s+)?(?:kommenden|nächsten|folgenden)\s+Monats`, 1],
  ],
  pl: [
    [String.raw`(?:b\.\s?m\.|bm\.|(?:tego|bieżącego)\s+miesiąca)`, 0],
    [String.raw`(?:ub\.\s?m\.|(?:ubiegłego|zeszłego|poprzedniego)\s+miesiąca)`, -1],
    [String.raw`(?:przyszłego|następnego)\s+miesiąca`, 1],
  ],
  ru: [
    [String.raw`(?:числа\s+)?(?:этого|текущего|нынешнего|сего)\s+месяца`, 0],
    [String.raw`(?:числа\s+)?(?:прошлого|предыдущего|минувшего)\s+месяца`, -1],
    [String.raw`(?:числа\s+)?(?:следующего|будущего)\s+месяца`, 1],
  ],
  ar: [
    // "في 15 الجاري": "the current" alone after a day is the current month, as the press abbreviates it.
    [String.raw`(?:(?:من\s+)?(?:الشهر|شهر)\s+(?:الجاري|الحالي)|الجاري)`, 0],
    [String.raw`(?:من\s+)?(?:الشهر|شهر)\s+(?:الماضي|المنصرم|الفائت|السابق)`, -1],
    [String.raw`(?:من\s+)?(?:الشهر|شهر)\s+(?:المقبل|القادم)`, 1],
  ],
};

/** The ordinal ending a day may carry before the phrase: "1er", "12.", "12-го", "12º". */
const DAY_MARK: Readonly<Record<string, string>> = { de: String.raw`\.`, fr: '(?:er)?', ru: '(?:-?го)?', es: '(?:º|°)?', it: '(?:°|º)?' };

/** A day word before a day alone: "el (pasado / próximo) día 12", "il giorno 12"; the Russian one follows ("12-го числа"). */
const DAY_WORD_BEFORE: Readonly<Record<string, RegExp>> = {
  // With its article: "al día", "al giorno" are "per day" ("tres veces al día 5 …").
  es: /(?<![\p{L}])(?:el|del|desde\s+el|hasta\s+el)\s+(?:(pasado|próximo)\s+)?día\s+(\d{1,2})(?![\d.,:/])/giu,
  it: /(?<![\p{L}])(?:il|del|dal|nel|dello)\s+(?:(scorso|prossimo)\s+)?giorno\s+(\d{1,2})(?![\d.,:/])/giu,
};

const cache = new Map<string, { readonly after: readonly (readonly [RegExp, Offset])[]; readonly month: RegExp | undefined }>();

function patterns(lang: string): { readonly after: readonly (readonly [RegExp, Offset])[]; readonly month: RegExp | undefined } {
  let p = cache.get(lang);
  if (!p) {
    const mark = DAY_MARK[lang] ?? '';
    const ord = lang === 'ar' ? String.raw`|${alternation(AR_ORDINALS.keys())}` : '';
    const mp = monthPattern(lang);
    p = {
      after: (AFTER_DAY[lang] ?? []).map(([src, off]) => [
        new RegExp(String.raw`(?<![\p{L}\d.,/])(\d{1,2}${ord})${mark}\s+(?:${src})(?![\p{L}])`, lang === 'de' ? 'gu' : 'giu'),
        off,
      ] as const),
      month: mp ? new RegExp(String.raw`^\s*(?:de\s+|di\s+)?(?:${mp})(?![\p{L}])`, 'iu') : undefined,
    };
    cache.set(lang, p);
  }
  return p;
}

/** Days of a month named by reference in `text` of `lang`, added to `out`. */
export function monthReferenceDays(text: string, lang: string, out: Candidate[]): void {
  const { after, month } = patterns(lang);
  for (const [re, months] of after) {
    for (const m of text.matchAll(re)) {
      const day = /^\d/.test(m[1]) ? Number(m[1]) : AR_ORDINALS.get(m[1]);
      if (day === undefined || day < 1 || day > 31) continue;
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'relativeMonthDay', months, day } });
    }
  }
  const alone = DAY_WORD_BEFORE[lang];
  if (alone) {
    for (const m of text.matchAll(alone)) {
      const day = Number(m[2]);
      const end = m.index + m[0].length;
      if (day < 1 || day > 31 || month?.test(text.slice(end, end + 16))) continue;
      const dir = m[1] === undefined ? undefined : /^(?:pasado|scorso)$/iu.test(m[1]) ? 'last' as const : 'next' as const;
      out.push({ start: m.index, end, meaning: { kind: 'dayOfMonth', day, ...(dir ? { dir } : {}) } });
    }
  }
  // Russian "12-го числа" (on the 12th): the day word follows the day.
  if (lang === 'ru') {
    for (const m of text.matchAll(/(?<![\p{L}\d.,/])(\d{1,2})-?го\s+числа(?![\p{L}])/gu)) {
      const day = Number(m[1]);
      if (day >= 1 && day <= 31) out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'dayOfMonth', day } });
    }
  }
  // Turkish "ayın 12'si / 12'sinde" (the 12th of the month), "geçen ayın" (last month's), "gelecek ayın" (next month's).
  if (lang === 'tr') {
    for (const m of text.matchAll(/(?<![\p{L}])(?:(geçen|geçtiğimiz|gelecek|önümüzdeki|bu)\s+)?ayın\s+(\d{1,2})(?:['’]?(?:s[iıuü]|[iıuü]|n?c[iıuü])\p{L}*)(?![\p{L}])/giu)) {
      const day = Number(m[2]);
      if (day < 1 || day > 31) continue;
      const w = m[1]?.toLowerCase();
      const months = w === 'geçen' || w === 'geçtiğimiz' ? -1 : w === 'gelecek' || w === 'önümüzdeki' ? 1 : 0;
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'relativeMonthDay', months, day } });
    }
  }
}
