/**
 * The per-text index sentence alignment reads (sentence-align.ts): each text's
 * terms numbered, its sentences as term numbers and boosts, and each term's
 * sentences, computed once per text; and the process-wide term numbering by
 * which a pair finds the terms of one text among those of the other.
 */
import type { SentenceTerms } from './sentence-terms.js';

/**
 * What one text contributes to every alignment it takes part in, computed
 * once per text: its sentence terms (sentence-terms.ts: terms numbered, each
 * sentence as term numbers and boosts in the sentence's term order, so sums
 * add up in the same order as before, sentence counts per term) and each
 * term's sentences.
 */
export interface TextIndex {
  /** How many sentences. */
  readonly count: number;
  readonly terms: readonly string[];
  /** Each term's process-wide number (`termIds`), of numbering `generation`. */
  ids: Int32Array;
  generation: number;
  readonly df: Int32Array;
  /** Sentence s's term numbers and boosts are sentenceIds/sentenceBoosts[start[s] … start[s + 1]). */
  readonly start: Int32Array;
  readonly sentenceIds: Int32Array;
  readonly sentenceBoosts: Float64Array;
  /** Term t's sentences (ascending) and boosts are postJs/postBoosts[postStart[t] … postStart[t + 1]). */
  readonly postStart: Int32Array;
  readonly postJs: Int32Array;
  readonly postBoosts: Float64Array;
}

// Keyed by the sentence terms of a prepared text: a story aligns each
// text with many others, and re-counting and re-indexing it for every pair
// was most of the cost of a pair.
const textIndexes = new WeakMap<SentenceTerms, TextIndex>();

export function textIndex(st: SentenceTerms): TextIndex {
  const cached = textIndexes.get(st);
  if (cached) return cached;
  const { terms, df, start, ids, boosts } = st;
  // Postings in flat arrays (a few hundred small arrays per text made most of the garbage).
  const postStart = new Int32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) postStart[t + 1] = postStart[t]! + df[t]!;
  const cursor = postStart.slice(0, terms.length);
  const postJs = new Int32Array(ids.length);
  const postBoosts = new Float64Array(ids.length);
  for (let j = 0; j < st.count; j++) {
    for (let k = start[j]!; k < start[j + 1]!; k++) {
      const at = cursor[ids[k]!]!++;
      postJs[at] = j;
      postBoosts[at] = boosts[k]!;
    }
  }
  const index: TextIndex = { count: st.count, terms, ids: new Int32Array(0), generation: -1, df, start, sentenceIds: ids, sentenceBoosts: boosts, postStart, postJs, postBoosts };
  textIndexes.set(st, index);
  return index;
}

// Terms numbered process-wide, so that a pair finds the terms of `a` among
// those of `b` by array slots, not by a string look-up per term and pair
// (some 1,400 pairs of ~700 terms in a 200-article story). Renumbered from
// scratch when large; a text index numbered before is numbered again on use.
const TERM_IDS_MAX = 1_000_000;
let termIds = new Map<string, number>();
let generation = 0;
/** Per process-wide term number: 1 + its index in the `b` text of the pair being aligned, else 0 (cleared after each pair). */
let slotInB = new Int32Array(1024);

/** Drops the process-wide term numbering (a process giving memory back; tests): text indexes are numbered again on use. */
export function clearTermNumbering(): void {
  termIds = new Map();
  generation++;
}

/** The index's terms by their process-wide numbers, numbering them first when the numbering was dropped or is new. */
export function numbered(index: TextIndex): Int32Array {
  if (index.generation === generation) return index.ids;
  if (termIds.size + index.terms.length > TERM_IDS_MAX) clearTermNumbering();
  const ids = new Int32Array(index.terms.length);
  for (let t = 0; t < ids.length; t++) {
    const term = index.terms[t]!;
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
    }
    ids[t] = id;
  }
  if (termIds.size > slotInB.length) {
    let size = slotInB.length;
    while (size < termIds.size) size *= 2;
    slotInB = new Int32Array(size);
  }
  index.ids = ids;
  index.generation = generation;
  return ids;
}

/** The slots of the process-wide term numbers (grown by `numbered`; read after numbering both texts of a pair). */
export function termSlots(): Int32Array {
  return slotInB;
}
