import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveTitle, firstSentence, isHeadline, splitSiteSuffix } from '../../../src/stages/clean/title.js';

const LIMITS = { maxChars: 160, maxWords: 25 };

test('site suffixes: pipes always, dashes only before an outlet-like name', () => {
  assert.deepEqual(splitSiteSuffix('Biden and Putin to hold video call on Tuesday to discuss Ukraine | Inquirer News'),
    { title: 'Biden and Putin to hold video call on Tuesday to discuss Ukraine', site: 'Inquirer News' });
  assert.deepEqual(splitSiteSuffix('Harbour strike ends after pay deal - The Port Daily'), { title: 'Harbour strike ends after pay deal', site: 'The Port Daily' });
  assert.deepEqual(splitSiteSuffix('Ukraine – what happens next'), { title: 'Ukraine – what happens next' });
  assert.deepEqual(splitSiteSuffix('Biden-Zelenskyy call expected'), { title: 'Biden-Zelenskyy call expected' });
});

test('headline lines vs sentences', () => {
  assert.equal(isHeadline('Ukraine: Biden and Putin speak out at critical moment', LIMITS), true);
  assert.equal(isHeadline('Will Putin invade?', LIMITS), true);
  assert.equal(isHeadline('The exact timing of the call was not disclosed.', LIMITS), false);
  assert.equal(isHeadline('“I don’t accept anyone’s red line”', LIMITS), false);
  assert.equal(isHeadline('Expectations', LIMITS), false);
  assert.equal(isHeadline('word '.repeat(30).trim(), LIMITS), false);
});

test('first sentence skips abbreviations', () => {
  assert.equal(firstSentence('U.S. officials met Mr. Smith on Monday. Then they left.'), 'U.S. officials met Mr. Smith on Monday.');
  assert.equal(firstSentence('No final stop'), 'No final stop');
});

test('derived titles are short, end on a content word and mark the cut', () => {
  assert.equal(deriveTitle('Officials met on Monday to discuss the budget for next year.', 30), 'Officials met on Monday…');
  assert.equal(deriveTitle('Short sentence here. More.', 90), 'Short sentence here');
  const long = deriveTitle('US President Joe Biden will hold a call with Russian President Vladimir Putin on Tuesday in what is expected to be a highly consequential meeting.', 90);
  assert.equal(long, 'US President Joe Biden will hold a call with Russian President Vladimir Putin on Tuesday…');
});
