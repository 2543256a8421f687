/**
 * The pair scorer's gloss keys of a text through the optional lexicon pack:
 * the text model's `glossKeys`, plus compound heads. A German compound the
 * dictionary lacks ("Regierungssprecher", "Flüchtlingsunterkünfte") is
 * about its last part ("Sprecher": spokesman), so a word without glosses
 * takes those of the longest lexicon stem that ends it, when that stem has
 * at least MIN_HEAD letters and leaves at least MIN_MODIFIER before it.
 * Only here, not in the clusterer's `docGlosses`: clustering weighs glosses 0.
 */
import { glossKeys, GLOSS_PREFIX, type ContentWord, type Language, type Lexicon } from '../text-model/index.js';

/** Languages that write compounds as one word (of the pack's languages). */
const COMPOUNDING: ReadonlySet<Language> = new Set<Language>(['de']);
/**
 * Shortest head a compound is glossed by. semeval2022-dev with the pack,
 * 10-fold CV (hash halves; each half by the model fitted on the other): no
 * heads 0.7813 (0.7954 / 0.7676; 0.7833), 4 letters 0.7819 (0.7955 / 0.7687;
 * 0.7838), 5 letters 0.7813 (0.7950 / 0.7678; 0.7836).
 */
export const MIN_HEAD = 4;
/** Shortest first part: "Ab-" or "Be-" before a head are prefixes, not words. */
export const MIN_MODIFIER = 3;

/**
 * Gloss keys (`l:` + English stem → count) of a text's content words;
 * undefined when the lexicon does not cover the language.
 * @example textGlossKeys(contentWords('Regierungssprecher', 'de').words, 'de', lexicon) // Map { 'l:spokesman' => 1 } when the pack has "Sprecher"
 */
export function textGlossKeys(words: readonly ContentWord[], lang: Language, lexicon: Lexicon): Map<string, number> | undefined {
  const out = glossKeys(words, lang, lexicon);
  const table = lexicon.languages.get(lang);
  if (out === undefined || table === undefined || !COMPOUNDING.has(lang)) return out;
  for (const w of words) {
    if (table.has(w.stem)) continue;
    // The longest head first: "…sprecher" before "…echer".
    for (let i = MIN_MODIFIER; i <= w.stem.length - MIN_HEAD; i++) {
      const glosses = table.get(w.stem.slice(i));
      if (glosses === undefined) continue;
      for (const g of glosses) out.set(GLOSS_PREFIX + g, (out.get(GLOSS_PREFIX + g) ?? 0) + 1);
      break;
    }
  }
  return out;
}
