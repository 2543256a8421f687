import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateLine } from '../../../src/stages/clean/date-line.js';

test('date-only lines in several layouts', () => {
  assert.equal(parseDateLine('/ 02:07 AM December 05, 2021'), '2021-12-05');
  assert.equal(parseDateLine('Published: 14 March 2023 09:30 GMT'), '2023-03-14');
  assert.equal(parseDateLine('Updated Sun, Dec. 5, 2021 at 2:07 p.m.'), '2021-12-05');
  assert.equal(parseDateLine('2021-12-05T02:07:00Z'), '2021-12-05');
  assert.equal(parseDateLine('Sept 9, 2020'), '2020-09-09');
  assert.equal(parseDateLine('5th December 2021 | 10:00'), '2021-12-05');
});

test('sentences mentioning a date and impossible dates are not date lines', () => {
  assert.equal(parseDateLine('The summit was held on June 16, 2021.'), undefined);
  assert.equal(parseDateLine('They last talked by phone on July 9.'), undefined);
  assert.equal(parseDateLine('February 30, 2021'), undefined);
  assert.equal(parseDateLine('Geneva, June 16, 2021'), undefined);
  assert.equal(parseDateLine('No date here'), undefined);
});
