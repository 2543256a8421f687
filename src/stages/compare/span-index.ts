/**
 * An article's spans (entities, dates, figures) indexed by start, so a
 * sentence's spans are found by binary search, not by scanning them all.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** An article's spans ordered by start (ties in input order), to find a sentence's without scanning them all. */
export interface SpanIndex<T extends Span> {
  readonly items: readonly T[];
  readonly order: Int32Array;
  readonly starts: Float64Array;
}

export function spanIndex<T extends Span>(items: readonly T[]): SpanIndex<T> {
  const order = Int32Array.from(items.keys());
  // Spans mostly come in text order already; a comparator sort of a typed array is slow.
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) sorted = items[i - 1]!.start <= items[i]!.start;
  if (!sorted) order.sort((x, y) => items[x]!.start - items[y]!.start || x - y);
  const starts = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) starts[k] = items[order[k]!]!.start;
  return { items, order, starts };
}

/** The spans inside [start, end], in input order (as a scan of them all would meet them). */
export function within<T extends Span>(index: SpanIndex<T>, start: number, end: number): T[] {
  let lo = 0;
  let hi = index.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.starts[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let k = lo; k < index.starts.length && index.starts[k]! <= end; k++) {
    const i = index.order[k]!;
    if (index.items[i]!.end <= end) found.push(i);
  }
  found.sort(byNumber);
  const out: T[] = [];
  for (const i of found) out.push(index.items[i]!);
  return out;
}

function byNumber(x: number, y: number): number {
  return x - y;
}
