import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleId } from '../../../src/core/ids.js';
import type { Figure } from '../../../src/core/types.js';
import { leadInOf, shaped } from '../../../src/stages/compare/figure-items.js';
import { analyze } from '../../../src/stages/analyze/index.js';
import { sameQuantity } from '../../../src/stages/analyze/figures.js';
import { clean } from '../../../src/stages/clean/index.js';
import { figureItems, groupFigures, type FigureSource } from '../../../src/stages/compare/group-figures.js';
import { alignVariants } from '../../../src/stages/compare/variants.js';
import { loadExamples } from '../dedupe/example-articles.js';

const analyses = loadExamples().map((e) => {
  const r = clean({ format: 'txt', title: e.title, body: e.text });
  assert.ok(r.ok);
  return analyze(r.value);
});
const sources: FigureSource[] = analyses.map((a) => ({ articleId: a.articleId, figures: a.figures, sentences: a.sentences }));
const days = ['2022-02-20', '2022-02-21', undefined];
const dayOf = (id: ArticleId): string | undefined => days[analyses.findIndex((a) => a.articleId === id) % days.length];
const languageOf = (id: ArticleId): string => analyses.find((a) => a.articleId === id)?.language ?? '';

test('figure items built before the lineages are known group as the items groupFigures builds itself', () => {
  const variants = alignVariants(analyses);
  // Built with no lineage at hand (as prepareCompare does while the shared text is found).
  const items = figureItems(sources, sameQuantity, { dayOf, languageOf }, variants);
  assert.ok(items.items.length > 0 && items.repItems.length > 0 && items.repItems.length <= items.items.length);
  assert.equal(items.rep.length, items.items.length);
  // Two lineage maps: each article its own, and the first two articles one lineage.
  for (const lineageOf of [(id: ArticleId) => id as string, (id: ArticleId) => (id === analyses[1]!.articleId ? analyses[0]!.articleId : id) as string]) {
    const ctx = { lineageOf, dayOf, languageOf };
    const alone = groupFigures(sources, sameQuantity, ctx, variants);
    assert.ok(alone.length > 0);
    assert.deepEqual(groupFigures(sources, sameQuantity, ctx, variants, items), alone);
  }
});

test("figure items carry each article's day: other days, other series", () => {
  const variants = alignVariants(analyses);
  const items = figureItems(sources, sameQuantity, { dayOf, languageOf }, variants);
  const sameDay = figureItems(sources, sameQuantity, { dayOf: () => '2022-02-20', languageOf }, variants);
  assert.deepEqual(items.items.map((it) => it.day), items.items.map((it) => dayOf(it.articleId)));
  assert.ok(sameDay.items.every((it) => it.day === '2022-02-20'));
});

test('shaped: every figure, whatever optional fields it has and whatever its numbers, gives the same keys in one order', () => {
  const bare: Figure = { start: 3, end: 9, text: '400 troops', value: 400, unit: 'troop', counted: 'troops' };
  const full: Figure = { start: 0, end: 30, text: 'about 2.5 to 3 million doses', value: 2.5e6, valueMax: 3e6, unit: 'dose', counted: 'doses', qualifier: 'about', attribution: 'the ministry', isYear: false };
  const keys = Object.keys(shaped(bare));
  assert.deepEqual(keys, ['start', 'end', 'text', 'value', 'valueMax', 'unit', 'counted', 'qualifier', 'attribution', 'isYear']);
  for (const f of [bare, full, { ...bare, value: 0.75 }, { ...bare, isYear: true, value: 1954 }]) {
    const s = shaped(f);
    assert.deepEqual(Object.keys(s), keys);
    for (const k of keys) assert.equal(s[k as keyof Figure], f[k as keyof Figure]);
  }
});

test('the words leading up to a figure: after a verb of saying, within the clause, else the words after it', () => {
  assert.equal(leadInOf('South Korea’s military said the missile flew', 'and reached'), 'the missile flew …');
  assert.equal(leadInOf('According to a poll, Trzaskowski has the support of', '. Now'), 'Trzaskowski has the support of …');
  // Nothing before it in its clause: what follows it, up to the next figure or clause.
  assert.equal(leadInOf('Earlier,', 'wanted to vote for him and 12 more. Later'), '… wanted to vote for him');
  assert.equal(leadInOf('', ''), undefined);
});
