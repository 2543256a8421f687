/**
 * Candidate pairs of claim statements: for each statement, the partners that
 * share most of its rarest words. As a job of plain data (the statements'
 * word bags as numbers, each statement's sole article) so the pipeline can
 * find them on another thread while this one groups the story's figures; the
 * same pairs either way. Apart from `claims.ts` so that thread loads only this.
 */
import type { ClaimUnit } from './claim-units.js';

/** The statements' bags as numbers: what `runCandidateJob` reads, and all of it posted between threads. */
export interface CandidateJob {
  /** Every word of the bags once, sorted (so comparing two numbers compares the words). */
  readonly words: readonly string[];
  /** Statement `i`'s bag entries are `offsets[i]` to `offsets[i + 1]`, in the bag's own order. */
  readonly offsets: Int32Array;
  /** Word number of each entry. */
  readonly keys: Int32Array;
  readonly weights: Float64Array;
  /** The one article a statement occurs in (-1: several). */
  readonly sole: Int32Array;
  /** Partners kept per statement. */
  readonly perUnit: number;
}

/** The job of finding `units`' candidate pairs, keeping `perUnit` partners each. */
export function candidateJobOf(units: readonly ClaimUnit[], perUnit: number): CandidateJob {
  const seen = new Set<string>();
  let entries = 0;
  for (const u of units) {
    for (const k of u.bag.weights.keys()) seen.add(k);
    entries += u.bag.weights.size;
  }
  const words = [...seen].sort();
  // Loops, not callbacks made per call: V8 drops a dead closure's optimised code at each full GC.
  const number = new Map<string, number>();
  for (let i = 0; i < words.length; i++) number.set(words[i]!, i);
  const offsets = new Int32Array(units.length + 1);
  const keys = new Int32Array(entries);
  const weights = new Float64Array(entries);
  let at = 0;
  for (let i = 0; i < units.length; i++) {
    for (const [k, w] of units[i]!.bag.weights) {
      keys[at] = number.get(k)!;
      weights[at++] = w;
    }
    offsets[i + 1] = at;
  }
  const sole = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    sole[i] = u.occurrences.length === 1 ? u.occurrences[0]!.articleIndex : -1;
  }
  return { words, offsets, keys, weights, sole, perUnit };
}

/** The pairs of `runCandidateJob` as index pairs (lower first), in the order found. */
export function pairsOf(flat: Int32Array): [number, number][] {
  const out: [number, number][] = new Array(flat.length / 2);
  for (let k = 0; k < out.length; k++) out[k] = [flat[2 * k]!, flat[2 * k + 1]!];
  return out;
}

/**
 * Pairs of statements from different articles, each statement keeping its
 * strongest partners only (flat: lower index, higher index, …). Shared
 * rare-word weight is summed while walking the postings, so a statement
 * costs the length of its words' postings, not a bag comparison per partner.
 */
export function runCandidateJob(job: CandidateJob): Int32Array {
  const { offsets, keys, weights: entryWeights, sole, perUnit } = job;
  const nUnits = offsets.length - 1;
  const nWords = job.words.length;
  // Postings in flat typed arrays: the loop below walks up to a quarter of all statements per word.
  const start = new Int32Array(nWords + 1);
  for (let e = 0; e < keys.length; e++) start[keys[e]! + 1]!++;
  for (let w = 0; w < nWords; w++) start[w + 1]! += start[w]!;
  const fill = start.slice(0, nWords);
  const ids = new Int32Array(keys.length);
  const weights = new Float64Array(keys.length);
  for (let i = 0; i < nUnits; i++) {
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const at = fill[keys[e]!]!++;
      ids[at] = i;
      weights[at] = entryWeights[e]!;
    }
  }
  // Words in a quarter of all statements say nothing about which two match.
  const maxPosting = Math.max(8, Math.floor(nUnits * 0.25));
  // The pairs in a typed array doubled when full: a pushed number[] and its copies were most of this job's garbage.
  let out = new Int32Array(4 * nUnits + 16);
  let nOut = 0;
  // Each statement's kept partners, to tell whether a pair was already emitted from its other side.
  const bests = new Int32Array(nUnits * perUnit);
  const bestCounts = new Int32Array(nUnits);
  const acc = new Float64Array(nUnits);
  // A fixed typed array and a count: regrowing a list for every statement was most of this step's garbage.
  const touched = new Int32Array(nUnits);
  let nTouched = 0;
  const rareKeys = new Int32Array(16);
  const rareWeights = new Float64Array(16);
  // The kept partners of statement i, best first: `nBest` of them.
  const best = new Int32Array(Math.max(1, perUnit));
  let nBest = 0;
  for (let i = 0; i < nUnits; i++) {
    // Blocking on a statement's 16 rarest words: one that shares none of
    // them shares too little to state the same thing.
    const nRare = rarestOf(keys, entryWeights, offsets[i]!, offsets[i + 1]!, rareKeys, rareWeights);
    for (let r = 0; r < nRare; r++) {
      const s = rareKeys[r]!;
      const w = rareWeights[r]!;
      const from = start[s]!;
      const to = start[s + 1]!;
      if (to - from > maxPosting) continue;
      for (let x = from; x < to; x++) {
        const j = ids[x]!;
        if (j === i) continue;
        if (acc[j] === 0) touched[nTouched++] = j;
        acc[j] += Math.min(w, weights[x]!);
      }
    }
    // The best perUnit of the touched, by a bounded insertion (touched can be thousands).
    nBest = 0;
    for (let t = 0; t < nTouched; t++) {
      const j = touched[t]!;
      if (nBest === perUnit && !before(acc, j, best[perUnit - 1]!)) continue;
      // Two statements of one article only never state a claim "between sources".
      if (sole[i] !== -1 && sole[i] === sole[j]) continue;
      let at = nBest === perUnit ? perUnit - 1 : nBest;
      if (nBest < perUnit) nBest++;
      while (at > 0 && before(acc, j, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at--;
      }
      best[at] = j;
    }
    for (let t = 0; t < nTouched; t++) acc[touched[t]!] = 0;
    nTouched = 0;
    for (let k = 0; k < nBest; k++) bests[i * perUnit + k] = best[k]!;
    bestCounts[i] = nBest;
    for (let k = 0; k < nBest; k++) {
      const j = best[k]!;
      // A pair with an earlier statement was emitted then when this one was among its kept partners.
      if (j < i && keptBy(j, i)) continue;
      if (nOut + 2 > out.length) {
        const grown = new Int32Array(2 * out.length);
        grown.set(out);
        out = grown;
      }
      out[nOut++] = Math.min(i, j);
      out[nOut++] = Math.max(i, j);
    }
  }
  function keptBy(j: number, i: number): boolean {
    for (let k = j * perUnit, end = k + bestCounts[j]!; k < end; k++) if (bests[k] === i) return true;
    return false;
  }
  return out.slice(0, nOut);
}

/**
 * The (at most) `outKeys.length` entries `from`…`to` of highest weight (ties:
 * lower word first), in that order, into `outKeys`/`outWeights`; returns how many.
 */
function rarestOf(keys: Int32Array, weights: Float64Array, from: number, to: number, outKeys: Int32Array, outWeights: Float64Array): number {
  const k = outKeys.length;
  let n = 0;
  for (let e = from; e < to; e++) {
    const key = keys[e]!;
    const w = weights[e]!;
    // Before entry `at`: higher weight, then lower word.
    if (n === k && !(w > outWeights[k - 1]! || (w === outWeights[k - 1] && key < outKeys[k - 1]!))) continue;
    let at = n === k ? k - 1 : n;
    while (at > 0 && (w > outWeights[at - 1]! || (w === outWeights[at - 1] && key < outKeys[at - 1]!))) {
      outKeys[at] = outKeys[at - 1]!;
      outWeights[at] = outWeights[at - 1]!;
      at--;
    }
    outKeys[at] = key;
    outWeights[at] = w;
    if (n < k) n++;
  }
  return n;
}

/** Before: higher score, then lower index (a total order, so the best k are well defined). Module-level, so its optimised code outlives full GCs. */
function before(acc: Float64Array, a: number, b: number): boolean {
  return acc[a]! > acc[b]! || (acc[a] === acc[b] && a < b);
}
