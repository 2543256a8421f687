import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure, Sentence } from '../../../src/core/types.js';
import { extractFigures, quantityKey, sameQuantity } from '../../../src/stages/analyze/figures.js';
import { split } from './simple-split.js';

const DIR = join(import.meta.dirname, '../../../examples/biden-putin-call');

function article(prefix: string): string {
  const file = readdirSync(DIR).find((f) => f.startsWith(prefix));
  assert.ok(file, prefix);
  return readFileSync(join(DIR, file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '').join('\n\n');
}

const figures = new Map<string, Figure[]>();
for (const p of ['000', '001', '002', '003', '004']) {
  const text = article(p);
  figures.set(p, extractFigures(text, split(text), []));
}

function troops(p: string): Figure[] {
  return (figures.get(p) ?? []).filter((f) => f.unit === 'troop' || f.unit === 'soldier');
}

test('000 and 001: up to 175,000 troops from US intelligence', () => {
  for (const p of ['000', '001']) {
    const [f, ...rest] = troops(p);
    assert.equal(rest.length, 0, p);
    assert.equal(f.text, 'up to 175,000 troops');
    assert.equal(f.value, 175000);
    assert.equal(f.qualifier, 'up to');
    assert.match(f.attribution ?? '', /US intelligence/);
  }
});

test('004: 175,000 Russian soldiers attributed to US intelligence', () => {
  const [f] = troops('004');
  assert.equal(f.text, '175,000 Russian soldiers');
  assert.equal(f.counted, 'Russian soldiers');
  assert.equal(f.qualifier, undefined);
  assert.equal(f.attribution, 'US intelligence');
});

test('002: more than 94,000 Russian troops, Reznikov from the next sentence', () => {
  const [f] = troops('002');
  assert.equal(f.text, 'More than 94,000 Russian troops');
  assert.equal(f.qualifier, 'more than');
  assert.equal(f.attribution, 'Oleksii Reznikov');
});

test('003: about 70,000 troops and 94,300 estimated by Reznikov', () => {
  const [a, b] = troops('003');
  assert.equal(a.text, 'about 70,000 troops');
  assert.equal(a.qualifier, 'about');
  assert.equal(a.attribution, 'US intelligence officials');
  assert.equal(b.text, 'estimated at 94,300');
  assert.equal(b.value, 94300);
  assert.equal(b.counted, 'Russian troops');
  assert.equal(b.attribution, 'Oleksii Reznikov');
  const lives = (figures.get('003') ?? []).find((f) => f.unit === 'life');
  assert.equal(lives?.text, 'more than 14,000 lives');
  assert.equal(lives?.value, 14000);
  assert.equal(lives?.qualifier, 'more than');
});

test('all five troop figures share one quantity key and group together', () => {
  const all = ['000', '001', '002', '003', '004'].flatMap(troops);
  assert.equal(all.length, 6);
  assert.deepEqual(new Set(all.map(quantityKey)), new Set(['troop']));
  for (const a of all) for (const b of all) assert.ok(sameQuantity(a, b), `${a.text} ~ ${b.text}`);
  assert.deepEqual([...new Set(all.map((f) => f.value))].sort(), [175000, 70000, 94000, 94300].sort());
});

test('years 1954, 2014, 2015, 2016 are isYear, and no date or time leaks in', () => {
  const years = ['002', '003'].flatMap((p) => (figures.get(p) ?? []).filter((f) => f.isYear).map((f) => f.value));
  for (const y of [1954, 2014, 2015, 2016]) assert.ok(years.includes(y), String(y));
  for (const [p, list] of figures) {
    for (const f of list) {
      assert.doesNotMatch(f.text, /^(?:10|16|9|05|02)$/, `${p}: ${f.text}`);
      if (f.value === 2021) assert.fail(`${p}: the year of a full date became a figure`);
    }
  }
});

test('a reporting word after a determiner is a noun, not a verb: "A report, published by CNN, found …" names no "A" as the source', () => {
  const text = 'A report, published by CNN on New Year\'s Day, found that Trump had spent more than 252 days at one of his golf clubs.';
  const [f] = extractFigures(text, split(text), []);
  assert.equal(f?.value, 252);
  assert.equal(f?.attribution, undefined);
  const said = 'The ministry said more than 300 people were evacuated.';
  assert.equal(extractFigures(said, split(said), [])[0]?.attribution, 'The ministry');
});

test('a clause cut before its second verb names no source: "Klobuchar shared the article and said" is not "Klobuchar shared the article and"', () => {
  const text = 'Throughout last year alone, the president was at a golf club over at least 86 days. In response, Klobuchar shared the article and said: "For the record, I did not."';
  const [f] = extractFigures(text, split(text), []);
  assert.equal(f?.value, 86);
  assert.equal(f?.attribution, undefined);
  const told = 'At least 40 people died. Officials in the province told reporters the toll could rise.';
  assert.equal(extractFigures(told, split(told), [])[0]?.attribution, 'Officials in the province');
});
