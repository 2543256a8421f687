/**
 * Document frequencies (term → number of articles holding it) in typed
 * arrays: an open-addressing hash table of slots and one arena of the terms'
 * UTF-16 code units. A JavaScript Map of every term seen (hundreds of
 * thousands at 100,000 articles) made each of an article's ~2,000 lookups
 * chase a bucket, an entry and a key string across a large heap, and gave
 * the garbage collector every one of those strings to trace; here a lookup
 * reads one slot (hash, count, place of the term) and the term's code units
 * to confirm it, so counts are exact, and nothing in the table is a heap
 * object. Counts only grow (articles are never removed from the statistics).
 */

/** Slot layout: [hash, count, arena offset, term length + 1 (0 = empty)]. */
const STRIDE = 4;
/** Resize when the table is fuller than this. */
const MAX_LOAD = 0.6;

/**
 * FNV-1a over UTF-16 code units.
 * @example termHash('putin') === termHash('putin') // true
 */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 16777619);
  return h | 0;
}

export class TermCounts {
  private slots: Int32Array;
  private mask: number;
  private chars: Uint16Array;
  private charsUsed = 0;
  private count = 0;

  /** `expected` terms fit without a resize. */
  constructor(expected = 1024) {
    let cap = 1024;
    while (cap * MAX_LOAD < expected) cap *= 2;
    this.slots = new Int32Array(cap * STRIDE);
    this.mask = cap - 1;
    this.chars = new Uint16Array(Math.max(4096, expected * 16));
  }

  /** Distinct terms held. */
  get size(): number {
    return this.count;
  }

  /**
   * The term's count, 0 when absent.
   * @example new TermCounts().get('x') // 0
   */
  get(term: string): number {
    const i = this.find(term, termHash(term));
    return i < 0 ? 0 : this.slots[i + 1]!;
  }

  /**
   * Adds `by` to the term's count (a new term starts at 0); returns the new count.
   * @example const c = new TermCounts(); c.add('x'); c.add('x') // 2
   */
  add(term: string, by = 1): number {
    const h = termHash(term);
    let i = this.find(term, h);
    if (i < 0) i = this.insert(term, h);
    return (this.slots[i + 1] += by);
  }

  /** Sets the term's count. */
  set(term: string, value: number): void {
    const h = termHash(term);
    let i = this.find(term, h);
    if (i < 0) i = this.insert(term, h);
    this.slots[i + 1] = value;
  }

  /** Every term with its count, in no particular order. */
  *entries(): IterableIterator<[string, number]> {
    const s = this.slots;
    for (let i = 0; i < s.length; i += STRIDE) {
      if (s[i + 3] === 0) continue;
      yield [this.termAt(s[i + 2]!, s[i + 3]! - 1), s[i + 1]!];
    }
  }

  private termAt(off: number, len: number): string {
    let out = '';
    // In pieces: a spread of a very long term would overflow the call stack.
    for (let k = 0; k < len; k += 4096) out += String.fromCharCode(...this.chars.subarray(off + k, off + Math.min(len, k + 4096)));
    return out;
  }

  /** Slot index (a multiple of STRIDE) of the term, or -1. */
  private find(term: string, h: number): number {
    const s = this.slots;
    const len = term.length;
    const chars = this.chars;
    for (let p = h & this.mask; ; p = (p + 1) & this.mask) {
      const i = p * STRIDE;
      const l = s[i + 3]!;
      if (l === 0) return -1;
      if (s[i] !== h || l !== len + 1) continue;
      const off = s[i + 2]!;
      let k = 0;
      while (k < len && chars[off + k] === term.charCodeAt(k)) k++;
      if (k === len) return i;
    }
  }

  /** Places a new term (known absent) and returns its slot index. */
  private insert(term: string, h: number): number {
    if ((this.count + 1) > (this.mask + 1) * MAX_LOAD) this.grow();
    if (this.charsUsed + term.length > this.chars.length) {
      let n = this.chars.length * 2;
      while (n < this.charsUsed + term.length) n *= 2;
      const next = new Uint16Array(n);
      next.set(this.chars.subarray(0, this.charsUsed));
      this.chars = next;
    }
    const off = this.charsUsed;
    for (let k = 0; k < term.length; k++) this.chars[off + k] = term.charCodeAt(k);
    this.charsUsed += term.length;
    const s = this.slots;
    let p = h & this.mask;
    while (s[p * STRIDE + 3] !== 0) p = (p + 1) & this.mask;
    const i = p * STRIDE;
    s[i] = h;
    s[i + 1] = 0;
    s[i + 2] = off;
    s[i + 3] = term.length + 1;
    this.count++;
    return i;
  }

  /** Doubles the slots, placing each term again by its stored hash. */
  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    const s = new Int32Array(cap * STRIDE);
    const mask = cap - 1;
    for (let i = 0; i < old.length; i += STRIDE) {
      if (old[i + 3] === 0) continue;
      let p = old[i]! & mask;
      while (s[p * STRIDE + 3] !== 0) p = (p + 1) & mask;
      s.set(old.subarray(i, i + STRIDE), p * STRIDE);
    }
    this.slots = s;
    this.mask = mask;
  }
}
