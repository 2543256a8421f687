/**
 * The per-text index sentence alignment reads (sentence-align.ts): each text's
 * terms numbered, its sentences as term numbers and boosts, and each term's
 * sentences, computed once per text; and the process-wide term numbering by
 * which a pair finds the terms of one text among those of the other.
 */
import type { SentenceTerms } from './sentence-terms.js';

/**
 * What one text contributes to every alignment it takes part in, computed
 * once per text: its terms numbered, each sentence as term numbers and boosts
 * (in the sentence's term order, so sums add up in the same order as before),
 * sentence counts per term and each term's sentences.
 */
export interface TextIndex {
  readonly vocab: ReadonlyMap<string, number>;
  readonly terms: readonly string[];
  /** Each term's process-wide number (`termIds`), of numbering `generation`. */
  ids: Int32Array;
  generation: number;
  readonly df: Int32Array;
  readonly sentences: readonly { readonly ids: Int32Array; readonly boosts: Float64Array }[];
  /** Term t's sentences (ascending) and boosts are postJs/postBoosts[postStart[t] … postStart[t + 1]). */
  readonly postStart: Int32Array;
  readonly postJs: Int32Array;
  readonly postBoosts: Float64Array;
}

// Keyed by the sentence-terms array of a prepared text: a story aligns each
// text with many others, and re-counting and re-indexing it for every pair
// was most of the cost of a pair.
const textIndexes = new WeakMap<readonly SentenceTerms[], TextIndex>();

/** A sentence's row being filled by `addTerm`, and the text's vocabulary. */
interface TermRow {
  readonly vocab: Map<string, number>;
  readonly terms: string[];
  readonly dfList: number[];
  ids: Int32Array;
  boosts: Float64Array;
  k: number;
}

function addTerm(this: TermRow, boost: number, t: string): void {
  let id = this.vocab.get(t);
  if (id === undefined) {
    id = this.terms.length;
    this.vocab.set(t, id);
    this.terms.push(t);
    this.dfList.push(0);
  }
  this.dfList[id]!++;
  this.ids[this.k] = id;
  this.boosts[this.k++] = boost;
}

export function textIndex(sentences: readonly SentenceTerms[]): TextIndex {
  const cached = textIndexes.get(sentences);
  if (cached) return cached;
  const vocab = new Map<string, number>();
  const terms: string[] = [];
  const dfList: number[] = [];
  let occurrences = 0;
  const rows: { ids: Int32Array; boosts: Float64Array }[] = [];
  const row: TermRow = { vocab, terms, dfList, ids: new Int32Array(0), boosts: new Float64Array(0), k: 0 };
  for (const s of sentences) {
    row.ids = new Int32Array(s.terms.size);
    row.boosts = new Float64Array(s.terms.size);
    row.k = 0;
    // forEach, not for-of over entries: no entry array per term; a module-level callback given its state as `this`.
    s.terms.forEach(addTerm, row);
    occurrences += row.k;
    rows.push({ ids: row.ids, boosts: row.boosts });
  }
  // Postings in flat arrays (a few hundred small arrays per text made most of the garbage).
  const df = Int32Array.from(dfList);
  const postStart = new Int32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) postStart[t + 1] = postStart[t]! + df[t]!;
  const cursor = postStart.slice(0, terms.length);
  const postJs = new Int32Array(occurrences);
  const postBoosts = new Float64Array(occurrences);
  for (let j = 0; j < rows.length; j++) {
    const r = rows[j]!;
    for (let k = 0; k < r.ids.length; k++) {
      const at = cursor[r.ids[k]!]!++;
      postJs[at] = j;
      postBoosts[at] = r.boosts[k]!;
    }
  }
  const index: TextIndex = { vocab, terms, ids: new Int32Array(0), generation: -1, df, sentences: rows, postStart, postJs, postBoosts };
  textIndexes.set(sentences, index);
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
