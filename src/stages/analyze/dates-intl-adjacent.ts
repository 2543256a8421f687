/**
 * "The day before" and "the day after" in the nine non-English languages
 * ("am Vortag", "la veille", "el día anterior", "il giorno dopo",
 * "następnego dnia", "накануне", "ertesi gün", "في اليوم التالي", "次日"):
 * a day named from another day. A reader takes that other day from the
 * sentence ("Le 3 décembre il est arrivé ; le lendemain …" is 4 December);
 * with no date before it in its sentence the day is named from the
 * publication date, like yesterday / tomorrow ("Das war etwa ein Dollar mehr
 * als am Vortag" in a report of the day).
 *
 * The eve of a named event is no day of the calendar: "am Vortag der Wahl",
 * "la veille du scrutin", "un día antes de las elecciones", "накануне выборов",
 * "seçimden bir gün önce", "选举的前一天" are left out.
 */
import type { DayNumber } from './dates-calendar.js';

interface AdjacentWords {
  /** Phrases for the day before (-1) and the day after (+1), as regex sources. */
  readonly before: string;
  readonly after: string;
  /** What follows the phrase when it is the eve (or morrow) of a named event. */
  readonly of?: RegExp;
  /** The phrases `of` applies to (all when absent). */
  readonly ofOnly?: RegExp;
  /** What precedes the phrase when it is the eve of a named event. */
  readonly ofBefore?: RegExp;
}

const ADJACENT: Readonly<Record<string, AdjacentWords>> = {
  de: {
    before: String.raw`am\s+Vortag|tags\s+zuvor|(?:am|einen)\s+Tag\s+(?:zuvor|davor|vorher)`,
    after: String.raw`am\s+Folgetag|tags\s+darauf|am\s+(?:nächsten|folgenden)\s+Tag|(?:am|einen)\s+Tag\s+(?:darauf|danach|später)`,
    of: /^\s+(?:des|der|dem|von|vor)(?![\p{L}])/iu,
  },
  fr: {
    before: String.raw`la\s+veille|le\s+jour\s+précédent|un\s+jour\s+plus\s+tôt`,
    after: String.raw`le\s+lendemain|le\s+jour\s+suivant|un\s+jour\s+plus\s+tard`,
    // "la veille du scrutin", "un jour plus tard que …".
    of: /^\s*(?:de|du|des|d['’]|que|qu['’])(?![\p{L}])/iu,
  },
  es: {
    before: String.raw`el\s+día\s+anterior|la\s+víspera|un\s+día\s+antes`,
    after: String.raw`al\s+día\s+siguiente|el\s+día\s+siguiente|un\s+día\s+después`,
    of: /^\s+(?:de|del|a|al)(?![\p{L}])/iu,
  },
  it: {
    before: String.raw`il\s+giorno\s+(?:prima|precedente)|la\s+vigilia|un\s+giorno\s+prima`,
    after: String.raw`il\s+giorno\s+(?:dopo|seguente|successivo)|(?:l|all)['’]indomani|un\s+giorno\s+dopo`,
    // "la vigilia di Natale", "un giorno dopo che i miliziani …" (a day after an event, not after a date).
    of: /^\s+(?:di|del|della|dello|dei|delle|degli|dell['’]|che)(?![\p{L}])/iu,
  },
  pl: {
    before: String.raw`dzień\s+wcześniej|poprzedniego\s+dnia|dzień\s+przedtem`,
    after: String.raw`następnego\s+dnia|kolejnego\s+dnia|nazajutrz|dzień\s+później`,
  },
  ru: {
    before: String.raw`накануне|дн[её]м\s+ранее|за\s+день\s+до\s+этого`,
    after: String.raw`(?:на\s+(?:следующий|другой)\s+день|дн[её]м\s+позже|день\s+спустя)(?!\s+после)`,
    // "накануне выборов", "накануне Рождества" are the eve of an event: the bare word is the day before when what
    // follows is no genitive or name (a verb, a nominative subject, a part of the day, punctuation): "Накануне индекс упал".
    of: /^\s+(?:\p{Lu}|\p{Ll}*(?:ов|ев|ей|ия|ии|а|я|и|ы)(?![\p{L}]))/u,
    ofOnly: /^накануне$/iu,
  },
  tr: {
    before: String.raw`bir\s+gün\s+önce|(?:bir\s+)?önceki\s+gün`,
    after: String.raw`ertesi\s+gün(?:ü)?|bir\s+gün\s+sonra`,
    // "seçimden bir gün önce": a day before what the ablative names.
    ofBefore: /\p{L}(?:den|dan|ten|tan)\s+$/u,
  },
  ar: {
    before: String.raw`(?:في\s+)?اليوم\s+السابق|قبل\s+ذلك\s+بيوم`,
    after: String.raw`(?:في\s+)?اليوم\s+(?:التالي|الموالي)|بعد\s+ذلك\s+بيوم`,
    of: /^\s*(?:ل|على)/u,
  },
  zh: {
    before: String.raw`前一天|前一日`,
    after: String.raw`次日|第二天|翌日|隔天|隔日`,
    // "选举的前一天" (the eve of the election), "连续第二天" (a second day running), "第一次日出" (一次 + 日出).
    ofBefore: /(?:的|连续|一连|第|[一二三四五六七八九十两几多每首这那\d])\s*$/u,
  },
};

export interface AdjacentMention { readonly start: number; readonly end: number; readonly days: number }

const cache = new Map<string, RegExp>();

/** The day-before / day-after phrases of `text`. */
export function findAdjacentDays(text: string, lang: string): AdjacentMention[] {
  const words = ADJACENT[lang];
  if (!words) return [];
  let re = cache.get(lang);
  if (!re) {
    const edge = lang === 'zh' ? '' : String.raw`(?<![\p{L}])`;
    const tail = lang === 'zh' ? '' : String.raw`(?![\p{L}])`;
    re = new RegExp(String.raw`${edge}(?:(${words.before})|(${words.after}))${tail}`, 'giu');
    cache.set(lang, re);
  }
  const out: AdjacentMention[] = [];
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if ((words.ofOnly?.test(m[0]) ?? true) && words.of?.test(text.slice(end, end + 16))) continue;
    if (words.ofBefore?.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    out.push({ start: m.index, end, days: m[1] !== undefined ? -1 : 1 });
  }
  return out;
}

/**
 * The day an adjacent-day phrase names: one from the last dated mention before it in its
 * sentence, else (the day after) one from the last day named shortly before, else one from the publication date.
 */
export function resolveAdjacent(
  text: string,
  mention: AdjacentMention,
  before: readonly { readonly end: number; readonly day: DayNumber | undefined }[],
  anchor: DayNumber | undefined,
): DayNumber | undefined {
  for (let i = before.length - 1; i >= 0; i--) {
    const b = before[i];
    if (b.end > mention.start) continue;
    // The sentence ends at a full stop followed by a space and a capital, or at a line break.
    if (/[!?。！？؟\n]|\.\s+\p{Lu}/u.test(text.slice(b.end, mention.start))) break;
    if (b.day !== undefined) return b.day + mention.days;
  }
  // "The day after" continues a story told before it ("Am 3. März kam er an. Am Tag darauf reiste er ab."): the last day
  // named in the paragraph, when it lies before the publication; "the day before" with no date in its sentence is the
  // report's own ("mehr als am Vortag").
  if (mention.days > 0) {
    for (let i = before.length - 1; i >= 0; i--) {
      const b = before[i];
      if (b.end > mention.start || b.day === undefined) continue;
      if (mention.start - b.end > 400 || text.slice(b.end, mention.start).includes('\n')) break;
      if (anchor === undefined || b.day < anchor) return b.day + mention.days;
      break;
    }
  }
  return anchor === undefined ? undefined : anchor + mention.days;
}
