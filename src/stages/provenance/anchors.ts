/**
 * Language-independent anchors of a text's sentences: what a translator
 * carries over unchanged whatever the language. Names keyed across scripts
 * (the consonant skeleton of their transliteration: "Reznikov", "Resnikow",
 * "Резников" give one key), numbers by value ("70,000", "70 000", "70.000",
 * "70 тысяч", "7万" give one), resolved dates, and whether the sentence is
 * mostly a quotation. Words themselves cannot be compared without a
 * dictionary; these can.
 */
import type { DateMention, EntityMention, Sentence } from '../../core/types.js';
import { findNumbersIntl } from '../analyze/numbers-intl.js';
import { splitSentences } from '../analyze/sentences.js';
import { tokenizeWords } from '../dedupe/text-tokens.js';
import { nameKey } from '../similarity/transliterate.js';
import { asLanguage } from '../text-model/languages.js';
import { isStopWordIn } from '../text-model/stopwords.js';
import { MONTHS } from '../analyze/lang-calendar.js';
import { ENGLISH_MONTHS } from '../analyze/dates-intl-english.js';

/** A text as the translation detector reads it. */
export interface AnchorDoc {
  readonly text: string;
  readonly language: string;
  /** The analysis' sentences (language-aware); split here when absent. */
  readonly sentences?: readonly Sentence[];
  /** The analysis' dates; resolved ones become anchors. */
  readonly dates?: readonly DateMention[];
  /**
   * The analysis' named entities: the words inside them are the names a
   * translation must keep. Without them, a capital inside a sentence marks a
   * name (in languages that capitalise only names).
   */
  readonly entities?: readonly EntityMention[];
  /** Quoted passages: a sentence that is mostly a quotation is anchored as one ("q"), in any language's quotation marks. */
  readonly quoted?: readonly { readonly start: number; readonly end: number }[];
}

/** One sentence with its anchors. */
export interface AnchoredSentence extends Sentence {
  /** `n:70000`, `d:2021-12-03`, `e:rsnkv`, each once. */
  readonly keys: readonly string[];
  /**
   * The keys a translation of this sentence must also hold: numbers, dates
   * and names written with a capital inside the sentence in a language that
   * capitalises only names (German capitalises every noun). A sentence whose
   * firm keys the other text lacks says something that text does not.
   */
  readonly firm: readonly string[];
}

/** Languages that capitalise common nouns: a capital there is no sign of a name. */
const NOUN_CAPITALS = new Set(['de']);

/** "4 月" is April in Chinese ("4 个月" four months). */
const HAN_MONTH = /(?<![\d个個])(\d{1,2})\s*月/gu;

/**
 * The month a word names in the text's language, if any: a month is a fact a
 * translation keeps in every language ("April", "avril", "апреля", "4 月"),
 * while as a capitalised word it would be read as a name. Forms of three
 * letters are left out ("mar", "set", and "may", the verb, are words too), but
 * "mai", the whole French and German name. English names only with their capital.
 */
function monthOf(word: string, capitalised: boolean, lang: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 4 && lower !== 'mai') return undefined;
  if (lang === 'en' || lang === 'und') return capitalised ? ENGLISH_MONTHS.get(lower) : undefined;
  return MONTHS[lang]?.[lower];
}

/** Name keys shorter than this are too common to tie two sentences ("rs" is Russia and a hundred other words). */
const MIN_NAME_KEY = 3;

/**
 * The sentences of a document with their anchors.
 * @example anchoredSentences({ text: 'Reznikov counted 70,000 troops.', language: 'en' })[0].keys // ['e:rsnkv', 'n:70000']
 */
export function anchoredSentences(doc: AnchorDoc): AnchoredSentence[] {
  const sentences = doc.sentences ?? splitSentences(doc.text, doc.language);
  const lang = asLanguage(doc.language);
  const entities = [...(doc.entities ?? [])].sort((x, y) => x.start - y.start);
  // Where every noun has a capital, a one-word entity is as likely a noun ("Krise"): only names of two words or more count.
  const inEntity = (start: number, end: number, severalWords: boolean): boolean => {
    // Binary search: the last entity starting at or before `start`.
    let lo = 0;
    let hi = entities.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (entities[mid]!.start <= start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && entities[at]!.end >= end && (!severalWords || /\s/.test(entities[at]!.text.trim()));
  };
  return sentences.map((s) => {
    // In text order: the order a reader meets them (and a stable key order).
    const found: { at: number; key: string }[] = [];
    const firm = new Set<string>();
    // A date is one anchor, its words and numbers none of their own: "April 12" and "4 月 12 日" are one date, not a
    // name and a number against two numbers (an unresolved date, whose year the text leaves open, is none).
    const dated: { start: number; end: number }[] = [];
    for (const d of doc.dates ?? []) if (d.start >= s.start && d.end <= s.end) dated.push({ start: d.start - s.start, end: d.end - s.start });
    // Months, as `m:4`; a Han month's number is no number of its own.
    if (lang === 'zh') {
      for (const m of s.text.matchAll(HAN_MONTH)) {
        const month = Number(m[1]);
        if (month < 1 || month > 12) continue;
        found.push({ at: m.index, key: `m:${month}` });
        dated.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    const inDate = (start: number, end: number): boolean => dated.some((d) => start >= d.start && end <= d.end);
    for (const n of findNumbersIntl(s.text, doc.language)) {
      if (!Number.isFinite(n.value) || inDate(n.start, n.end)) continue;
      // To twelve digits: scaling leaves float error ("4.28 billion" is 4280000000.0000005, "4.280 milioni" 4280000000).
      const key = `n:${Number(n.value.toPrecision(12))}`;
      found.push({ at: n.start, key });
      firm.add(key);
    }
    for (const d of doc.dates ?? []) {
      if (d.start >= s.start && d.end <= s.end && d.date !== undefined && d.resolution !== 'unresolved') {
        found.push({ at: d.start - s.start, key: `d:${d.date}` });
        firm.add(`d:${d.date}`);
      }
    }
    const tk = tokenizeWords(s.text);
    for (let i = 0; i < tk.words.length; i++) {
      const w = tk.words[i]!;
      const month = monthOf(w, Boolean(tk.capitalised[i]), lang);
      if (month !== undefined) {
        found.push({ at: tk.starts[i]!, key: `m:${month}` });
        continue;
      }
      if (!tk.capitalised[i] || inDate(tk.starts[i]!, tk.ends[i]!)) continue;
      // A capital begins every sentence and every German noun: stopwords go,
      // and the nouns that are no names find no partner in the other text.
      if (isStopWordIn(w, lang === 'und' ? 'en' : lang) || /^\d/.test(w)) continue;
      const key = nameKey(w.replace(/['’]s$/, ''));
      if (key.length < MIN_NAME_KEY || /\d/.test(key)) continue;
      found.push({ at: tk.starts[i]!, key: `e:${key}` });
      if (doc.entities ? inEntity(s.start + tk.starts[i]!, s.start + tk.ends[i]!, NOUN_CAPITALS.has(lang)) : i > 0 && !NOUN_CAPITALS.has(lang)) firm.add(`e:${key}`);
    }
    let quotedChars = 0;
    for (const q of doc.quoted ?? []) quotedChars += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
    if (quotedChars >= 0.3 * (s.end - s.start)) found.push({ at: 0, key: 'q:' });
    found.sort((x, y) => x.at - y.at);
    return { start: s.start, end: s.end, text: s.text, keys: [...new Set(found.map((f) => f.key))], firm: [...firm] };
  });
}
