/**
 * The summary of a story: about 70 words saying what its sources report, each
 * sentence cited to the article words it repeats. Extractive by design — every
 * word is an outlet's own, so each sentence can be checked against its source —
 * with deletions only (see compress.ts). Pure: articles in, summary out.
 */
import { DEFAULT_WEIGHTS, selectUnits, vocabOf, type ClusterVocab, type SelectWeights } from './select.js';
import { orderForReading, rerankedSelection } from './rerank.js';
import { DEFAULT_TERM_WEIGHTS, termFeatures, termProbability, type TermWeights } from './term-stats.js';
import { countWords, unitsOf, type Unit } from './units.js';
import { splitSentences } from '../analyze/sentences.js';
import { DEFAULT_SUMMARY_OPTIONS, type SummaryArticle, type SummaryCitation, type SummaryInput, type SummaryOptions, type SummaryResult, type SummarySentence, type SentenceSpan } from './types.js';

/** Each content term's worth in the summary, from what the outlets share. */
function worthOf(input: SummaryInput, tw: TermWeights): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, f] of termFeatures(input.articles)) out.set(t, termProbability(f, tw));
  return out;
}

const WORD_END = /[\p{L}\p{N}\p{M}_]+/gu;

/**
 * A unit cut to at most `maxWords` words, at the last clause boundary (comma,
 * semicolon, dash) past half the budget when there is one, else at a word; the
 * cut is marked with "…". Only used when not even one sentence fits.
 */
function truncate(unit: Unit, input: SummaryInput, maxWords: number): SummarySentence {
  const cites: SummaryCitation[] = [];
  let words = 0;
  let clauseCut: { i: number; end: number } | null = null;
  for (const c of unit.citations) {
    const a = input.articles[c.article];
    const src = c.field === 'title' ? a.title : a.text;
    const piece = src.slice(c.start, c.end);
    let end = c.end;
    let full = true;
    for (const m of piece.matchAll(WORD_END)) {
      words++;
      const wEnd = c.start + (m.index ?? 0) + m[0].length;
      if (words > maxWords) {
        full = false;
        break;
      }
      end = wEnd;
      if (words >= maxWords / 2 && /^\s*[,;:—–]/u.test(src.slice(wEnd, c.end))) clauseCut = { i: cites.length, end: wEnd };
    }
    cites.push({ ...c, end });
    if (!full) break;
  }
  const kept = clauseCut === null ? cites : [...cites.slice(0, clauseCut.i), { ...cites[clauseCut.i], end: clauseCut.end }];
  const text = kept.map((c) => {
    const a = input.articles[c.article];
    return (c.field === 'title' ? a.title : a.text).slice(c.start, c.end).replace(/\s+/gu, ' ');
  }).join(' ');
  return { text: `${text} …`, citations: kept };
}

/**
 * Summarises one cluster. Never empty when any article has words: a cluster
 * of one-sentence leads (or titles only) still gets a summary.
 * @example summarizeCluster({ articles: [{ title: 'Storm hits coast', text: 'A storm hit the coast on Monday.' }] }).summary
 * // 'A storm hit the coast on Monday.'
 */
export function summarizeCluster(input: SummaryInput, options: Partial<SummaryOptions> = {}, weights: SelectWeights = DEFAULT_WEIGHTS, termWeights: TermWeights = DEFAULT_TERM_WEIGHTS): SummaryResult {
  const opts = { ...DEFAULT_SUMMARY_OPTIONS, ...options };
  const { units, worth, vocab, inputWords } = candidatesOf(input, opts, termWeights);
  if (units.length === 0) return { summary: '', sentences: [] };
  const budget = opts.maxWords;
  let picked = selectUnits(units, worth, vocab, budget, weights, inputWords);
  if (opts.rerank && picked.length > 0) picked = rerankedSelection({ units, worth, vocab, inputWords, articles: input.articles.length }, budget, weights) ?? picked;
  let sentences: SummarySentence[];
  if (picked.length === 0) {
    // Not one sentence fits the budget: the best one, cut.
    const best = selectUnits(units, worth, vocab, Number.POSITIVE_INFINITY, weights, inputWords)[0] ?? units[0];
    sentences = [truncate(best, input, budget)];
  } else {
    picked = orderForReading(picked);
    sentences = picked.map((u) => ({ text: u.text, citations: u.citations }));
  }
  return { summary: sentences.map((s) => s.text).join(' '), sentences };
}

/** What selection works from: the candidate units and the cluster's term worth, vocabulary and size. */
export interface Candidates {
  readonly units: readonly Unit[];
  readonly worth: ReadonlyMap<string, number>;
  readonly vocab: ClusterVocab;
  readonly inputWords: number;
}

/** The candidates of a cluster (exported for the benchmark's weight fitting). */
export function candidatesOf(input: SummaryInput, opts: SummaryOptions, termWeights: TermWeights = DEFAULT_TERM_WEIGHTS): Candidates {
  const window = { articles: windowOf(input.articles, opts.maxSentences) };
  const units = window.articles.flatMap((a, i) => unitsOf(a, i, opts.compress));
  const worth = worthOf(window, termWeights);
  const windowText = window.articles.map((a) => `${a.title}\n${(a.sentences ?? []).map((s) => a.text.slice(s.start, s.end)).join('\n')}`);
  const vocab = vocabOf(windowText);
  const inputWords = window.articles.reduce((n, a) => n + (a.sentences ?? []).reduce((m, s) => m + countWords(a.text.slice(s.start, s.end)), 0), 0);
  return { units, worth, vocab, inputWords };
}

/**
 * The sentences the summary draws on: each article's first k sentences, with
 * k as large as keeps the total within `maxSentences` (at least each lead, in
 * input order, while the total allows). News puts what happened first, so a
 * story of a thousand articles is summarised from its leads, at a cost that
 * does not grow with the articles' length.
 */
function windowOf(articles: readonly SummaryArticle[], maxSentences: number): SummaryArticle[] {
  const spans = articles.map((a) => joinTitleSplits(a.text, (a.sentences ?? splitSentences(a.text)).filter((s) => s.end > s.start && s.start >= 0 && s.end <= a.text.length)));
  const total = (k: number): number => spans.reduce((n, s) => n + Math.min(s.length, k), 0);
  const longest = spans.reduce((n, s) => Math.max(n, s.length), 0);
  let k = longest;
  while (k > 1 && total(k) > maxSentences) k--;
  let left = Math.max(maxSentences, 1);
  return articles.map((a, i) => {
    const take = Math.min(spans[i].length, k, left);
    left -= take;
    return { title: a.title, text: a.text, sentences: spans[i].slice(0, take) };
  });
}

/**
 * An abbreviation that never ends a sentence when a capitalised word follows:
 * "Roe v. Wade", "Sens. Warren and Sanders", "Dep. Smith". A splitter that
 * breaks there leaves fragments ("Wade.") that read as sentences.
 */
const NEVER_FINAL = /(?:^|[\s(])(?:v|vs|Sens|Reps|Govs|Gens|Dep|Dept|Lt|Sgt|Cpl|Capt|Cmdr|Adm|Maj|Col|Supt|Insp|Det|Atty|Rev|Hon|Msgr)\.$/u;

/** Adjacent spans of one text split after a NEVER_FINAL abbreviation, joined. */
function joinTitleSplits(text: string, spans: readonly SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev !== undefined && NEVER_FINAL.test(text.slice(prev.start, prev.end)) && /^\s*$/u.test(text.slice(prev.end, s.start))
      && /^[\p{Lu}"“]/u.test(text.slice(s.start, s.end))) out[out.length - 1] = { start: prev.start, end: s.end };
    else out.push(s);
  }
  return out;
}

export { countWords };
