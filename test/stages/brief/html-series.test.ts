import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import type { FigureValue, StoryBrief } from '../../../src/core/brief.js';
import { renderHtml } from '../../../src/stages/brief/index.js';
import { htmlContext } from '../../../src/stages/brief/html-context.js';
import { seriesPoints } from '../../../src/stages/brief/html-series.js';
import { storyBrief } from '../../fixtures/brief/story-brief.js';

const [a1, a2, a3] = storyBrief.articles;
const base = storyBrief.figures[1]!.values[0]!;
const days = new Map([[a1!.id, '2021-12-05'], [a2!.id, '2021-12-06'], [a3!.id, '2021-12-08']]);

/** The fixture with [2] a copy of [1] (or of nobody known), every article dated, and one series of `values`. */
function brief(values: readonly FigureValue[], origin: string | null = a1!.id): StoryBrief {
  return {
    ...storyBrief,
    articles: storyBrief.articles.map((a) => ({ ...a, published: days.get(a.id)! })),
    lineages: [
      { id: 'l1', articleIds: [a1!.id, a2!.id], origin: origin as StoryBrief['lineages'][number]['origin'] },
      { id: 'l2', articleIds: [a3!.id], origin: null },
    ],
    figures: [{ ...storyBrief.figures[1]!, status: 'series' as const, values }],
  };
}

function value(articleId: FigureValue['articleId'], v: number, start: number): FigureValue {
  return { ...base, articleId, value: v, text: `at least ${v} people`, start, end: start + 10 };
}

function titles(b: StoryBrief): string[] {
  const d = parseHTML(renderHtml(b)).document as unknown as Document;
  return [...d.querySelectorAll('#figures figure.series svg a title')].map((t) => t.textContent ?? '');
}

test('an article and its copy giving one value are one point, citing the origin and naming the copy', () => {
  // The copy is listed first: the point still cites the origin, at the origin's day.
  const b = brief([value(a2!.id, 60, 10), value(a1!.id, 60, 20), value(a3!.id, 85, 30)]);
  assert.deepEqual(titles(b), ['2021-12-05: at least 60 people [1], also in its copy [2]', '2021-12-08: at least 85 people [3]']);
  const points = seriesPoints(b.figures[0]!, htmlContext(b, 240, ''));
  assert.equal(points[0]!.v.articleId, a1!.id);
  assert.deepEqual(points[0]!.copies.map((c) => c.articleId), [a2!.id]);
});

test('a copy giving another value stays a point of its own; independent sources are never folded', () => {
  assert.equal(titles(brief([value(a1!.id, 60, 10), value(a2!.id, 72, 20), value(a3!.id, 85, 30)])).length, 3);
  assert.deepEqual(titles(brief([value(a1!.id, 60, 10), value(a3!.id, 60, 30), value(a2!.id, 85, 20)])), [
    '2021-12-05: at least 60 people [1]', '2021-12-06: at least 85 people [2]', '2021-12-08: at least 60 people [3]',
  ]);
});

test('a lineage without a known origin is drawn at its earliest report; an origin and its copy alone draw no chart', () => {
  assert.deepEqual(titles(brief([value(a2!.id, 60, 10), value(a1!.id, 60, 20), value(a3!.id, 85, 30)], null))[0], '2021-12-05: at least 60 people [1], also in its copy [2]');
  assert.deepEqual(titles(brief([value(a1!.id, 60, 10), value(a2!.id, 60, 20)])), []);
});
