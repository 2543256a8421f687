/**
 * Which day a relative date expression of the nine non-English languages
 * means (a weekday, a day and month without a year, today / yesterday),
 * given the publication date and the clause around it.
 *
 * The tense of the clause decides between the last and the next weekday. The
 * clause is the sentence around the expression, cut at spaced dashes and at
 * a headline glued to the body, with two things taken out because they carry a time of their own: quoted speech
 * not containing the expression ("« … deviendra … », a déclaré X mercredi")
 * and what a verb of saying after the expression reports ("周一表示，球队将…",
 * "sagte am Montag, man werde …").
 */
import { partsOf, resolveWeekday, validDay, weekdayOf, type DayNumber, type Direction } from './dates-calendar.js';
import { FUTURE_CUES, FUTURE_FORMS, FUTURE_MODALS, NON_PAST_CLAUSE, PAST_CUES, PAST_FORMS, PAST_MARKED, SINCE_ONLY, YEAR_ALONE, otherConjunct } from './lang-tense.js';
import { FOR_DAY } from './lang-calendar.js';
import { SPEECH } from './speech-verbs-intl.js';
import { yearHint } from './dates-intl-year.js';
import { findAdjacentDays } from './dates-intl-adjacent.js';
import { weekdayWithDay } from './dates-intl-weekdays.js';

export type Meaning =
  | { readonly kind: 'day'; readonly day: DayNumber }
  | { readonly kind: 'monthDay'; readonly month: number; readonly day: number }
  /** A day of the month alone, the month being the anchor's or a neighbour's (Chinese "16日", "17 日，…"). */
  /** `dir`: "el pasado día 12" (the last such day), "el próximo día 25" (the next). */
  | { readonly kind: 'dayOfMonth'; readonly day: number; readonly dir?: 'last' | 'next' }
  /** A day of the month before or after the anchor's, or of the anchor's (Chinese "上月 3 日", "本月 3 日"). */
  | { readonly kind: 'relativeMonthDay'; readonly months: number; readonly day: number }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  /** `week`: the weekday of the week before (-1) or after (1) the anchor's ("Geçen hafta Pazartesi", 上周一). */
  /** `forward`: "for Friday" ("für Freitag", "para el viernes"): ahead unless the clause is past. */
    /** `thisWeek`: "este jueves", "ce jeudi": the nearer one unless the clause's tense says which. */
  | { readonly kind: 'weekday'; readonly wd: number; readonly dir?: Direction; readonly dayOfMonth?: number; readonly week?: number; readonly forward?: boolean; readonly thisWeek?: boolean; readonly until?: boolean }
  | { readonly kind: 'offset'; readonly days: number }
  /** The day before / after another day ("am Vortag", "le lendemain"): named from a date before it in its sentence, else from the anchor. */
  | { readonly kind: 'adjacent'; readonly days: number };

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly meaning: Meaning;
  /** Days written with one month ("od 18, a część - od 25 maja") share one clause: from the first day to the month. */
  readonly tenseSpan?: readonly [number, number];
  /** The date whose month an earlier day borrows ("8" of "vom 8. bis 12. April"): the day is read in its year. */
  readonly yearOf?: Candidate;
}

/** Quoted passages: «…», “…”, „…“, "…", 「…」, 『…』, on one line and at most 600 characters. */
const QUOTED = /«[^»\n]{1,600}»|“[^”“\n]{1,600}”|„[^“”\n]{1,600}[“”]|"[^"\n]{1,600}"|「[^」\n]{1,600}」|『[^』\n]{1,600}』/gu;

/**
 * "But" after a comma starts a clause with a tense of its own ("Głosowanie potrwa do poniedziałku,
 * ale już w piątek … zagłosowało", "mais", "aber"): the clause stops there. Not Chinese "但": after
 * 虽然 it closes a concession whose time cue ("虽然周日看起来相当平静，但…将…") is shared.
 */
const BUT = /^[,，]\s*(?:ale|lecz|но|однако|mais|aber|doch|jedoch|pero|sino|però|ama|fakat|ancak|لكن|ولكن)(?![\p{L}])/u;

/** Where the sentence around a span begins and ends, cut at spaced dashes ("… zostaną otwarte - zapowiedziało w środę …"). */
function clauseBounds(text: string, start: number, end: number, clause = true): [number, number] {
  // A run of spaces before a capital ends a headline glued to the body ("… wird überrollt  Ein tragischer Unfall …").
  const gap = (i: number): boolean => /^[ \t\u00a0]{2,}\p{Lu}/u.test(text.slice(i, i + 4));
  let s = start;
  while (s > 0 && !/[.!?。！？؟\n]/.test(text[s - 1]) && !(clause && (/\s[-–—]\s$/.test(text.slice(Math.max(0, s - 3), s)) || BUT.test(text.slice(s, s + 12)))) && !(s >= 2 && gap(s - 2))) s--;
  let e = end;
  while (e < text.length && !/[.!?。！？؟\n]/.test(text[e]) && !(clause && (/^\s[-–—]\s/.test(text.slice(e, e + 3)) || BUT.test(text.slice(e, e + 12)))) && !gap(e)) e++;
  return [s, e];
}

const speechCache = new Map<string, RegExp | undefined>();
/** A verb of saying followed by what it reports: a comma, a colon or "that". */
function reportingVerb(lang: string): RegExp | undefined {
  if (!speechCache.has(lang)) {
    const lex = SPEECH[lang];
    const that = '(?:dass|que|che|że|что|ki|أن|إن)';
    speechCache.set(lang, lex === undefined ? undefined : lang === 'zh'
      ? new RegExp(`(?:${lex.verbs})\\s*[，,：:]`, 'u')
      : new RegExp(`(?<![\\p{L}])(?:${lex.verbs})(?![\\p{L}])\\s*(?:[,:،]|${that}(?![\\p{L}]))`, 'iu'));
  }
  return speechCache.get(lang);
}

/**
 * Where the clause starts once a quote opened in an earlier sentence is taken out: the full stop
 * inside ""… vergessen. Aber sie werden … sein", sagte Trump in einem am Freitag veröffentlichten
 * Video" cut the quote in two, and its second half (with its future) is not the report's tense.
 * Marks are paired over the whole line, so the quote's opening mark is seen.
 */
function afterOpenQuote(text: string, s: number, start: number): number {
  // At most 2,000 characters back: a quote is at most 600, and a long line must not cost its length per date.
  const ls = Math.max(text.lastIndexOf('\n', s - 1) + 1, s - 2000);
  if (ls === s) return s;
  let out = s;
  for (const q of text.slice(ls, start).matchAll(QUOTED)) {
    const qs = ls + q.index;
    const qe = qs + q[0].length;
    if (qs >= s) break;
    if (qe > s && qe <= start) out = qe;
  }
  return out;
}

/** The clause whose tense applies to the expression at [start, end). */
export function tenseClause(text: string, start: number, end: number, lang: string): string {
  // A date that took the full stop after it ("od 6 maja.") ends its sentence there.
  const [s0, e] = clauseBounds(text, start, text[end - 1] === '.' ? end - 1 : end);
  const s = afterOpenQuote(text, s0, start);
  let clause = '';
  let at = s;
  // Where the expression ends inside `clause`: what a verb of saying after it reports is cut off.
  let exprEnd = end - s;
  for (const q of text.slice(s, e).matchAll(QUOTED)) {
    const qs = s + q.index;
    const qe = qs + q[0].length;
    if (qs <= start && end <= qe) continue;
    if (qe <= start) exprEnd -= q[0].length - 1;
    clause += text.slice(at, qs) + ' ';
    at = qe;
  }
  clause += text.slice(at, e);
  const verb = reportingVerb(lang);
  const m = verb?.exec(clause.slice(exprEnd));
  if (m) return clause.slice(0, exprEnd + m.index + m[0].length);
  return cutAtReported(clause, exprEnd - (end - start), exprEnd, lang);
}

/** "that" after a verb of saying or deciding: what follows is reported, with a tense of its own. */
const THAT: Readonly<Record<string, RegExp>> = {
  de: /,\s*dass(?![\p{L}])/u,
  fr: /\s(?:que|qu['’])/iu,
  es: /\sque(?![\p{L}])/iu,
  it: /\sche(?![\p{L}])/iu,
  pl: /,\s*że(?![\p{L}])/iu,
  ru: /,\s*что(?![\p{L}])/iu,
  ar: /\s(?:أن|بأن|أنه|أنها|إن|إنه|إنها)(?![\p{L}])/u,
};
/** Verbs of deciding and confirming that take "that" like verbs of saying. */
const DECIDE: Readonly<Record<string, string>> = {
  de: 'entschieden|beschlossen|bekanntgegeben|bestätigt|entschied|beschloss|bestätigte|angekündigt|kündigte',
  fr: 'décidé|confirmé|décidait|confirmait|annoncé|annonçait',
  es: 'decidió|confirmó|decidido|confirmado|anunció|anunciado',
  it: 'deciso|confermato|decise|confermò|annunciato|annunciò',
  pl: 'zdecydował\\p{L}*|potwierdził\\p{L}*|postanowił\\p{L}*',
  ru: 'решил\\p{L}*|подтвердил\\p{L}*',
  ar: 'قرر\\p{L}*|أكد\\p{L}*',
};
const headCache = new Map<string, RegExp | undefined>();

/**
 * "Le gouvernement a annoncé vendredi que les écoles fermeront", "Rząd poinformował w piątek, że szkoły zostaną
 * zamknięte": the day is the announcement's, so the clause ends at "that" after it when a verb of saying or deciding
 * comes before that "that". Not a cleft ("C'est vendredi que le gouvernement décidera").
 */
function cutAtReported(clause: string, exprStart: number, exprEnd: number, lang: string): string {
  const that = THAT[lang];
  if (!that) return clause;
  const head = headVerbs(lang);
  if (!head) return clause;
  // The day inside what is reported ("Premier zapowiedział, że w piątek rząd zdecyduje"): the clause starts after "that".
  let from = 0;
  for (const b of clause.slice(0, exprStart).matchAll(new RegExp(that.source, `g${that.flags}`))) {
    if (head.test(clause.slice(0, b.index))) from = b.index + b[0].length;
  }
  const t = that.exec(clause.slice(exprEnd));
  if (!t) return clause.slice(from);
  if (/(?:c['’]est|es|era|fue|è|era)\s+(?:(?:le|el|il)\s+)?$/iu.test(clause.slice(Math.max(0, exprStart - 16), exprStart)) && t.index <= 1) return clause.slice(from);
  const cut = exprEnd + t.index;
  // A run of spaces between the day and "that" is a headline glued to the body ("… من مساء الثلاثاء  قال مصدر … إن"):
  // the body's verb of saying is not the headline's.
  if (/[ \t\u00a0]{2,}/.test(clause.slice(exprEnd, cut))) return clause.slice(from);
  return head.test(clause.slice(from, cut)) ? clause.slice(from, cut) : clause.slice(from);
}

function headVerbs(lang: string): RegExp | undefined {
  if (!headCache.has(lang)) {
    const lex = SPEECH[lang];
    const verbs = [lex?.verbs, DECIDE[lang]].filter((v): v is string => v !== undefined && v !== '').join('|');
    headCache.set(lang, verbs ? new RegExp(`(?<![\\p{L}])${lang === 'ar' ? '[وف]?' : ''}(?:${verbs})(?![\\p{L}])`, 'iu') : undefined);
  }
  return headCache.get(lang);
}

/**
 * Future-looking auxiliaries that are not the future here: German
 * "soll" with a perfect infinitive reports hearsay about the past ("soll den
 * Vorfall am Samstag angezeigt haben"). (Dropping "werden" after a participle,
 * the passive, was tried: "muss am Samstag … abgesegnet werden" is future.)
 */
const NOT_FUTURE: Readonly<Record<string, RegExp>> = {
  // "as planned" tells of a plan carried out: "wie geplant", "comme prévu", "como estaba previsto", "come previsto".
  de: /(?<![\p{L}])soll(?:en)?(?=(?:\s+[\p{L}\d.-]+){1,12}?\s+\p{Ll}+(?:t|en)\s+(?:haben|sein)(?![\p{L}]))(?![\p{L}])|(?<![\p{L}])[Ww]ie\s+geplant(?![\p{L}])/gu,
  fr: /(?<![\p{L}])comme\s+prévu(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:como\s+(?:estaba\s+)?|según\s+lo\s+)previsto(?![\p{L}])/giu,
  it: /(?<![\p{L}])come\s+previsto(?![\p{L}])/giu,
};

/** A day ahead costs this much more than one behind when the clause's verb is past and none looks ahead (else 1.5). */
const PAST_AHEAD = 3;

export function resolve(c: Candidate, anchor: DayNumber, text: string, lang: string): DayNumber | undefined {
  const m = c.meaning;
  if (m.kind === 'offset' || m.kind === 'adjacent') return anchor + m.days;
  if (m.kind === 'day' || m.kind === 'month') return undefined;
  // "am nächsten Tag", "на следующий день" name a day from another; their "next" is no future.
  const clause = withoutAdjacent(tenseClause(text, c.tenseSpan?.[0] ?? c.start, c.tenseSpan?.[1] ?? c.end, lang), lang).replace(NOT_FUTURE[lang] ?? /$^/u, ' ');
  const nonPast = NON_PAST_CLAUSE[lang];
  const past = PAST_FORMS[lang]?.test(clause) ?? false;
  const future = (FUTURE_CUES[lang]?.test(clause) ?? false) ||
    (FUTURE_FORMS[lang]?.test(clause) ?? false) ||
    ((FUTURE_MODALS[lang]?.test(clause) ?? false) && !past) ||
    (nonPast !== undefined && nonPast.nonPast.test(clause) && !nonPast.past.test(clause));
  if (m.kind === 'monthDay' && c.yearOf) {
    const later = resolve(c.yearOf, anchor, text, lang);
    return later === undefined ? undefined : validDay(partsOf(later).year, m.month, m.day);
  }
  if (m.kind === 'relativeMonthDay') {
    const { year, month } = partsOf(anchor);
    const idx = year * 12 + (month - 1) + m.months;
    return validDay(Math.floor(idx / 12), (idx % 12) + 1, m.day);
  }
  if (m.kind === 'dayOfMonth') {
    const { year, month } = partsOf(anchor);
    const options = [-1, 0, 1].map((k) => {
      const idx = year * 12 + (month - 1) + k;
      return validDay(Math.floor(idx / 12), (idx % 12) + 1, m.day);
    }).filter((d): d is DayNumber => d !== undefined);
    if (options.length === 0) return undefined;
    if (m.dir === 'last') return options.filter((d) => d <= anchor).pop() ?? options[0];
    if (m.dir === 'next') return options.find((d) => d >= anchor) ?? options[options.length - 1];
    const cost = (d: DayNumber): number => (d >= anchor ? (d - anchor) * (future ? 0.5 : 1.5) : anchor - d);
    return options.reduce((best, d) => (cost(d) < cost(best) ? d : best));
  }
  if (m.kind === 'monthDay') {
    // "since" forces the past, unless the clause speaks of the future ("od 25 maja będzie obowiązywała": from 25 May on).
    const before = text.slice(Math.max(0, c.start - 24), c.start);
    const since = (PAST_CUES[lang]?.test(before) ?? false) && (!future || SINCE_ONLY.test(before));
    const { year } = partsOf(anchor);
    const options = [year - 1, year, year + 1].map((y) => validDay(y, m.month, m.day)).filter((d): d is DayNumber => d !== undefined);
    if (options.length === 0) return undefined;
    // Words beside the date: "el pasado 3 de marzo", "3 марта прошлого года", "去年 12 月 3 日".
    const hint = yearHint(text, c.start, c.end, lang);
    if (hint && 'yearOffset' in hint) return validDay(partsOf(anchor).year + hint.yearOffset, m.month, m.day);
    if (hint?.dir === 'last') return options.filter((d) => d <= anchor).pop() ?? options[0];
    if (hint?.dir === 'next') return options.find((d) => d >= anchor) ?? options[options.length - 1];
    const named = yearOfSentence(text, c, lang);
    const inNamed = named === undefined ? undefined : options.find((d) => partsOf(d).year === named);
    if (inNamed !== undefined) return inNamed;
    if (since) return options.filter((d) => d <= anchor).pop() ?? options[0];
    // A day ahead weighs half with a future verb, PAST_AHEAD with a past one ("Moscou avait massé … le 22 avril" in
    // December: last April), unless the date is what something is for ("para el 4 de agosto") or in another conjunct.
    const forDay = FOR_DAY[lang]?.test(before) ?? false;
    const ahead = future ? 0.5 : past && !forDay && !otherConjunct(text, c.start, lang) ? PAST_AHEAD : 1.5;
    const cost = (d: DayNumber): number => (d >= anchor ? (d - anchor) * ahead : anchor - d);
    return options.reduce((best, d) => (cost(d) < cost(best) ? d : best));
  }
  if (m.dayOfMonth !== undefined) return weekdayWithDay(anchor, m.wd, m.dayOfMonth);
  if (m.week !== undefined || (lang === 'zh' && m.dir === 'nearest')) {
    // 本周X: that weekday of the anchor's week (Monday-based); 上周X / "letzte Woche Montag": of the week before.
    const monday = anchor - ((weekdayOf(anchor) + 6) % 7);
    return monday + 7 * (m.week ?? 0) + ((m.wd + 6) % 7);
  }
  // "seit Montag", "depuis lundi", "منذ يوم الأحد": since a day, so a past one whatever the clause's tense ("muss sich seit Montag … verantworten").
  const since = SINCE_ONLY.test(text.slice(Math.max(0, c.start - 24), c.start)) || SINCE_AFTER.test(text.slice(c.end, c.end + 24));
  // "este jueves", "ce jeudi": a day of the current week, the nearer one, the clause's tense weighing (a past verb
  // keeps it past; "desde / dal / depuis este …" without a future is past as for a day and month).
  const sinceThis = !future && (PAST_CUES[lang]?.test(text.slice(Math.max(0, c.start - 30), c.start).replace(/\S+\s+$/u, '')) ?? false);
  if (m.thisWeek && !past && !since && !sinceThis) {
    const back = anchor - resolveWeekday(anchor, m.wd, 'past');
    const ahead = resolveWeekday(anchor, m.wd, 'future') - anchor;
    return ahead * (future ? 1 : 1.5) < back * (future ? 2 : 1) ? anchor + ahead : anchor - back;
  }
  // "Until Sunday": ahead unless a past verb dates the clause.
  const untilAhead = m.until === true && !past && !(nonPast !== undefined && nonPast.past.test(clause));
  const dir = m.dir ?? ((future || m.forward || untilAhead) && !since ? 'future' : 'past');
  if (m.dir === undefined && dir === 'past' && !since && anchor - resolveWeekday(anchor, m.wd, 'past') === 6 && noPastVerb(text, c, clause, lang)) return anchor + 1;
  return resolveWeekday(anchor, m.wd, dir);
}

/** No past verb in the clause of a weekday, from its last relative pronoun on, where the language marks every past (PAST_MARKED). */
function noPastVerb(text: string, c: Candidate, clause: string, lang: string): boolean {
  const marked = PAST_MARKED[lang];
  if (!marked) return false;
  const [s, e] = clauseBounds(text, c.start, c.end);
  const from = [...text.slice(s, c.start).matchAll(marked.relative)].pop();
  const own = from === undefined ? clause : text.slice(s + from.index + from[0].length, e);
  // A day standing alone as its sentence ("…, сообщила полиция. в четверг.") belongs to the sentence before.
  const rest = text.slice(s, c.start) + text.slice(c.end, e);
  if (!/\p{L}{3}/u.test(rest)) return false;
  return !marked.past.test(own);
}

/** "since" written after the day: Turkish "Pazartesi'den beri", "Pazartesi gününden bu yana". */
const SINCE_AFTER = /^(?:['’]?(?:den|dan|ten|tan)|\s+gününden)\s+(?:beri|bu\s+yana)(?![\p{L}])/u;

function withoutAdjacent(clause: string, lang: string): string {
  let out = clause;
  for (const a of findAdjacentDays(clause, lang)) out = out.slice(0, a.start) + ' '.repeat(a.end - a.start) + out.slice(a.end);
  return out;
}

/** The one year written alone in the sentence of a day and month ("на 2020 год"), if the sentence names exactly one. */
function yearOfSentence(text: string, c: Candidate, lang: string): number | undefined {
  const re = YEAR_ALONE[lang];
  if (!re) return undefined;
  const [s, e] = clauseBounds(text, c.start, text[c.end - 1] === '.' ? c.end - 1 : c.end, false);
  const years = new Set([...text.slice(s, e).matchAll(re)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : undefined;
}
