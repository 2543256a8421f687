/**
 * The dense form of a word bag must give the same shared weight, bit for bit,
 * as walking the smaller bag's map and looking each key up in the larger one:
 * claims and figures compare sums against thresholds and sort by them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coveredWeight, denseOf, densify, sharedWeight, walkedWeight } from '../../../src/stages/compare/dense-bag.js';
import { bagOf, containment, dice, weightByRarity, type Bag } from '../../../src/stages/compare/text-sim.js';
import { seededRandom } from '../../../src/core/random.js';

/** The definition: the smaller bag's keys in its own order, each matched key adding min(w, v). */
function sharedByMaps(small: Bag, large: Bag): number {
  let shared = 0;
  small.weights.forEach((w, k) => {
    const v = large.weights.get(k);
    if (v !== undefined) shared += Math.min(w, v);
  });
  return shared;
}

/** The definition: `inner`'s weights, in its own order, of the keys `outer` holds. */
function coveredByMaps(inner: Bag, outer: Bag): number {
  let shared = 0;
  for (const [k, w] of inner.weights) if (outer.weights.has(k)) shared += w;
  return shared;
}

const rng = seededRandom;

const WORDS = 'council voted Monday close Riverside plant 2030 ending decades debate emissions Mayor Holloway turning point region promised jobs workers opened 1971 supplies third electricity utility Opponents warned prices rise sharply coal units'.split(' ');

test('shared and covered weight over dense bags equal the map walks bit for bit, in either order', () => {
  const rand = rng(7);
  const sentences = Array.from({ length: 300 }, () => Array.from({ length: 4 + Math.floor(rand() * 14) }, () => WORDS[Math.floor(rand() * WORDS.length)]!).join(' '));
  // Rarity weights are irrational: a sum in another order would differ in its last bits.
  const bags = weightByRarity(sentences.map(bagOf));
  // Half of them dense: pairs of two dense bags take the typed arrays, the others the maps.
  densify(bags.filter((_, i) => i % 2 === 0));
  let compared = 0;
  for (let i = 0; i < bags.length; i++) {
    for (let j = 0; j < bags.length; j += 7) {
      const [a, b] = [bags[i]!, bags[j]!];
      assert.equal(sharedWeight(a, b), sharedByMaps(a, b));
      assert.equal(sharedWeight(b, a), sharedByMaps(b, a));
      assert.equal(coveredWeight(a, b), coveredByMaps(a, b));
      compared++;
    }
  }
  assert.ok(compared > 10_000);
});

test('walkedWeight (a module-level callback with one state object) equals the map walks bit for bit; containment by it', () => {
  const rand = rng(11);
  const sentences = Array.from({ length: 120 }, () => Array.from({ length: 2 + Math.floor(rand() * 14) }, () => WORDS[Math.floor(rand() * WORDS.length)]!).join(' '));
  const bags = weightByRarity(sentences.map(bagOf));
  for (let i = 0; i < bags.length; i++) {
    for (let j = 0; j < bags.length; j += 3) {
      const [a, b] = [bags[i]!, bags[j]!];
      assert.equal(walkedWeight(a.weights, b.weights, true), sharedByMaps(a, b));
      assert.equal(walkedWeight(a.weights, b.weights, false), coveredByMaps(a, b));
      const small = a.total <= b.total ? a : b;
      assert.equal(containment(a, b), sharedByMaps(small, small === a ? b : a) / small.total);
    }
  }
  // Reentrant use is not needed, but a call leaves no state behind for the next.
  assert.equal(walkedWeight(new Map([['x', 1]]), new Map(), true), 0);
});

test('dice of dense bags: identical texts 1, disjoint 0, empty 0', () => {
  const a = bagOf('The council voted to close the Riverside plant');
  assert.equal(dice(a, bagOf('The council voted to close the Riverside plant')), 1);
  assert.equal(dice(a, bagOf('Opponents warned about electricity prices')), 0);
  assert.equal(dice(a, bagOf('the and of')), 0);
});

test('a dense form lists each key once, sorted, with its weight and its place in the bag', () => {
  const bag = bagOf('Riverside plant closes; the Riverside council voted');
  const d = denseOf(bag);
  const keys = [...bag.weights.keys()];
  assert.equal(d.ids.length, keys.length);
  for (let i = 1; i < d.ids.length; i++) assert.ok(d.ids[i - 1]! < d.ids[i]!);
  for (let i = 0; i < d.ids.length; i++) assert.equal(d.ws[i], bag.weights.get(keys[d.pos[i]!]!));
});
