import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCityName } from '../../../src/stages/analyze/city-names.js';

test('cities of 100,000 people or more, in any spelling the Latin fold meets; people and small towns are none', () => {
  for (const c of ['Trabzon', 'Los Angeles', 'İstanbul', 'Istanbul', 'Zürich', 'Hong Kong', 'Fort Wayne', 'Duisburg']) assert.equal(isCityName(c), true, c);
  for (const n of ['Mehmet', 'Kowalski', 'Merkel', 'Reznikov', 'Los', 'Fort']) assert.equal(isCityName(n), false, n);
});
