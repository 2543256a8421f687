import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import type { Quote } from '../../../src/core/types.js';
import { groupQuotes } from '../../../src/stages/compare/group-quotes.js';
import { COMPARE_DEFAULTS } from '../../../src/stages/compare/story-input.js';

const A = asArticleId('a_aaaaaaaaaaaaaaaa');
const B = asArticleId('a_bbbbbbbbbbbbbbbb');
const surname = (a: string, b: string): boolean => a.split(' ').at(-1) === b.split(' ').at(-1);

function q(text: string, speaker: string | undefined, start: number): Quote {
  return { text, start, end: start + text.length, ...(speaker ? { speaker } : {}) };
}

test('the same remark rendered differently by two sources is one remark with two variants', () => {
  const g = groupQuotes(
    [
      [A, [q('I don’t accept anybody’s red lines,', 'Joe Biden', 10), q('We are going to have a long discussion with Putin', 'Joe Biden', 90)]],
      [B, [q('I don’t accept anyone’s red line,', 'Biden', 40)]],
    ],
    surname,
    COMPARE_DEFAULTS,
  );
  assert.equal(g.speakers.length, 1);
  assert.equal(g.speakers[0]!.speaker, 'Joe Biden');
  const remarks = g.speakers[0]!.remarks;
  assert.equal(remarks.length, 2);
  const redLines = remarks.find((r) => r.length === 2)!;
  assert.deepEqual(new Set(redLines.map((x) => x.articleId)), new Set([A, B]));
  assert.deepEqual(redLines[0]!.variants, [redLines[1]!.id]);
  // Every quote of the second speaker label was renamed to the fuller name.
  assert.ok(g.quotes.every((x) => x.speaker === 'Joe Biden'));
});

test('different speakers never share a remark, even with the same words', () => {
  const g = groupQuotes(
    [
      [A, [q('We expect it to be a long one', 'Dmitry Peskov', 0)]],
      [B, [q('We expect it to be a long one', 'Jen Psaki', 0)]],
    ],
    surname,
    COMPARE_DEFAULTS,
  );
  assert.equal(g.speakers.length, 2);
  assert.ok(g.quotes.every((x) => x.variants.length === 0));
});

test('unattributed quotes are kept, listed last', () => {
  const g = groupQuotes(
    [[A, [q('Something said by someone unknown here', undefined, 0), q('One two three four five', 'Jen Psaki', 50), q('Six seven eight nine ten', 'Jen Psaki', 90)]]],
    surname,
    COMPARE_DEFAULTS,
  );
  assert.equal(g.speakers.at(-1)!.speaker, 'unattributed');
  assert.equal(g.quotes.length, 3);
});
