import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDates } from '../../../src/stages/analyze/dates.js';

function one(text: string) {
  return extractDates(text, [{ start: 0, end: text.length, text }], { date: '2021-12-05' });
}

test('month, week and year expressions carry their precision; days carry none', () => {
  const month = one('An escalation is possible in January.');
  assert.equal(month[0]?.date, '2022-01-01');
  assert.equal(month[0]?.precision, 'month');
  const week = one('Blinken warned Lavrov last week.');
  assert.equal(week[0]?.precision, 'week');
  const year = one('An invasion could come early next year.');
  assert.equal(year[0]?.precision, 'year');
  const day = one('The call will take place on Tuesday.');
  assert.equal(day[0]?.date, '2021-12-07');
  assert.equal(day[0]?.precision, undefined);
  const absolute = one('They met on June 16, 2021.');
  assert.equal(absolute[0]?.precision, undefined);
});
