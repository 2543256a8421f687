/**
 * The weighted Dice of each candidate pair of claim statements, from the
 * statements' bags as numbers (the candidate job's arrays): the first and
 * largest step of grouping the claims, and one that needs no provenance. As a
 * job of plain data so the pipeline can run it on its helper thread after
 * provenance, while this thread groups the figures (the helper is otherwise
 * idle then); `groupUnits` takes the result instead of computing each Dice.
 * Bit for bit `dice(units[i].bag, units[j].bag)`: the same minima, added in
 * the smaller bag's own order.
 */
import type { ClaimUnit } from './claim-units.js';
import type { CandidateJob } from './candidate-pairs.js';

/** What `runPairDice` reads; all of it numbers, posted between threads by structured clone. */
export interface PairDiceJob {
  /** Statement `i`'s bag entries are `offsets[i]` to `offsets[i + 1]`, in the bag's own order. */
  readonly offsets: Int32Array;
  /** Word number of each entry (numbers below `words`). */
  readonly keys: Int32Array;
  readonly weights: Float64Array;
  /** How many word numbers there are. */
  readonly words: number;
  /** Each statement's bag total (`Bag.total`). */
  readonly totals: Float64Array;
  /** The candidate pairs, flat (`runCandidateJob`'s result). */
  readonly pairs: Int32Array;
}

/** The job of the Dice of `pairs` (flat) over the bags `candidates` numbered (`candidateJobOf(units, …)`). */
export function pairDiceJobOf(units: readonly ClaimUnit[], candidates: CandidateJob, pairs: Int32Array): PairDiceJob {
  const totals = new Float64Array(units.length);
  for (let i = 0; i < units.length; i++) totals[i] = units[i]!.bag.total;
  return { offsets: candidates.offsets, keys: candidates.keys, weights: candidates.weights, words: candidates.words.length, totals, pairs };
}

/**
 * The Dice of each pair, in pair order: 2 Σ min(weight) over the shared words
 * / (total + total), 0 when a bag is empty. The larger bag's weights are
 * spread over a table by word number (stamped with the pair, so nothing is
 * cleared); the smaller bag (the first on a tie, as `dice`) is walked in its
 * own order, so the sum adds the same terms in the same order as `dice`.
 */
export function runPairDice(job: PairDiceJob): Float64Array {
  const { offsets, keys, weights, totals, pairs } = job;
  const n = pairs.length / 2;
  const out = new Float64Array(n);
  const table = new Float64Array(job.words);
  const stamp = new Int32Array(job.words);
  for (let p = 0; p < n; p++) {
    const a = pairs[2 * p]!;
    const b = pairs[2 * p + 1]!;
    if (totals[a] === 0 || totals[b] === 0) continue;
    const aSmall = offsets[a + 1]! - offsets[a]! <= offsets[b + 1]! - offsets[b]!;
    const small = aSmall ? a : b;
    const large = aSmall ? b : a;
    // Stamps start at 1: a fresh table's zeros mark no word.
    const mark = p + 1;
    for (let e = offsets[large]!, end = offsets[large + 1]!; e < end; e++) {
      table[keys[e]!] = weights[e]!;
      stamp[keys[e]!] = mark;
    }
    let shared = 0;
    for (let e = offsets[small]!, end = offsets[small + 1]!; e < end; e++) {
      const k = keys[e]!;
      if (stamp[k] === mark) shared += Math.min(weights[e]!, table[k]!);
    }
    out[p] = (2 * shared) / (totals[a]! + totals[b]!);
  }
  return out;
}
