/**
 * The languages the text model knows, and the language of a text: the code
 * given with an article when it is one of them, else detected from the text
 * (eld, as the analyze stage does). Anything else reads as 'und', which gets
 * the language-neutral treatment (no stemming, only the universal stopwords).
 */
import { eld } from 'eld/small';

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pl', 'ru', 'tr', 'ar', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number] | 'und';

const KNOWN = new Set<string>(LANGUAGES);

/**
 * A supported language code, or 'und'.
 * @example asLanguage('DE') // 'de'
 */
export function asLanguage(code: string | undefined): Language {
  const c = (code ?? '').toLowerCase().split(/[-_]/)[0];
  return KNOWN.has(c) ? (c as Language) : 'und';
}

/** Texts shorter than this (characters) are headlines: too short for a sure guess. */
const SHORT_TEXT = 200;
/** A short text reads as the fallback language when that scores at least this share of the best guess. */
const FALLBACK_SHARE = 0.85;
const SAMPLE_CHARS = 2000;

/**
 * The language of a text: `given` when it names a supported language, else
 * detected. A headline of a few words is often mistaken ("Sbarro declares
 * bankruptcy" scores Spanish, "Carl Icahn slams eBay CEO" Norwegian), and
 * reading it with the wrong stemmer parts it from its story; so a short text
 * whose guess is unreliable, unsupported, or hardly better than `fallback`
 * (the stream's usual language) reads as `fallback`.
 * @example textLanguage('Der Präsident hat heute gesagt, dass er nicht kommt') // 'de'
 */
export function textLanguage(text: string, given?: string, fallback: Language = 'en'): Language {
  const g = asLanguage(given);
  if (g !== 'und') return g;
  const d = eld.detect(text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text);
  const found = asLanguage(d.language);
  if (text.length >= SHORT_TEXT || fallback === 'und') return found;
  if (found === 'und' || !d.isReliable()) return fallback;
  const scores = d.getScores() as Record<string, number>;
  const top = scores[d.language] ?? 0;
  return (scores[fallback] ?? 0) >= FALLBACK_SHARE * top ? fallback : found;
}
