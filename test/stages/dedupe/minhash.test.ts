import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a32 } from '../../../src/stages/dedupe/hash32.js';
import { estimateJaccard, jaccard, MINHASH_DEFAULTS, minhash, shingleSet, shingleSetOfWords } from '../../../src/stages/dedupe/minhash.js';
import { tokenizeWords } from '../../../src/stages/dedupe/text-tokens.js';
import { loadExamples } from './example-articles.js';

test('identical texts have estimate 1, disjoint texts near 0', () => {
  const t = 'The exact timing of the call was not disclosed by either side on Saturday';
  assert.equal(estimateJaccard(minhash(t), minhash(t)), 1);
  const u = 'Heavy snow closed mountain passes across the Alps as forecasters warned of avalanches';
  assert.ok(estimateJaccard(minhash(t), minhash(u)) < 0.05);
});

test('signatures are deterministic and depend on the seed', () => {
  const t = 'Biden and Putin to hold video call on Tuesday to discuss Ukraine';
  assert.deepEqual(minhash(t), minhash(t));
  assert.notDeepEqual(minhash(t), minhash(t, { ...MINHASH_DEFAULTS, seed: 7 }));
  assert.equal(minhash(t).length, 128);
});

test('empty texts estimate 0 like the exact Jaccard', () => {
  assert.equal(estimateJaccard(minhash(''), minhash('')), 0);
  assert.equal(jaccard(new Set(), new Set()), 0);
  assert.equal(jaccard(new Set([1, 2]), new Set([2, 3])), 1 / 3);
});

test('a short text still has one shingle', () => {
  assert.equal(shingleSet('hello').size, 1);
  assert.equal(shingleSet('a b c d e f g').size, 3);
});

test('on the examples, the 000/001 translation pair has the highest 5-shingle estimate', () => {
  const ex = loadExamples();
  const sigs = ex.map((e) => minhash(e.text));
  const est01 = estimateJaccard(sigs[0], sigs[1]);
  for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) if (i + j > 1) assert.ok(estimateJaccard(sigs[i], sigs[j]) < est01, `${i}-${j}`);
  const exact = jaccard(shingleSet(ex[0].text), shingleSet(ex[1].text));
  assert.ok(Math.abs(est01 - exact) < 0.08, `estimate ${est01} vs exact ${exact}`);
});

test('shingle hashes are FNV-1a of the space-joined words, from a text or from its words', () => {
  const text = 'Kremlin spokesman Dmitry Peskov said the presidents will decide themselves; “175,000 troops” — Zürich’s view.';
  const words = tokenizeWords(text).words;
  for (const shingleSize of [1, 2, 3, 5, 40]) {
    const params = { ...MINHASH_DEFAULTS, shingleSize };
    const expected = new Set<number>();
    for (let i = 0; i <= Math.max(0, words.length - shingleSize); i++) expected.add(fnv1a32(words.slice(i, i + shingleSize).join(' ')));
    assert.deepEqual(shingleSetOfWords(words, params), expected, `shingles of ${shingleSize}`);
    assert.deepEqual(shingleSet(text, params), expected);
  }
});
