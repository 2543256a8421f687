/**
 * Groups a story's quotes by speaker across sources and, within a speaker,
 * the renderings of one remark; who a speaker is comes from quote-speakers.ts
 * and which renderings are one remark from quote-links.ts.
 */
import type { BriefQuote, SpeakerQuotes } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { Quote } from '../../core/types.js';
import type { CompareOptions } from './story-input.js';
import { sameEntityBlockHashes, type AnyBlockKeys } from './name-blocks.js';
import { namesHeld } from './contained-names.js';
import { UnionFind } from './union-find.js';
import type { QuoteTwins } from './variant-counterparts.js';
import { canonicalSpeakers, namedByTheirWords, UNATTRIBUTED } from './quote-speakers.js';
import { linkTranslations, linkVariants } from './quote-links.js';

export interface QuoteGrouping {
  readonly quotes: readonly BriefQuote[];
  readonly speakers: readonly SpeakerQuotes[];
}

export interface Flat {
  readonly q: Quote;
  readonly articleId: ArticleId;
  readonly id: string;
}

/**
 * Groups quotes by speaker across sources (spelling variants of one name are
 * one speaker) and, within a speaker, groups the renderings of one remark.
 * @example groupQuotes([[id, quotes]], sameEntity, COMPARE_DEFAULTS).speakers[0].remarks
 */
export function groupQuotes(
  perArticle: readonly (readonly [ArticleId, readonly Quote[]])[],
  sameName: (a: string, b: string) => boolean,
  opts: CompareOptions,
  /** The story's entity names, most mentioned first: a speaker takes the matching one. */
  preferredNames: readonly string[] = [],
  /** Names `sameName` may join share one of these keys: only those pairs are tested (numbers by default: name-blocks.ts). */
  blockKeys: AnyBlockKeys = sameEntityBlockHashes,
  /** Each article's language: quotes of one speaker in two languages are compared by their anchors. */
  languageOf?: (articleId: ArticleId) => string,
  /** A variant's quote and the representative's quote it repeats (variant-counterparts.ts, by `perArticle` index): one remark, not compared again. */
  twins?: QuoteTwins,
): QuoteGrouping {
  const flat: Flat[] = [];
  const firstOf: number[] = [];
  for (const [articleId, quotes] of perArticle) {
    firstOf.push(flat.length);
    for (const q of quotes) flat.push({ q, articleId, id: `q_${articleId.slice(2, 10)}_${q.start}` });
  }

  // Loops, not callbacks made per call: V8 drops a dead closure's optimised
  // code at each full GC and compiles it again at the next brief.
  const labels: string[] = [];
  for (const f of flat) labels.push(f.q.speaker ?? UNATTRIBUTED);
  const speakerOf = namedByTheirWords(flat, canonicalSpeakers(namesHeld(labels, preferredNames), sameName, preferredNames, blockKeys), preferredNames);
  const uf = new UnionFind(flat.length);
  // A twin of the same speaker joins its representative's quote, which is compared for both.
  const joined = new Uint8Array(flat.length);
  if (twins !== undefined) {
    for (let a = 0; a < twins.quoteOf.length; a++) {
      const of = twins.quoteOf[a];
      if (of === undefined) continue;
      const rep = twins.repOf[a]!;
      for (let m = 0; m < of.length; m++) {
        const k = of[m]!;
        const i = firstOf[a]! + m;
        const t = k >= 0 ? firstOf[rep]! + k : -1;
        if (t < 0 || speakerOf[i] !== speakerOf[t]) continue;
        uf.union(i, t);
        joined[i] = 1;
      }
    }
  }
  const bySpeakerIndex = new Map<string, number[]>();
  for (let i = 0; i < flat.length; i++) {
    if (joined[i] === 1) continue;
    const list = bySpeakerIndex.get(speakerOf[i]!);
    if (list) list.push(i);
    else bySpeakerIndex.set(speakerOf[i]!, [i]);
  }
  for (const members of bySpeakerIndex.values()) {
    linkVariants(members, flat, uf, opts);
    if (languageOf) linkTranslations(members, flat, uf, languageOf);
  }
  const groups = uf.groups();
  const variantsOf = new Map<number, string[]>();
  // A wire quote carried by a thousand copies would list a thousand variants on each: the
  // first MAX_VARIANTS stand for the rest (the speaker's remark lists them all).
  for (const g of groups) for (const i of g) variantsOf.set(i, variantIds(g, i, flat));

  const quotes: BriefQuote[] = [];
  for (let i = 0; i < flat.length; i++) {
    const f = flat[i]!;
    const base = {
      id: f.id,
      speaker: speakerOf[i]!,
      text: f.q.text,
      articleId: f.articleId,
      start: f.q.start,
      end: f.q.end,
      variants: variantsOf.get(i) ?? [],
    };
    quotes.push(f.q.role ? { ...base, role: f.q.role } : base);
  }

  const bySpeaker = new Map<string, number[][]>();
  for (const g of groups) {
    const s = speakerOf[g[0]!]!;
    const list = bySpeaker.get(s) ?? [];
    list.push(g);
    bySpeaker.set(s, list);
  }
  const speakers: SpeakerQuotes[] = [...bySpeaker.entries()]
    .map(([speaker, gs]) => {
      const role = gs.flat().map((i) => flat[i]!.q.role).find((r) => r !== undefined);
      // A remark's renderings, the brief's language (English) first: the brief shows the first and lists the others.
      const remarks = gs.map((g) => (languageOf === undefined ? g : englishFirst(g, flat, languageOf)).map((i) => quotes[i]!));
      return role ? { speaker, role, remarks } : { speaker, remarks };
    })
    // Most-quoted first; the unattributed bucket last.
    .sort((a, b) => rank(b) - rank(a));
  return { quotes, speakers };
}

/** `group` (indexes in story order) with the quotes of English articles first, each part in story order. */
function englishFirst(group: readonly number[], flat: readonly Flat[], languageOf: (articleId: ArticleId) => string): number[] {
  const en: number[] = [];
  const rest: number[] = [];
  for (const i of group) (languageOf(flat[i]!.articleId) === 'en' ? en : rest).push(i);
  return en.length === 0 || rest.length === 0 ? [...group] : [...en, ...rest];
}

/** Variant ids listed on one quote, at most this many. */
export const MAX_VARIANTS = 20;

function variantIds(group: readonly number[], self: number, flat: readonly Flat[]): string[] {
  const out: string[] = [];
  for (const j of group) {
    if (j === self) continue;
    if (out.length === MAX_VARIANTS) break;
    out.push(flat[j]!.id);
  }
  return out;
}

function rank(s: SpeakerQuotes): number {
  return s.speaker === UNATTRIBUTED ? -1 : s.remarks.reduce((n, r) => n + r.length, 0);
}
