/**
 * What the construction of a built corpus makes known (build-corpora.ts):
 * which article's text came from which. Used to label reuse directions of
 * built corpora and to measure recall (known copy pairs found, copies put in
 * their original's lineage, agreed claims that rest on one true lineage).
 */
import type { Brief, ReuseEntry } from './items.js';
import type { Truth } from './build-corpora.js';

export interface KnownProvenance {
  /** Brief article id of each url of the corpus. */
  readonly idOf: ReadonlyMap<string, string>;
  /** Copy id → the ids it derives from, transitively (parent, grandparent…). */
  readonly ancestors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Article id → id of its true lineage (the root original's id). */
  readonly rootOf: ReadonlyMap<string, string>;
  /** Known (from, to) pairs by article id. */
  readonly pairs: readonly { from: string; to: string; how: string }[];
}

/**
 * Maps the corpus's urls to brief article ids by input line (`path` ends in
 * `#L<n>`) and closes the truth edges transitively.
 */
export function knownProvenance(brief: Brief, corpusLines: readonly { url: string }[], truth: readonly Truth[]): KnownProvenance {
  const idOf = new Map<string, string>();
  for (const s of brief.stories) {
    for (const a of s.articles) {
      const m = /#L(\d+)$/.exec(a.path ?? '');
      const line = m ? corpusLines[Number(m[1]) - 1] : undefined;
      if (line !== undefined) idOf.set(line.url, a.id);
    }
  }
  const parent = new Map<string, string>();
  const pairs: { from: string; to: string; how: string }[] = [];
  for (const t of truth) {
    const f = idOf.get(t.from);
    const to = idOf.get(t.to);
    if (f === undefined || to === undefined) continue;
    parent.set(to, f);
    pairs.push({ from: f, to, how: t.how });
  }
  const ancestors = new Map<string, Set<string>>();
  const rootOf = new Map<string, string>();
  for (const id of idOf.values()) {
    const seen = new Set<string>();
    let cur = id;
    while (parent.has(cur) && !seen.has(parent.get(cur)!)) {
      cur = parent.get(cur)!;
      seen.add(cur);
    }
    ancestors.set(id, seen);
    rootOf.set(id, cur);
  }
  return { idOf, ancestors, rootOf, pairs };
}

/**
 * The label construction gives a reuse direction, or undefined when the two
 * articles are not related by construction (two originals: labelled by reading).
 * Right when `from` is `to`'s source or an earlier link of the chain its text
 * came through; wrong when reversed, or when both derive from a third article
 * (siblings: neither copied the other).
 */
export function constructionLabel(k: KnownProvenance, r: ReuseEntry): { label: boolean; note: string } | undefined {
  if (r.from === null || r.to === null) return undefined;
  if (k.ancestors.get(r.to)?.has(r.from)) return { label: true, note: 'construction: from is the source (or its source) of to' };
  if (k.ancestors.get(r.from)?.has(r.to)) return { label: false, note: 'construction: reversed, to is the source of from' };
  if (k.rootOf.get(r.from) !== undefined && k.rootOf.get(r.from) === k.rootOf.get(r.to)) {
    return { label: false, note: 'construction: siblings, both derive from a third article' };
  }
  return undefined;
}
