/** The person gold's scorer (bench/multilingual-lib/persons.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { count, findOccurrence, halfOf, scores, type Counts } from '../../../bench/multilingual-lib/persons.js';

test('an occurrence is found by its rank, and a missing one is -1', () => {
  const text = 'Stati Uniti e Stati Uniti; Mark Esper.';
  assert.equal(findOccurrence(text, 'Stati Uniti', 1), 0);
  assert.equal(findOccurrence(text, 'Stati Uniti', 2), 14);
  assert.equal(findOccurrence(text, 'Stati Uniti', 3), -1);
  assert.equal(findOccurrence(text, 'Mark Esper', 1), 27);
});

test('a partial run holds a name: kept it is right, dropped it is missed; precision, recall and F1 follow', () => {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  count(c, 'person', true);
  count(c, 'partial', true);
  count(c, 'partial', false);
  count(c, 'not', true);
  count(c, 'not', false);
  assert.deepEqual(c, { tp: 2, fp: 1, fn: 1, tn: 1 });
  const s = scores(c);
  assert.equal(s.precision, 2 / 3);
  assert.equal(s.recall, 2 / 3);
  assert.ok(Math.abs(s.f1 - 2 / 3) < 1e-12);
  assert.deepEqual(scores({ tp: 0, fp: 0, fn: 0, tn: 3 }), { precision: 0, recall: 0, f1: 0 });
});

test('the hash half is fixed by pair, side and span', () => {
  const g = { pair: '1_2', side: 1 as const, span: 'Mark Esper' };
  assert.equal(halfOf(g), halfOf({ ...g }));
  const halves = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((span) => halfOf({ ...g, span })));
  assert.deepEqual([...halves].sort(), [0, 1]);
});
