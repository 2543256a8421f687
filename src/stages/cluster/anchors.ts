/**
 * Cross-language anchors of an article: what two reports of one event in
 * different languages share without a dictionary. Numbers by value in the
 * article's own formats ("70 000", "70.000", "70,000", "70 тысяч" → one key),
 * dates as ISO days ("3 décembre 2021", "3. Dezember 2021", "3 декабря 2021"
 * → 2021-12-03; weekdays and "yesterday" only against the publication date),
 * and names by their sound classes across scripts ("Reznikov", "Resnikow",
 * "Резников" → one key). With the optional lexicon pack, its English glosses
 * join them, lighter. The clusterer scores a story in other languages by these
 * alone (assign-article.ts): shared words say nothing across languages.
 */
import { extractDates, extractDatesIntl, findNumbersIntl, splitSentences } from '../analyze/index.js';
import { storyNameKey, type Language } from '../text-model/index.js';

/** Key prefix of the anchor channel (kept apart from the all-terms and title channels). */
export const ANCHOR_PREFIX = 'k:';

/** A key of the anchor channel. */
export const isAnchorKey = (t: string): boolean => t.startsWith(ANCHOR_PREFIX);

/** Key prefix of a country anchor ("k:c:bg"): kept on a budget of its own, never counted as anchor evidence. */
export const COUNTRY_ANCHOR_PREFIX = `${ANCHOR_PREFIX}c:`;

/** A country anchor (ClusterParams.anchorCountryWeight). */
export const isCountryAnchor = (t: string): boolean => t.startsWith(COUNTRY_ANCHOR_PREFIX);

/** Characters of an article read for numbers and dates: the lead, as for words (maxBodyTokens). */
const READ_CHARS = 4000;

/** What the anchors are read from. */
export interface AnchorSource {
  /** Title and text, joined by a newline. */
  readonly text: string;
  readonly language: Language;
  /** Surfaces of the words read as names (capitalised, not after a sentence end). */
  readonly names: readonly string[];
  /** The publication day (YYYY-MM-DD), the anchor of relative dates; absent: absolute dates only. */
  readonly published?: string;
  /** German only: drop capitalised words never written without a determiner before them (common nouns). */
  readonly nounFilter?: boolean;
  /** German only, with nounFilter: also drop capitalised words with a noun-forming suffix ("Eskalation", "Regierung"). */
  readonly nounSuffixes?: boolean;
}

/**
 * German determiners and article contractions: a capitalised word one or two
 * words after one ("die Lage", "des ukrainischen Verteidigungsministers",
 * "im Parlament") is a common noun, which German capitalises like a name.
 */
const DE_DETERMINERS = new Set(
  ('der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins ans aufs ' +
    'kein keine keinen keinem keiner keines sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres ' +
    'unser unsere unseren unserem unserer dieser diese diesen diesem dieses jeder jede jeden jedem jedes alle allen aller').split(' '),
);

/**
 * Suffixes that form German common nouns (Eskalation, Regierung, Freiheit,
 * Möglichkeit, Wirtschaft, Universität, Ergebnis, Journalismus): a capitalised
 * word ending so is a noun even when written bare ("groß angelegte Eskalation").
 */
const DE_NOUN_SUFFIX = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|nis|nisse|ismus|ment|mente)$/u;

/**
 * The German capitalised words of a text written at least once without a
 * determiner (or a number: "70.000 Soldaten") in the two words before them.
 * Names recur bare ("sagte Resnikow", "Russland hat"); nouns mostly do not.
 */
function bareCapitalised(text: string): Set<string> {
  const out = new Set<string>();
  const words = text.match(/[\p{L}\p{M}\d][\p{L}\p{M}\d.'’-]*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!/^\p{Lu}/u.test(w) || out.has(w)) continue;
    const prev = [words[i - 1], words[i - 2]].filter((x): x is string => x !== undefined).map((x) => x.toLowerCase());
    if (prev.some((x) => DE_DETERMINERS.has(x)) || (prev[0] !== undefined && /^\d/.test(prev[0]))) continue;
    out.add(w.replace(/[.'’-]+$/u, ''));
  }
  return out;
}

/** The anchor keys of each kind, with repeats (counts become sublinear weights). */
export interface Anchors {
  readonly names: string[];
  readonly numbers: string[];
  readonly dates: string[];
}

/**
 * Anchors of an article.
 * @example anchorsOf({ text: 'Rusia ha concentrado 70.000 soldados el 3 de diciembre de 2021', language: 'es', names: ['Rusia'] })
 * // { names: ['k:n:rasa'], numbers: ['k:#70000'], dates: ['k:d:2021-12-03'] }
 */
export function anchorsOf(src: AnchorSource): Anchors {
  const text = src.text.length > READ_CHARS ? src.text.slice(0, READ_CHARS) : src.text;
  const lang = src.language === 'und' ? 'en' : src.language;
  const anchor = src.published && /^\d{4}-\d{2}-\d{2}/.test(src.published) ? { date: src.published.slice(0, 10) } : {};
  const mentions = lang === 'en' ? extractDates(text, splitSentences(text, 'en'), anchor) : extractDatesIntl(text, lang, anchor);
  const dates: string[] = [];
  const spans: [number, number][] = [];
  for (const d of mentions) {
    spans.push([d.start, d.end]);
    // A day only, and only one the text fixes (absolute, or relative to the publication date): a month or a
    // year is shared by every story of its time.
    if (d.date !== undefined && d.precision === undefined && d.resolution === 'certain') dates.push(`${ANCHOR_PREFIX}d:${d.date}`);
  }
  const numbers: string[] = [];
  for (const n of findNumbersIntl(text, lang)) {
    // Digits of a date ("3. Dezember") are the date's; a year alone ties every story of its year; a number under
    // ten ties too many.
    if (spans.some(([s, e]) => n.start < e && n.end > s)) continue;
    const v = n.value;
    if (!Number.isFinite(v) || Math.abs(v) < 10 || (n.plainInteger && Number.isInteger(v) && v >= 1900 && v <= 2100)) continue;
    numbers.push(`${ANCHOR_PREFIX}#${+v.toPrecision(12)}`);
  }
  const names: string[] = [];
  const bare = src.nounFilter && src.language === 'de' ? bareCapitalised(text) : undefined;
  for (const s of src.names) {
    if (bare !== undefined && (!bare.has(s) || (src.nounSuffixes === true && DE_NOUN_SUFFIX.test(s)))) continue;
    const k = storyNameKey(s);
    if (k !== undefined) names.push(`${ANCHOR_PREFIX}n:${k}`);
  }
  return { names, numbers, dates };
}
