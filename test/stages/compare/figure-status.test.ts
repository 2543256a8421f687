import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FigureValue } from '../../../src/core/brief.js';
import { asArticleId } from '../../../src/core/ids.js';
import type { Qualifier } from '../../../src/core/types.js';
import { lineageCount, statusOf } from '../../../src/stages/compare/figure-status.js';
import { compatible } from '../../../src/stages/compare/figure-values.js';

/** statusOf's definition for undated values: two articles of two lineages, none of whose values can be true together. */
function reference(values: readonly FigureValue[], lineageOf: (id: string) => string): string {
  if (lineageCount(values, { lineageOf, dayOf: () => undefined }) < 2) return 'single-source';
  const ids = [...new Set(values.map((v) => v.articleId))];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      if (lineageOf(ids[i]!) === lineageOf(ids[j]!)) continue;
      const a = values.filter((v) => v.articleId === ids[i]);
      const b = values.filter((v) => v.articleId === ids[j]);
      if (!a.some((x) => b.some((y) => compatible(x, y)))) return 'differ';
    }
  }
  return 'agree';
}

const QUALIFIERS: (Qualifier | undefined)[] = [undefined, undefined, 'about', 'more than', 'up to', 'at least', 'exactly'];

/** A deterministic group: `articles` articles of `lineages` lineages, 1–3 values each, drawn by a linear congruential generator. */
function group(seed: number, articles: number, lineages: number): { values: FigureValue[]; lineageOf: (id: string) => string } {
  let s = seed;
  const next = (n: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const values: FigureValue[] = [];
  const lineage = new Map<string, string>();
  for (let a = 0; a < articles; a++) {
    const id = asArticleId(`a${a}`);
    lineage.set(id, `l${next(lineages)}`);
    for (let k = 0, n = 1 + next(3); k < n; k++) {
      const value = [60, 61, 72, 85, 100, 2.3, 2.25, 400, 600][next(9)]!;
      const ranged = next(5) === 0;
      const qualifier = QUALIFIERS[next(QUALIFIERS.length)];
      values.push({ value, ...(ranged ? { valueMax: value * 1.5 } : {}), text: `${value} people`, articleId: id, start: k * 10, end: k * 10 + 5, ...(qualifier ? { qualifier } : {}) });
    }
  }
  return { values, lineageOf: (id) => lineage.get(id)! };
}

test('statusOf: differ / agree over the articles pairs as the pairwise definition, for many groups', () => {
  const seen = new Set<string>();
  for (let seed = 1; seed <= 300; seed++) {
    const { values, lineageOf } = group(seed, 2 + (seed % 9), 1 + (seed % 4));
    const want = reference(values, lineageOf);
    seen.add(want);
    assert.equal(statusOf(values, { lineageOf, dayOf: () => undefined }), want, `seed ${seed}`);
  }
  // The draw meets every outcome, so the comparison tests each.
  assert.deepEqual([...seen].sort(), ['agree', 'differ', 'single-source']);
});

test('statusOf: one compatible pair among many makes two articles agree; the same lineage never differs', () => {
  const v = (id: string, value: number, qualifier?: Qualifier): FigureValue => ({ value, text: String(value), articleId: asArticleId(id), start: 0, end: 1, ...(qualifier ? { qualifier } : {}) });
  const ctx = (l: Record<string, string>) => ({ lineageOf: (id: string) => l[id]!, dayOf: () => undefined });
  // The last value of each side is the only pair that can both be true.
  assert.equal(statusOf([v('a', 10), v('a', 20), v('a', 70000), v('b', 500), v('b', 900), v('b', 60000, 'more than')], ctx({ a: 'x', b: 'y' })), 'agree');
  assert.equal(statusOf([v('a', 10), v('a', 20), v('b', 500), v('b', 900)], ctx({ a: 'x', b: 'y' })), 'differ');
  // a and c share a lineage (a copy): their values are never set against each other.
  assert.equal(statusOf([v('a', 10), v('c', 500), v('b', 10)], ctx({ a: 'x', c: 'x', b: 'y' })), 'differ');
  assert.equal(statusOf([v('a', 10), v('c', 500), v('b', 10), v('b', 500)], ctx({ a: 'x', c: 'x', b: 'y' })), 'agree');
});
