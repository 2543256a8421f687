/**
 * A story's shared-text work as numbers, to send between the brief's threads
 * (brief-helper.ts): a structured clone of ~1,400 pairs' passage objects cost
 * more than finding them, and typed arrays are copied in one piece.
 */
import type { SharedPassage } from '../../core/types.js';
import type { CandidateSketches } from './candidates.js';
import type { IndexedReuse, ReuseText } from './story-reuse.js';

/** Pairs' results as numbers, to send to another thread: a structured clone of ~1,400 pairs' passage objects cost more than finding them. */
export interface PackedReuse {
  /** Per result: k, index of a, index of b, passage count; per passage: kind (0 identical, 1 paraphrase), a.start, a.end, b.start, b.end. */
  readonly ints: Int32Array;
  /** Per result: coverageA, coverageB, then each passage's score. */
  readonly floats: Float64Array;
}

/**
 * `rs` as numbers; article ids as their index in `texts` (both threads hold the same texts).
 * @example unpackReuse(packReuse(rs, texts), texts) // deep-equals rs
 */
export function packReuse(rs: readonly IndexedReuse[], texts: readonly ReuseText[]): PackedReuse {
  const index = new Map(texts.map((t, i) => [t.id as string, i]));
  let nInts = 0;
  let nFloats = 0;
  for (const { reuse } of rs) {
    nInts += 4 + 5 * reuse.passages.length;
    nFloats += 2 + reuse.passages.length;
  }
  const ints = new Int32Array(nInts);
  const floats = new Float64Array(nFloats);
  let x = 0;
  let y = 0;
  for (const { k, reuse } of rs) {
    ints[x++] = k;
    ints[x++] = index.get(reuse.a)!;
    ints[x++] = index.get(reuse.b)!;
    ints[x++] = reuse.passages.length;
    floats[y++] = reuse.coverageA;
    floats[y++] = reuse.coverageB;
    for (const p of reuse.passages) {
      ints[x++] = p.kind === 'identical' ? 0 : 1;
      ints[x++] = p.a.start;
      ints[x++] = p.a.end;
      ints[x++] = p.b.start;
      ints[x++] = p.b.end;
      floats[y++] = p.score;
    }
  }
  return { ints, floats };
}

/** The results `packReuse` packed, as `findReuse` builds them (the same fields in the same order). */
export function unpackReuse(packed: PackedReuse, texts: readonly ReuseText[]): IndexedReuse[] {
  const { ints, floats } = packed;
  const out: IndexedReuse[] = [];
  let x = 0;
  let y = 0;
  while (x < ints.length) {
    const k = ints[x++]!;
    const a = texts[ints[x++]!]!.id;
    const b = texts[ints[x++]!]!.id;
    const n = ints[x++]!;
    const coverageA = floats[y++]!;
    const coverageB = floats[y++]!;
    const passages: SharedPassage[] = [];
    for (let p = 0; p < n; p++) {
      const kind = ints[x++] === 0 ? 'identical' : 'paraphrase';
      const pa = { start: ints[x++]!, end: ints[x++]! };
      const pb = { start: ints[x++]!, end: ints[x++]! };
      passages.push({ a: pa, b: pb, kind, score: floats[y++]! });
    }
    out.push({ k, reuse: { a, b, coverageA, coverageB, passages } });
  }
  return out;
}

/** Texts' sketches as numbers for another thread: per text its copy values then its word values, and where each ends. */
export interface PackedSketches {
  readonly values: Uint32Array;
  /** Per text: [end of its copy sketch, end of its word sketch] in `values`; -1, -1 for a text without. */
  readonly ends: Int32Array;
}

/** `list` packed (undefined entries: no sketches). */
export function packSketches(list: readonly (CandidateSketches | undefined)[]): PackedSketches {
  let n = 0;
  for (const s of list) if (s !== undefined) n += s.copy.length + s.words.length;
  const values = new Uint32Array(n);
  const ends = new Int32Array(list.length * 2);
  let at = 0;
  list.forEach((s, i) => {
    if (s === undefined) {
      ends[2 * i] = ends[2 * i + 1] = -1;
      return;
    }
    values.set(s.copy, at);
    ends[2 * i] = at += s.copy.length;
    values.set(s.words, at);
    ends[2 * i + 1] = at += s.words.length;
  });
  return { values, ends };
}

/** What `packSketches` packed. */
export function unpackSketches(p: PackedSketches): (CandidateSketches | undefined)[] {
  const out: (CandidateSketches | undefined)[] = [];
  let at = 0;
  for (let i = 0; 2 * i < p.ends.length; i++) {
    const copyEnd = p.ends[2 * i]!;
    const wordsEnd = p.ends[2 * i + 1]!;
    if (copyEnd < 0) {
      out.push(undefined);
      continue;
    }
    out.push({ copy: p.values.subarray(at, copyEnd), words: p.values.subarray(copyEnd, wordsEnd) });
    at = wordsEnd;
  }
  return out;
}
