/**
 * Types of the summary stage: a cluster of articles in, a short cited account
 * out. Offsets are JavaScript string offsets (UTF-16 units), half-open.
 */

/** A sentence span already split by the caller (e.g. the analyze stage's sentences). */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

export interface SummaryArticle {
  readonly title: string;
  readonly text: string;
  /**
   * Sentences of `text` when the caller has them already (the brief does);
   * when absent the text is split with the analyze stage's splitter.
   */
  readonly sentences?: readonly SentenceSpan[];
}

export interface SummaryInput {
  readonly articles: readonly SummaryArticle[];
}

/**
 * Where a summary sentence's words come from: `articles[article]`'s `text`
 * (or its `title` when `field` is "title", used only for an article without
 * body text), `slice(start, end)`.
 */
export interface SummaryCitation {
  readonly article: number;
  readonly start: number;
  readonly end: number;
  readonly field?: 'title';
}

/**
 * One summary sentence. Its text is its citations' slices joined by single
 * spaces (whitespace runs inside a slice folded to one space), with a final
 * "." added when compression cut the sentence's own ending.
 */
export interface SummarySentence {
  readonly text: string;
  readonly citations: readonly SummaryCitation[];
}

export interface SummaryResult {
  readonly summary: string;
  readonly sentences: readonly SummarySentence[];
}

export interface SummaryOptions {
  /**
   * Hard word limit (words as ROUGE counts them). Below it the length follows
   * the material: sentences are added while they are expected to raise the
   * summary's overlap with a good account (see select.ts), so three short
   * leads give a short summary. Default 100: the stop rule ends most summaries
   * near 60 words; the cap only binds on long inputs, whose neutral accounts
   * run long too (100 rather than 90 raised ROUGE-1 on both neus-train hash
   * halves; see docs/BENCHMARKS.md). The brief passes its own, tighter limit.
   */
  readonly maxWords: number;
  /**
   * Most sentences considered over the whole cluster: each article's first
   * sentences, as many per article as fit (see summarize-cluster.ts). Default 400.
   */
  readonly maxSentences: number;
  /** Compress sentences (drop datelines, asides, attribution tails). Default true. */
  readonly compress: boolean;
  /**
   * Rerank the greedy's summary against a few alternatives (other openings,
   * other stop points) with the fitted trees of rerank.ts. Default true.
   */
  readonly rerank: boolean;
}

export const DEFAULT_SUMMARY_OPTIONS: SummaryOptions = { maxWords: 100, maxSentences: 400, compress: true, rerank: true };
