import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allPairComponents,
  featureColumns,
  LEARNED_FEATURES,
  learnedScore,
  learnedValue,
  predictedRating,
  scorePairs,
  SIMILARITY_DEFAULTS,
  textFeatures,
  type LearnedClass,
} from '../../../src/stages/similarity/index.js';
import { LEARNED_MODEL } from '../../../src/stages/similarity/learned-weights.js';

const zero = Object.fromEntries(LEARNED_FEATURES.map((f) => [f, 0])) as LearnedClass['weights'];
const ONE_WORD: LearnedClass = { intercept: -3, weights: { ...zero, words: 2 }, absent: { ...zero, names: -1 }, chance: 0.5 };
const IDENTITY = { knots: [1, 4], values: [1, 4] };

test('columns are the square roots of the components, then one absent flag each', () => {
  const x = featureColumns({ words: 0.25, names: undefined, numbers: 0, title: 1, grams: 0.04, lead: 0 });
  assert.equal(x.length, 2 * LEARNED_FEATURES.length);
  assert.deepEqual(x.slice(0, 5), [0.5, 0, 0, 1, 0.2]);
  const n = LEARNED_FEATURES.length;
  assert.equal(x[n + LEARNED_FEATURES.indexOf('names')], 1);
  assert.equal(x[n + LEARNED_FEATURES.indexOf('words')], 0);
  // Components only the learned model reads are absent unless computed.
  assert.equal(x[n + LEARNED_FEATURES.indexOf('leadWhole')], 1);
});

test('the linear value weighs roots and absent flags; the rating is the intercept plus the value over chance, clipped to 1–4', () => {
  const c = { words: 0.25, names: undefined, numbers: 0, title: 0, grams: 0, lead: 0 };
  assert.equal(learnedValue(c, ONE_WORD), 2 * 0.5 - 1);
  assert.equal(predictedRating(0.5, 0.5, ONE_WORD), 3);
  assert.equal(predictedRating(5, 0, ONE_WORD), 1);
  assert.equal(predictedRating(-5, 0, ONE_WORD), 4);
  assert.equal(learnedScore(0.5, 0.5, ONE_WORD, IDENTITY), (4 - 3) / 3);
  assert.equal(learnedScore(5, 0, ONE_WORD, IDENTITY), 1);
  assert.equal(learnedScore(-5, 0, ONE_WORD, IDENTITY), 0);
  // The calibration maps the rating before the score: here 3 → 2.
  assert.equal(learnedScore(0.5, 0.5, ONE_WORD, { knots: [1, 3, 4], values: [1, 2, 4] }), (4 - 2) / 3);
});

test('the committed model has a non-decreasing calibration over the rating scale and finite weights', () => {
  const { knots, values } = LEARNED_MODEL.calibration;
  assert.equal(knots[0], 1);
  assert.equal(knots[knots.length - 1], 4);
  for (let k = 1; k < values.length; k++) assert.ok(values[k] >= values[k - 1], `${values}`);
  for (const kind of ['same', 'cross', 'crossScript'] as const) {
    for (const f of LEARNED_FEATURES) assert.ok(Number.isFinite(LEARNED_MODEL[kind].weights[f]) && Number.isFinite(LEARNED_MODEL[kind].absent[f]));
  }
});

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
