/**
 * Sentence features for alignment (sentence-align.ts): each sentence's distinct
 * terms (stemmed content words, numbers, capitalised names) with their boost,
 * numbers and names weighing more since they survive translation and rewording.
 */
import { isNumberToken, isStopWord, lightStem, type WordTokens } from './text-tokens.js';
import type { TokenSentence } from './sentence-split.js';

/**
 * A text's sentence features in flat arrays: its distinct terms numbered in
 * order of first occurrence, and each sentence's distinct terms (by that
 * number, in the sentence's order of first occurrence) with their boost.
 */
export interface SentenceTerms {
  /** How many sentences. */
  readonly count: number;
  /** The text's terms: term number → term. */
  readonly terms: readonly string[];
  /** Sentences each term occurs in, by term number. */
  readonly df: Int32Array;
  /** Sentence s's terms and boosts are ids/boosts[start[s] … start[s + 1]). */
  readonly start: Int32Array;
  readonly ids: Int32Array;
  readonly boosts: Float64Array;
}

// Numbers and names survive translation and rewording almost untouched, and
// they are what makes two sentences about the same fact rather than the same topic.
const NUMBER_BOOST = 2;
const NAME_BOOST = 1.5;

// A word's term number (-1: no term, a stop word) by word, and the term of each
// number: a story's texts repeat most of their words (copies, rewrites), and
// stemming each occurrence anew was a tenth of preparing a text. Numbers hold
// within one call (the tables are cleared, when large, only before a call); they
// never change a result. A Map per sentence (term → boost) and per text (term →
// number) were most of a first brief's helper garbage after the tokens.
const TERM_CACHE_MAX = 100_000;
let numberOfWord = new Map<string, number>();
let numberOfTerm = new Map<string, number>();
let termOfNumber: string[] = [];
// Per term number: the stamp of the sentence that saw it last and its slot
// there; the stamp of the text that saw it last and its number in that text.
let sentenceSeen = new Int32Array(1024);
let slotInSentence = new Int32Array(1024);
let textSeen = new Int32Array(1024);
let numberInText = new Int32Array(1024);
let stamp = 0;
// A text's rows, filled then copied out at exact size.
let rowIds = new Int32Array(1024);
let rowBoosts = new Float64Array(1024);
let dfScratch = new Int32Array(1024);

function termNumber(w: string): number {
  const cached = numberOfWord.get(w);
  if (cached !== undefined) return cached;
  const term = isStopWord(w) || (w.length < 2 && !isNumberToken(w)) ? null : isNumberToken(w) ? w.replace(/,/g, '') : lightStem(w);
  let n = -1;
  if (term !== null) {
    const known = numberOfTerm.get(term);
    if (known !== undefined) n = known;
    else {
      n = termOfNumber.length;
      termOfNumber.push(term);
      numberOfTerm.set(term, n);
      if (n >= sentenceSeen.length) growPerTerm(2 * sentenceSeen.length);
    }
  }
  numberOfWord.set(w, n);
  return n;
}

function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function growPerTerm(size: number): void {
  sentenceSeen = grown(sentenceSeen, size);
  slotInSentence = grown(slotInSentence, size);
  textSeen = grown(textSeen, size);
  numberInText = grown(numberInText, size);
}

function growRows(size: number): void {
  rowIds = grown(rowIds, size);
  dfScratch = grown(dfScratch, size);
  const boosts = new Float64Array(size);
  boosts.set(rowBoosts);
  rowBoosts = boosts;
}

/**
 * Features of each sentence.
 * @example sentenceTerms(tokens, splitSentences(text, tokens)).terms[0] // 'russia'
 */
export function sentenceTerms(tokens: WordTokens, sentences: readonly TokenSentence[]): SentenceTerms {
  if (numberOfWord.size >= TERM_CACHE_MAX) {
    numberOfWord = new Map();
    numberOfTerm = new Map();
    termOfNumber = [];
  }
  // Stamps only grow; before they could overflow, every mark is wiped.
  if (stamp > 1 << 30) {
    stamp = 0;
    sentenceSeen.fill(0);
    textSeen.fill(0);
  }
  const textStamp = ++stamp;
  const terms: string[] = [];
  const start = new Int32Array(sentences.length + 1);
  let n = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const sentenceStamp = ++stamp;
    for (let t = s.firstToken; t < s.endToken; t++) {
      const w = tokens.words[t]!;
      const id = termNumber(w);
      if (id < 0) continue;
      const boost = isNumberToken(w) ? NUMBER_BOOST : tokens.capitalised[t] && t > s.firstToken ? NAME_BOOST : 1;
      if (sentenceSeen[id] === sentenceStamp) {
        const k = slotInSentence[id]!;
        rowBoosts[k] = Math.max(rowBoosts[k]!, boost);
        continue;
      }
      sentenceSeen[id] = sentenceStamp;
      // A text has no more terms than entries, so the rows' size bounds the df scratch too.
      if (n === rowIds.length) growRows(2 * n);
      if (textSeen[id] !== textStamp) {
        textSeen[id] = textStamp;
        numberInText[id] = terms.length;
        dfScratch[terms.length] = 0;
        terms.push(termOfNumber[id]!);
      }
      const local = numberInText[id]!;
      dfScratch[local]!++;
      slotInSentence[id] = n;
      rowIds[n] = local;
      rowBoosts[n++] = boost;
    }
    start[si + 1] = n;
  }
  return { count: sentences.length, terms, df: dfScratch.slice(0, terms.length), start, ids: rowIds.slice(0, n), boosts: rowBoosts.slice(0, n) };
}
