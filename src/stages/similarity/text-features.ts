/**
 * Language-light sparse features of one news text for story similarity:
 * content words (folded to Latin, prefix-stemmed), names (a cross-script
 * consonant key), numbers, and Han character bigrams for Chinese; the title
 * (the text's first line) is kept apart since it names the event.
 */
import { isStopWord, tokenizeWords } from '../dedupe/text-tokens.js';
import { arabicStem, asciiDigits } from './arabic-stem.js';
import { countryOf, hanCountries, monthOf } from './news-lexicon.js';
import { conceptOf } from './news-concepts.js';
import { nameKey, transliterate } from './transliterate.js';
import { contentWords, textLanguage, type Lexicon } from '../text-model/index.js';
import { textGlossKeys } from './gloss-keys.js';

/** A sparse bag: feature → count. */
export type Bag = Map<string, number>;

export interface TextFeatures {
  readonly words: Bag;
  readonly names: Bag;
  readonly numbers: Bag;
  readonly titleWords: Bag;
  readonly titleNames: Bag;
  /** Content words and names of the lead (the first LEAD_BODY words): the story is told there. */
  readonly lead: Bag;
  /** Character 4-grams of the transliterated text, spaces included (word starts and ends). */
  readonly grams: Bag;
  /** Dominant writing system ('latin', 'cyrillic', 'arabic', 'han', …): two languages in one script share cognates and letter grams, two scripts only names. */
  readonly script: string;
  /** Word tokens read (for length-aware weighting). */
  readonly length: number;
  /**
   * English glosses of the content words (through the optional lexicon pack),
   * undefined without a pack or for a language the pack lacks.
   */
  readonly glosses?: Bag;
}

/** What `textFeatures` may be given beside the text. */
export interface FeatureContext {
  /** The optional cross-lingual lexicon (gloss signal). */
  readonly lexicon?: Lexicon;
  /** ISO 639-1 code of the text, when known (else detected, only when a lexicon is given). */
  readonly language?: string;
}

/**
 * Frequent function words of the data's languages beyond English (which
 * `isStopWord` covers), folded as `transliterate` folds them. Only words of 3+
 * letters: shorter tokens are dropped anyway.
 */
const STOP = new Set(
  (
    'der die das und den dem des ein eine einer eines einem einen ist sind war nicht mit von fur auf auch sich als bei nach aus wie wird werden hat haben noch oder aber nur zum zur uber vor dass sie ihr ihre sein seine wenn mehr kann durch diese dieser schon man' +
    ' les des une est pas pour que qui dans sur avec par plus son ses aux ont ete etait cette mais sont tout comme elle ils leur nous vous' +
    ' los las del una por con para como mas pero sus fue han este esta ese esa entre sobre tambien desde hasta cuando muy sin ser hay' +
    ' gli della delle degli dei nel nella con per una che non sono stato anche come piu suo sua loro questo questa alla alle dal dalla' +
    ' nie sie jest jak tak ale czy oraz ich jego jej przez dla lub przy juz tym tego jako byl byla bylo sa ktore ktory ktora' +
    ' bir ve ile bu da de icin olarak gibi daha olan cok ancak kadar sonra her ise ama' +
    ' eto kak chto dlia ego ili ikh ona oni ono pri tak uzhe byl byla bylo byli eshche takzhe' +
    ' fy mn ela an ala hdha hdhh ma lm ly wa fi min'
  ).split(' '),
);

const HAN = /\p{Script=Han}/u;
const HAS_ARABIC = /\p{Script=Arabic}/u;
/** Chinese dates: "3月15日" (month 3, day 15). */
const HAN_DATE = /(?<!\d)(\d{1,2})月(?:(\d{1,2})日)?/gu;
/**
 * Prefix length of a content-word stem: long enough to keep words apart,
 * short enough to meet across inflections and cognates. Dev grid: 4 → 0.7227,
 * 5 → 0.7215, 6 → 0.7193, 7 → 0.7180 (both halves agree); 5 was kept over 4,
 * which merges many more unrelated words ("pres": president, press, presence)
 * for 0.001.
 */
const STEM = 5;
/** Title: the text up to its first line break or double space, at most this many characters. */
const TITLE_MAX = 300;
/** Lead used as the title when none is marked: about a headline's length. */
const LEAD_WORDS = 15;
const LEAD_CHARS = 120;

/** Lead length in words: 60 beat 30 (too little of the story) and 100 (the body again). */
const LEAD_BODY = 60;
function leadText(text: string): string {
  const m = text.match(new RegExp(`^(?:\\S+\\s+){0,${LEAD_BODY - 1}}\\S*`, 'u'));
  return (m ? m[0] : text).slice(0, LEAD_BODY * 6);
}

function leadOf(text: string): string {
  const words = text.split(/\s+/, LEAD_WORDS).join(' ');
  // Unspaced scripts (Chinese) split into one huge "word": cap by characters too.
  return words.slice(0, LEAD_CHARS);
}

/** Length of the character grams: 4 beat 3 (too common) and 5 (too few meet across inflections). */
const GRAM = 4;

/**
 * Overlapping character grams of a text folded to Latin: they meet where
 * whole words do not, across inflections ("Bidena", "Biden"), compounds and
 * cognates in two languages.
 */
function charGrams(text: string): Bag {
  // UTF-16 slices, not code points: the rare astral character split in two
  // still gives the same grams on both sides, and slicing is several times faster.
  const folded = ` ${transliterate(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const bag: Bag = new Map();
  for (let i = 0; i + GRAM <= folded.length; i++) bump(bag, folded.slice(i, i + GRAM));
  return bag;
}

function bump(bag: Bag, key: string): void {
  bag.set(key, (bag.get(key) ?? 0) + 1);
}

function numberKey(w: string): string | undefined {
  const digits = w.replace(/[.,](?=\d{3}\b)/g, '').replace(',', '.').replace(/[^\d.]+$/u, '');
  // One-digit numbers ("2 people") are too common to tie two stories.
  return digits.length >= 2 && /^\d+(?:\.\d+)?$/.test(digits) ? `#${digits}` : undefined;
}

/** A day of the month written as a number (1–31). */
function dayOf(w: string | undefined): number | undefined {
  if (w === undefined || !/^\d{1,2}\.?$/.test(w)) return undefined;
  const d = Number.parseInt(w, 10);
  return d >= 1 && d <= 31 ? d : undefined;
}

function wordStem(w: string): string {
  return transliterate(HAS_ARABIC.test(w) ? arabicStem(w) : w);
}

function extract(text: string, words: Bag, names: Bag, numbers: Bag | undefined): number {
  const tk = tokenizeWords(asciiDigits(text));
  const date = (month: number, day: number | undefined) => {
    if (!numbers) return;
    bump(numbers, `m${month}`);
    if (day !== undefined) bump(numbers, `m${month}d${day}`);
  };
  for (let i = 0; i < tk.words.length; i++) {
    const w = tk.words[i];
    // Chinese writes dates inside a run of characters: "峰会于3月15日".
    if (w.includes('月')) for (const hd of w.matchAll(HAN_DATE)) date(Number(hd[1]), hd[2] === undefined ? undefined : Number(hd[2]));
    if (/^\d/.test(w)) {
      const k = numberKey(w);
      if (k && numbers) bump(numbers, k);
      continue;
    }
    if (HAN.test(w)) {
      // Chinese has no spaces: overlapping character pairs stand in for words.
      const chars = [...w].filter((c) => HAN.test(c));
      for (let j = 0; j + 1 < chars.length; j++) bump(words, chars[j] + chars[j + 1]);
      for (const c of hanCountries(w)) bump(names, `c:${c}`);
      continue;
    }
    const t = wordStem(w);
    // A month name counts only beside a number ("15 March", "March 2022"): "may" and "march" are words too.
    const month = monthOf(t);
    const day = dayOf(tk.words[i - 1]) ?? dayOf(tk.words[i + 1]);
    if (month !== undefined && (day !== undefined || /^\d{4}$/.test(tk.words[i + 1] ?? ''))) {
      date(month, day);
      continue;
    }
    if (t.length < 3 || isStopWord(w) || STOP.has(t)) continue;
    const country = countryOf(t);
    if (country !== undefined) bump(names, `c:${country}`);
    bump(words, t.slice(0, STEM));
    // A dictionary word also counts as its concept, which the same word in
    // another language shares. In addition to the stem, not instead: replacing
    // it merged near-synonyms and cost same-language pairs 0.01 (dev).
    const concept = conceptOf(t);
    if (concept !== undefined) bump(words, `x:${concept}`);
    // A capital not right after a sentence end is probably a name.
    const sentenceStart = i === 0 || /[.!?:"«»\n]/.test(text.slice(tk.ends[i - 1], tk.starts[i]));
    if (country === undefined && tk.capitalised[i] && !sentenceStart) {
      const k = nameKey(w);
      if (k.length >= 2) bump(names, k);
    }
  }
  return tk.words.length;
}

const SCRIPTS = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['han', /\p{Script=Han}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
] as const;

/**
 * The script most of a text's first 500 letters are in ('other' when none of the tabled ones).
 * @example dominantScript('Путин и Байден') // 'cyrillic'
 */
export function dominantScript(text: string): string {
  const counts = new Map<string, number>();
  let seen = 0;
  for (const ch of text) {
    if (seen >= 500) break;
    for (const [name, re] of SCRIPTS) {
      if (re.test(ch)) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        seen++;
        break;
      }
    }
  }
  let best = 'other';
  let most = 0;
  for (const [name, c] of counts) if (c > most) [best, most] = [name, c];
  return best;
}

/**
 * Features of one text (title = first line).
 * @example textFeatures('Путин говорит  ...').names.has('ptn') // false: first word is a sentence start
 */
export function textFeatures(text: string, context: FeatureContext = {}): TextFeatures {
  const trimmed = text.trim();
  const cut = trimmed.search(/\n|\s{2,}/);
  // Without a line break, the lead stands in for the headline.
  const title = cut > 0 && cut <= TITLE_MAX ? trimmed.slice(0, cut) : leadOf(trimmed);
  const words: Bag = new Map();
  const names: Bag = new Map();
  const numbers: Bag = new Map();
  const length = extract(text, words, names, numbers);
  const titleWords: Bag = new Map();
  const titleNames: Bag = new Map();
  extract(title, titleWords, titleNames, undefined);
  const leadWords: Bag = new Map();
  const leadNames: Bag = new Map();
  extract(leadText(trimmed), leadWords, leadNames, undefined);
  const lead: Bag = new Map();
  for (const [k, c] of leadWords) lead.set(`w:${k}`, c);
  for (const [k, c] of leadNames) lead.set(`n:${k}`, c);
  const out = { words, names, numbers, titleWords, titleNames, lead, grams: charGrams(text), script: dominantScript(trimmed), length };
  if (!context.lexicon) return out;
  const lang = textLanguage(trimmed, context.language, 'und');
  const glosses = textGlossKeys(contentWords(trimmed, lang).words, lang, context.lexicon);
  return glosses === undefined ? out : { ...out, glosses };
}
