/**
 * Which sentence of a text holds a span (a figure, a mention): asked for
 * every figure of every article of a story, a scan of the sentences per
 * figure grew as figures × sentences. Sentences as the analyser splits them
 * are in text order and do not overlap, so a binary search finds the one
 * holding a span; any other list is scanned as before.
 */

interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A function giving the index of the first sentence holding a span (start at
 * or before its start, end at or after its end), or -1: what
 * `sentences.findIndex((x) => x.start <= span.start && span.end <= x.end)` gives.
 * @example sentenceFinder([{ start: 0, end: 10 }, { start: 11, end: 20 }])({ start: 12, end: 14 }) // 1
 */
export function sentenceFinder(sentences: readonly Span[]): (span: Span) => number {
  if (!inOrder(sentences)) return (span) => sentences.findIndex((x) => x.start <= span.start && span.end <= x.end);
  return (span) => {
    // The last sentence starting at or before the span …
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= span.start) lo = mid + 1;
      else hi = mid;
    }
    let k = lo - 1;
    // … holds it, or none does (every earlier one ends at or before its start).
    if (k < 0 || span.end > sentences[k]!.end) return -1;
    // An empty span where one sentence ends and the next starts, or empty sentences: the first holder, as a scan.
    while (k > 0 && span.end <= sentences[k - 1]!.end) k--;
    return k;
  };
}

/** In text order, each sentence ending no later than the next starts (and not before it starts itself). */
function inOrder(sentences: readonly Span[]): boolean {
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (s.end < s.start || (k > 0 && s.start < sentences[k - 1]!.end)) return false;
  }
  return true;
}
