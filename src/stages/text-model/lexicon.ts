/**
 * The optional cross-lingual lexicon: a word of one language → English
 * words, so "Regierung", "gobierno" and "rząd" all count as "government" when
 * two texts in different languages are compared. Built on the user's machine
 * from installed bilingual dictionaries (scripts/build-lexicon-pack.mjs reads
 * Debian's FreeDict packages, which are GPL and so are never shipped with
 * Parallax); everything works without it. This module is pure: the caller
 * reads the pack file and passes its parsed JSON to `lexiconFromPack`.
 */
import { transliterate } from '../similarity/transliterate.js';
import type { ContentWord } from './content-words.js';
import { asLanguage, type Language } from './languages.js';
import { stemIn } from './stemmers.js';

/** Stems of a language's words → stems of their English translations. */
export interface Lexicon {
  readonly languages: ReadonlyMap<Language, ReadonlyMap<string, readonly string[]>>;
  /** Dictionaries the pack was built from ("freedict-deu-eng"). */
  readonly sources: readonly string[];
}

export type LexiconResult = { readonly ok: true; readonly lexicon: Lexicon } | { readonly ok: false; readonly reason: string };

/** Key prefix of a gloss: the English stem a word translates to. */
export const GLOSS_PREFIX = 'l:';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A lexicon from a parsed pack ({format: "parallax-lexicon", version: 1,
 * sources, languages: {de: {word: [english, …]}}}), its words stemmed the way
 * `contentWords` stems a text of that language, its glosses the English way.
 * @example lexiconFromPack({ format: 'parallax-lexicon', version: 1, sources: [], languages: { de: { krieg: ['war'] } } }).ok // true
 */
export function lexiconFromPack(pack: unknown): LexiconResult {
  if (!isObject(pack) || pack.format !== 'parallax-lexicon') return { ok: false, reason: 'not a Parallax lexicon pack (no "format": "parallax-lexicon")' };
  if (pack.version !== 1) return { ok: false, reason: `unsupported lexicon pack version ${String(pack.version)} (expected 1)` };
  if (!isObject(pack.languages)) return { ok: false, reason: 'lexicon pack has no "languages" object' };
  const languages = new Map<Language, Map<string, string[]>>();
  const english = new Map<string, string>();
  const enStem = (w: string) => {
    let s = english.get(w);
    if (s === undefined) english.set(w, (s = stemIn(w, 'en')));
    return s;
  };
  for (const [code, table] of Object.entries(pack.languages)) {
    const lang = asLanguage(code);
    if (lang === 'en' || lang === 'und') continue;
    if (!isObject(table)) return { ok: false, reason: `lexicon pack: "${code}" is not an object of words` };
    const out = new Map<string, string[]>();
    for (const [word, glosses] of Object.entries(table)) {
      if (!Array.isArray(glosses)) continue;
      const key = lang === 'zh' ? word : transliterate(stemIn(word, lang));
      if (key.length < 2) continue;
      const have = out.get(key) ?? [];
      for (const g of glosses) {
        if (typeof g !== 'string' || g.length < 2) continue;
        const s = enStem(g.toLowerCase());
        if (!have.includes(s)) have.push(s);
      }
      if (have.length > 0) out.set(key, have);
    }
    languages.set(lang, out);
  }
  const sources = Array.isArray(pack.sources) ? pack.sources.filter((s): s is string => typeof s === 'string') : [];
  return { ok: true, lexicon: { languages, sources } };
}

/**
 * The gloss keys of a text's content words: an English word glosses as its
 * own stem, another language's word as the stems of its translations (each
 * counted once: IDF over the batch weighs down the common ones); words the
 * lexicon lacks give nothing. Undefined when the lexicon does not
 * cover the language: the text then has no gloss signal at all.
 * @example glossKeys([{ stem: 'krieg', surface: 'Krieg', name: false }], 'de', lexicon) // Map { 'l:war' => 1 }
 */
export function glossKeys(words: readonly ContentWord[], lang: Language, lexicon: Lexicon): Map<string, number> | undefined {
  const out = new Map<string, number>();
  if (lang === 'en') {
    for (const w of words) out.set(GLOSS_PREFIX + w.stem, (out.get(GLOSS_PREFIX + w.stem) ?? 0) + 1);
    return out;
  }
  const table = lexicon.languages.get(lang);
  if (table === undefined) return undefined;
  for (const w of words) {
    const g = table.get(w.stem);
    if (g === undefined) continue;
    for (const s of g) out.set(GLOSS_PREFIX + s, (out.get(GLOSS_PREFIX + s) ?? 0) + 1);
  }
  return out;
}
