/**
 * Words of a text for counting and for word bags: runs between white space,
 * and in Chinese or Japanese script, which writes no spaces, the words
 * Intl.Segmenter (built into Node) finds in a run.
 */

/**
 * Words of a text: runs of non-white-space characters (the regular expression's
 * `\s` separates them), counted without the array of every word (20 MB for a
 * 200-article story); a run in Chinese or Japanese script, which writes no
 * spaces, counts the words Intl.Segmenter finds in it (a Chinese article was
 * "5 words").
 */
export function wordCount(text: string): number {
  let n = 0;
  let start = -1;
  let cjk = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isSpace(c)) {
      if (start >= 0) n += cjk ? segmentedWords(text.slice(start, i)) : 1;
      start = -1;
      cjk = false;
      continue;
    }
    if (start < 0) start = i;
    if (c >= 0x3040 && !cjk && CJK.test(String.fromCodePoint(text.codePointAt(i)!))) cjk = true;
  }
  return n;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
let segmenter: Intl.Segmenter | undefined;

function segmentedWords(run: string): number {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let n = 0;
  for (const s of segmenter.segment(run)) if (s.isWordLike) n++;
  return Math.max(1, n);
}

/** Whether `word` holds a Chinese or Japanese character (a run to segment). */
export function hasCjk(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x3040) continue;
    // A character beyond the first plane (CJK extensions) is a surrogate pair: tested whole.
    const cp = word.codePointAt(i)!;
    if (CJK.test(String.fromCodePoint(cp))) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

const runWords = new Map<string, readonly string[]>();
/** The words of a run in Chinese or Japanese script (letters and digits of other scripts in it stay words of their own), cached by run. */
export function cjkWords(run: string): readonly string[] {
  let out = runWords.get(run);
  if (out !== undefined) return out;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  for (const s of segmenter.segment(run)) if (s.isWordLike) words.push(s.segment);
  out = words;
  // Bounded: cleared when large; it never changes a result.
  if (runWords.size >= 50_000) runWords.clear();
  runWords.set(run, out);
  return out;
}

function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

