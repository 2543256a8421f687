import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention } from '../../src/core/types.js';
import { inferPublished } from '../../src/pipeline/infer-published.js';

const DAY = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A tiny resolver: past weekdays go back (same day counts), future ones forward. */
function resolver(mentions: { day: string; past: boolean }[]) {
  return (anchor: { date: string }): DateMention[] =>
    mentions.map((m) => {
      const base = Date.parse(`${anchor.date}T00:00:00Z`);
      const want = WEEKDAYS.indexOf(m.day);
      const have = new Date(base).getUTCDay();
      const delta = m.past ? -((have - want + 7) % 7) : (want - have + 7) % 7 || 7;
      const date = new Date(base + delta * DAY).toISOString().slice(0, 10);
      return { text: m.day, start: 0, end: m.day.length, date, resolution: 'inferred', relative: true };
    });
}

test('an undated article is dated where its relative days sit closest', () => {
  // "Peskov said on Monday … the call on Tuesday": written on Monday 6 Dec.
  const d = inferPublished(['2021-12-05'], resolver([{ day: 'Monday', past: true }, { day: 'Tuesday', past: false }]));
  assert.equal(d, '2021-12-06');
});

test('"confirmed on Saturday … will talk Tuesday … said Friday" dates the piece Saturday 4 Dec', () => {
  const d = inferPublished(
    ['2021-12-05'],
    resolver([{ day: 'Saturday', past: true }, { day: 'Tuesday', past: false }, { day: 'Friday', past: true }]),
  );
  assert.equal(d, '2021-12-04');
});

test('no relative dates: the median of the story dates; no story dates: nothing inferred', () => {
  assert.equal(inferPublished(['2021-12-01', '2021-12-05', '2021-12-09'], () => []), '2021-12-05');
  assert.equal(inferPublished([], resolver([{ day: 'Monday', past: true }])), undefined);
});

test('"yesterday, Saturday" pins the writing day to a Sunday', () => {
  const mentions = resolver([{ day: 'Tuesday', past: false }, { day: 'Friday', past: true }, { day: 'Friday', past: true }]);
  const withText = inferPublished(['2021-12-05'], mentions, 'Both sides said yesterday, Saturday, that the call is on Tuesday.');
  assert.equal(new Date(`${withText}T00:00:00Z`).getUTCDay(), 0);
  assert.equal(withText, '2021-12-05');
});

test('month- and week-level expressions do not pull the inferred day', () => {
  const far = (anchor: { date: string }): DateMention[] => [
    { text: 'next month', start: 0, end: 10, date: `${anchor.date.slice(0, 8)}01`, resolution: 'inferred', relative: true },
    ...resolver([{ day: 'Saturday', past: true }])(anchor),
  ];
  const d = inferPublished(['2021-12-05'], far);
  assert.equal(new Date(`${d}T00:00:00Z`).getUTCDay(), 6, 'a Saturday: "confirmed on Saturday" is the only day-level clue');
});
