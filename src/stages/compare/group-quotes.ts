import type { BriefQuote, SpeakerQuotes } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { Quote } from '../../core/types.js';
import { bagOf, containment, dice } from './text-sim.js';
import type { CompareOptions } from './story-input.js';
import { UnionFind } from './union-find.js';
import { displayName } from './display-name.js';

export interface QuoteGrouping {
  readonly quotes: readonly BriefQuote[];
  readonly speakers: readonly SpeakerQuotes[];
}

interface Flat {
  readonly q: Quote;
  readonly articleId: ArticleId;
  readonly id: string;
}

const UNATTRIBUTED = 'unattributed';

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
): QuoteGrouping {
  const flat: Flat[] = [];
  for (const [articleId, quotes] of perArticle) {
    for (const q of quotes) flat.push({ q, articleId, id: `q_${articleId.slice(2, 10)}_${q.start}` });
  }

  const speakerOf = canonicalSpeakers(flat.map((f) => f.q.speaker ?? UNATTRIBUTED), sameName, preferredNames);
  const bags = flat.map((f) => bagOf(f.q.text));

  const uf = new UnionFind(flat.length);
  for (let i = 0; i < flat.length; i++) {
    for (let j = i + 1; j < flat.length; j++) {
      if (speakerOf[i] !== speakerOf[j]) continue;
      const d = dice(bags[i]!, bags[j]!);
      const c = Math.min(bags[i]!.total, bags[j]!.total) >= 4 ? containment(bags[i]!, bags[j]!) : 0;
      if (d >= opts.quoteVariantDice || c >= opts.quoteVariantContainment) uf.union(i, j);
    }
  }
  const groups = uf.groups();
  const variantsOf = new Map<number, string[]>();
  for (const g of groups) for (const i of g) variantsOf.set(i, g.filter((j) => j !== i).map((j) => flat[j]!.id));

  const quotes: BriefQuote[] = flat.map((f, i) => {
    const base = {
      id: f.id,
      speaker: speakerOf[i]!,
      text: f.q.text,
      articleId: f.articleId,
      start: f.q.start,
      end: f.q.end,
      variants: variantsOf.get(i) ?? [],
    };
    return f.q.role ? { ...base, role: f.q.role } : base;
  });

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
      const remarks = gs.map((g) => g.map((i) => quotes[i]!));
      return role ? { speaker, role, remarks } : { speaker, remarks };
    })
    // Most-quoted first; the unattributed bucket last.
    .sort((a, b) => rank(b) - rank(a));
  return { quotes, speakers };
}

function rank(s: SpeakerQuotes): number {
  return s.speaker === UNATTRIBUTED ? -1 : s.remarks.reduce((n, r) => n + r.length, 0);
}

/** Maps each raw speaker label to one display name per person (the longest spelling seen). */
function canonicalSpeakers(labels: readonly string[], sameName: (a: string, b: string) => boolean, preferred: readonly string[]): string[] {
  const distinct = [...new Set(labels)];
  const uf = new UnionFind(distinct.length);
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      const a = distinct[i]!;
      const b = distinct[j]!;
      if (a === UNATTRIBUTED || b === UNATTRIBUTED) continue;
      if (a.toLowerCase() === b.toLowerCase() || sameName(a, b)) uf.union(i, j);
    }
  }
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const display = new Map<string, string>();
  for (const g of uf.groups()) {
    const names = g.map((i) => distinct[i]!);
    const words = (n: string): number => n.split(/\s+/).length;
    const local = displayName(names, (n) => counts.get(n) ?? 0);
    // The story-wide spelling wins over one article's ("Antony", not a one-off "Anthony").
    const best = preferred.find((p) => words(p) >= words(local) && names.some((n) => n === p || sameName(n, p))) ?? local;
    for (const n of names) display.set(n, best);
  }
  return labels.map((l) => display.get(l) ?? l);
}
