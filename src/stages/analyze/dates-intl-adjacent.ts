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

/**
 * "The same day" ("am selben Tag", "le même jour", "el mismo día", "lo stesso giorno", "tego samego dnia",
 * "в тот же день", "aynı gün", "في اليوم نفسه", "当天"): the day named before it, else the publication's.
 * Not "the same day as …" ("el mismo día que", "le jour même de", "同一天的"), whose other day is an event.
 */
const SAME_DAY: Readonly<Record<string, string>> = {
  de: String.raw`am\s+(?:selben|gleichen)\s+Tag|am\s+selbigen\s+Tag|noch\s+am\s+selben\s+Tag`,
  fr: String.raw`le\s+même\s+jour|le\s+jour\s+même|ce\s+même\s+jour`,
  es: String.raw`(?:ese|el)\s+mismo\s+día`,
  it: String.raw`(?:lo\s+stesso|quello\s+stesso|nello\s+stesso)\s+giorno|in\s+giornata`,
  pl: String.raw`tego\s+samego\s+dnia|(?:w\s+)?tym\s+samym\s+dniu`,
  ru: String.raw`в\s+тот\s+же\s+день|в\s+этот\s+же\s+день`,
  tr: String.raw`aynı\s+gün(?:ü)?`,
  ar: String.raw`(?:في\s+)?(?:اليوم\s+(?:نفسه|ذاته)|نفس\s+اليوم|ذات\s+اليوم)`,
  zh: String.raw`当天|当日|同日|同一天`,
};
/** What makes "the same day" the day of an event named after it. */
const SAME_AS = /^\s*(?:que|qu['’]|che|in\s+cui|en\s+que|als|wie|an\s+dem|как|когда|что|ki|de|du|des|del|della|di|der|des|od|когда|الذي|التي|من|的)(?![\p{L}])/iu;

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
    re = new RegExp(String.raw`${edge}(?:(${words.before})|(${words.after})|(${SAME_DAY[lang] ?? '(?!)'}))${tail}`, 'giu');
    cache.set(lang, re);
  }
  const out: AdjacentMention[] = [];
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    if ((words.ofOnly?.test(m[0]) ?? true) && words.of?.test(text.slice(end, end + 16))) continue;
    if (words.ofBefore?.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (m[3] !== undefined) {
      if (SAME_AS.test(text.slice(end, end + 16)) || words.ofBefore?.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      out.push({ start: m.index, end, days: 0 });
      continue;
    }
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
    // (The capital is the phrase's own when the sentence ends right before it: "… extraordinaire. Le même jour".)
    if (/[!?。！？؟\n]|\.\s+\p{Lu}/u.test(text.slice(b.end, mention.start + 1))) break;
    if (b.day !== undefined) return b.day + mention.days;
  }
  // "The day after" continues a story told before it ("Am 3. März kam er an. Am Tag darauf reiste er ab."): the last day
  // named in the paragraph, when it lies before the publication; "the day before" with no date in its sentence is the
  // report's own ("mehr als am Vortag").
  // "The same day" likewise continues the last day named in the paragraph, before or after the publication.
  if (mention.days >= 0) {
    for (let i = before.length - 1; i >= 0; i--) {
      const b = before[i];
      if (b.end > mention.start || b.day === undefined) continue;
      if (mention.start - b.end > 400 || text.slice(b.end, mention.start).includes('\n')) break;
      // "The same day" refers to the sentence before at most ("… le 24 février. Une semaine avant, le Conseil a
      // déclaré … Le même jour" is the declaration's day, which the text does not give: left unresolved).
      // (A date may have taken its sentence's full stop: "C'était le 24 février.")
      if (mention.days === 0) return (text.slice(b.end - 1, mention.start).match(/[!?。！？؟]|\.(?=\s)/gu)?.length ?? 0) <= 1 ? b.day : undefined;
      if (anchor === undefined || b.day < anchor) return b.day + mention.days;
      break;
    }
  }
  return anchor === undefined ? undefined : anchor + mention.days;
}
