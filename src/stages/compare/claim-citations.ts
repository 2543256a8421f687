/**
 * A claim as the brief shows it: its citations (one per article, at most
 * three per lineage), its lineages, its independent sources (less copied
 * text) and the contradicting groups.
 */
import type { BriefClaim, Citation } from '../../core/brief.js';
import type { ClaimUnit } from './claim-units.js';
import { UnionFind } from './union-find.js';
import { medoid } from './claim-tighten.js';
import type { ClaimContext } from './claims.js';

export function toClaim(group: readonly number[], units: readonly ClaimUnit[], ctx: ClaimContext, against: Set<number> | undefined, groups: readonly (readonly number[])[]): BriefClaim {
  const all = citationsOf(group, units);
  const lineages = lineagesOfCitations(all, ctx);
  const independent = countIndependent(all, ctx);
  const citations = capPerLineage(all, ctx);
  // tighten() puts the claim's wording first.
  const rep = units[group[0]!]!;
  const contradictions: { text: string; citations: Citation[]; lineages: string[] }[] = [];
  for (const k of [...(against ?? [])].sort(byNumber)) {
    const g = groups[k]!;
    const cites = capPerLineage(citationsOf(g, units), ctx);
    contradictions.push({ text: units[medoid(g, units)]!.text, citations: cites, lineages: lineagesOfCitations(cites, ctx) });
  }
  const status: BriefClaim['status'] = contradictions.length > 0 ? 'contested' : independent >= 2 ? 'agreed' : 'single-source';
  return {
    text: rep.text,
    status,
    lineages,
    independent,
    articles: all.length,
    citations,
    ...(rep.speaker !== undefined ? { speaker: rep.speaker } : {}),
    ...(contradictions.length > 0 ? { contradictedBy: contradictions } : {}),
  };
}

/**
 * At most three citations per lineage: a reader checks a claim against each
 * independent source, not against every copy of one (the count stays in `articles`).
 */
function capPerLineage(citations: readonly Citation[], ctx: ClaimContext): Citation[] {
  const seen = new Map<string, number>();
  const out: Citation[] = [];
  for (const c of citations) {
    const l = ctx.lineageOf(c.articleId);
    const n = seen.get(l) ?? 0;
    seen.set(l, n + 1);
    if (n < 3) out.push(c);
  }
  return out;
}

/** The citations' lineages, each once, sorted. */
function lineagesOfCitations(citations: readonly Citation[], ctx: ClaimContext): string[] {
  const set = new Set<string>();
  for (const c of citations) set.add(ctx.lineageOf(c.articleId));
  return [...set].sort();
}

function byNumber(a: number, b: number): number {
  return a - b;
}

/** One citation per article (the first sentence it states the claim in), in story order. */
function citationsOf(group: readonly number[], units: readonly ClaimUnit[]): Citation[] {
  const byArticle = new Map<number, Citation>();
  for (const i of group) {
    for (const o of units[i]!.occurrences) {
      const c = byArticle.get(o.articleIndex);
      if (!c || o.start < c.start) byArticle.set(o.articleIndex, { articleId: o.articleId, start: o.start, end: o.end });
    }
  }
  const entries = [...byArticle.entries()].sort(byFirstNumber);
  const out: Citation[] = [];
  for (const e of entries) out.push(e[1]);
  return out;
}

function byFirstNumber(a: readonly [number, unknown], b: readonly [number, unknown]): number {
  return a[0] - b[0];
}

/**
 * Independent sources behind a claim: its citations, less those in one
 * lineage and those whose cited sentences are text one copied from the other
 * (two outlets running the same wire paragraph confirm nothing to each other).
 */
export function countIndependent(citations: readonly Citation[], ctx: ClaimContext): number {
  const byLineage = new Map<string, Citation[]>();
  for (const c of citations) {
    const l = ctx.lineageOf(c.articleId);
    const list = byLineage.get(l) ?? [];
    if (list.length < 3) list.push(c);
    byLineage.set(l, list);
  }
  const lineages = [...byLineage.values()];
  const uf = new UnionFind(lineages.length);
  for (let i = 0; i < lineages.length; i++) {
    for (let j = i + 1; j < lineages.length; j++) {
      // Already one source through others: another copied pair changes no count.
      if (uf.find(i) !== uf.find(j) && anyCopied(lineages[i]!, lineages[j]!, ctx)) uf.union(i, j);
    }
  }
  return uf.groups().length;
}

/** Whether some citation of one list copies one of the other (plain loops: a claim of 70 lineages asks this thousands of times). */
function anyCopied(xs: readonly Citation[], ys: readonly Citation[], ctx: ClaimContext): boolean {
  for (let x = 0; x < xs.length; x++) for (let y = 0; y < ys.length; y++) if (ctx.copied(xs[x]!, ys[y]!)) return true;
  return false;
}
