/**
 * Date expressions in the nine non-English languages, resolved against the
 * publication date like the English path (`dates.ts`): "3. Dezember 2021",
 * "3 décembre 2021", "3 de diciembre de 2021", "3 grudnia 2021",
 * "3 декабря 2021 г.", "3 Aralık 2021", "٣ ديسمبر ٢٠٢١", "2021年12月3日",
 * numeric "11.03.2020", weekdays ("am Sonntag", "в среду", "周四") and
 * today / yesterday / tomorrow.
 *
 * chrono-node's locales were checked first: they cover de/fr/es/it/ru/zh/ar
 * but not Polish or Turkish, merge neighbours ("mardi, hier" → one date) and
 * send a bare weekday forward whatever the tense, so one table-driven pass
 * (lang-calendar.ts) is used for all nine instead.
 *
 * Resolution: a day and month without a year is the occurrence nearest the
 * anchor, a future one counting 1.5× its distance (news reports the past);
 * "since"-cues force the past. A bare weekday is today, else the last one,
 * unless the clause speaks of the future (FUTURE_CUES) or says "next".
 */
import type { DateMention, DatePrecision } from '../../core/types.js';
import { dayOf, formatDay, parseAnchor, partsOf, validDay, weekdayOf, type DayNumber, type Direction } from './dates-calendar.js';
import { findAdjacentDays, resolveAdjacent } from './dates-intl-adjacent.js';
import { englishFullDates } from './dates-intl-english.js';
import { hijriDates } from './dates-intl-hijri.js';
import { monthReferenceDays } from './dates-intl-month-days.js';
import { cjkDayRuns, numericDates, pushMonthDay } from './dates-intl-numeric.js';
import { cjkRelativeMonthDays } from './dates-intl-year.js';
import { germanDaysAlone, wordDays } from './dates-intl-words.js';
import { resolve, type Candidate } from './dates-intl-resolve.js';
import { dayWords, weekdays } from './dates-intl-weekdays.js';
import { alternation, extendSuffix, L, MONTHS, monthPattern, WEEKDAYS } from './lang-calendar.js';
import { normalizeDigits } from './numbers-intl.js';

const patternCache = new Map<string, RegExp>();
/** The pattern `key` of `lang`, compiled once: the month alternations are long, and a text used to pay for compiling them. */
function cached(lang: string, key: string, make: () => RegExp): RegExp {
  const k = `${lang}:${key}`;
  let re = patternCache.get(k);
  if (!re) patternCache.set(k, (re = make()));
  return re;
}

/** Absolute dates with a month name or in numbers. */
function absolute(text: string, lang: string, out: Candidate[]): void {
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

/** Words that join two days of one month ("18. bis 25. Mai", "du 18 au 25 mai", "18 i 25 maja", "entre el 18 y el 25 de mayo"). */
const DAY_JOINERS = String.raw`[-–—]|,|bis(?:\s+zum)?|und|oder|au|jusqu['’]au|et|ou|al|fino\s+al|a|y|o|hasta|e|ed|do|i|oraz|lub|и|или|по|до|ve|veya|ile|و|أو|إلى|حتى|لغاية`;

/**
 * A day whose month is written once, after a later day: "vom 18. bis 25. Mai",
 * "18-25 maja", "5, 6 i 7 maja", and a repeated preposition ("od 18, a część -
 * od 25 maja", "from the 18th, and part from 25 May"). The earlier day is
 * smaller than the later one and is read in the same month and year.
 */
function elidedMonths(text: string, lang: string, out: Candidate[]): void {
  // The later day may carry its weekday: "von Freitag, dem 10., bis Sonntag, dem 12. Juli", "du vendredi 10 au dimanche 12 juillet".
  const wd = weekdayWord(lang);
  const joined = cached(lang, 'joined', () => new RegExp(String.raw`(?<![\p{L}\d.,:/-])(\d{1,2})(?:\.º|\.|er|ᵉʳ|º|°|o|ro|ero)?,?\s*(?:${DAY_JOINERS})\s*(?:${wd},?\s+)?(?:(?:el|le|il|dem|den)\s+)?$`, 'iu'));
  const ownWeekday = cached(lang, 'ownWeekday', () => new RegExp(String.raw`${wd},?\s+(?:(?:el|le|il|dem|den)\s+)?$`, 'iu'));
  const repeated = /(?<![\p{L}])(\p{L}{1,4})\s+(\d{1,2})(?!\d|[.,:/]\d)([^\d.!?;\n]{1,30}?)(?<![\p{L}])(\p{L}{1,4})\s+$/iu;
  const found: Candidate[] = [];
  const replaced = new Map<Candidate, Candidate>();
  for (const c of out) {
    if (c.meaning.kind !== 'monthDay' && c.meaning.kind !== 'day') continue;
    let later = c;
    const chain: Candidate[] = [];
    for (let k = 0; k < 6; k++) {
      const before = text.slice(Math.max(0, later.start - 48), later.start);
      const laterDay = later.meaning.kind === 'monthDay' ? later.meaning.day : later.meaning.kind === 'day' ? partsOf(later.meaning.day).day : 0;
      const j = joined.exec(before);
      const r = j ? undefined : repeated.exec(before);
      const hit = j ? { day: Number(j[1]), at: j.index } : r && r[1].toLowerCase() === r[4].toLowerCase() ? { day: Number(r[2]), at: r.index + r[0].indexOf(r[2], r[1].length) } : undefined;
      if (!hit || hit.day < 1 || hit.day >= laterDay) break;
      const start = later.start - before.length + hit.at;
      const meaning = withDay(later.meaning, hit.day);
      if (!meaning) break;
      // The day's own weekday goes with it ("du mardi 24 au mercredi 25 mars", "von Freitag, dem 10., bis …").
      const own = ownWeekday.exec(text.slice(Math.max(0, start - 24), start));
      later = { start: own ? start - own[0].length : start, end: start + String(hit.day).length, meaning };
      chain.push(later);
    }
    if (chain.length === 0) continue;
    const span = [later.start, c.end] as const;
    const full = { ...c, tenseSpan: span };
    found.push(...chain.map((d) => ({ ...d, tenseSpan: span, yearOf: full })));
    replaced.set(c, full);
  }
  out.splice(0, out.length, ...out.map((c) => replaced.get(c) ?? c), ...found);
}

/** Any weekday of `lang` with its endings, for the days of a range ("bis Sonntag, dem 12. Juli"); never matches where the language has none. */
function weekdayWord(lang: string): string {
  const table = lang === 'zh' ? undefined : WEEKDAYS[lang];
  if (!table) return '(?!)';
  return String.raw`(?<![\p{L}])(?:${alternation(table.flat())})[\p{L}]*`;
}

function withDay(m: Candidate['meaning'], day: number): Candidate['meaning'] | undefined {
  if (m.kind === 'monthDay') return { kind: 'monthDay', month: m.month, day };
  if (m.kind !== 'day') return undefined;
  const p = partsOf(m.day);
  const d = validDay(p.year, p.month, day);
  return d === undefined ? undefined : { kind: 'day', day: d };
}

/**
 * Date expressions in `text` (language `lang`), resolved against `anchor.date`.
 * @example extractDatesIntl('Am 3. Dezember 2021 sagte er …', 'de', { date: '2021-12-05' })[0].date // '2021-12-03'
 */
export function extractDatesIntl(
  rawText: string,
  lang: string,
  anchor: { readonly date?: string; readonly inferred?: boolean } = {},
): DateMention[] {
  const text = normalizeDigits(rawText);
  const all: Candidate[] = [];
  // Arabic glues "and", "with", "to" to a number ("بين 1 و3 مارس"): read absolute dates with a space in its place
  // (every offset kept); the joiners of a range are read from the text as written.
  absolute(lang === 'ar' ? text.replace(/(?<![\p{L}\p{M}])[وبفل](?=\d)/gu, ' ') : text, lang, all);
  englishFullDates(text, all);
  if (lang === 'ar') hijriDates(text, all);
  wordDays(text, lang, all);
  monthReferenceDays(text, lang, all);
  elidedMonths(text, lang, all);
  if (lang === 'de') germanDaysAlone(text, all);
  weekdays(text, lang, all);
  dayWords(text, lang, all);
  for (const a of findAdjacentDays(text, lang)) all.push({ start: a.start, end: a.end, meaning: { kind: 'adjacent', days: a.days } });
  const picked = pickNonOverlapping(all);
  const a = parseAnchor(anchor.date);
  const out: DateMention[] = [];
  const days = new Map<Candidate, DayNumber | undefined>();
  const dayOfCandidate = (c: Candidate): DayNumber | undefined => {
    if (!days.has(c)) days.set(c, c.meaning.kind === 'day' ? c.meaning.day : c.meaning.kind === 'month' || a === undefined ? undefined : resolve(c, a, text, lang));
    return days.get(c);
  };
  picked.forEach((c, i) => {
    const named = besideDate(text, picked, i, dayOfCandidate);
    if (named !== undefined) days.set(c, named);
  });
  const named: { end: number; day: DayNumber | undefined }[] = [];
  for (const c of picked) {
    const relative = c.meaning.kind !== 'day' && c.meaning.kind !== 'month';
    const day = c.meaning.kind === 'month' ? dayOf(c.meaning.year, c.meaning.month, 1)
      : c.meaning.kind === 'adjacent' ? resolveAdjacent(text, { start: c.start, end: c.end, days: c.meaning.days }, named, a)
      : dayOfCandidate(c);
    if (c.meaning.kind !== 'month') named.push({ end: c.end, day });
    const precision: DatePrecision = c.meaning.kind === 'month' ? 'month' : 'day';
    const resolution = day === undefined ? 'unresolved' : relative && anchor.inferred ? 'inferred' : 'certain';
    out.push({
      start: c.start,
      end: c.end,
      text: rawText.slice(c.start, c.end),
      ...(day !== undefined ? { date: formatDay(day) } : {}),
      resolution,
      relative: c.meaning.kind === 'weekday' || c.meaning.kind === 'offset' || c.meaning.kind === 'adjacent',
      ...(precision !== 'day' ? { precision } : {}),
    });
  }
  return out;
}

/**
 * A bare weekday written beside a date or "yesterday" / "tomorrow" names that day when the two agree:
 * "Montag, 16. März", "lundi 16 mars", "16 Mart Pazartesi günü", "14 февраля (пятница)", "3月16日（周一）", "أمس السبت".
 */
function besideDate(text: string, picked: readonly Candidate[], i: number, dayOf: (c: Candidate) => DayNumber | undefined): DayNumber | undefined {
  const c = picked[i];
  if (c.meaning.kind !== 'weekday' || c.meaning.dir !== undefined || c.meaning.dayOfMonth !== undefined) return undefined;
  const wd = c.meaning.wd;
  const next = picked[i + 1];
  const prev = picked[i - 1];
  for (const [other, gap] of [[next, next ? text.slice(c.end, next.start) : ''], [prev, prev ? text.slice(prev.end, c.start) : '']] as const) {
    // Also beside "yesterday" / "tomorrow" ("أمس السبت", "hier samedi", "mañana jueves").
    if (!other || other.meaning.kind === 'weekday' || other.meaning.kind === 'month') continue;
    // Arabic joins them with "corresponding to" ("الأحد الموافق 15 مارس"); slashes, brackets and dashes also set a
    // weekday beside its date ("10 stycznia 2020 /piątek/", "17.03.2020 [wtorek]", "16 марта – понедельник").
    if (!/^[\s,،(（)）/[\]\-–—]{0,4}(?:الموافق[\s,،]{1,3})?$/u.test(gap)) continue;
    const d = dayOf(other);
    if (d !== undefined && weekdayOf(d) === wd) return d;
  }
  return undefined;
}

function pickNonOverlapping(all: Candidate[]): Candidate[] {
  // Longer spans first (a full date beats the weekday inside it), then by position.
  const sorted = [...all].sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((x, y) => x.start - y.start);
}
