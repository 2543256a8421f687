import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { EntityMention, Figure, Sentence } from '../../../src/core/types.js';
import { extractFigures, quantityKey, sameQuantity } from '../../../src/stages/analyze/figures.js';
import { split } from './simple-split.js';

// A deliberately simple splitter: paragraphs, then ". X" boundaries.
function figs(text: string, entities: readonly EntityMention[] = []): Figure[] {
  return extractFigures(text, split(text), entities);
}

function one(text: string): Figure {
  const all = figs(text).filter((f) => !f.isYear);
  assert.equal(all.length, 1, `expected one figure in ${JSON.stringify(text)}, got ${JSON.stringify(all)}`);
  return all[0];
}

test('grouped digits with qualifier and counted noun', () => {
  const f = one('Russia amasses up to 175,000 troops along the border.');
  assert.equal(f.text, 'up to 175,000 troops');
  assert.equal(f.value, 175000);
  assert.equal(f.unit, 'troop');
  assert.equal(f.counted, 'troops');
  assert.equal(f.qualifier, 'up to');
});

test('decimal suffix and scale words', () => {
  assert.equal(one('The army has 94.3k soldiers.').value, 94300);
  const m = one('The plan covers 1.5 million people.');
  assert.equal(m.value, 1_500_000);
  assert.equal(m.unit, 'person');
});

test('number words: units, tens, dozens', () => {
  assert.equal(one('Officials counted twenty-five tanks.').value, 25);
  assert.equal(one('It took two dozen engineers.').value, 24);
  const h = one('The plan was confirmed by half a dozen sources.');
  assert.equal(h.value, 6);
  assert.equal(h.text, 'half a dozen sources');
  assert.equal(one('She bought a dozen eggs.').value, 12);
});

test('adjectival duration is a measure, not a count', () => {
  const f = one('Russia backed separatists in a seven-year conflict.');
  assert.equal(f.value, 7);
  assert.equal(f.unit, 'year');
  assert.equal(f.text, 'seven-year');
});

test('ranges: between/and, hyphen, to', () => {
  const a = one('Between 5 and 10 people were hurt.');
  assert.deepEqual([a.value, a.valueMax, a.text], [5, 10, 'Between 5 and 10 people']);
  const b = one('Police detained 5-10 protesters.');
  assert.deepEqual([b.value, b.valueMax, b.unit], [5, 10, 'protester']);
  const c = one('They sent 20 to 30 observers.');
  assert.deepEqual([c.value, c.valueMax], [20, 30]);
});

test('percentages and money', () => {
  const p = one('Turnout rose 12% this year.');
  assert.deepEqual([p.value, p.unit], [12, 'percent']);
  assert.equal(one('Prices rose 12 percent.').unit, 'percent');
  const d = one('Congress approved $5 billion in aid.');
  assert.deepEqual([d.value, d.unit, d.text], [5e9, 'usd', '$5 billion']);
  const e = one('The EU pledged €3m for repairs.');
  assert.deepEqual([e.value, e.unit], [3e6, 'eur']);
  const w = one('The deal is worth 5 million dollars.');
  assert.deepEqual([w.value, w.unit, w.text], [5e6, 'usd', '5 million dollars']);
});

test('qualifiers map to the shared vocabulary', () => {
  const cases: readonly [string, string][] = [
    ['More than 94,000 Russian troops are massed.', 'more than'],
    ['Russia has massed about 70,000 troops.', 'about'],
    ['Some 300 officers took part.', 'about'],
    ['At least 40 people died.', 'at least'],
    ['Fewer than 200 voters came.', 'fewer than'],
    ['Less than 30 students passed.', 'fewer than'],
    ['Nearly 100 villages flooded.', 'about'],
    ['No more than 50 guests attended.', 'at most'],
  ];
  for (const [text, q] of cases) assert.equal(one(text).qualifier, q, text);
});

test('years are marked, not counted; dates and times are not figures', () => {
  const all = figs('Russia annexed Crimea in 2014, which had been under Ukraine’s control since 1954. The meeting began at 10 a.m. on June 16, 2021, and they talked on July 9.');
  assert.deepEqual(all.map((f) => [f.text, f.isYear === true]), [['2014', true], ['1954', true]]);
  assert.deepEqual(figs('Russia’s 2014 annexation of Crimea.').map((f) => f.isYear), [true]);
  assert.equal(figs('He was born on 16 June 2021 at 10:30.').length, 0);
  assert.equal(figs('F-16 jets and G7 leaders met in the 3rd round.').length, 0);
});

test('attribution: estimate verbs, according to, said X, titles', () => {
  assert.equal(one('Recent US intelligence findings estimate Russia could amass up to 175,000 troops.').attribution, 'US intelligence');
  assert.equal(one('Russia has 100,000 troops there, according to the Pentagon.').attribution, 'the Pentagon');
  assert.equal(one('Russia has 100,000 troops there, said Lloyd Austin.').attribution, 'Lloyd Austin');
  assert.equal(one('Russia has 100,000 troops there, the minister said.').attribution, 'the minister');
  assert.equal(one('More than 94,000 Russian troops are massed. Ukraine Defense Minister Oleksii Reznikov said on Friday that an attack may come.').attribution, 'Oleksii Reznikov');
  assert.equal(one('He said the army had 50,000 soldiers.').attribution, undefined);
});

test('attribution uses the entity canonical name when given', () => {
  const text = 'Reznikov said the number of Russian troops near Ukraine is estimated at 94,300.';
  const ents: EntityMention[] = [{ start: 0, end: 8, text: 'Reznikov', type: 'person', name: 'Oleksii Reznikov' }];
  const f = figs(text, ents)[0];
  assert.equal(f.attribution, 'Oleksii Reznikov');
  assert.equal(f.text, 'estimated at 94,300');
  assert.equal(f.counted, 'Russian troops');
  assert.equal(f.unit, 'troop');
  assert.equal(f.qualifier, 'about');
});

test('word numbers without a counted noun and "one of" are not figures', () => {
  assert.equal(figs('The two will also talk. It was one of the worst attacks. No one came.').length, 0);
});

test('quantityKey folds synonyms; sameQuantity respects nationality', () => {
  const key = (t: string): string => quantityKey(one(t));
  assert.equal(key('They have 5,000 soldiers.'), 'troop');
  assert.equal(key('They have 5,000 troops.'), 'troop');
  assert.equal(key('They have 5,000 servicemen.'), 'troop');
  assert.equal(key('They have 5,000 forces.'), 'troop');
  assert.equal(key('It cost 14,000 lives.'), key('There were 14,000 deaths.'));
  assert.equal(key('About 300 people fled.'), key('About 300 persons fled.'));
  assert.equal(key('It costs $5 billion.'), key('It costs 5 billion dollars.'));
  const ru = one('More than 94,000 Russian troops are massed.');
  const any = one('Russia amasses up to 175,000 troops.');
  const ua = one('Kyiv has 250,000 Ukrainian troops.');
  assert.equal(sameQuantity(ru, any), true);
  assert.equal(sameQuantity(ru, ua), false);
  assert.equal(sameQuantity(ru, one('It cost 14,000 lives.')), false);
});

test('quantityKey keys time and measure in the other languages as the English unit, and leaves words English spells alike', () => {
  const f = (unit: string): Figure => ({ text: `33 ${unit}`, start: 0, end: 3 + unit.length, value: 33, unit, counted: unit });
  for (const u of ['años', 'anni', 'jahren', 'lat', 'лет', 'yaşında', 'عاما', '岁']) assert.equal(quantityKey(f(u)), 'year', u);
  for (const u of ['días', 'tagen', 'jours', '天']) assert.equal(quantityKey(f(u)), 'day', u);
  for (const u of ['todesopfern', 'décès', 'fallecidos', 'decessi', 'смертей']) assert.equal(quantityKey(f(u)), 'death', u);
  assert.equal(quantityKey(f('pouces')), 'inch');
  assert.equal(quantityKey(f('kilómetros')), 'kilometre');
  assert.equal(sameQuantity(f('años'), f('anni')), true);
  assert.equal(sameQuantity(f('años'), f('días')), false);
  // German "Meter" is US English "meter", Spanish "pie" an English word, "mil" a thousand: their own keys.
  assert.equal(quantityKey(f('meter')), 'meter');
  assert.equal(quantityKey(f('pie')), 'pie');
  assert.equal(quantityKey(f('mil')), 'mil');
});

test('property: every span lies in the text and equals its surface form', () => {
  const piece = fc.constantFrom(
    'up to 175,000 troops', 'in 2014', 'about 70,000 soldiers', '$5 billion', '12%', 'half a dozen sources',
    'between 5 and 10 people', 'July 9', '10 a.m.', 'seven-year', 'estimated at 94,300', 'said Reznikov', ', according to X,',
    'the number of tanks is', 'F-16', '5-10', 'twenty-one', ' ', '. ', '\n\n', 'Some', 'more than', '1.5 million',
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 25 }), (parts) => {
      const text = parts.join(' ');
      for (const f of figs(text)) {
        assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length);
        assert.equal(text.slice(f.start, f.end), f.text);
        assert.ok(Number.isFinite(f.value));
      }
    }),
    { numRuns: 300 },
  );
});

test('a percent then an amount ("grew 15% to $26 billion") is a rise to a level: two figures, no range; "10 to 15 percent" stays a range', () => {
  const all = figs('Foreign direct investment grew close to 15% to $26 billion in the half year.').filter((f) => !f.isYear);
  assert.deepEqual(all.map((f) => [f.value, f.valueMax, f.unit]), [[15, undefined, 'percent'], [26e9, undefined, 'usd']]);
  const range = one('Prices rose 10 to 15 percent this year.');
  assert.deepEqual([range.value, range.valueMax], [10, 15]);
});
