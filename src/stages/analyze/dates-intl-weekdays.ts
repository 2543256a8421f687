/**
 * Days named by the week and by the day: weekdays with their "next" / "last"
 * words, a week's word ("Montag letzter Woche", "上周一") and a day number
 * after them ("este martes 4"); "today", "yesterday", "tomorrow" and their
 * adjectives ("die gestrige Sitzung"). Read into the same candidates as the
 * dates with a month (dates-intl.ts), resolved against the publication date
 * (dates-intl-resolve.ts).
 */
import { partsOf, validDay, weekdayOf, type DayNumber, type Direction } from './dates-calendar.js';
import type { Candidate } from './dates-intl-resolve.js';
import { alternation, DAY_ADJECTIVES, DAY_WORDS, extendSuffix, FOR_DAY, FOR_DAY_FORM, L, LAST_WORDS, monthPattern, NEXT_WORDS, RANGE_FROM, UNTIL_DAY, WEEK_WORDS, WEEKDAY_ENDINGS, WEEKDAYS } from './lang-calendar.js';
import { THIS_DAY } from './lang-tense.js';

/** Weekdays with an optional next/last word and an optional day number ("este martes 4"). */
export function weekdays(text: string, lang: string, out: Candidate[]): void {
  if (lang === 'zh') {
    const re = /([本这上下])?(?:周|星期|礼拜)([一二三四五六日天])/gu;
    for (const m of text.matchAll(re)) {
      const wd = WEEKDAYS.zh.findIndex((f) => f.includes(m[2]));
      // 本周二 "this week's Tuesday": the ISO week of the anchor, handled as nearest; 上周二 / 下周二: of the week before / after.
      const week = m[1] === '上' ? -1 : m[1] === '下' ? 1 : undefined;
      out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'weekday', wd, dir: m[1] ? 'nearest' : undefined, ...(week !== undefined ? { week } : {}) } });
    }
    return;
  }
  const table = WEEKDAYS[lang];
  if (!table) return;
  const stems = table.flatMap((forms, wd) => forms.map((f) => ({ f, wd }))).sort((a, b) => b.f.length - a.f.length);
  const wordRe = lang === 'ar' ? /[\p{L}\p{M}]+/gu : /[\p{L}\p{M}]+/gu;
  for (const m of text.matchAll(wordRe)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const hit = lang === 'ar'
      ? stems.find((s) => lower === s.f || lower === `و${s.f}`)
      : stems.find((s) => lower.startsWith(s.f) && (lang === 'de' || lang === 'pl' || lang === 'ru' || lang === 'tr' ? lower.length <= s.f.length + 11 : lower.length === s.f.length));
    if (!hit) continue;
    // Turkish writes day names with a capital; "pazar" in lower case is a market, unless "day" follows ("pazartesi günü").
    if (lang === 'tr' && word[0] === lower[0] && !/^\s+(?:günü|akşamı|sabahı|gecesi)(?![\p{L}])/u.test(text.slice(m.index + word.length, m.index + word.length + 12))) continue;
    // German compounds: only time-of-day tails ("Dienstagvormittag", "Sonntagabend").
    if (lang === 'de' && lower.length > hit.f.length && !/^(?:s|vormittag|nachmittag|abend|morgen|mittag|nacht|früh)$/.test(lower.slice(hit.f.length))) continue;
    // Turkish: a case ending after an apostrophe or written on ("Cumartesiyi Pazara bağlayan gece"), or a part of the day.
    if (lang === 'tr' && lower.length > hit.f.length && !/^(?:['’]\p{L}+|günü|gününden|günü?ne|günkü|akşamı|sabahı|gecesi|y?[ıiae]|n[ıi]n|y[ıi]|[dt][ae]n?)$/u.test(lower.slice(hit.f.length))) continue;
    // Only the case endings of the day names ("среди", "средств", "в среднем", "w środku", "czwarta", "piąty" are no weekdays).
    const ending = WEEKDAY_ENDINGS[lang]?.[hit.wd];
    if (ending && !ending.test(lower.slice(hit.f.length))) continue;
    let start = m.index;
    let end = m.index + word.length;
    if (lang === 'tr') end = extendSuffix(text, end);
    let dir: Direction | undefined;
    // "für Freitag", "pour vendredi", "para el viernes", "na piątek": a day ahead, unless the clause says otherwise.
    const forward = (FOR_DAY[lang]?.test(text.slice(Math.max(0, start - 30), start)) ?? false) && (FOR_DAY_FORM[lang]?.test(lower) ?? true);
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
    const after = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 20));
    const week = weekOf(text, start, end, lang);
    const thisWeek = THIS_DAY[lang]?.test(text.slice(Math.max(0, start - 12), start)) ?? false;
    const untilBefore = UNTIL_DAY[lang]?.before?.exec(text.slice(Math.max(0, start - 24), start));
    const until = untilBefore ? !RANGE_FROM.test(text.slice(Math.max(0, start - untilBefore[0].length - 40), start - untilBefore[0].length))
      : (UNTIL_DAY[lang]?.after?.test(text.slice(end, end + 20)) ?? false);
    if (week !== undefined) { /* "Montag letzter Woche": the week's word, not "last Monday" */ }
    else if (before && NEXT_WORDS.test(before[1].toLowerCase())) { dir = 'next'; start -= before[0].length; }
    else if (before && LAST_WORDS.test(before[1].toLowerCase())) { dir = 'last'; start -= before[0].length; }
    else if (after && NEXT_WORDS.test(after[1].toLowerCase())) { dir = 'next'; end += after[0].length; }
    else if (after && LAST_WORDS.test(after[1].toLowerCase())) { dir = 'last'; end += after[0].length; }

    // "este martes 4", "Freitag, dem 10.": a day number after the weekday fixes the date.
    // "martes 4" directly, or after a comma only with an article ("Freitag, dem 10."): "Martedì, 13 ore prima" is a count.
    const dayNum = /^(?:\s+|,\s+(?:dem|le|el|il)\s+|\s+(?:dem|le|el|il)\s+)(\d{1,2})(?!\d|[.,]\d|\s*(?:[./-]\d|[/-]\s*\p{L}|%))\.?/u.exec(text.slice(end, end + 12));
    const monthAfter = dayNum ? monthAfterRe(lang).test(text.slice(end + dayNum[0].length, end + dayNum[0].length + 14)) : false;
    // A day already read as the first of a range whose month comes later ("Freitag, dem 10., bis Sonntag, dem 12. Juli") takes that month, not the weekday's nearest.
    if (out.some((c) => c.yearOf !== undefined && c.start <= start && end <= c.end)) continue;
    if (dayNum && !monthAfter) {
      end += dayNum[0].length;
      out.push({ start, end, meaning: { kind: 'weekday', wd: hit.wd, dir, dayOfMonth: Number(dayNum[1]) } });
    } else {
      out.push({ start, end, meaning: { kind: 'weekday', wd: hit.wd, dir, ...(week !== undefined ? { week } : {}), ...(forward ? { forward } : {}), ...(thisWeek && dir === undefined ? { thisWeek } : {}), ...(until ? { until } : {}) } });
    }
  }
}

const monthAfterCache = new Map<string, RegExp>();
/** A month name right after a weekday's day number ("martes 17 de marzo"), compiled once per language. */
function monthAfterRe(lang: string): RegExp {
  let re = monthAfterCache.get(lang);
  if (!re) monthAfterCache.set(lang, (re = new RegExp(String.raw`^\s*(?:de\s+)?(?:${monthPattern(lang) ?? '$^'})(?![\p{L}])`, 'iu')));
  return re;
}

const weekCache = new Map<string, [RegExp, RegExp] | undefined>();
/** -1 / 1 / 0 when "last week" / "next week" / "this week" is written right before or after the weekday at [start, end). */
function weekOf(text: string, start: number, end: number, lang: string): number | undefined {
  if (!weekCache.has(lang)) {
    const w = WEEK_WORDS[lang];
    weekCache.set(lang, w && [
      new RegExp(String.raw`(?<![\p{L}])(?:(${w.last})|(${w.next})|(${w.this ?? '(?!)'}))[\s,،]*(?:${w.glue}\s*)?$`, 'iu'),
      new RegExp(String.raw`^[\s,،]*(?:${w.glue}\s*)?(?:(${w.last})|(${w.next})|(${w.this ?? '(?!)'}))(?![\p{L}])`, 'iu'),
    ]);
  }
  const re = weekCache.get(lang);
  if (!re) return undefined;
  const m = re[0].exec(text.slice(Math.max(0, start - 40), start)) ?? re[1].exec(text.slice(end, end + 40));
  return m ? (m[1] !== undefined ? -1 : m[2] !== undefined ? 1 : 0) : undefined;
}

/** today / yesterday / tomorrow. */
export function dayWords(text: string, lang: string, out: Candidate[]): void {
  const words = DAY_WORDS[lang];
  if (!words) return;
  // Arabic attaches "and" to the word ("وغدا"), and "in" to "the yesterday" ("بالأمس"; not "باليوم", per day).
  const re = lang === 'zh'
    ? new RegExp(`(${alternation(Object.keys(words))})`, 'gu')
    : new RegExp(String.raw`(?<![${L}])${lang === 'ar' ? '(?:و|ف)?(?:ب(?=الأمس))?' : ''}(${alternation(Object.keys(words))})(?![${L}])`, 'giu');
  for (const m of text.matchAll(re)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    // "la mañana" is the morning; "اليوم الذي" is "the day which"; "Morgen" with a capital is the morning.
    if (lang === 'es' && m[1].toLowerCase() === 'mañana' && /\b(?:la|esta|por|de)\s+$/i.test(before)) continue;
    if (lang === 'de' && m[1] === 'Morgen') continue;
    // "اليوم الأول", "اليوم التالي", "اليوم نفسه": a day counted or named from another, not today.
    if (lang === 'ar' && /^\s*(?:الذي|التي|العالمي|الوطني|الأول|الثاني|الثالث|الأخير|السابق|التالي|الموالي|نفسه|ذاته)(?![\p{L}])/u.test(after)) continue;
    const days = words[m[1].toLowerCase()] ?? words[m[1]];
    if (days === undefined) continue;
    out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'offset', days } });
  }
  // "Wczorajsze zamknięcie", "вчерашнего матча", "die gestrige Sitzung": the adjective names the day too.
  const adjectives = DAY_ADJECTIVES[lang];
  if (!adjectives) return;
  const adj = new RegExp(String.raw`(?<![${L}])(${alternation(adjectives.map(([stem]) => stem))})[${L}]*`, 'giu');
  for (const m of text.matchAll(adj)) {
    const days = adjectives.find(([stem]) => stem === m[1].toLowerCase())?.[1];
    if (days !== undefined) out.push({ start: m.index, end: m.index + m[0].length, meaning: { kind: 'offset', days } });
  }
}

/** The day `dayOfMonth` nearest the anchor that falls on weekday `wd` ("martes 4"). */
export function weekdayWithDay(anchor: DayNumber, wd: number, dayOfMonth: number): DayNumber | undefined {
  const { year, month } = partsOf(anchor);
  let best: DayNumber | undefined;
  for (let k = -6; k <= 6; k++) {
    const idx = year * 12 + (month - 1) + k;
    const d = validDay(Math.floor(idx / 12), (idx % 12) + 1, dayOfMonth);
    if (d === undefined || weekdayOf(d) !== wd) continue;
    if (best === undefined || Math.abs(d - anchor) < Math.abs(best - anchor)) best = d;
  }
  return best;
}
