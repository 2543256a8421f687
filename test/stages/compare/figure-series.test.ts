import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FigureValue } from '../../../src/core/brief.js';
import { asArticleId } from '../../../src/core/ids.js';
import type { Figure } from '../../../src/core/types.js';
import { sameQuantity } from '../../../src/stages/analyze/figures.js';
import { isSeries, statusOf } from '../../../src/stages/compare/figure-status.js';
import { countedKind, fateOf } from '../../../src/stages/compare/figure-values.js';
import { groupFigures } from '../../../src/stages/compare/group-figures.js';
import { brief } from './story-helper.js';

/**
 * A constructed story: a wire report and its republished copy (Monday), a
 * toll risen to 72 (Wednesday), 85 (Saturday); the army's 400 soldiers against
 * aid groups' 600.
 */
const FLOODS = [
  {
    title: 'Floods in Valdoria kill at least 60',
    body: 'VALDORIA CITY (Wire) — Floods in northern Valdoria have killed at least 60 people, the national disaster agency said on Monday. Rivers burst their banks after three days of heavy rain, and some 12,000 people have left their homes. "We have never seen water this high," said Mayor Elena Ruiz. The government has sent 400 soldiers to help with the rescue.',
    published: '2026-03-02T08:00:00Z',
    source: 'wire.example',
  },
  {
    title: 'Valdoria floods: at least 60 dead',
    body: 'VALDORIA CITY (Wire) — Floods in northern Valdoria have killed at least 60 people, the national disaster agency said on Monday. Rivers burst their banks after three days of heavy rain, and some 12,000 people have left their homes. "We have never seen water this high," said Mayor Elena Ruiz. This article originally appeared on wire.example.',
    published: '2026-03-02T11:00:00Z',
    source: 'daily.example',
  },
  {
    title: 'Valdoria flood death toll rises to 72',
    body: 'The death toll from floods in northern Valdoria has risen to 72, the national disaster agency said on Wednesday, as rescuers reached villages cut off by the water. About 15,000 people are now in shelters. Mayor Elena Ruiz said the city needed more boats. The army said it had deployed 400 soldiers.',
    published: '2026-03-04T09:00:00Z',
    source: 'herald.example',
  },
  {
    title: 'Valdoria floods: 85 dead, agency says',
    body: 'Floods in northern Valdoria have now killed 85 people, the national disaster agency said on Saturday, a week after the rain began. Some 15,000 people remain in shelters. Engineers are checking two dams upstream of Valdoria City. Aid groups said 600 soldiers were helping, while the army said 400.',
    published: '2026-03-07T10:00:00Z',
    source: 'post.example',
  },
];

test('a death toll given as people killed and as a death toll is one quantity, rising with publication time: a series', () => {
  const b = brief(FLOODS);
  const toll = b.figures.filter((g) => g.values.some((v) => v.value === 72));
  assert.equal(toll.length, 1);
  const g = toll[0]!;
  assert.deepEqual(g.values.map((v) => v.value), [60, 60, 72, 85]);
  assert.equal(g.status, 'series');
  assert.equal(g.quantity, 'death toll');
  assert.ok(g.values.every((v) => v.attribution === 'the national disaster agency'));
  // No other group holds a value of the toll ("at least 60" and 85 are not a group of their own that "agrees").
  assert.equal(b.figures.filter((x) => x.values.some((v) => v.value === 85)).length, 1);
});

test('a rise given by another named authority than the earlier value is a dispute, not a series', () => {
  const b = brief(FLOODS);
  const soldiers = b.figures.filter((g) => g.unit === 'soldier');
  assert.equal(soldiers.length, 1);
  const g = soldiers[0]!;
  assert.deepEqual(g.values.map((v) => v.value), [400, 400, 600]);
  assert.equal(g.status, 'differ');
  assert.deepEqual(g.values.map((v) => v.attribution), [undefined, 'The army', 'Aid groups']);
});

const ids = ['a_1', 'a_2', 'a_3', 'a_4'].map(asArticleId);
const DAYS = ['2026-03-02', '2026-03-04', '2026-03-07', '2026-03-07'];
const ctx = { lineageOf: (id: string) => id, dayOf: (id: string) => DAYS[ids.indexOf(id as never)] };

function value(i: number, v: number, extra: Partial<FigureValue> = {}): FigureValue {
  return { value: v, text: String(v), articleId: ids[i]!, start: 0, end: 1, ...extra } as FigureValue;
}

test('a bound then a higher count over two days is a series; two exact values of two days, or a later authority contradicting, are not', () => {
  const agency = { attribution: 'the national disaster agency' };
  // A bound then an update of a count being tallied (a toll): no longer "Sources agree".
  assert.equal(statusOf([value(0, 60, { qualifier: 'at least', ...agency }), value(2, 85, { attribution: 'The National Disaster Agency' })], ctx, true), 'series');
  assert.equal(statusOf([value(0, 60, { qualifier: 'at least' }), value(2, 85)], ctx, true), 'series');
  // Another named authority's later count that the bound allows updates it too.
  assert.equal(statusOf([value(0, 60, { qualifier: 'at least', ...agency }), value(2, 85, { attribution: 'the Red Cross' })], ctx, true), 'series');
  // Of what is not tallied ("more than 30 years", then "38 years"), two values that can both be true agree.
  assert.equal(statusOf([value(0, 30, { qualifier: 'more than' }), value(2, 38)], ctx), 'agree');
  // One that contradicts the earlier day's authority is a dispute.
  assert.equal(statusOf([value(0, 60, { qualifier: 'at most', ...agency }), value(1, 72, { attribution: 'the Red Cross' }), value(2, 85, { attribution: 'the Red Cross' })], ctx), 'differ');
  // Two exact values of two days could as well be a dispute.
  assert.equal(isSeries([value(0, 60, agency), value(2, 85, agency)], ctx), false);
  assert.equal(isSeries([value(0, 60), value(2, 85)], ctx), false);
  // Three days of unattributed reports rising still make a series.
  assert.equal(isSeries([value(0, 60), value(1, 72), value(2, 85)], ctx), true);
  // A change between two days whose named authorities differ is no series, whatever the days before.
  assert.equal(isSeries([value(0, 400), value(1, 400, { attribution: 'The army' }), value(2, 600, { attribution: 'Aid groups' })], ctx), false);
  assert.equal(statusOf([value(0, 400), value(1, 400, { attribution: 'The army' }), value(2, 600, { attribution: 'Aid groups' })], ctx), 'differ');
  // The same authority across all days rising: a series.
  assert.equal(isSeries([value(0, 400, { attribution: 'the army' }), value(1, 500, { attribution: 'The army' }), value(2, 600, { attribution: 'army' })], ctx), true);
});

function fig(value: number, unit: string, counted: string): Figure {
  const text = `${value} ${counted}`;
  return { text, start: 0, end: text.length, value, unit, counted };
}

test('the kind of count: deaths in any unit and language, people only when their words say they died', () => {
  const kind = (f: Figure, window: string) => countedKind(f, fateOf(window), window, sameQuantity);
  assert.equal(kind(fig(72, 'death', 'death toll'), 'The death toll from floods has risen to'), 'death');
  assert.equal(kind(fig(85, 'person', 'people'), 'Floods in northern Valdoria have now killed people, the agency said'), 'death');
  assert.equal(kind(fig(60, 'morts', 'morts'), 'les inondations ont fait'), 'death');
  assert.equal(kind(fig(60, 'personnes', 'personnes'), 'les inondations ont tué au moins personnes'), 'death');
  assert.equal(kind(fig(60, 'menschen', 'Menschen'), 'bei den Überschwemmungen kamen ums Leben'), 'death');
  assert.equal(kind(fig(60, 'человек', 'человек'), 'в результате наводнения погибли'), 'death');
  // People of whom something else is said, or also said: not a count of the dead.
  assert.equal(kind(fig(12000, 'person', 'people'), 'some people have left their homes'), undefined);
  assert.equal(kind(fig(50, 'person', 'people'), 'the blast killed 20 and injured people'), undefined);
  assert.equal(kind(fig(12000, 'personnes', 'personnes'), 'quelque personnes ont quitté leurs maisons'), undefined);
  // Soldiers killed are soldiers: their own quantity, not the people killed.
  assert.equal(kind(fig(40, 'soldier', 'soldiers'), 'the attack killed soldiers'), undefined);
});

test('a toll given as fatalities and as people killed keeps its own name; one authority’s part of a toll in another unit is not joined on the name alone', () => {
  const sentence = (articleId: string, text: string, counted: string, value: number, unit: string, extra: Partial<Figure> = {}) => {
    const start = text.indexOf(String(value));
    const f: Figure = { text: `${value} ${counted}`, start, end: start + `${value} ${counted}`.length, value, unit, counted, ...extra };
    return { articleId: asArticleId(articleId), figures: [f], sentences: [{ start: 0, end: text.length, text }] };
  };
  const same = { lineageOf: (id: string) => id, dayOf: () => '2026-03-02' };
  const named = groupFigures(
    [
      sentence('a_1', 'The storm caused 40 fatalities across the region, the agency said.', 'fatalities', 40, 'fatality'),
      sentence('a_2', 'The storm killed 40 people across the region, officials said.', 'people', 40, 'person'),
    ],
    sameQuantity,
    same,
  );
  assert.equal(named.length, 1);
  assert.equal(named[0]!.quantity, 'fatalities');
  const parts = groupFigures(
    [
      sentence('a_1', 'The death toll from the flooding in Western Europe rose above 150 on Saturday, police said.', 'deaths', 150, 'death', { qualifier: 'more than', attribution: 'Police' }),
      sentence('a_2', 'Police said that more than 90 people are now known to have died in one county.', 'people', 90, 'person', { qualifier: 'more than', attribution: 'Police' }),
    ],
    sameQuantity,
    same,
  );
  assert.equal(parts.length, 2);
});
