/**
 * Script folding for cross-language name matching: Cyrillic, Greek, Arabic
 * and Hebrew letters to Latin by a small table, Latin diacritics stripped, so
 * "Путин", "Πούτιν" and "Putin" meet on one key. Deliberately simple (one
 * letter → a few Latin letters, no context rules): it feeds a fuzzy key, not
 * a display name.
 */

const TABLE: Record<string, string> = {
  // Cyrillic (Russian, Ukrainian, Bulgarian, Serbian), close to BGN/PCGN.
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
  // Greek (ELOT 743, simplified).
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
  // Arabic consonants (vowels are mostly unwritten; long vowels map to a, w/u, y/i).
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z',
  س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n',
  ه: 'h', ة: 'a', و: 'w', ي: 'y', ى: 'a', ئ: 'y', ؤ: 'w', ء: '', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ی: 'y', ک: 'k',
  // Hebrew.
  א: 'a', ב: 'b', ג: 'g', ד: 'd', ה: 'h', ו: 'v', ז: 'z', ח: 'kh', ט: 't', י: 'y', כ: 'k', ך: 'k', ל: 'l', מ: 'm',
  ם: 'm', נ: 'n', ן: 'n', ס: 's', ע: '', פ: 'p', ף: 'f', צ: 'ts', ץ: 'ts', ק: 'k', ר: 'r', ש: 'sh', ת: 't',
  // Latin letters NFD does not decompose.
  ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i', þ: 'th',
};

const MARKS = /\p{M}/gu;

/**
 * Lower-case Latin rendering of a word in any of the tabled scripts; other
 * characters (Han, digits) pass through unchanged.
 * @example transliterate('Путин') // 'putin'
 * @example transliterate('Zürich') // 'zurich'
 */
export function transliterate(word: string): string {
  const lower = word.toLowerCase().normalize('NFD').replace(MARKS, '');
  let out = '';
  for (const ch of lower) {
    const t = TABLE[ch];
    out += t === undefined ? ch : t;
  }
  return out;
}

/**
 * A spelling-tolerant key for names across scripts and languages: the
 * transliteration's consonants, with letters that transliterations swap
 * (c/k/q, p/b: Arabic has no p, ph/f, kh/ch/h, sh/zh/z/s) merged and vowels, semivowels (y, j, w:
 * Arabic writes long vowels with them) and doubled letters dropped.
 * "Putin", "Poutine", "Путин" and "بوتين" all give "ptn".
 * @example nameKey('Zelensky') === nameKey('Зеленский') // true
 */
export function nameKey(word: string): string {
  return transliterate(word)
    .replace(/ph/g, 'f')
    .replace(/sch|sh|zh|z/g, 's')
    .replace(/kh|ch/g, 'h')
    .replace(/[ckq]/g, 'k')
    .replace(/p/g, 'b')
    .replace(/[aeiouyjw]/g, '')
    .replace(/(.)\1+/g, '$1');
}
