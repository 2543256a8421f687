import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDatesIntl } from '../../../src/stages/analyze/dates-intl.js';

// Sentences written for these tests.
const days = (text: string, lang: string): [string, string | undefined][] =>
  extractDatesIntl(text, lang, { date: '2020-06-30' }).map((d) => [d.text, d.date]);

test('English full dates inside another language\'s text are read', () => {
  assert.deepEqual(days('وقال البيان الصادر في June 21, 2020 إن الوضع مستقر', 'ar'), [['June 21, 2020', '2020-06-21']]);
  assert.deepEqual(days('Die Erklärung vom 21 June 2020 nennt keine Zahlen.', 'de'), [['21 June 2020', '2020-06-21']]);
  assert.deepEqual(days('Le communiqué (Sept. 3, 2021) ne dit rien.', 'fr'), [['Sept. 3, 2021', '2021-09-03']]);
  assert.deepEqual(days('Публикация от 21st of June, 2020.', 'ru'), [['21st of June, 2020', '2020-06-21']]);
});

test('only full dates with a capitalised English month: no year, or a lower-case word, is no English date', () => {
  assert.deepEqual(days('Il a dit June 21 sans année.', 'fr'), []);
  assert.deepEqual(days('Wir sehen, ob das march 3, 2020 war.', 'de'), []);
  // The language's own dates are read as before.
  assert.deepEqual(days('Am 3. Mai 2020 begann es.', 'de'), [['3. Mai 2020', '2020-05-03']]);
});
