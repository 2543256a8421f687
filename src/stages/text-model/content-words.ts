/**
 * The content words of a text in a language: tokens with stopwords dropped,
 * stemmed, folded to Latin letters (so Cyrillic and Arabic names meet their
 * Latin spellings, and "président" meets "president"), with names (a capital
 * not at a sentence start) and numbers marked. Chinese runs are split into
 * words by Intl.Segmenter (built into Node), since Chinese has no spaces.
 */
import { tokenizeWords } from '../dedupe/text-tokens.js';
import { transliterate } from '../similarity/transliterate.js';
import type { Language } from './languages.js';
import { stemIn } from './stemmers.js';
import { isStopWordIn } from './stopwords.js';

export interface ContentWord {
  /** The folded stem: the term that is counted. */
  readonly stem: string;
  /** The word as written (original case), for name keys. */
  readonly surface: string;
  /** Written with a capital not right after a sentence end: probably a name. */
  readonly name: boolean;
}

export interface ContentWords {
  readonly words: readonly ContentWord[];
  /** Number keys of the text ("#70000", "#2.5"), two digits or more. */
  readonly numbers: readonly string[];
}

const HAN = /\p{Script=Han}/u;
let segmenter: Intl.Segmenter | undefined;

/**
 * A number token as a key that survives local formats: "70,000", "70.000"
 * and "70000" give one key; one-digit numbers are too common to tie stories.
 * @example numberKey('70.000') // '#70000'
 */
export function numberKey(w: string): string | undefined {
  const digits = w.replace(/[.,](?=\d{3}(?:\D|$))/g, '').replace(',', '.').replace(/[^\d.]+$/u, '');
  return digits.length >= 2 && /^\d+(?:\.\d+)?$/.test(digits) ? `#${digits}` : undefined;
}

function hanWords(run: string, lang: Language, words: ContentWord[], numbers: string[]): void {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const s of segmenter.segment(run)) {
    if (!s.isWordLike) continue;
    const w = s.segment;
    if (/^\d/.test(w)) {
      const k = numberKey(w);
      if (k) numbers.push(k);
      continue;
    }
    // One character is mostly a particle or a fragment of a name the segmenter split.
    if (w.length < 2 || isStopWordIn(w, lang === 'und' ? 'zh' : lang)) continue;
    words.push({ stem: HAN.test(w) ? w : transliterate(w), surface: w, name: false });
  }
}

/**
 * Content words and numbers of the first `limit` tokens of a text.
 * @example contentWords('Los precios del petróleo suben', 'es').words.map((w) => w.stem) // ['preci', 'petrole', 'sub']
 */
export function contentWords(text: string, lang: Language, limit = Number.POSITIVE_INFINITY): ContentWords {
  const tk = tokenizeWords(text);
  const words: ContentWord[] = [];
  const numbers: string[] = [];
  const n = Math.min(limit, tk.words.length);
  const fold = lang !== 'en';
  for (let i = 0; i < n; i++) {
    const w = tk.words[i];
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (!HAN.test(w)) {
        const k = numberKey(w);
        if (k) numbers.push(k);
        continue;
      }
    }
    if (c >= 0x2e80 && HAN.test(w)) {
      hanWords(w, lang, words, numbers);
      continue;
    }
    if (w.length < 2 || isStopWordIn(w, lang)) continue;
    const stem = stemIn(w, lang);
    const name = tk.capitalised[i] === 1 && i > 0 && !/[.!?\n]/.test(text.slice(tk.ends[i - 1], tk.starts[i]));
    words.push({ stem: fold ? transliterate(stem) : stem, surface: text.slice(tk.starts[i], tk.ends[i]), name });
  }
  return { words, numbers };
}
