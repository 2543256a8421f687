/**
 * How likely a term of the cluster belongs in a neutral account of it. The
 * evidence is what the outlets share: a term most of them report, in their
 * titles and in their first sentences, is the story; a term one outlet alone
 * uses further down is its own angle or colour. The odds combine those counts
 * in a logistic model whose few weights were fitted on the NeuS training
 * clusters (never on the validation set); see docs/BENCHMARKS.md.
 */
import { splitSentences } from '../analyze/sentences.js';
import { contentTermsOf } from './units.js';
import type { SummaryArticle } from './types.js';

export interface TermFeatures {
  /** Articles (title or text) holding the term. */
  df: number;
  /** Titles holding the term. */
  titles: number;
  /** Earliest sentence index of the term in any text (Infinity if only in titles). */
  first: number;
  /** Occurrences over all titles and texts. */
  tf: number;
  readonly number: boolean;
}

/** Logistic weights: bias, per other article, per title, lead sentence, second sentence, number, log count. */
export interface TermWeights {
  readonly bias: number;
  readonly perArticle: number;
  readonly perTitle: number;
  readonly lead: number;
  readonly second: number;
  readonly number: number;
  readonly logCount: number;
}

/** Fitted on neus-train (maximum likelihood; both hash halves give the same weights within 0.06). */
export const DEFAULT_TERM_WEIGHTS: TermWeights = {
  bias: -2.24,
  perArticle: 0.57,
  perTitle: 0.25,
  lead: 0.49,
  second: 0.19,
  number: 0.54,
  logCount: 1.15,
};

/** The features of every content term of a cluster. */
export function termFeatures(articles: readonly SummaryArticle[]): Map<string, TermFeatures> {
  const out = new Map<string, TermFeatures>();
  const get = (t: string): TermFeatures => {
    let f = out.get(t);
    if (f === undefined) {
      f = { df: 0, titles: 0, first: Number.POSITIVE_INFINITY, tf: 0, number: /^\d/u.test(t) };
      out.set(t, f);
    }
    return f;
  };
  for (const a of articles) {
    const seen = new Set<string>();
    for (const t of contentTermsOf(a.title)) {
      const f = get(t);
      f.tf++;
      if (!seen.has(t)) f.titles++;
      seen.add(t);
    }
    const spans = a.sentences ?? splitSentences(a.text);
    spans.forEach((s, i) => {
      for (const t of contentTermsOf(a.text.slice(s.start, s.end))) {
        const f = get(t);
        f.tf++;
        if (i < f.first) f.first = i;
        seen.add(t);
      }
    });
    for (const t of seen) get(t).df++;
  }
  return out;
}

/** Probability-like worth of a term in the summary, from its features. */
export function termProbability(f: TermFeatures, w: TermWeights = DEFAULT_TERM_WEIGHTS): number {
  const z = w.bias + w.perArticle * (f.df - 1) + w.perTitle * f.titles + (f.first === 0 ? w.lead : f.first === 1 ? w.second : 0)
    + (f.number ? w.number : 0) + w.logCount * Math.log(f.tf);
  return 1 / (1 + Math.exp(-z));
}
