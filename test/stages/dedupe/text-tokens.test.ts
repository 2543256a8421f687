/**
 * tokenizeWords (text-tokens.ts) fills scratch buffers and copies them out at
 * exact size: each call's arrays are its own, whatever was tokenised before or
 * after, and a text longer than the buffers grows them without losing a token.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeWords } from '../../../src/stages/dedupe/text-tokens.js';

test('words, offsets and capitals of a text, at exact size', () => {
  const text = 'Hi, Bob’s 1,000 troops. Über 10.5 Ärzte';
  const t = tokenizeWords(text);
  assert.deepEqual(t.words, ['hi', "bob's", '1,000', 'troops', 'über', '10.5', 'ärzte']);
  assert.deepEqual(t.starts, Int32Array.from([0, 4, 10, 16, 24, 29, 34]));
  assert.deepEqual(t.ends, Int32Array.from([2, 9, 15, 22, 28, 33, 39]));
  assert.deepEqual(t.capitalised, Uint8Array.from([1, 1, 0, 0, 1, 0, 1]));
  for (let k = 0; k < t.words.length; k++) assert.equal(text.slice(t.starts[k], t.ends[k]).toLowerCase().replace('’', "'"), t.words[k]);
});

test('a long text grows the buffers; earlier results are not overwritten by later calls', () => {
  const short = tokenizeWords('One Two three');
  const words: string[] = [];
  for (let i = 0; i < 5000; i++) words.push(i % 7 === 0 ? `Name${i}` : `w${i.toString(36)}`);
  const text = words.join(' ');
  const long = tokenizeWords(text);
  assert.equal(long.words.length, 5000);
  assert.equal(long.starts.length, 5000);
  assert.equal(long.capitalised.length, 5000);
  let at = 0;
  for (let k = 0; k < 5000; k++) {
    assert.equal(long.starts[k], at);
    assert.equal(long.ends[k], at + words[k]!.length);
    assert.equal(long.words[k], words[k]!.toLowerCase());
    assert.equal(long.capitalised[k], k % 7 === 0 ? 1 : 0);
    at += words[k]!.length + 1;
  }
  const after = tokenizeWords('Zebra yak');
  assert.deepEqual(short.words, ['one', 'two', 'three']);
  assert.deepEqual(short.starts, Int32Array.from([0, 4, 8]));
  assert.deepEqual(short.capitalised, Uint8Array.from([1, 1, 0]));
  assert.equal(long.words[0], 'name0');
  assert.equal(long.starts[4999], at - words[4999]!.length - 1);
  assert.deepEqual(after.words, ['zebra', 'yak']);
  assert.deepEqual(tokenizeWords('').words, []);
});
