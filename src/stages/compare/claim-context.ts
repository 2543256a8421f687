/**
 * The claims' context of one story (`ClaimContext`): lineages, publication
 * days, entity keys, the shared text between articles and the disputed
 * figures, as one object whose tables are per brief and whose methods are not.
 * Closures made per brief (the former form) lost their optimised code at
 * every full garbage collection, and the first brief to meet new instances
 * deoptimised every function they were inlined into ("wrong call target"):
 * methods of one class are the same functions in every brief.
 */
import type { BriefQuote, Citation, FigureGroup } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { Figure, SharedPassage } from '../../core/types.js';
import type { ClaimContext } from './claims.js';
import { compatible } from './group-figures.js';
import type { StoryInput } from './story-input.js';

/** The passages two articles share: all of them, and the identical ones alone. */
interface PairPassages {
  readonly all: readonly SharedPassage[];
  readonly identical: readonly SharedPassage[];
}

type Entities = readonly { readonly name: string; readonly aliases: readonly string[] }[];

/** A figure as `disputedPair` receives it. */
type FigureOf = { readonly articleId: ArticleId; readonly figure: Figure };

/** The quotes of a span in a story whose quotes were not grouped first (no remarks to compare). */
const NO_QUOTES: readonly BriefQuote[] = [];

export class StoryClaimContext implements ClaimContext {
  /** Lineage of each member (by provenance, else the article alone). */
  private readonly lineages: ReadonlyMap<string, string>;
  private readonly provenance: ReadonlyMap<ArticleId, string> | undefined;
  private readonly days: ReadonlyMap<string, string | undefined>;
  /** Member number of each article: pairs are keyed by numbers, not a string per question. */
  private readonly index: ReadonlyMap<string, number>;
  private readonly n: number;
  private readonly passages: ReadonlyMap<number, PairPassages>;
  private readonly keys: ReadonlyMap<string, string>;
  /** Figure (`articleId:start`) → its figure group, for groups whose sources differ; empty until `useFigures`. */
  private disputed: ReadonlyMap<string, number>;

  constructor(input: StoryInput, entities: Entities) {
    const lineageOf = input.provenance?.lineageOf;
    this.provenance = lineageOf;
    // By article number, not by a string key per question: a large claim asks
    // these for every pair of its lineages' articles.
    const n = input.members.length;
    this.n = n;
    const index = new Map<string, number>();
    const lineages = new Map<string, string>();
    const days = new Map<string, string | undefined>();
    for (let i = 0; i < n; i++) {
      const m = input.members[i]!;
      index.set(m.article.id, i);
      lineages.set(m.article.id, lineageOf?.get(m.article.id) ?? `a:${m.article.id}`);
      days.set(m.article.id, (m.article.meta.published ?? m.publishedInferred)?.slice(0, 10));
    }
    this.index = index;
    this.lineages = lineages;
    this.days = days;
    const passages = new Map<number, PairPassages>();
    for (const r of input.reuse) {
      const x = index.get(r.a);
      const y = index.get(r.b);
      if (x !== undefined && y !== undefined) passages.set(x * n + y, { all: r.passages, identical: identicalOf(r.passages) });
    }
    this.passages = passages;
    this.keys = nameKeys(entities);
    this.disputed = new Map();
  }

  /** The figure groups `disputedPair` answers from (they are grouped with this context's lineages and days). */
  useFigures(figures: readonly FigureGroup[]): void {
    const groupOf = new Map<string, number>();
    for (let k = 0; k < figures.length; k++) {
      const g = figures[k]!;
      if (g.status !== 'differ') continue;
      for (const v of g.values) groupOf.set(`${v.articleId}:${v.start}`, k);
    }
    this.disputed = groupOf;
  }

  /**
   * The quotes with their variants (the quote grouping's renderings of one
   * remark): two quotation statements holding renderings of one remark state
   * one claim, in whatever languages (claim-match.ts).
   */
  useRemarks(quotes: readonly BriefQuote[]): void {
    const byArticle = new Map<ArticleId, BriefQuote[]>();
    for (const q of quotes) {
      const list = byArticle.get(q.articleId);
      if (list === undefined) byArticle.set(q.articleId, [q]);
      else list.push(q);
    }
    // By start, so a statement finds its quotes by binary search (a page of thousands of quotations stays cheap).
    for (const list of byArticle.values()) list.sort((x, y) => x.start - y.start);
    this.remarks = byArticle;
  }

  sameRemark(a: Citation, b: Citation): boolean {
    const inB = this.quotesIn(b);
    if (inB.length === 0) return false;
    for (const q of this.quotesIn(a)) {
      for (const r of inB) if (r.id === q.id || q.variants.includes(r.id)) return true;
    }
    return false;
  }

  remarkOf(c: Citation): string | undefined {
    let first: string | undefined;
    for (const q of this.quotesIn(c)) {
      if (first === undefined || q.id < first) first = q.id;
      for (const id of q.variants) if (id < first) first = id;
    }
    return first;
  }

  /** The quotes overlapping the span: from the last one starting at or before it, those starting before its end. */
  private quotesIn(c: Citation): readonly BriefQuote[] {
    const list = this.remarks.get(c.articleId);
    if (list === undefined) return NO_QUOTES;
    const out: BriefQuote[] = [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start <= c.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = Math.max(0, lo - 1); k < list.length && list[k]!.start < c.end; k++) {
      const q = list[k]!;
      if (q.start < c.end && c.start < q.end) out.push(q);
    }
    return out;
  }
  private remarks = new Map<ArticleId, BriefQuote[]>();

  lineageOf(id: ArticleId): string {
    return this.lineages.get(id) ?? this.provenance?.get(id) ?? `a:${id}`;
  }

  nameKey(name: string): string {
    const lower = name.toLowerCase();
    return this.keys.get(lower) ?? lower;
  }

  dayOf(id: ArticleId): string | undefined {
    return this.days.get(id);
  }

  // Identical words only: two outlets paraphrasing one fact are what
  // independent confirmation looks like; the same words are one source.
  copied(a: Citation, b: Citation): boolean {
    const ab = this.passagesOf(a, b, false);
    if (ab) return shares(ab.identical, a, b);
    const ba = this.passagesOf(a, b, true);
    return ba !== undefined && shares(ba.identical, b, a);
  }

  aligned(a: Citation, b: Citation): boolean {
    const ab = this.passagesOf(a, b, false);
    if (ab) return shares(ab.all, a, b);
    const ba = this.passagesOf(a, b, true);
    return ba !== undefined && shares(ba.all, b, a);
  }

  /** Two figures are values of one quantity whose independent sources differ, and cannot both be true. */
  disputedPair(a: FigureOf, b: FigureOf): boolean {
    const ga = this.disputed.get(`${a.articleId}:${a.figure.start}`);
    return ga !== undefined && ga === this.disputed.get(`${b.articleId}:${b.figure.start}`) && this.lineageOf(a.articleId) !== this.lineageOf(b.articleId) && !compatible(a.figure, b.figure);
  }

  /**
   * The passages of (a, b), or of (b, a) when `reversed`; an article that is
   * no member has none. Both articles' numbers are looked up once for the two
   * orders (the last pair's are kept: `copied` and `aligned` ask the reverse
   * order right after, and a claim of 70 lineages asks thousands of pairs).
   */
  private passagesOf(a: Citation, b: Citation, reversed: boolean): PairPassages | undefined {
    if (a.articleId !== this.lastA || b.articleId !== this.lastB) {
      this.lastA = a.articleId;
      this.lastB = b.articleId;
      this.lastX = this.index.get(a.articleId) ?? -1;
      this.lastY = this.index.get(b.articleId) ?? -1;
    }
    const x = this.lastX;
    const y = this.lastY;
    if (x < 0 || y < 0) return undefined;
    return this.passages.get(reversed ? y * this.n + x : x * this.n + y);
  }
  private lastA: string | undefined = undefined;
  private lastB: string | undefined = undefined;
  private lastX = -1;
  private lastY = -1;
}

/** An entity name (lower-cased) → its story-wide key (the merged entity's name). */
function nameKeys(entities: Entities): Map<string, string> {
  const keyOf = new Map<string, string>();
  for (const e of entities) {
    keyOf.set(e.name.toLowerCase(), e.name.toLowerCase());
    for (const a of e.aliases) keyOf.set(a.toLowerCase(), e.name.toLowerCase());
  }
  return keyOf;
}

/** An entity name → its story-wide key, as a function (for the claim statements, built before the context). */
export function nameKeyOf(entities: Entities): (name: string) => string {
  const keyOf = nameKeys(entities);
  return (name) => keyOf.get(name.toLowerCase()) ?? name.toLowerCase();
}

function identicalOf(passages: readonly SharedPassage[]): SharedPassage[] {
  const out: SharedPassage[] = [];
  for (const p of passages) if (p.kind === 'identical') out.push(p);
  return out;
}

function overlaps(s: { readonly start: number; readonly end: number }, c: Citation): boolean {
  return s.start < c.end && c.start < s.end;
}

function shares(list: readonly SharedPassage[], a: Citation, b: Citation): boolean {
  for (const p of list) if (overlaps(p.a, a) && overlaps(p.b, b)) return true;
  return false;
}
