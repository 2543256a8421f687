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
import { dayOf, formatDay, parseAnchor, partsOf, weekdayOf, type DayNumber } from './dates-calendar.js';
import { absolute, cached, withDay } from './dates-intl-absolute.js';
import { findAdjacentDays, resolveAdjacent } from './dates-intl-adjacent.js';
import { englishFullDates } from './dates-intl-english.js';
import { hijriDates } from './dates-intl-hijri.js';
import { monthReferenceDays } from './dates-intl-month-days.js';
import { germanDaysAlone, wordDays } from './dates-intl-words.js';
import { resolve, type Candidate } from './dates-intl-resolve.js';
import { dayWords, weekdays } from './dates-intl-weekdays.js';
import { alternation, WEEKDAYS } from './lang-calendar.js';
import { normalizeDigits } from './numbers-intl.js';

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
