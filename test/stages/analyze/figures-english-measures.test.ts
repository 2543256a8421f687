import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Figure } from '../../../src/core/types.js';
import { extractFigures, sameQuantity } from '../../../src/stages/analyze/figures.js';
import { analyze } from '../../../src/stages/analyze/index.js';
import { isNoteworthy } from '../../../src/stages/compare/figure-items.js';
import { split } from './simple-split.js';

function figs(text: string): Figure[] {
  return extractFigures(text, split(text), []).filter((f) => !f.isYear);
}
const brief = (f: Figure) => [f.text, f.value, f.unit];

// Analysed as an article, so that the person entities a stated age hangs on are found.
function analysed(text: string): Figure[] {
  const meta = { published: '2020-01-02', publishedFrom: 'metadata' as const, headings: [], captions: [], credits: [], machineTranslated: false, removed: [] };
  return analyze({ id: 'a', title: '', text, meta } as never).figures.filter((f) => !f.isYear);
}

test('wire and Indian scale words multiply the number: bln, mln, crore, lakh', () => {
  assert.deepEqual(figs('Bulgaria will get 2.9 bln cubic meters of gas.').map(brief), [['2.9 bln cubic meters', 2.9e9, 'meter']]);
  assert.deepEqual(figs('It saves 70 mln lev (35 mln euro) a year.').map(brief), [['70 mln lev', 7e7, 'bgn'], ['35 mln euro', 3.5e7, 'eur']]);
  assert.deepEqual(figs('The lander costs Rs 250 crore and the rover ₹5 lakh.').map(brief), [['Rs 250 crore', 2.5e9, 'inr'], ['₹5 lakh', 5e5, 'inr']]);
});

test('a capital M before a lower-case noun is a million; before a name it is no scale', () => {
  assert.deepEqual(figs('Bushfires have scorched 12M acres so far.').map(brief), [['12M acres', 1.2e7, 'acre']]);
  assert.deepEqual(figs('Shares of 3M Co fell.'), []);
  // A lower-case m stays metres, not millions, without a currency.
  assert.equal(figs('The wall is 5m high.').some((f) => f.value === 5e6), false);
});

test('currency words after an amount: euro in the singular, rupees, francs', () => {
  assert.deepEqual(figs('They sell for 2 euro each, or 300 francs, or 5,000 rupees.').map(brief), [['2 euro', 2, 'eur'], ['300 francs', 300, 'chf'], ['5,000 rupees', 5000, 'inr']]);
});

test('digits joined to any lower-case noun by a hyphen measure by it; words and prepositions do not', () => {
  assert.deepEqual(figs('The 30-stock Sensex rose, and a 10.8-inch tablet went on sale.').map(brief), [['30-stock', 30, 'stock'], ['10.8-inch', 10.8, 'inch']]);
  assert.deepEqual(figs('A 2-for-1 deal for a one-time fee.').map(brief), []);
  // The unit words written before stay, capitalised too.
  assert.deepEqual(figs('Estonia Begins Two-Year Term.').map(brief), [['Two-Year', 2, 'year']]);
});

test('measure abbreviations count without a plural: inch, GB, oz', () => {
  assert.deepEqual(figs('A 65 inch TV with 6 GB RAM weighs 13.2 oz.').map(brief), [['65 inch', 65, 'inch'], ['6 GB', 6, 'gb'], ['13.2 oz', 13.2, 'oz']]);
});

test('ages: "N year old", a number set off after a person, "aged N", "in his 60s"', () => {
  assert.deepEqual(figs('The 31 year old left Berlin.').map(brief), [['31 year old', 31, 'age']]);
  const turkette = analysed('Christopher Turkette, 42, of Anchorage was acquitted by a jury on Monday.');
  assert.deepEqual(turkette.map((f) => [f.value, f.unit, f.counted]), [[42, 'age', 'age of Christopher Turkette']]);
  assert.deepEqual(analysed('In Paris, 42, people came.'), []);
  assert.deepEqual(figs('Children aged 5 to 11 can apply.').map((f) => [f.value, f.valueMax, f.unit]), [[5, 11, 'age']]);
  assert.deepEqual(figs('A man in his 60s tested positive.').map((f) => [f.text, f.value, f.unit, f.qualifier]), [['60s', 60, 'age', 'about']]);
});

test('an age is no duration, and two people’s ages are two quantities', () => {
  const [marriage] = figs('She was his wife of 73 years.');
  const [age] = figs('He died aged 99.');
  assert.equal(sameQuantity(marriage!, age!), false);
  const [a] = analysed('Martin Bamford, 30, was on the tram.');
  const [b] = analysed('Hannah Collier, 23, heard the crash.');
  assert.equal(sameQuantity(a!, b!), false);
  assert.equal(sameQuantity(a!, analysed('Martin Bamford, 30, from Croydon, was hurt.')[0]!), true);
  // "age" is no three-letter currency code: a small age is wording, as a small count is.
  assert.equal(isNoteworthy(figs('Children aged 5 can apply.')[0]!), false);
});

test('more ages: "Ekta Rao (32)" in parentheses, "Oscar Smith, 10." at a sentence end, "turned 100"', () => {
  assert.deepEqual(analysed('Richard McNally (31) was annoyed about a bike.').map((f) => [f.value, f.unit, f.counted]), [[31, 'age', 'age of Richard McNally']]);
  assert.deepEqual(figs('Moore raised money before he turned 100.').map((f) => [f.value, f.unit]), [[100, 'age']]);
});

test('a function word of a title-case headline before a number is no name: "After 18 Months", "Here Are 6 Puppies"', () => {
  assert.deepEqual(figs('Tensions Rise After 18 months of talks.').map(brief), [['18 months', 18, 'month']]);
  assert.deepEqual(figs('Looking To Adopt? Here Are 6 Perfect Puppies To Adopt.').map(brief), [['6 Perfect Puppies', 6, 'puppy']]);
  // A name's number stays out.
  assert.deepEqual(figs('The crew of Apollo 11 landed.'), []);
});

test('digits in groups of thousands are a quantity without a counted noun; small bare numbers are not', () => {
  assert.deepEqual(figs('The most recent population estimate is 37,874,794.').map(brief), [['37,874,794', 37874794, '']]);
  assert.deepEqual(figs('He scored 12 in the game.'), []);
});

test('ISO currency codes before or after the amount, in capitals', () => {
  assert.deepEqual(figs('It obtained PLN 300,000 and a report costs 3480 USD.').map(brief), [['PLN 300,000', 300000, 'pln'], ['3480 USD', 3480, 'usd']]);
});

test('"open 24 hrs" is a duration, "0800 hrs" a clock time; hrs, yrs, mins are hours, years, minutes', () => {
  assert.deepEqual(figs('It remains open 24 hrs a day; he served 5 yrs. Meet at 0800 hrs.').map(brief), [['24 hrs', 24, 'hour'], ['5 yrs', 5, 'year']]);
});

test('a fraction written after the integer: "5 1/2-mile", "3½ hours"; a fraction alone or a ratio is no count', () => {
  assert.deepEqual(figs('The parade runs a 5 1/2-mile route and took 3½ hours; 1/2 of them left, open 24/7.').map(brief), [['5 1/2-mile', 5.5, 'mile'], ['3½ hours', 3.5, 'hour']]);
});

test('bare quantities: a scale, or one or two decimals after a lower-case word; versions and section numbers are none', () => {
  assert.deepEqual(figs('The index is quoting at 12176.55 and the film drew 2.1 million on Polsat.').map(brief), [['12176.55', 12176.55, ''], ['2.1 million', 2100000, '']]);
  assert.deepEqual(figs('I run vCenter 6.7 with ESXI 6.7. Contents: 1.1 Terminal Tractor Introduction. Apple TV 4K.').map(brief), []);
});

test('ages after a lone name the entity rules leave out, but not in a list of numbers', () => {
  assert.deepEqual(figs('The chargesheet named Mathew, aka Shaji, 44, and Prajikumar, 44, who helped.').map((f) => [f.value, f.counted]), [[44, 'age of Shaji'], [44, 'age of Prajikumar']]);
  assert.deepEqual(figs('Hikes at Battelle Creek in Galloway, 2, 4 or 6 miles.').filter((f) => f.unit === 'age'), []);
  // In parentheses too, and after a word of kinship a name spelt as an English word.
  assert.deepEqual(figs('Her parents, activists Ekta (32) and Ravi, were held.').map((f) => [f.value, f.counted]), [[32, 'age of Ekta']]);
  assert.deepEqual(figs('He leaves a son Oscar, 10. A rep did not reply.').map((f) => [f.value, f.counted]), [[10, 'age of Oscar']]);
  assert.deepEqual(figs('The law lists Article (12) and Section (3).').filter((f) => f.unit === 'age'), []);
});

test('dollar prefixes of other currencies: R$, A$, C$, HK$', () => {
  assert.deepEqual(figs('It will invest R$90 million and HK$10 more.').map(brief), [['R$90 million', 9e7, 'brl'], ['HK$10', 10, 'hkd']]);
});

test('"He was 77." and "when I was 17." are ages; "Last year it was 23." is none', () => {
  assert.deepEqual(figs('The publisher has died. He was 77. She was bullied when I was 17. Last year it was 23.').map((f) => [f.value, f.unit]), [[77, 'age'], [17, 'age']]);
});

test('a part of what its whole counts: "700 of the group’s 760 planes", not the same quantity', () => {
  assert.deepEqual(figs('Currently 700 of the group’s 760 planes are parked.').map((f) => [f.value, f.unit, f.counted]), [[700, '', 'of 760 planes'], [760, 'plane', 'planes']]);
  assert.deepEqual(figs('Only 12 of its 40 stores stay open.').map((f) => [f.value, f.counted]), [[12, 'of 40 stores'], [40, 'stores']]);
  // Not a larger part, nor a year.
  assert.deepEqual(figs('He scored 5 of 3 goals in 2019 of 2020.').map((f) => [f.value, f.counted]).filter(([v]) => v === 5), []);
});

test('an integer no year is written as, after a lower-case word, is a quantity; not after an article', () => {
  assert.deepEqual(figs('The Sensex is at 41298, up 0.11%.').map((f) => f.value), [41298, 0.11]);
  assert.deepEqual(figs('He was shot in the 2300 block of Prince Hall Drive.').map((f) => f.value), []);
});

test('a span of time after a capitalised word is a count: "against the Longhorns 12 months ago"; "Apollo 11" stays a name', () => {
  assert.deepEqual(figs('They lost against the Longhorns 12 months ago.').map((f) => [f.value, f.unit]), [[12, 'month']]);
  assert.deepEqual(figs('The crew of the Apollo 11 mission landed.').map((f) => f.value), []);
});
