/**
 * The whole-versus-halves decomposition of bench/cluster.ts (bench/cluster-lib/half-split.ts): B-cubed as the
 * shared scorer computes it, a run cut by half, false joins by class, and the comparison with the half runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed, compareHalfRuns, cutByHalf, falseJoinClasses, halfSplitReport } from '../../../bench/cluster-lib/half-split.js';

// Gold: stories A (a1 a2) and C (c1) in half 0, B (b1 b2) in half 1.
const gold = new Map([['a1', 'A'], ['a2', 'A'], ['c1', 'C'], ['b1', 'B'], ['b2', 'B']]);
const halfOf = (id: string) => (id.startsWith('b') ? 1 : 0);
const language = new Map([['a1', 'en'], ['a2', 'de'], ['c1', 'en'], ['b1', 'en'], ['b2', 'en']]);
// The whole run: a1 with b1 and b2 (two false joins across halves), a2 alone, c1 alone.
const whole = new Map([['a1', 'x'], ['b1', 'x'], ['b2', 'x'], ['a2', 'y'], ['c1', 'z']]);

test('B-cubed is the per-article mean of precision and recall, as the scorer computes it', () => {
  const s = bcubed(gold, whole);
  // Precision: a1 1/3, b1 2/3, b2 2/3, a2 1, c1 1; recall: a1 1/2, a2 1/2, b1 1, b2 1, c1 1.
  assert.ok(Math.abs(s.precision - (1 / 3 + 2 / 3 + 2 / 3 + 1 + 1) / 5) < 1e-12);
  assert.ok(Math.abs(s.recall - (0.5 + 0.5 + 1 + 1 + 1) / 5) < 1e-12);
  assert.deepEqual(bcubed(gold, gold), { precision: 1, recall: 1, f1: 1 });
  // Over one half's articles only, the joins with the other half are not seen.
  assert.equal(bcubed(gold, whole, ['b1', 'b2']).precision, 1);
});

test('cutting by half removes exactly the joins across halves', () => {
  const cut = cutByHalf(whole, halfOf);
  assert.notEqual(cut.get('a1'), cut.get('b1'));
  assert.equal(cut.get('b1'), cut.get('b2'));
  assert.equal(bcubed(gold, cut).precision, 1);
  assert.equal(bcubed(gold, cut).recall, bcubed(gold, whole).recall);
});

test('false joins are classed by halves and languages', () => {
  const run = new Map([['a1', 'x'], ['b1', 'x'], ['a2', 'y'], ['c1', 'y'], ['b2', 'z']]);
  assert.deepEqual(Object.fromEntries(falseJoinClasses(gold, run, halfOf, (id) => language.get(id))), { 'across halves, same language': 1, 'same half, two languages': 1 });
});

test('the half runs are compared with the whole on same-half pairs only', () => {
  // Alone, half 0 joins a1 with c1 (a false join the whole does not make) and keeps a2 apart; half 1 splits B.
  const halves = new Map([['a1', '0:p'], ['c1', '0:p'], ['a2', '0:q'], ['b1', '1:r'], ['b2', '1:s']]);
  assert.deepEqual(compareHalfRuns(gold, whole, halves, halfOf), { falseJoinsBoth: 0, falseJoinsWholeOnly: 0, falseJoinsHalfOnly: 1, missedBoth: 1, missedWholeOnly: 0, missedHalfOnly: 1 });
  const report = halfSplitReport([...gold].map(([id, story]) => ({ id, story })), [...whole].map(([id, story]) => ({ id, story })), halfOf, (id) => language.get(id), [...halves].map(([id, story]) => ({ id, story })));
  assert.match(report, /joins across halves cost 0\.\d{4} B-cubed F1/);
  assert.match(report, /same-half false joins: both runs 0, only the whole 0, only the half run 1; missed gold pairs: both 1, only the whole 0, only the half run 1/);
});
