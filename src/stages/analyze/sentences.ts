/**
 * Rule-based sentence splitter with exact offsets. A statistical splitter
 * (wink) would need its token spans mapped back to characters and a model load;
 * news prose is regular enough that abbreviations and quote marks are the only
 * hard cases, and those are handled explicitly here.
 */
import type { Sentence } from '../../core/types.js';

/** Abbreviations that never end a sentence ("Mr. Putin", "Gen. Milley"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'st', 'jr', 'sr', 'inc', 'ltd', 'corp', 'co', 'vs', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'est', 'dept', 'univ', 'rev', 'hon', 'pres', 'gov', 'atty',
]);

/**
 * After a dotted abbreviation ("U.S.", "a.m.") a capital usually continues the
 * sentence ("U.S. officials", "10 a.m. ET"); only these words signal a new one.
 */
const SENTENCE_STARTERS = new Set([
  'the', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'this', 'that', 'a', 'an', 'there',
  'his', 'her', 'its', 'their', 'at', 'as', 'after', 'before', 'when', 'while', 'if', 'however', 'meanwhile',
  'officials', 'what', 'our', 'some', 'many', 'one', 'no', 'for', 'so', 'yet',
]);

const CLOSERS = '”’"»)]\u201f」』）›';
// Spanish opens a question or an exclamation with ¿ or ¡ ("… en New Hampshire. “¿Qué es …?", "… está bien. ¡Pero …").
const OPENERS = '“„"‘«(\u201a[「『（‹¿¡';

/**
 * Abbreviations of the other languages that never end a sentence ("z. B.",
 * "ca.", Polish "br." = this year, Russian "г." = year). Keyed by ISO 639-1.
 */
const LANG_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  de: ['z', 'd', 'u', 's', 'v', 'nr', 'ca', 'bzw', 'vgl', 'usw', 'dr', 'prof', 'st', 'abs', 'bzw', 'mio', 'mrd', 'jh', 'evtl', 'ggf', 'inkl', 'sog', 'str', 'tel'],
  fr: ['mm', 'mme', 'mlle', 'dr', 'pr', 'st', 'ste', 'av', 'bd', 'env', 'etc', 'no'],
  es: ['sr', 'sra', 'srta', 'dr', 'dra', 'ud', 'uds', 'av', 'núm', 'art', 'pág', 'etc', 'ee', 'uu', 'bo'],
  it: ['sig', 'sigg', 'dott', 'prof', 'ing', 'avv', 'on', 'art', 'ecc', 'pag', 'sen'],
  pl: ['br', 'ok', 'np', 'tj', 'ul', 'al', 'pl', 'tys', 'mld', 'mln', 'godz', 'nr', 'tzw', 'ks', 'dr', 'prof', 'im', 'woj', 'pw', 'zdj', 'r', 'św'],
  ru: ['г', 'гг', 'т', 'д', 'ул', 'им', 'тыс', 'млн', 'млрд', 'руб', 'ст', 'см', 'др', 'пр', 'проф', 'р'],
  tr: ['dr', 'prof', 'doç', 'av', 'sn', 'vb', 'vs', 'no', 'yrd', 'bkz', 'st'],
};

/** A month name (any of the ten languages) after "3." makes the dot an ordinal, not a full stop. */
const ORDINAL_MONTH = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık|Jahrhundert|Jh|Liga|Klasse|Platz|Stock)\b/u;

/** CJK full stops end a sentence with no space after them. */
const CJK_STOP = /[。！？]/;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Whether a boundary may follow the word ending just before `dot` (a single "."). */
function abbreviationBlocks(text: string, dot: number, next: number, lang?: string): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot);
  if (word === '') {
    // "am 3. Dezember", "31. August": a day number with a dot is an ordinal.
    return lang !== undefined && lang !== 'en' && /(?:^|[^\d.])\d{1,2}$/.test(text.slice(Math.max(0, dot - 3), dot))
      && ORDINAL_MONTH.test(text.slice(next, next + 14));
  }
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (lang !== undefined && LANG_ABBREVIATIONS[lang]?.includes(lower)) return true;
  if (lower === 'no' && isDigit(text[next] ?? '')) return true;
  // Initials: "John F. Kennedy".
  if (word.length === 1 && isUpper(word)) return true;
  if (word.includes('.')) {
    const m = /^[\p{L}]+/u.exec(text.slice(next, next + 20));
    return !(m !== null && SENTENCE_STARTERS.has(m[0].toLowerCase()));
  }
  return false;
}

/**
 * Splits `text` into sentences. Line breaks always end a sentence (paragraphs
 * are joined by "\n\n"); spans are trimmed and `text.slice(start, end) === text`.
 * `lang` (ISO 639-1) adds that language's abbreviations and ordinal dates
 * ("3. Dezember"); CJK and Arabic stops split whatever the language.
 * @example splitSentences('Mr. Putin spoke. He left.').map((s) => s.text)
 * // ['Mr. Putin spoke.', 'He left.']
 */
export function splitSentences(text: string, lang?: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= end) return;
    const piece = text.slice(start, end);
    // A stray closing quote left alone belongs to the sentence before it.
    const prev = out[out.length - 1];
    if (!/[\p{L}\p{N}]/u.test(piece) && prev !== undefined && !text.slice(prev.end, start).includes('\n')) {
      out[out.length - 1] = { start: prev.start, end, text: text.slice(prev.start, end) };
      return;
    }
    out.push({ start, end, text: piece });
  };
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line !== null; line = lineRe.exec(text)) {
    const ls = line.index;
    const le = ls + line[0].length;
    let sentStart = ls;
    const termRe = /[.!?…。！？؟]+/g;
    termRe.lastIndex = ls;
    for (let m = termRe.exec(text); m !== null && m.index < le; m = termRe.exec(text)) {
      let end = m.index + m[0].length;
      while (end < le && CLOSERS.includes(text[end])) end++;
      const cjk = CJK_STOP.test(m[0]);
      if (cjk) {
        if (end >= le) break;
        push(sentStart, end);
        sentStart = end;
        termRe.lastIndex = end;
        continue;
      }
      // Machine-translated Arabic often joins sentences without a space ("بعد التعافي.بعد أن"): a stop between two Arabic letters ends one.
      const gluedArabic = m[0] === '.' && /\p{Script=Arabic}/u.test(text[end] ?? '') && /\p{Script=Arabic}/u.test(text[m.index - 1] ?? '');
      // So does machine-translated Chinese, with a Latin stop ("在阿拉巴马州赌博.在周三早上"): a stop after a Han
      // character or a lower-case letter and before a Han character ends one (not a number's point, not "U.S.").
      const gluedHan = m[0] === '.' && /\p{Script=Han}/u.test(text[end] ?? '') && /[\p{Script=Han}\p{Ll}]/u.test(text[m.index - 1] ?? '');
      if (end < le && !/\s/.test(text[end]) && !gluedArabic && !gluedHan) continue;
      let next = end;
      while (next < le && /\s/.test(text[next])) next++;
      if (next >= le) break;
      let first = next;
      while (first < le && OPENERS.includes(text[first])) first++;
      const ch = text[first] ?? '';
      // Scripts without case (Arabic, CJK) start a sentence with any letter.
      const startsNew = isUpper(ch) || isDigit(ch) || (first > next && first >= le) || /[\p{Lo}]/u.test(ch);
      if (!startsNew) continue;
      if (m[0] === '.' && abbreviationBlocks(text, m.index, first, lang)) continue;
      push(sentStart, end);
      sentStart = next;
      termRe.lastIndex = end;
    }
    push(sentStart, le);
  }
  return out;
}
