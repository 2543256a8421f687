/**
 * A large story's shared text kept between its briefs. Which pairs were
 * compared and what each shared depend only on the two texts, so when a story
 * gains an article its brief needs `findReuse` only on the pairs that involve
 * the new one (or that its arrival made candidates): the rest, a few hundred
 * milliseconds of a 200-article brief, is read back. A record names each
 * member by id, text length and text hash, so an edited or missing article's
 * pairs are compared afresh, and the results are the same numbers
 * `findReuse` gave (float64, not rounded): a brief from a record is the
 * brief computed from nothing, byte for byte.
 *
 * Packed as varints and float64s, then deflated: about 1.4 KB per article
 * of a 200-article story.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Reuse, SharedPassage } from '../../core/types.js';
import { fnv1a32 } from '../dedupe/hash32.js';
import { REUSE_DEFAULTS } from '../dedupe/passages.js';
import { PROVENANCE_CANDIDATE_DEFAULTS } from './candidates.js';
import type { IndexedReuse, ReuseText } from './story-reuse.js';
import type { CandidateSketches } from './candidates.js';

/**
 * Bumped when `findReuse` or the candidate choice changes in a way their
 * parameters do not show: a record of another format is ignored (briefed anew).
 */
const FORMAT = 3;
/** The parameters a record was computed with: a record made under others is ignored too. */
const PARAMS = fnv1a32(JSON.stringify([FORMAT, REUSE_DEFAULTS, PROVENANCE_CANDIDATE_DEFAULTS]));

/** What a record gives a brief of the story's current texts. */
export interface KeptReuse {
  /** Every result, in `storyReuse`'s order, when the texts are exactly the recorded ones (ids, texts, order): nothing to compute. */
  readonly whole?: Reuse[];
  /** Pairs compared before, by text indexes `a * n + b` (a before b in story order): the result, or undefined (nothing shared). */
  readonly pairs: Map<number, Reuse | undefined>;
  /** Per text, its candidate sketches when kept (an unchanged text): it is not split into words again to choose the pairs. */
  readonly sketches: (CandidateSketches | undefined)[];
}

/**
 * The record of a story's shared text: its texts, the candidate pairs compared (flat text indexes, as
 * `reuseCandidates` gives them) and the results found (`k`: the pair's place among them).
 * @example readKept(keptRecord(texts, pairs, results), texts)?.whole // the story's reuse
 */
export function keptRecord(texts: readonly ReuseText[], pairs: Int32Array, results: readonly IndexedReuse[], sketches: readonly (CandidateSketches | undefined)[] = []): Uint8Array {
  const w = new Writer();
  w.uint(FORMAT);
  w.uint(PARAMS);
  w.uint(texts.length);
  texts.forEach((t, i) => {
    w.text(t.id);
    w.uint(t.text.length);
    w.uint(fnv1a32(t.text));
    const s = sketches[i];
    w.uint(s === undefined ? 0 : 1);
    if (s !== undefined) {
      w.ascending(s.copy);
      w.ascending(s.words);
    }
  });
  w.uint(pairs.length / 2);
  for (let k = 0; k < pairs.length; k += 2) {
    w.uint(pairs[k]!);
    w.uint(pairs[k + 1]! - pairs[k]!);
  }
  const sorted = [...results].sort((x, y) => x.k - y.k);
  w.uint(sorted.length);
  let lastK = 0;
  for (const { k, reuse } of sorted) {
    w.uint(k - lastK);
    lastK = k;
    w.float(reuse.coverageA);
    w.float(reuse.coverageB);
    w.uint(reuse.passages.length);
    let lastA = 0;
    let lastShift = 0;
    for (const p of reuse.passages) {
      // Passages come sorted by their start in a: the start as a step from the last one's; in b, a copy's
      // passages keep much the same distance from a's (the shift), so the shift as a step from the last one's.
      const plain = p.kind === 'identical' && p.score === 1;
      w.uint(plain ? 0 : p.kind === 'identical' ? 2 : 1);
      w.signed(p.a.start - lastA);
      lastA = p.a.start;
      w.uint(p.a.end - p.a.start);
      w.signed(p.b.start - p.a.start - lastShift);
      lastShift = p.b.start - p.a.start;
      w.uint(p.b.end - p.b.start);
      if (!plain) w.float(p.score);
    }
  }
  return deflateRawSync(w.bytes());
}

/**
 * What `bytes` (a `keptRecord`) tells a brief of `texts`; undefined when it is not a record this
 * code can read (another format or parameters, or damaged): the brief is then computed from nothing.
 */
export function readKept(bytes: Uint8Array, texts: readonly ReuseText[]): KeptReuse | undefined {
  try {
    return read(new Reader(inflateRawSync(bytes)), texts);
  } catch {
    return undefined;
  }
}

function read(r: Reader, texts: readonly ReuseText[]): KeptReuse | undefined {
  if (r.uint() !== FORMAT || r.uint() !== PARAMS) return undefined;
  const current = new Map<string, number>();
  texts.forEach((t, i) => current.set(t.id, i));
  // Each recorded member's index in `texts`, or -1 (gone, or its text changed).
  const m = r.uint();
  const at = new Int32Array(m);
  let same = m === texts.length;
  const sketches: (CandidateSketches | undefined)[] = texts.map(() => undefined);
  for (let i = 0; i < m; i++) {
    const id = r.text();
    const length = r.uint();
    const hash = r.uint();
    const j = current.get(id);
    const t = j === undefined ? undefined : texts[j];
    at[i] = t !== undefined && t.text.length === length && fnv1a32(t.text) === hash ? j! : -1;
    if (at[i] !== i) same = false;
    if (r.uint() === 1) {
      const copy = r.ascending();
      const words = r.ascending();
      if (at[i] >= 0) sketches[at[i]!] = { copy, words };
    }
  }
  const nPairs = r.uint();
  const pairs = new Int32Array(nPairs * 2);
  for (let k = 0; k < nPairs; k++) {
    const a = r.uint();
    pairs[2 * k] = a;
    pairs[2 * k + 1] = a + r.uint();
  }
  const found = new Map<number, Reuse>();
  const whole: Reuse[] = [];
  const nResults = r.uint();
  let k = 0;
  for (let x = 0; x < nResults; x++) {
    k += r.uint();
    const ia = pairs[2 * k]!;
    const ib = pairs[2 * k + 1]!;
    const coverageA = r.float();
    const coverageB = r.float();
    const count = r.uint();
    const passages: SharedPassage[] = [];
    let lastA = 0;
    let lastShift = 0;
    for (let p = 0; p < count; p++) {
      const kind = r.uint();
      const aStart = lastA + r.signed();
      lastA = aStart;
      const a = { start: aStart, end: aStart + r.uint() };
      lastShift += r.signed();
      const bStart = aStart + lastShift;
      const b = { start: bStart, end: bStart + r.uint() };
      passages.push({ a, b, kind: kind === 1 ? 'paraphrase' : 'identical', score: kind === 0 ? 1 : r.float() });
    }
    const ja = at[ia]!;
    const jb = at[ib]!;
    // Read past, not kept, when a text of the pair is gone or changed or the two swapped places.
    if (ja < 0 || jb < 0 || ja >= jb) continue;
    // The same fields in the same order as `findReuse` builds them, so the brief's JSON is the same.
    const reuse: Reuse = { a: texts[ja]!.id, b: texts[jb]!.id, coverageA, coverageB, passages };
    if (same) whole.push(reuse);
    found.set(k, reuse);
  }
  const n = texts.length;
  const known = new Map<number, Reuse | undefined>();
  for (let q = 0; q < nPairs; q++) {
    const ja = at[pairs[2 * q]!]!;
    const jb = at[pairs[2 * q + 1]!]!;
    // A pair counts only with both texts unchanged and in the same order (`findReuse(a, b)` is not symmetric).
    if (ja < 0 || jb < 0 || ja >= jb) continue;
    known.set(ja * n + jb, found.get(q));
  }
  return same ? { whole: whole.sort(mostCoveredFirst), pairs: known, sketches } : { pairs: known, sketches };
}

// As `mergeReuse` orders them: results in candidate order, then most covered first (a stable sort).
function mostCoveredFirst(x: Reuse, y: Reuse): number {
  return Math.max(y.coverageA, y.coverageB) - Math.max(x.coverageA, x.coverageB);
}

/** Varints (LEB128), zigzag signed varints, float64s and UTF-8 strings into a growing buffer. */
class Writer {
  private buf = new Uint8Array(1 << 16);
  private view = new DataView(this.buf.buffer);
  private at = 0;
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.at + n));
    next.set(this.buf.subarray(0, this.at));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  uint(v: number): void {
    this.room(10);
    while (v >= 0x80) {
      this.buf[this.at++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.at++] = v;
  }
  signed(v: number): void {
    this.uint(v < 0 ? -2 * v - 1 : 2 * v);
  }
  /** Ascending values: their count, then each as its step from the one before. */
  ascending(values: Uint32Array): void {
    this.uint(values.length);
    let last = 0;
    for (const v of values) {
      this.uint(v - last);
      last = v;
    }
  }
  float(v: number): void {
    this.room(8);
    this.view.setFloat64(this.at, v, true);
    this.at += 8;
  }
  text(s: string): void {
    const b = new TextEncoder().encode(s);
    this.uint(b.length);
    this.room(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }
}

class Reader {
  private readonly view: DataView;
  private at = 0;
  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  uint(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.buf.length) throw new RangeError('record ends early');
      const b = this.buf[this.at++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
    }
  }
  signed(): number {
    const z = this.uint();
    return z % 2 === 1 ? -(z + 1) / 2 : z / 2;
  }
  ascending(): Uint32Array {
    const out = new Uint32Array(this.uint());
    let last = 0;
    for (let i = 0; i < out.length; i++) out[i] = last += this.uint();
    return out;
  }
  float(): number {
    const v = this.view.getFloat64(this.at, true);
    this.at += 8;
    return v;
  }
  text(): string {
    const n = this.uint();
    if (this.at + n > this.buf.length) throw new RangeError('record ends early');
    const s = new TextDecoder().decode(this.buf.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }
}
