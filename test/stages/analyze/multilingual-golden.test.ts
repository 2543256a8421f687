import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASES } from './multilingual/cases.js';
import { multilingualGoldenOf } from './multilingual/golden-of.js';

const dir = join(import.meta.dirname, 'multilingual', 'golden');

for (const c of CASES) {
  test(`one report in ${c.lang}: sentences, quotes, figures and dates match the golden file`, () => {
    const expected = JSON.parse(readFileSync(join(dir, `${c.lang}.json`), 'utf8'));
    assert.deepEqual(multilingualGoldenOf(c), expected);
  });
}

test('every language reads the same event: about 70,000 troops, 3 December 2021, a speaker for the quote', () => {
  for (const c of CASES) {
    const g = multilingualGoldenOf(c);
    assert.equal(g.detected, c.lang, c.lang);
    assert.ok(g.figures.some((f) => f.value === 70000), `${c.lang}: 70,000 troops`);
    assert.ok(g.dates.some((d) => d.date === '2021-12-03'), `${c.lang}: 3 December 2021`);
    assert.equal(g.quotes.length, 1, `${c.lang}: one quote`);
    assert.match(g.quotes[0].speaker ?? '', /R[eé][zs]n|Резник|ريزنيكوف|列兹尼科夫/u, `${c.lang}: the minister speaks`);
  }
});
