/**
 * The claims' context of a story (StoryClaimContext): lineages, days, entity
 * keys, copied and aligned spans, disputed figures, answered from per-story
 * tables by methods every story shares.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClaimContext } from '../../../src/stages/compare/claim-context.js';
import type { StoryInput } from '../../../src/stages/compare/story-input.js';
import type { FigureGroup } from '../../../src/core/brief.js';
import type { ArticleId } from '../../../src/core/ids.js';
import type { Figure } from '../../../src/core/types.js';

const id = (s: string): ArticleId => s as ArticleId;

function member(articleId: string, published?: string, publishedInferred?: string): StoryInput['members'][number] {
  return { article: { id: id(articleId), meta: { ...(published !== undefined ? { published } : {}) } }, ...(publishedInferred !== undefined ? { publishedInferred } : {}) } as unknown as StoryInput['members'][number];
}

// a and b share an identical passage (a 0–50 / b 10–60) and a paraphrase (a 100–150 / b 200–250); c is on its own.
const INPUT = {
  id: 's1',
  members: [member('a', '2024-03-04T09:00:00Z'), member('b', undefined, '2024-03-05'), member('c')],
  reuse: [
    {
      a: id('a'),
      b: id('b'),
      passages: [
        { kind: 'identical', a: { start: 0, end: 50 }, b: { start: 10, end: 60 } },
        { kind: 'paraphrase', a: { start: 100, end: 150 }, b: { start: 200, end: 250 } },
      ],
    },
  ],
  provenance: { lineageOf: new Map([[id('a'), 'l1'], [id('b'), 'l1'], [id('x'), 'l9']]) },
} as unknown as StoryInput;

const ENTITIES = [{ name: 'Volodymyr Zelensky', aliases: ['Zelenskyy', 'Zelensky'] }];

const cite = (articleId: string, start: number, end: number) => ({ articleId: id(articleId), start, end });

test('lineages from provenance, else the article alone; days stated or inferred', () => {
  const ctx = new StoryClaimContext(INPUT, ENTITIES);
  assert.equal(ctx.lineageOf(id('a')), 'l1');
  assert.equal(ctx.lineageOf(id('b')), 'l1');
  assert.equal(ctx.lineageOf(id('c')), 'a:c');
  // Not a member: provenance's lineage, else the article alone.
  assert.equal(ctx.lineageOf(id('x')), 'l9');
  assert.equal(ctx.lineageOf(id('y')), 'a:y');
  assert.equal(ctx.dayOf(id('a')), '2024-03-04');
  assert.equal(ctx.dayOf(id('b')), '2024-03-05');
  assert.equal(ctx.dayOf(id('c')), undefined);
});

test('entity names map to the merged entity, others to themselves, lower-cased', () => {
  const ctx = new StoryClaimContext(INPUT, ENTITIES);
  assert.equal(ctx.nameKey('ZELENSKYY'), 'volodymyr zelensky');
  assert.equal(ctx.nameKey('Volodymyr Zelensky'), 'volodymyr zelensky');
  assert.equal(ctx.nameKey('Kyiv'), 'kyiv');
});

test('copied: overlapping an identical passage, either way round; aligned: any passage', () => {
  const ctx = new StoryClaimContext(INPUT, ENTITIES);
  assert.equal(ctx.copied(cite('a', 20, 40), cite('b', 30, 70)), true);
  assert.equal(ctx.copied(cite('b', 30, 70), cite('a', 20, 40)), true);
  // The paraphrase is aligned, not copied.
  assert.equal(ctx.copied(cite('a', 110, 120), cite('b', 210, 220)), false);
  assert.equal(ctx.aligned(cite('a', 110, 120), cite('b', 210, 220)), true);
  assert.equal(ctx.aligned(cite('b', 210, 220), cite('a', 110, 120)), true);
  // Spans outside the passages, and a pair that shares nothing.
  assert.equal(ctx.aligned(cite('a', 60, 90), cite('b', 210, 220)), false);
  assert.equal(ctx.copied(cite('a', 20, 40), cite('c', 20, 40)), false);
  assert.equal(ctx.aligned(cite('c', 20, 40), cite('z', 20, 40)), false);
});

test('disputed: two figures of one differing group, other lineages, values that cannot both hold', () => {
  const ctx = new StoryClaimContext(INPUT, ENTITIES);
  const fig = (start: number, value: number): Figure => ({ start, end: start + 10, text: String(value), value, unit: 'troop', counted: 'troops' });
  const value = (articleId: string, f: Figure) => ({ ...f, articleId: id(articleId) });
  const group = (status: FigureGroup['status'], values: unknown[]): FigureGroup => ({ quantity: 'troops', subject: 'troops', unit: 'troop', values, disagreement: status === 'differ', status }) as unknown as FigureGroup;
  const a = { articleId: id('a'), figure: fig(5, 100_000) };
  const b = { articleId: id('b'), figure: fig(15, 175_000) };
  const c = { articleId: id('c'), figure: fig(25, 175_000) };
  const c2 = { articleId: id('c'), figure: fig(35, 100_000) };
  // No figure groups yet: nothing is disputed.
  assert.equal(ctx.disputedPair(a, c), false);
  ctx.useFigures([group('differ', [value('a', a.figure), value('b', b.figure), value('c', c.figure), value('c', c2.figure)]), group('agree', [])]);
  assert.equal(ctx.disputedPair(a, c), true);
  assert.equal(ctx.disputedPair(c, a), true);
  // One lineage (a and b) disputes nothing; nor do equal values.
  assert.equal(ctx.disputedPair(a, b), false);
  assert.equal(ctx.disputedPair(a, c2), false);
  // A group whose sources agree disputes nothing.
  ctx.useFigures([group('agree', [value('a', a.figure), value('c', c.figure)])]);
  assert.equal(ctx.disputedPair(a, c), false);
});

test('every story answers with the same functions, not closures made per story', () => {
  const one = new StoryClaimContext(INPUT, ENTITIES);
  const two = new StoryClaimContext({ ...INPUT, members: INPUT.members.slice(0, 1), reuse: [] }, []);
  for (const k of ['lineageOf', 'dayOf', 'nameKey', 'copied', 'aligned', 'disputedPair'] as const) assert.equal(one[k], two[k], k);
  assert.equal(two.lineageOf(id('b')), 'l1');
  assert.equal(two.copied(cite('a', 20, 40), cite('b', 30, 70)), false);
});
