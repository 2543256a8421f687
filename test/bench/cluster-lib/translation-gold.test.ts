/**
 * Machine-translated copies in semeval-multilingual-dev's gold (bench/cluster-lib/translation-gold.ts): which ids
 * are copies, the gold with copies joined to their originals, and what a run is worth against each gold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinCopies, originalOf, translationGold } from '../../../bench/cluster-lib/translation-gold.js';

// Gold: 100 and its copy 100it are apart (A, B); 200 and its copy 200de are together (C); 300es has no original here.
const gold = new Map([['100', 'A'], ['101', 'A'], ['100it', 'B'], ['200', 'C'], ['200de', 'C'], ['300es', 'D']]);

test('a copy is an id with a two-letter language code after its original id, when the original is in the set', () => {
  assert.equal(originalOf('100it', gold), '100');
  assert.equal(originalOf('300es', gold), undefined);
  assert.equal(originalOf('100', gold), undefined);
  assert.equal(originalOf('100ita', gold), undefined);
});

test('joining copies merges the copy\'s gold story into its original\'s, and nothing else', () => {
  const joined = joinCopies(gold);
  assert.equal(joined.get('100it'), joined.get('100'));
  assert.equal(joined.get('101'), joined.get('100'));
  assert.equal(joined.get('200de'), joined.get('200'));
  assert.notEqual(joined.get('300es'), joined.get('100'));
  assert.notEqual(joined.get('200'), joined.get('100'));
});

test('a run that joins a copy kept apart by the gold loses against the gold and not against the joined gold', () => {
  const run = new Map([['100', 'x'], ['101', 'x'], ['100it', 'x'], ['200', 'y'], ['200de', 'y'], ['300es', 'z']]);
  const t = translationGold(gold, run);
  assert.equal(t.copies, 2);
  assert.equal(t.apart, 1);
  assert.equal(t.joined, 2);
  assert.equal(t.copiesJoined, 1);
  assert.ok(t.asGiven < 1);
  // The run is the joined gold itself, so its score against the gold is the ceiling.
  assert.equal(t.asGiven, t.ceiling);
  // The gold itself scores 1 against the gold, and loses against the joined gold.
  const g = translationGold(gold, gold);
  assert.equal(g.asGiven, 1);
  assert.ok(g.copiesJoined < 1);
  assert.equal(g.joined, 1);
});
