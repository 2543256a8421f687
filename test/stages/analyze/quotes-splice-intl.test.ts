/**
 * Issue 13, fourth round: a closing mark with no opening mark, followed by a verb of saying, closes a remark whose
 * opening mark a splice removed (a run of spaces where the scrape joined page text into the line): the remark runs back
 * over its sentences to that splice, as the labelling guide reads such quotes; with no splice, it is its last sentence.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const texts = (text: string, lang: string): string[] => extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => q.text);

test('a lost opening mark: the remark starts after the splice, sentences before the closing mark included', () => {
  assert.deepEqual(texts('Balıkçı Ali Kaya kampanyayı anlattı. Vatandaşlar son günlerde balığa yoğun  Marketler de dolu. Satışlar çok iyi gidiyor. Bu bir rekor bence" dedi.', 'tr'),
    ['Marketler de dolu. Satışlar çok iyi gidiyor. Bu bir rekor bence']);
});

test('a lost opening mark with no splice before it: the remark is the last sentence', () => {
  assert.deepEqual(texts('Balıkçı Ali Kaya kampanyayı anlattı. Satışlar çok iyi gidiyor. Bu bir rekor bence" dedi.', 'tr'), ['Bu bir rekor bence']);
});

test('a splice before another quotation is not this remark\'s start', () => {
  assert.deepEqual(texts('Vatandaşlar yoğun  "Çok mutluyuz" dedi Ayşe. Satışlar çok iyi gidiyor. Bu bir rekor bence" dedi Ali.', 'tr'),
    ['Çok mutluyuz', 'Bu bir rekor bence']);
});
