/**
 * Choosing the sentences: a greedy budgeted cover of the cluster's shared
 * content. A term is worth more the more of the other outlets report it
 * (consensus: what several independent sources say is the story; what one
 * outlet alone says is its angle), so each step takes the unit whose not yet
 * covered terms are worth most per word, until the word budget is spent.
 * Covered terms earn nothing again, which is what removes redundancy.
 */
import type { Unit } from './units.js';

/**
 * Weights of a unit's expected precision (the share of its words a neutral
 * account would also use): a linear model over the mean worth of its not yet
 * covered terms and a few surface cues, fitted on neus-train; both hash halves
 * give the same signs and sizes (see docs/BENCHMARKS.md).
 */
export interface SelectWeights {
  readonly bias: number;
  /** Per unit of mean term worth (covered terms count as worth 0: that removes repeats). */
  readonly meanWorth: number;
  /** Per log word: longer sentences carry more of the function words any account uses. */
  readonly logWords: number;
  /** Quotation, question or fragment. */
  readonly quote: number;
  /** Cut at a clause boundary. */
  readonly clipped: number;
  /** Opens with a pronoun or a connective ("He said …", "But …"): needs a context the summary may not give. */
  readonly pronoun: number;
  /** Per share of capitalised words: names carry the facts. */
  readonly capitals: number;
  /** An article's title (headline style: clipped grammar, framing words). */
  readonly title: number;
  /** Per share of the unit's words that other articles also use (corroboration). */
  readonly sharedWords: number;
  /** Per share of the unit's word pairs that other articles also use. */
  readonly sharedPairs: number;
  /** Per log of the sentence's position in its article. */
  readonly logPosition: number;
  /** A unit whose terms are covered beyond this share is a repeat and is skipped. */
  readonly maxOverlap: number;
  /** Units expected below this precision are not worth their words once one is chosen. */
  readonly minScore: number;
  /**
   * Stop when a unit's expected precision falls below this times the summary's
   * expected F1 / 2 (then adding it lowers the expected F1); 0 = never.
   */
  readonly gainFactor: number;
  /** Expected length of a good account: lengthBase + lengthPerInputWord × words of the articles' texts. */
  readonly lengthBase: number;
  readonly lengthPerInputWord: number;
}

/**
 * Least-squares fit on neus-train of each unit's unigram precision against its
 * reference (hash halves fitted apart agree on every sign); the stop rule's
 * factor and the expected reference length (a line in the cluster's word
 * count) were chosen on neus-train too.
 */
export const DEFAULT_WEIGHTS: SelectWeights = {
  bias: 0.034,
  meanWorth: 0.438,
  logWords: 0.022,
  quote: -0.048,
  clipped: 0.008,
  pronoun: -0.032,
  capitals: 0.075,
  title: -0.002,
  sharedWords: 0.34,
  sharedPairs: -0.055,
  logPosition: -0.002,
  maxOverlap: 0.6,
  minScore: 0,
  gainFactor: 1.85,
  lengthBase: 8.7,
  lengthPerInputWord: 0.336,
};

/**
 * An opening that leans on a sentence the summary may not give: a pronoun
 * ("He said …") or a connective ("But that is not true.", "Meanwhile, …").
 * The connectives were added on neus-train (they helped both hash halves).
 */
const PRONOUN_START = /^(?:he|she|they|it|this|that|these|those|his|her|their|its|we|i|but|however|yet|still|and|so|also|meanwhile|instead|moreover|now|then|there)\b/iu;

/** Lower-cased words and word pairs of each article (title and text), and in how many articles each occurs. */
export interface ClusterVocab {
  readonly words: readonly ReadonlySet<string>[];
  readonly pairs: readonly ReadonlySet<string>[];
  readonly wordDf: ReadonlyMap<string, number>;
  readonly pairDf: ReadonlyMap<string, number>;
}

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;

/** The vocabulary of a cluster; `texts[i]` is article i's title and text. Linear in the words. */
export function vocabOf(texts: readonly string[]): ClusterVocab {
  const wordDf = new Map<string, number>();
  const pairDf = new Map<string, number>();
  const words: Set<string>[] = [];
  const pairs: Set<string>[] = [];
  for (const text of texts) {
    const ws = text.toLowerCase().match(WORD) ?? [];
    const w = new Set(ws);
    const p = new Set(ws.slice(1).map((x, i) => `${ws[i]} ${x}`));
    for (const x of w) wordDf.set(x, (wordDf.get(x) ?? 0) + 1);
    for (const x of p) pairDf.set(x, (pairDf.get(x) ?? 0) + 1);
    words.push(w);
    pairs.push(p);
  }
  return { words, pairs, wordDf, pairDf };
}

/** Surface cues of a unit that do not change as others are chosen (the inputs of its static score). */
export interface UnitFeatures {
  readonly logWords: number;
  readonly quote: number;
  readonly clipped: number;
  readonly pronoun: number;
  readonly capitals: number;
  readonly title: number;
  readonly sharedWords: number;
  readonly sharedPairs: number;
  readonly logPosition: number;
}

/** The static features of a unit within its cluster. */
export function unitFeatures(u: Unit, vocab: ClusterVocab): UnitFeatures {
  const ws = u.text.toLowerCase().match(WORD) ?? [];
  const n = ws.length || 1;
  const caps = (u.text.match(/(?<![\p{L}\p{N}])\p{Lu}/gu)?.length ?? 0) / n;
  // Used by another article: in more articles than the unit's own accounts for.
  const ownWords = vocab.words[u.article];
  const ownPairs = vocab.pairs[u.article];
  const elsewhere = (df: number | undefined, own: boolean): boolean => (df ?? 0) - (own ? 1 : 0) > 0;
  const sharedWords = ws.filter((x) => elsewhere(vocab.wordDf.get(x), ownWords?.has(x) === true)).length / n;
  let pairs = 0;
  let shared = 0;
  for (let i = 1; i < ws.length; i++) {
    pairs++;
    const k = `${ws[i - 1]} ${ws[i]}`;
    if (elsewhere(vocab.pairDf.get(k), ownPairs?.has(k) === true)) shared++;
  }
  return {
    logWords: Math.log(u.words),
    quote: u.quoteLike ? 1 : 0,
    clipped: u.clipped ? 1 : 0,
    pronoun: PRONOUN_START.test(u.text) ? 1 : 0,
    capitals: caps,
    title: u.title ? 1 : 0,
    sharedWords,
    sharedPairs: pairs > 0 ? shared / pairs : 0,
    logPosition: Math.log(u.position + 1),
  };
}

/** The parts of a unit's score that do not change as others are chosen. */
function staticScore(u: Unit, w: SelectWeights, vocab: ClusterVocab): number {
  const f = unitFeatures(u, vocab);
  return w.bias + w.logWords * f.logWords + w.quote * f.quote + w.clipped * f.clipped + w.pronoun * f.pronoun + w.capitals * f.capitals
    + w.title * f.title + w.sharedWords * f.sharedWords + w.sharedPairs * f.sharedPairs + w.logPosition * f.logPosition;
}

/** A greedy selection: the units in the order picked, their words and their summed expected matches. */
export interface Selection {
  readonly units: Unit[];
  readonly used: number;
  /** Σ score × words over the picks: the matches with a good account the model expects. */
  readonly overlap: number;
}

/**
 * Picks units to fill `maxWords`, in the order picked; `worth` gives each
 * content term's worth (see term-stats.ts).
 */
export function selectUnits(units: readonly Unit[], worth: ReadonlyMap<string, number>, vocab: ClusterVocab, maxWords: number, w: SelectWeights, inputWords: number): Unit[] {
  return greedySelect(units, worth, vocab, maxWords, w, inputWords).units;
}

/**
 * The greedy of `selectUnits`, optionally made to open with `first` (the
 * reranker's rollouts, rerank.ts) and with its own stop factor.
 */
export function greedySelect(units: readonly Unit[], worth: ReadonlyMap<string, number>, vocab: ClusterVocab, maxWords: number, w: SelectWeights, inputWords: number, first?: Unit, ctx: SelectionContext = selectionContext(units, vocab, w)): Selection {
  const expectedWords = w.lengthBase + w.lengthPerInputWord * inputWords;
  const chosen: Unit[] = [];
  const covered = new Set<string>();
  let budget = maxWords;
  const left = new Set(units);
  let overlap = 0;
  let used = 0;
  const { fixed, distinct } = ctx;
  for (;;) {
    let best: Unit | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const u of left) {
      if (u.words > budget) continue;
      if (first !== undefined && chosen.length === 0 && u !== first) continue;
      const uniq = distinct.get(u)!;
      if (uniq.length === 0) continue;
      let gain = 0;
      let seen = 0;
      for (const t of uniq) {
        if (covered.has(t)) seen++;
        else gain += worth.get(t) ?? 0;
      }
      if (seen / uniq.length > w.maxOverlap) continue;
      const score = (fixed.get(u) ?? 0) + (w.meanWorth * gain) / uniq.length;
      if (score > bestScore) {
        bestScore = score;
        best = u;
      }
    }
    if (best === null || (chosen.length > 0 && bestScore < w.minScore)) break;
    if (chosen.length > 0 && bestScore < (w.gainFactor * overlap) / (used + expectedWords)) break;
    chosen.push(best);
    overlap += bestScore * best.words;
    used += best.words;
    for (const u of left) if (u.key === best.key) left.delete(u);
    budget -= best.words;
    for (const t of best.terms) covered.add(t);
  }
  return { units: chosen, used, overlap };
}

/**
 * What the greedy computes once per cluster: each unit's static score and
 * distinct terms (the loop scores every unit left at every pick). Valid for
 * any weights that differ from `w` in the stop rule only.
 */
export interface SelectionContext {
  readonly fixed: ReadonlyMap<Unit, number>;
  readonly distinct: ReadonlyMap<Unit, readonly string[]>;
}

export function selectionContext(units: readonly Unit[], vocab: ClusterVocab, w: SelectWeights): SelectionContext {
  return { fixed: new Map(units.map((u) => [u, staticScore(u, w, vocab)])), distinct: new Map(units.map((u) => [u, [...new Set(u.terms)]])) };
}

/**
 * Every unit that could open a summary within `maxWords`, with the score the
 * greedy gives it as the first pick, best first (ties in input order).
 */
export function openingScores(units: readonly Unit[], worth: ReadonlyMap<string, number>, ctx: SelectionContext, maxWords: number, w: SelectWeights): { unit: Unit; score: number }[] {
  const out: { unit: Unit; score: number }[] = [];
  for (const u of units) {
    if (u.words > maxWords) continue;
    const uniq = ctx.distinct.get(u) ?? [];
    if (uniq.length === 0) continue;
    let gain = 0;
    for (const t of uniq) gain += worth.get(t) ?? 0;
    out.push({ unit: u, score: (ctx.fixed.get(u) ?? 0) + (w.meanWorth * gain) / uniq.length });
  }
  return out.sort((a, b) => b.score - a.score);
}
