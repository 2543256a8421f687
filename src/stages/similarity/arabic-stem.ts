/**
 * Light Arabic normalisation and stemming for bag-of-words matching: the
 * spelling variants writers mix (hamza-carrying alefs, alef maqsura for ya,
 * ta marbuta for ha, tatweel, short-vowel marks) fold to one form, and the
 * clitics Arabic writes onto words ("و" and, "ب" with, "ل" for, "ال" the)
 * and common suffixes (plurals, possessives, the nisba "ية") come off, after
 * Larkey et al.'s "light10" stemmer. Words keep at least three letters.
 */

const MARKS = /[\u064B-\u065F\u0670\u0640]/gu;
const PREFIXES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];
const SUFFIXES = ['هما', 'كما', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'هم', 'هن', 'كم', 'نا', 'ه', 'ي'];

/**
 * Arabic digits (both Arabic-Indic sets) as ASCII digits.
 * @example asciiDigits('٢٠٢٢') // '2022'
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
}

/**
 * Normalised light stem of one Arabic word.
 * @example arabicStem('والرئيسة') === arabicStem('رئيس') // true
 */
export function arabicStem(word: string): string {
  let w = word.replace(MARKS, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي');
  for (const p of PREFIXES) {
    // "ل"/"ب"/"ك"/"ف"/"و" alone start many roots: strip a one-letter prefix only from long words.
    if (w.startsWith(p) && w.length - p.length >= (p.length === 1 ? 4 : 3)) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}
