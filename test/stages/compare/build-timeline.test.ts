import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asArticleId } from '../../../src/core/ids.js';
import type { DateMention } from '../../../src/core/types.js';
import { buildTimeline } from '../../../src/stages/compare/build-timeline.js';

const A = asArticleId('a_1');
const B = asArticleId('a_2');
const text = 'They met on June 16, 2021. The call is on Tuesday.';
const sentences = [
  { start: 0, end: 26, text: 'They met on June 16, 2021.' },
  { start: 27, end: 51, text: 'The call is on Tuesday.' },
];
const d = (t: string, date: string | undefined, resolution: DateMention['resolution'], relative = false): DateMention => {
  const start = text.indexOf(t);
  return { text: t, start, end: start + t.length, resolution, relative, ...(date ? { date } : {}) };
};

test('one entry per day in date order, citing every source; unresolved expressions last', () => {
  const tl = buildTimeline([
    { articleId: A, sentences, dates: [d('on Tuesday', '2021-12-07', 'certain', true), d('June 16, 2021', '2021-06-16', 'certain')] },
    { articleId: B, sentences, dates: [d('on Tuesday', '2021-12-07', 'inferred', true), d('June 16, 2021', undefined, 'unresolved')] },
  ]);
  assert.deepEqual(tl.map((e) => e.date), ['2021-06-16', '2021-12-07', undefined]);
  const tuesday = tl[1]!;
  assert.deepEqual(tuesday.articleIds, [A, B]);
  assert.equal(tuesday.resolved, 'certain', 'a stated day outranks the same day inferred elsewhere');
  assert.equal(tuesday.context, 'The call is on Tuesday.');
  assert.equal(tl[2]!.resolved, 'unresolved');
});

test('a caption date adds a day the body does not give, citing the article without a span', () => {
  const tl = buildTimeline([
    {
      articleId: A,
      sentences,
      dates: [],
      captionDates: [{ caption: 'Leaders meet in Geneva, June 16, 2021. (REUTERS)', dates: [{ text: 'June 16, 2021', start: 25, end: 38, date: '2021-06-16', resolution: 'certain', relative: false }] }],
    },
  ]);
  assert.equal(tl.length, 1);
  assert.equal(tl[0]!.date, '2021-06-16');
  assert.deepEqual(tl[0]!.articleIds, [A]);
  assert.deepEqual(tl[0]!.citations, []);
  assert.match(tl[0]!.context, /^Photo caption:/);
});
