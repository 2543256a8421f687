/**
 * One string per word form, process-wide, for the tokenizer (text-tokens.ts):
 * a word written in ASCII (letters, digits, inner apostrophes and digit
 * separators; the curly apostrophe folds to `'`) is looked up by a hash of
 * its lower-cased characters read off the text, and a string is made only
 * the first time the form is met. A story's texts repeat most of their words
 * (copies, rewrites): slicing and lower-casing every occurrence made a new
 * string each time, the largest allocation of preparing a text, and every
 * table keyed by word (terms, stems, shingles) hashed each new string anew.
 * A shared string keeps its hash. The table never changes a result: it is
 * started again when full.
 */

/** Distinct forms kept before the table starts again (a few MB; a 200-article story has some 20,000). */
export const INTERN_MAX_WORDS = 1 << 17;
const SLOTS = INTERN_MAX_WORDS * 2;
const MASK = SLOTS - 1;

/** Per slot: 1 + the index of its form in `forms`, or 0 when empty (open addressing, linear probing). */
let slots = new Int32Array(SLOTS);
let forms: string[] = [];
let hashes: number[] = [];

/** Drops every kept form (tests; the table also starts again by itself when full). */
export function clearInternedWords(): void {
  slots = new Int32Array(SLOTS);
  forms = [];
  hashes = [];
}

/** How many forms the table holds (tests). */
export function internedWordCount(): number {
  return forms.length;
}

/** The code a character of an ASCII word stands for in its form: lower case, `’` as `'`. */
function folded(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c;
}

/**
 * The word text[start, end) lower-cased with `’` folded to `'`, as the one
 * string kept for that form. Only for words of ASCII characters and `’`
 * (the caller checks): their lower case is one code per code.
 * @example internAsciiWord('Bob’s', 0, 5) === "bob's" // true
 */
export function internAsciiWord(text: string, start: number, end: number): string {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ folded(text.charCodeAt(i)), 0x01000193);
  const len = end - start;
  let slot = h & MASK;
  for (;;) {
    const at = slots[slot]!;
    if (at === 0) break;
    const k = at - 1;
    if (hashes[k] === h) {
      const form = forms[k]!;
      if (form.length === len && sameForm(form, text, start)) return form;
    }
    slot = (slot + 1) & MASK;
  }
  if (forms.length >= INTERN_MAX_WORDS) {
    clearInternedWords();
    return internAsciiWord(text, start, end);
  }
  const lower = text.slice(start, end).toLowerCase();
  const form = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  forms.push(form);
  hashes.push(h);
  slots[slot] = forms.length;
  return form;
}

function sameForm(form: string, text: string, start: number): boolean {
  for (let i = 0; i < form.length; i++) if (form.charCodeAt(i) !== folded(text.charCodeAt(start + i))) return false;
  return true;
}
