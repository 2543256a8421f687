/**
 * Sentence features for alignment (sentence-align.ts): each sentence's distinct
 * terms (stemmed content words, numbers, capitalised names) with their boost,
 * numbers and names weighing more since they survive translation and rewording.
 */
import { isNumberToken, isStopWord, lightStem, type WordTokens } from './text-tokens.js';
import type { TokenSentence } from './sentence-split.js';

/** One sentence's features: distinct terms and each term's boost. */
export interface SentenceTerms {
  readonly terms: ReadonlyMap<string, number>;
}

// Numbers and names survive translation and rewording almost untouched, and
// they are what makes two sentences about the same fact rather than the same topic.
const NUMBER_BOOST = 2;
const NAME_BOOST = 1.5;

// A word's term (null for a stop word) by word: a story's texts repeat most
// of their words (copies, rewrites), and stemming each occurrence anew was a
// tenth of preparing a text. Cleared when large; it never changes a result.
const TERM_CACHE_MAX = 100_000;
const termCache = new Map<string, string | null>();

function termOf(w: string): string | null {
  const cached = termCache.get(w);
  if (cached !== undefined) return cached;
  const term = isStopWord(w) || (w.length < 2 && !isNumberToken(w)) ? null : isNumberToken(w) ? w.replace(/,/g, '') : lightStem(w);
  if (termCache.size >= TERM_CACHE_MAX) termCache.clear();
  termCache.set(w, term);
  return term;
}

/**
 * Features of each sentence.
 * @example sentenceTerms(tokens, splitSentences(text, tokens))[0].terms.get('russia') // 1.5
 */
export function sentenceTerms(tokens: WordTokens, sentences: readonly TokenSentence[]): SentenceTerms[] {
  // Loops here and in textIndex, not callbacks: this runs per text, and a closure made per call keeps its
  // optimised code only while an instance lives (V8 compiled it again after every full collection).
  const out: SentenceTerms[] = [];
  for (const s of sentences) {
    const terms = new Map<string, number>();
    for (let t = s.firstToken; t < s.endToken; t++) {
      const w = tokens.words[t];
      const term = termOf(w);
      if (term === null) continue;
      const boost = isNumberToken(w) ? NUMBER_BOOST : tokens.capitalised[t] && t > s.firstToken ? NAME_BOOST : 1;
      terms.set(term, Math.max(terms.get(term) ?? 0, boost));
    }
    out.push({ terms });
  }
  return out;
}
