import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isNickname } from '../../../src/stages/analyze/nicknames.js';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { extractQuotes } from '../../../src/stages/analyze/quotes.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

test('a capitalised word or three in marks between a forename and a surname is a nickname', () => {
  assert.equal(isNickname('Senator Ronald ', 'Bato', ' dela Rosa’s visa'), true);
  assert.equal(isNickname('Former Gov. Arnold ', 'The Terminator', ' Schwarzenegger spoke'), true);
  // Not after a surname ("called Biden “Sleepy Joe” Monday"), not a sentence, not before a lower-case word.
  assert.equal(isNickname('Trump called Biden ', 'Sleepy Joe', ' Monday'), false);
  assert.equal(isNickname('Ronald ', 'Go home.', ' Rosa'), false);
  assert.equal(isNickname('Ronald ', 'Bato', ' said'), false);
});

test('a nickname inside a name is no quote, in English and in other languages', () => {
  const en = 'President Rodrigo Duterte said he would act if the US did not restore Senator Ronald “Bato” dela Rosa’s visa.';
  assert.deepEqual(extractQuotes(en, splitSentences(en)).map((q) => q.text), []);
  const es = 'El presidente dijo que la visa del senador Ronald "Bato" dela Rosa fue cancelada.';
  assert.deepEqual(extractQuotesIntl(es, splitSentences(es, 'es'), 'es').map((q) => q.text), []);
});
