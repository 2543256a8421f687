/** English common words and given names (src/stages/text-model/english-words.ts), as the people rules of other languages ask them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isEnglishWord, isGivenName } from '../../../src/stages/text-model/english-words.js';

test('common English words are words; names and other languages are not', () => {
  for (const w of ['store', 'daily', 'mail', 'hostile', 'takeover', 'images']) assert.equal(isEnglishWord(w), true, w);
  for (const w of ['getty', 'goldman', 'mehta', 'bundesamt', 'bakanlığı']) assert.equal(isEnglishWord(w), false, w);
});

test('given names of several languages are given names; common words that are no name are not', () => {
  for (const w of ['bill', 'mark', 'giuseppe', 'pedro', 'jens', 'sebastian']) assert.equal(isGivenName(w), true, w);
  for (const w of ['store', 'images', 'takeover']) assert.equal(isGivenName(w), false, w);
});
