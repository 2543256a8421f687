/**
 * What variant alignment (variants.ts) gives beyond sentences: the entity
 * names and the quotes at the same place of a variant's aligned sentence and
 * its representative's, so a name's misspelling joins its counterpart and a
 * repeated quote is grouped as one remark without being compared again.
 */
import type { Analysis, EntityMention, Quote } from '../../core/types.js';
import type { VariantAlignment } from './variants.js';

/** For each sentence, the [from, to) indexes of the spans (sorted by start) that start in it. */
function rangesOf(sentences: readonly { readonly start: number; readonly end: number }[], spans: readonly { readonly start: number }[]): Int32Array {
  const out = new Int32Array(sentences.length * 2);
  let lo = 0;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    while (lo < spans.length && spans[lo]!.start < s.start) lo++;
    let hi = lo;
    while (hi < spans.length && spans[hi]!.start < s.end) hi++;
    out[2 * k] = lo;
    out[2 * k + 1] = hi;
  }
  return out;
}

/**
 * The names of variants' aligned sentences, each as the name written at the
 * same place of the representative's sentence: the k-th mention of one and
 * the other, when both sentences name as many, of the same type and the same
 * first four letters ("Fredox Wilson" in a variant where the representative
 * has "Fred Wilson"). Keys and values are `type|name`; a name equal to its
 * counterpart is left out.
 * @example alignedNames(analyses, alignVariants(analyses)).get('person|Fredox Wilson') // 'person|Fred Wilson'
 */
export function alignedNames(analyses: readonly Analysis[], variants: VariantAlignment): Map<string, string> {
  const out = new Map<string, string>();
  const sorted = new Map<number, SortedMentions>();
  for (let i = 0; i < analyses.length; i++) {
    const a = analyses[i]!;
    const aligned = variants.sentenceOf[i];
    if (aligned === undefined) continue;
    const { spans: own, ranges } = mentionsOf(analyses, sorted, i);
    const { spans: theirs, ranges: repRanges } = mentionsOf(analyses, sorted, variants.repOf[i]!);
    for (let k = 0; k < a.sentences.length; k++) {
      const j = aligned[k]!;
      if (j < 0) continue;
      const lo = ranges[2 * k]!;
      const hi = ranges[2 * k + 1]!;
      const rlo = repRanges[2 * j]!;
      if (hi - lo !== repRanges[2 * j + 1]! - rlo) continue;
      for (let m = 0; m < hi - lo; m++) {
        const x = own[lo + m]!;
        const y = theirs[rlo + m]!;
        if (x.name === y.name || x.type !== y.type || x.name.toLowerCase().slice(0, 4) !== y.name.toLowerCase().slice(0, 4)) continue;
        const key = `${x.type}|${x.name}`;
        if (!out.has(key)) out.set(key, `${y.type}|${y.name}`);
      }
    }
  }
  return out;
}

interface SortedMentions {
  readonly spans: EntityMention[];
  readonly ranges: Int32Array;
}

const byStartEnd = (x: EntityMention, y: EntityMention): number => x.start - y.start || x.end - y.end;

/** Article i's entity mentions by position and their ranges per sentence, computed once per call of alignedNames. */
function mentionsOf(analyses: readonly Analysis[], sorted: Map<number, SortedMentions>, i: number): SortedMentions {
  let m = sorted.get(i);
  if (m === undefined) {
    const spans = [...analyses[i]!.entities].sort(byStartEnd);
    m = { spans, ranges: rangesOf(analyses[i]!.sentences, spans) };
    sorted.set(i, m);
  }
  return m;
}

/** For each variant, each of its quotes' counterparts among its representative's quotes (by index in the analyses' lists). */
export interface QuoteTwins {
  readonly repOf: Int32Array;
  /** Per article (undefined for a representative): for each quote, the index of the representative's quote it repeats, or -1. */
  readonly quoteOf: readonly (Int32Array | undefined)[];
}

/**
 * The quotes of variants' aligned sentences, each as the quote at the same
 * place of the representative's sentence (the k-th quote starting in each,
 * when both sentences hold as many): one rendering of one remark.
 * @example alignedQuotes(analyses, alignVariants(analyses)).quoteOf[3]?.[0] // index into analyses[repOf[3]].quotes
 */
export function alignedQuotes(analyses: readonly Analysis[], variants: VariantAlignment): QuoteTwins {
  const sorted = new Map<number, SortedQuotes>();
  const quoteOf: (Int32Array | undefined)[] = [];
  for (let i = 0; i < analyses.length; i++) {
    const a = analyses[i]!;
    const aligned = variants.sentenceOf[i];
    if (aligned === undefined || a.quotes.length === 0) {
      quoteOf.push(undefined);
      continue;
    }
    const out = new Int32Array(a.quotes.length).fill(-1);
    const own = quotesOf(analyses, sorted, i);
    const theirs = quotesOf(analyses, sorted, variants.repOf[i]!);
    for (let k = 0; k < a.sentences.length; k++) {
      const j = aligned[k]!;
      if (j < 0) continue;
      const lo = own.ranges[2 * k]!;
      const hi = own.ranges[2 * k + 1]!;
      const rlo = theirs.ranges[2 * j]!;
      if (hi - lo !== theirs.ranges[2 * j + 1]! - rlo) continue;
      for (let m = 0; m < hi - lo; m++) out[own.order[lo + m]!] = theirs.order[rlo + m]!;
    }
    quoteOf.push(out);
  }
  return { repOf: variants.repOf, quoteOf };
}

interface SortedQuotes {
  readonly order: number[];
  readonly ranges: Int32Array;
}

/** Article i's quote indexes by position (ties by index) and their ranges per sentence, computed once per call of alignedQuotes. */
function quotesOf(analyses: readonly Analysis[], sorted: Map<number, SortedQuotes>, i: number): SortedQuotes {
  let m = sorted.get(i);
  if (m === undefined) {
    const qs = analyses[i]!.quotes;
    const order: number[] = [];
    for (let k = 0; k < qs.length; k++) order.push(k);
    // Insertion sort by (start, index): no comparator closure over `qs`; a few quotes an article.
    for (let x = 1; x < order.length; x++) {
      const k = order[x]!;
      let y = x - 1;
      while (y >= 0 && qs[order[y]!]!.start > qs[k]!.start) {
        order[y + 1] = order[y]!;
        y--;
      }
      order[y + 1] = k;
    }
    const spans: Quote[] = [];
    for (const k of order) spans.push(qs[k]!);
    m = { order, ranges: rangesOf(analyses[i]!.sentences, spans) };
    sorted.set(i, m);
  }
  return m;
}
