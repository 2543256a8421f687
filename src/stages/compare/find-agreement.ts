import type { Citation, SummarySentence } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { Analysis } from '../../core/types.js';
import { type Bag, bagOf, dice, weightByRarity } from './text-sim.js';
import type { CompareOptions } from './story-input.js';
import { UnionFind } from './union-find.js';

interface Unit {
  readonly articleId: ArticleId;
  readonly articleIndex: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly bag: Bag;
  /** Names and numbers in the sentence: what makes a single-source line news. */
  readonly facts: readonly string[];
}

const MIN_WORDS = 6;

/**
 * Finds what two or more sources state (sentences that say the same thing,
 * translated or reworded) and what only one source reports (sentences whose
 * names or numbers no other source has). Every line cites its sentences.
 * @example findAgreement(analyses, COMPARE_DEFAULTS).filter((s) => s.kind === 'agreed')
 */
export function findAgreement(analyses: readonly Analysis[], opts: CompareOptions): SummarySentence[] {
  const units = toUnits(analyses);
  const uf = linkStatements(units, opts);
  const agreed: { s: SummarySentence; first: number }[] = [];
  const singles: { s: SummarySentence; score: number; first: number }[] = [];
  const factSources = countFactSources(units);
  for (const g of uf.groups()) {
    const articles = new Set(g.map((i) => units[i]!.articleId));
    if (articles.size >= 2) {
      const rep = medoid(g, units);
      const citations: Citation[] = [];
      const cited = new Set<ArticleId>();
      for (const i of g) {
        const u = units[i]!;
        // One citation per source keeps the line readable.
        if (cited.has(u.articleId)) continue;
        cited.add(u.articleId);
        citations.push({ articleId: u.articleId, start: u.start, end: u.end });
      }
      agreed.push({ s: { text: units[rep]!.text, kind: 'agreed', citations }, first: g[0]! });
    } else {
      for (const i of g) {
        const u = units[i]!;
        const unique = u.facts.filter((f) => (factSources.get(f) ?? 0) === 1);
        if (unique.length === 0) continue;
        singles.push({
          s: { text: u.text, kind: 'single', citations: [{ articleId: u.articleId, start: u.start, end: u.end }] },
          score: unique.length,
          first: i,
        });
      }
    }
  }
  const topAgreed = agreed
    .sort((a, b) => b.s.citations.length - a.s.citations.length || a.first - b.first)
    .slice(0, opts.maxAgreed);
  const topSingles = singles.sort((a, b) => b.score - a.score || a.first - b.first).slice(0, opts.maxSingle);
  return [...topAgreed.map((a) => a.s), ...topSingles.sort((a, b) => a.first - b.first).map((a) => a.s)];
}

/**
 * Groups sentences that state the same thing. Average-link, not single-link:
 * a chain of loosely similar sentences ("Peskov said…" lines on different
 * points) must not snowball into one "agreed" claim, so two groups join only
 * when their members are, on average, as similar as the strongest pair.
 */
function linkStatements(units: readonly Unit[], opts: CompareOptions): UnionFind {
  const scored = candidatePairs(units)
    .map(([i, j]) => ({ i, j, sim: dice(units[i]!.bag, units[j]!.bag) }))
    .filter((p) => p.sim >= opts.agreeDice)
    .sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j);
  const uf = new UnionFind(units.length);
  const members = new Map<number, number[]>();
  const groupOf = (i: number): number[] => members.get(uf.find(i)) ?? [i];
  for (const { i, j } of scored) {
    if (uf.find(i) === uf.find(j)) continue;
    const gi = groupOf(i);
    const gj = groupOf(j);
    let total = 0;
    for (const x of gi) for (const y of gj) total += dice(units[x]!.bag, units[y]!.bag);
    if (total / (gi.length * gj.length) < opts.agreeDice) continue;
    members.delete(uf.find(i));
    members.delete(uf.find(j));
    uf.union(i, j);
    members.set(uf.find(i), [...gi, ...gj]);
  }
  return uf;
}

function toUnits(analyses: readonly Analysis[]): Unit[] {
  const units: Unit[] = [];
  const pending: Omit<Unit, 'bag'>[] = [];
  const rawBags: Bag[] = [];
  analyses.forEach((a, articleIndex) => {
    for (const s of a.sentences) {
      if (s.text.split(/\s+/).length < MIN_WORDS) continue;
      const facts = new Set<string>();
      for (const e of a.entities) if (e.start >= s.start && e.end <= s.end) facts.add(`e:${e.name.toLowerCase()}`);
      for (const f of a.figures) {
        if (f.start >= s.start && f.end <= s.end && !f.isYear) facts.add(`n:${f.value}`);
      }
      pending.push({ articleId: a.articleId, articleIndex, start: s.start, end: s.end, text: s.text, facts: [...facts] });
      rawBags.push(bagOf(s.text));
    }
  });
  const bags = weightByRarity(rawBags);
  pending.forEach((u, i) => units.push({ ...u, bag: bags[i]! }));
  return units;
}

/** How many sources mention each name or number anywhere in their text. */
function countFactSources(units: readonly Unit[]): Map<string, number> {
  const seen = new Map<string, Set<number>>();
  for (const u of units) {
    for (const f of u.facts) {
      const s = seen.get(f) ?? new Set<number>();
      s.add(u.articleIndex);
      seen.set(f, s);
    }
  }
  return new Map([...seen.entries()].map(([k, v]) => [k, v.size]));
}

/**
 * Pairs of sentences from different articles that share at least one
 * informative word, through an inverted index: words in most sentences
 * ("Russia" in a Russia story) are skipped so the pairs stay few.
 */
function candidatePairs(units: readonly Unit[]): [number, number][] {
  const postings = new Map<string, number[]>();
  units.forEach((u, i) => {
    for (const k of u.bag.weights.keys()) {
      const p = postings.get(k);
      if (p) p.push(i);
      else postings.set(k, [i]);
    }
  });
  const maxPosting = Math.max(8, Math.floor(units.length * 0.25));
  const pairs = new Set<number>();
  const out: [number, number][] = [];
  for (const p of postings.values()) {
    if (p.length > maxPosting) continue;
    for (let x = 0; x < p.length; x++) {
      for (let y = x + 1; y < p.length; y++) {
        const i = p[x]!;
        const j = p[y]!;
        if (units[i]!.articleIndex === units[j]!.articleIndex) continue;
        const key = i * units.length + j;
        if (pairs.has(key)) continue;
        pairs.add(key);
        out.push([i, j]);
      }
    }
  }
  return out;
}

/** The member most similar to the rest: the most representative wording. */
function medoid(group: readonly number[], units: readonly Unit[]): number {
  let best = group[0]!;
  let bestScore = -1;
  for (const i of group) {
    let s = 0;
    for (const j of group) if (i !== j) s += dice(units[i]!.bag, units[j]!.bag);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return best;
}
