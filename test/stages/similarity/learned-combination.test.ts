import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allPairComponents,
  chanceStats,
  closeness,
  treeInputs,
  featureColumns,
  LEARNED_FEATURES,
  learnedScore,
  predictedRating,
  SPREAD_FLOOR,
  standardised,
  withSquares,
  scorePairs,
  SIMILARITY_DEFAULTS,
  textFeatures,
  type LearnedClass,
} from '../../../src/stages/similarity/index.js';
import type { Forest, Tree } from '../../../src/core/regression-trees.js';
import { LEARNED_MODEL } from '../../../src/stages/similarity/learned-weights.js';
import { LEARNED_MODEL_LEXICON } from '../../../src/stages/similarity/learned-weights-lexicon.js';

const zero = Object.fromEntries(LEARNED_FEATURES.map((f) => [f, 0])) as LearnedClass['weights'];
const N = LEARNED_FEATURES.length;
/** Chance level 0.5 for every value column with spread 0.4 (0.5 with the floor), absent rate 0. */
const CHANCE = { mean: [...new Array<number>(N).fill(0.5), ...new Array<number>(N).fill(0)], spread: new Array<number>(N).fill(0.5 - SPREAD_FLOOR) };
const ONE_WORD: LearnedClass = { intercept: -3, weights: { ...zero, words: 1 }, absent: { ...zero, names: -1 }, chance: CHANCE };
const IDENTITY = { knots: [1, 4], values: [1, 4] };
const columnsWith = (words: number, namesAbsent: 0 | 1) => {
  const x = new Array<number>(2 * N).fill(0);
  x[LEARNED_FEATURES.indexOf('words')] = words;
  x[N + LEARNED_FEATURES.indexOf('names')] = namesAbsent;
  return x;
};

test('columns are the square roots of the cosines and log(1 + count) of shared names, then one absent flag each', () => {
  const x = featureColumns({ words: 0.25, names: undefined, numbers: 0, title: 1, grams: 0.04, lead: 0, sharedNames: 3 });
  assert.equal(x.length, 2 * N);
  assert.deepEqual(x.slice(0, 5), [0.5, 0, 0, 1, 0.2]);
  assert.equal(x[LEARNED_FEATURES.indexOf('sharedNames')], Math.log(4));
  assert.equal(featureColumns({ words: 0, names: 0, numbers: 0, title: 0, grams: 0, lead: 0, lengthRatio: 0.7 })[LEARNED_FEATURES.indexOf('lengthRatio')], 0.7);
  assert.equal(x[N + LEARNED_FEATURES.indexOf('names')], 1);
  assert.equal(x[N + LEARNED_FEATURES.indexOf('words')], 0);
  // Components only the learned model reads are absent unless computed.
  assert.equal(x[N + LEARNED_FEATURES.indexOf('leadWhole')], 1);
});

test('chance statistics are the mean and spread of the unrelated pairs\' columns', () => {
  const a = columnsWith(0.2, 0);
  const b = columnsWith(0.6, 1);
  const mean = withSquares(a).map((v, c) => (v + withSquares(b)[c]) / 2);
  const stats = chanceStats(mean);
  assert.ok(Math.abs(stats.mean[LEARNED_FEATURES.indexOf('words')] - 0.4) < 1e-12);
  assert.ok(Math.abs(stats.spread[LEARNED_FEATURES.indexOf('words')] - 0.2) < 1e-12);
  assert.equal(stats.mean[N + LEARNED_FEATURES.indexOf('names')], 0.5);
  assert.equal(stats.spread.length, N);
  // Standard scores over the spread plus the floor; absent flags less their rate.
  const z = standardised(columnsWith(0.7, 1), stats);
  assert.ok(Math.abs(z[LEARNED_FEATURES.indexOf('words')] - 0.3 / (0.2 + SPREAD_FLOOR)) < 1e-12);
  assert.equal(z[N + LEARNED_FEATURES.indexOf('names')], 0.5);
});

test('the rating is the intercept plus the weighted standard scores, clipped to 1–4, then calibrated and mapped to [0, 1]', () => {
  // words 1.0 is 0.5 over chance, one spread (0.5): -(-3 + 1) = 2.
  assert.equal(predictedRating(columnsWith(1, 0), CHANCE, ONE_WORD), 2);
  // Names absent: weight -1 lowers the closeness by one step.
  assert.equal(predictedRating(columnsWith(1, 1), CHANCE, ONE_WORD), 3);
  assert.equal(predictedRating(columnsWith(5, 0), CHANCE, ONE_WORD), 1);
  assert.equal(predictedRating(columnsWith(0, 1), CHANCE, ONE_WORD), 4);
  assert.equal(learnedScore(columnsWith(1, 0), CHANCE, ONE_WORD, IDENTITY), (4 - 2) / 3);
  assert.equal(learnedScore(columnsWith(5, 0), CHANCE, ONE_WORD, IDENTITY), 1);
  assert.equal(learnedScore(columnsWith(0, 1), CHANCE, ONE_WORD, IDENTITY), 0);
  // The calibration maps the rating before the score: here 2 → 3.
  assert.equal(learnedScore(columnsWith(1, 0), CHANCE, ONE_WORD, { knots: [1, 2, 4], values: [1, 3, 4] }), (4 - 3) / 3);
});

test('the trees add to the linear prediction before the clipping, reading standard scores and the pair kind', () => {
  // One tree: cross-script pairs (indicator column 2N + 2) one step closer, others unchanged.
  /** One split on a column: below `at` gives `low`, else `high`. */
  const stump = (column: number, at: number, low: number, high: number): Forest => ({ base: 0, rate: 1, trees: [{ f: [column, -1, -1], t: [at, 0, 0], l: [1, -1, -1], r: [2, -1, -1], v: [0, low, high] }] });
  const trees = stump(2 * N + 2, 0.5, 0, 1);
  assert.deepEqual(treeInputs([0.5, 1], 'cross'), [0.5, 1, 0, 1, 0]);
  assert.equal(closeness(columnsWith(1, 0), CHANCE, ONE_WORD), -2);
  assert.equal(closeness(columnsWith(1, 0), CHANCE, ONE_WORD, trees, 'crossScript'), -1);
  assert.equal(predictedRating(columnsWith(1, 0), CHANCE, ONE_WORD, trees, 'crossScript'), 1);
  assert.equal(predictedRating(columnsWith(1, 0), CHANCE, ONE_WORD, trees, 'same'), 2);
  // A tree on the words' standard score (1 here): clipped after the sum.
  const words = stump(LEARNED_FEATURES.indexOf('words'), 0.9, 0, 5);
  assert.equal(predictedRating(columnsWith(1, 0), CHANCE, ONE_WORD, words, 'same'), 1);
  assert.equal(learnedScore(columnsWith(1, 0), CHANCE, ONE_WORD, IDENTITY, trees, 'crossScript'), 1);
});

test('the committed models have a non-decreasing calibration over the rating scale and finite weights', () => {
  for (const model of [LEARNED_MODEL, LEARNED_MODEL_LEXICON]) checkModel(model);
  // Without a pack there are no glosses to learn from: the gloss column weighs nothing.
  assert.equal(LEARNED_MODEL.same.weights.gloss, 0);
});

function checkModel(LEARNED_MODEL: typeof LEARNED_MODEL_LEXICON): void {
  const { knots, values } = LEARNED_MODEL.calibration;
  assert.equal(knots[0], 1);
  assert.equal(knots[knots.length - 1], 4);
  for (let k = 1; k < values.length; k++) assert.ok(values[k] >= values[k - 1], `${values}`);
  for (const kind of ['same', 'cross', 'crossScript'] as const) {
    for (const f of LEARNED_FEATURES) assert.ok(Number.isFinite(LEARNED_MODEL[kind].weights[f]) && Number.isFinite(LEARNED_MODEL[kind].absent[f]));
    assert.equal(LEARNED_MODEL[kind].chance.mean.length, 2 * LEARNED_FEATURES.length);
    assert.equal(LEARNED_MODEL[kind].chance.spread.length, LEARNED_FEATURES.length);
  }
  // Boosted trees over the standard scores and the three kind indicators, finite leaves.
  // Fitted on top of the linear prediction: base 0.
  const forest = LEARNED_MODEL.trees;
  assert.ok(forest !== undefined && forest.trees.length > 0 && forest.base === 0 && forest.rate > 0);
  const valid = (t: Tree): boolean =>
    t.f.every((f, k) => (f === -1 ? t.l[k] === -1 && t.r[k] === -1 : f < 2 * LEARNED_FEATURES.length + 3 && Number.isFinite(t.t[k]) && t.l[k] > k && t.r[k] > k)) &&
    t.v.every((v) => Number.isFinite(v));
  for (const t of forest.trees) assert.ok(valid(t), JSON.stringify(t));
}

const EN = 'Putin and Biden meet in Geneva  Russian President Vladimir Putin met US President Joe Biden in Geneva on June 16, 2021, for talks on arms control and cyber attacks that lasted 4 hours. The summit at Villa La Grange was the first since 2018.';
const EN2 = 'Biden and Putin hold talks in Geneva  US President Joe Biden and Russian President Vladimir Putin held 4 hours of talks at Villa La Grange in Geneva on June 16, 2021, on arms control and cyber attacks.';
const OTHER = 'Storm brings heavy snow to the Alps  Heavy snow and strong winds closed several mountain passes in the Alps on Tuesday, and ski resorts postponed their season openings until December.';

test('lead against the whole text and title against the lead are read in the stronger direction', () => {
  const a = textFeatures(EN);
  const b = textFeatures(EN2);
  const c = allPairComponents(a, b);
  const d = allPairComponents(b, a);
  assert.equal(c.leadWhole, d.leadWhole);
  assert.equal(c.titleLead, d.titleLead);
  assert.ok((c.leadWhole ?? 0) > (allPairComponents(a, textFeatures(OTHER)).leadWhole ?? 0));
  assert.ok((c.bigNumbers ?? 0) > 0, 'shares 2021');
  assert.ok((c.sharedNames ?? 0) >= 3, 'Putin, Biden, Geneva');
  assert.equal(c.lengthRatio, d.lengthRatio);
  assert.ok(Math.abs((c.lengthRatio ?? 0) - Math.abs(Math.log(a.length / b.length))) < 1e-12);
  assert.ok((c.wordContainment ?? 0) > (allPairComponents(a, textFeatures(OTHER)).wordContainment ?? 0));
});

test('scorePairs with the learned model: the same story above an unrelated one, scores in [0, 1], and the fixed weights when asked', () => {
  const pairs = [
    { id: 'same', lang1: 'en', lang2: 'en', text1: EN, text2: EN2 },
    { id: 'other', lang1: 'en', lang2: 'en', text1: EN, text2: OTHER },
  ];
  const learned = scorePairs(pairs);
  assert.ok(learned[0].score > learned[1].score, JSON.stringify(learned));
  for (const s of learned) assert.ok(s.score >= 0 && s.score <= 1);
  // Without the model the fixed weights score the batch, and differently.
  const fixed = scorePairs(pairs, { ...SIMILARITY_DEFAULTS, learned: undefined });
  assert.ok(fixed[0].score > fixed[1].score);
  assert.notDeepEqual(fixed, learned);
});
