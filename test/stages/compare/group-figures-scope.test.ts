import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureScope, notADispute } from '../../../src/stages/compare/figure-scope.js';
import { compatible } from '../../../src/stages/compare/group-figures.js';
import { brief } from './story-helper.js';

const scope = (before: string, after: string) => figureScope({ before, after });

test('the words after a figure name its period; "so far", a first half and a rate are parts of a larger whole', () => {
  assert.equal(scope('hate crimes have increased from', 'incidents in 2016 to 7,314 in 2019').period, 'year 2016');
  assert.equal(scope('There were', 'hate crime incidents last year, up from').period, 'last year');
  assert.equal(scope('The U.S. is donating', 'doses this year and 300 million').period, 'this year');
  const soFar = scope('Nearly', 'Americans have died of the virus so far');
  assert.equal(soFar.period, 'so far');
  assert.equal(soFar.partial, true);
  assert.equal(soFar.running, true);
  assert.equal(scope('and', 'million doses in the first half of 2022').partial, true);
  assert.equal(scope('would increase the minimum wage by', 'a day').period, 'rate day');
  assert.equal(scope('The Dow fell', 'points to close at').period, undefined);
});

test('forecasts and running counts are read from the words before a figure', () => {
  assert.equal(scope('Economists surveyed by Dow Jones had expected', 'jobs').forecast, true);
  assert.equal(scope('America’s employers added', 'jobs in June').forecast, false);
  assert.equal(scope('The death toll rose to', 'on Saturday').running, true);
  assert.equal(scope('Bislang sind', 'Infektionen mit dem neuartigen Erreger nachgewiesen.').running, true);
  assert.equal(scope('a magnitude 6.2 earthquake killed', 'people').running, false);
});

test('two values are no dispute when their words show a part and a total, two periods, a forecast, or an undated update', () => {
  const total = scope('announced its plan to purchase and donate', 'doses of the Pfizer-BioNTech vaccine');
  const part = scope('The U.S. is donating', 'doses this year and 300 million doses in the first half of 2022');
  assert.equal(notADispute(total, part, total, false), 'a part and a total');
  const y2016 = scope('the FBI counted', 'incidents in 2016');
  const last = scope('There were', 'hate crime incidents last year');
  assert.equal(notADispute(y2016, last, last, false), 'two periods');
  const expected = scope('the consensus among economists being that', 'jobs would be added');
  const added = scope('America’s employers added', 'jobs in June');
  assert.equal(notADispute(expected, added, added, false), 'a forecast and an outcome');
  const first = scope('Bislang sind', 'Infektionen mit dem neuartigen Erreger nachgewiesen.');
  const later = scope('Bislang sind', 'Infektionen mit dem neuartigen Erreger nachgewiesen.');
  assert.equal(notADispute(first, later, later, false), 'a running count and an earlier one');
  // With two known days the dates decide (a series or a dispute), not the words.
  assert.equal(notADispute(first, later, later, false, false), undefined);
  // Shares have no parts: a rate limited to a period against one without is not taken for a part.
  assert.equal(notADispute(scope('unemployment rate fell to', 'last month'), scope('unemployment rate of', 'and'), scope('unemployment rate of', 'and'), true), undefined);
  // Two plain reports of one count stay a possible dispute.
  assert.equal(notADispute(scope('At least', 'people were reported killed'), scope('reports that as many as', 'people were killed'), scope('At least', 'people were reported killed'), false), undefined);
});

test('a total and a part of it limited to this year are not "Sources differ"', () => {
  const b = brief([
    { title: 'US to donate vaccine doses', body: 'The White House on Thursday formally announced its plan to purchase and donate 500 million doses of the Pfizer-BioNTech vaccine to 92 poorer countries and the African Union, the White House said.', source: 'Paper A' },
    { title: 'Vaccine donation plan', body: 'The purchase will expand the global supply, the White House said Thursday. The U.S. is donating 200 million doses this year and 300 million doses in the first half of 2022, the White House said.', source: 'Paper B' },
  ]);
  assert.equal(b.lineages.length, 2);
  assert.ok(b.figures.every((g) => g.status !== 'differ'), JSON.stringify(b.figures.map((g) => [g.status, g.values.map((v) => v.text)])));
});

test('an economists’ forecast and the count reported are not "Sources differ"; two outlets’ counts of one toll still are', () => {
  const jobs = brief([
    { title: 'Hiring picks up', body: 'In an encouraging burst of hiring, America’s employers added 850,000 jobs in June, the Labor Department said Friday, well above the average of the previous three months.', source: 'Paper A' },
    { title: 'Jobs report beats expectations', body: 'The numbers exceeded expectations, with the consensus among economists being that 700,000 jobs would be added in June, the Labor Department report showed Friday.', source: 'Paper B' },
  ]);
  assert.ok(jobs.figures.every((g) => g.status !== 'differ'), JSON.stringify(jobs.figures.map((g) => [g.status, g.values.map((v) => v.text)])));
  const toll = brief([
    { title: 'Kunduz strikes', body: 'The Taliban called it a revenge attack for US air strikes in Kunduz that killed 30 civilians, local officials said.', source: 'Paper A' },
    { title: 'Revenge attack', body: 'The Taliban called it a revenge attack for US air strikes in Kunduz that killed 32 civilians, the Taliban said.', source: 'Paper B' },
  ]);
  assert.ok(toll.figures.some((g) => g.status === 'differ'), JSON.stringify(toll.figures.map((g) => [g.status, g.values.map((v) => v.text)])));
});

test('an earlier value the sentence compares with, and a whole named as such, are no dispute with a later value or a part', () => {
  const from = scope('The gap increased to $162.8 billion last month, from', 'in January 2020');
  const now = scope('posted a budget deficit of', 'in January, a record');
  assert.equal(from.previous, true);
  assert.equal(notADispute(from, now, now, false), 'an earlier value and a later one');
  const whole = scope('a tentative $25 million payout deal as part of a larger', 'settlement, the New York Times reports');
  const part = scope('have reached a tentative', 'settlement with several of the accusers');
  assert.equal(whole.total, true);
  assert.equal(notADispute(whole, part, whole, false), 'a part and a total');
  // A month named with its year is another period than the month alone.
  assert.equal(scope('from', 'in January 2020').period, 'month january 2020');
});

test('a scaled number covers what rounds to it: "$2.3 trillion" agrees with "$2.25 trillion", "nearly $1 trillion" does not with "$1.2 trillion"', () => {
  assert.equal(compatible({ value: 2.25e12, text: '$2.25 trillion' }, { value: 2.3e12, text: '$2.3 trillion' }), true);
  assert.equal(compatible({ value: 1.37e12, text: '$1.37 trillion' }, { value: 1.4e12, text: '$1.4 trillion' }), true);
  assert.equal(compatible({ value: 1e12, text: '$1 trillion' }, { value: 1.2e12, text: '$1.2 trillion' }), true);
  assert.equal(compatible({ value: 1e12, qualifier: 'about', text: 'nearly $1 trillion' }, { value: 1.2e12, text: '$1.2 trillion' }), false);
  assert.equal(compatible({ value: 13e9, text: '$13 billion' }, { value: 11.6e9, text: '$11.6 billion' }), false);
  // A bare count is exact but for rounding of a hundredth: 30 and 32 civilians differ.
  assert.equal(compatible({ value: 30, text: '30 civilians' }, { value: 32, text: '32 civilians' }), false);
});

test('two leads counting one toll with different values are "Sources differ" though their other words differ', () => {
  const b = brief([
    { title: 'Earthquake strikes Italy', body: 'At least 63 people were reported killed and dozens more were missing or feared dead Wednesday after a magnitude 6.2 earthquake and a series of aftershocks struck several towns in central Italy, according to the civil protection agency.', source: 'Paper A' },
    { title: 'Towns reduced to rubble', body: 'A strong earthquake in central Italy reduced three towns to rubble as people slept early Wednesday, with reports that as many as 50 people were killed and hundreds injured as rescue crews raced to dig out survivors.', source: 'Paper B' },
  ]);
  assert.equal(b.lineages.length, 2);
  const differ = b.figures.filter((g) => g.status === 'differ');
  assert.deepEqual(differ.map((g) => g.values.map((v) => v.value).sort((x, y) => x - y)), [[50, 63]], JSON.stringify(b.figures.map((g) => [g.status, g.values.map((v) => v.text)])));
});

test('a toll still being counted — a lower count against a higher floor ("at least 84 killed") — is not "Sources differ"', () => {
  const b = brief([
    { title: 'Truck attack in Nice', body: 'At least 84 people, including 10 children, were killed when a truck ploughed into crowds celebrating Bastille Day in Nice, officials said on Friday morning.', source: 'Paper A' },
    { title: 'Bastille Day attack', body: 'A truck plowed through a Bastille Day crowd in Nice late on Thursday, and 77 people were killed as the driver sped along the seafront, President Hollande said.', source: 'Paper B' },
  ]);
  assert.equal(b.lineages.length, 2);
  assert.ok(b.figures.every((g) => g.status !== 'differ'), JSON.stringify(b.figures.map((g) => [g.status, g.values.map((v) => v.text)])));
});

test('two leads making one statement with another number differ; a sentence of several such figures does not say which one differs', () => {
  const bill = brief([
    { title: 'Relief bill blocked', body: 'Senate Democrats blocked a scaled-down, $500 billion Republican coronavirus relief measure Thursday, weakening the chances that Congress will approve another package before the November election.', source: 'Paper A' },
    { title: 'Stimulus stalls', body: 'Senate Democrats blocked a $300 billion COVID-19 stimulus bill Thursday, dampening the prospects Congress will pass much-needed financial relief for Americans weathering the coronavirus pandemic ahead of the November election.', source: 'Paper B' },
  ]);
  assert.deepEqual(bill.figures.filter((g) => g.status === 'differ').map((g) => g.values.map((v) => v.value).sort((x, y) => x - y)), [[300e9, 500e9]], JSON.stringify(bill.figures.map((g) => [g.status, g.values.map((v) => v.text)])));
  const cash = brief([
    { title: 'Cash crunch', body: 'Presumptive Republican nominee Donald Trump loaned his campaign $2.2 million in May and collected $3.1 million in donations, ending the month with less than $1.3 million in the bank, according to new campaign finance filings.', source: 'Paper A' },
    { title: 'Trump campaign funds', body: 'Donald Trump’s campaign finished May with just $1.3 million in the bank, a strikingly low figure for a presumptive presidential nominee, campaign finance filings show.', source: 'Paper B' },
  ]);
  assert.ok(cash.figures.every((g) => g.status !== 'differ'), JSON.stringify(cash.figures.map((g) => [g.status, g.values.map((v) => v.text)])));
});
