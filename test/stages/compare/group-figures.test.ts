import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId, type ArticleId } from '../../../src/core/ids.js';
import type { Figure } from '../../../src/core/types.js';
import { groupFigures, type FigureSource } from '../../../src/stages/compare/group-figures.js';

const ids = ['a_1', 'a_2', 'a_3'].map(asArticleId);
const sameUnit = (a: Figure, b: Figure): boolean => a.unit === b.unit;

function fig(value: number, unit: string, counted: string, extra: Partial<Figure> = {}): Figure {
  const text = `${value} ${counted}`;
  return { text, start: 0, end: text.length, value, unit, counted, ...extra };
}

/** Figures whose sentence is their own text: no context to tell subjects apart beyond the counted words. */
function source(articleId: ArticleId, figures: Figure[]): FigureSource {
  return { articleId, figures, sentences: figures.map((f) => ({ start: f.start, end: f.end, text: f.text })) };
}

test('figures for one quantity stand side by side with their sources; none is chosen as the fact', () => {
  const groups = groupFigures(
    [
      source(ids[0]!, [fig(175000, 'troop', 'troops', { qualifier: 'up to', attribution: 'US intelligence' }), fig(2014, 'year', '', { isYear: true })]),
      source(ids[1]!, [fig(94000, 'troop', 'Russian troops', { qualifier: 'more than' })]),
      source(ids[2]!, [fig(70000, 'troop', 'troops', { qualifier: 'about' }), fig(14000, 'life', 'lives')]),
    ],
    sameUnit,
    { lineageOf: (id) => id, dayOf: () => undefined },
  );
  const troops = groups[0]!;
  assert.equal(troops.unit, 'troop');
  assert.equal(troops.disagreement, true);
  assert.deepEqual(troops.values.map((v) => v.value), [175000, 94000, 70000]);
  assert.equal(troops.values[0]!.attribution, 'US intelligence');
  assert.equal(troops.values[0]!.qualifier, 'up to');
  assert.deepEqual(troops.values.map((v) => v.articleId), ids);
  assert.equal(troops.quantity, 'troops');
  // Years are dates, not quantities.
  assert.ok(groups.every((g) => g.unit !== 'year'));
  assert.equal(groups.find((g) => g.unit === 'life')!.disagreement, false);
});
