import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compressSentence } from '../../../src/stages/summarize/index.js';

const kept = (text: string): string => {
  const c = compressSentence(text, 0, text.length);
  return c.pieces.map((p) => text.slice(p.start, p.end)).join(' ') + (c.cutEnding ? ' |cut' : '');
};

test('compress: dateline, label and attribution tail go; the facts stay', () => {
  assert.equal(kept('WASHINGTON (Reuters) - The Senate passed the bill on Tuesday after a long debate.'), 'The Senate passed the bill on Tuesday after a long debate.');
  // An agency credit run into the first word ("(CNN)Stabbings …") is a dateline too.
  assert.equal(kept('(CNN)Stabbings inside a rabbi’s home marked the latest in a string of incidents.'), 'Stabbings inside a rabbi’s home marked the latest in a string of incidents.');
  assert.equal(kept('(Reuters) The Senate passed the bill after a long debate on the floor.'), 'The Senate passed the bill after a long debate on the floor.');
  assert.equal(kept('Why it matters: The ruling affects millions of borrowers across the country.'), 'The ruling affects millions of borrowers across the country.');
  assert.equal(kept('The storm killed at least 12 people in three states, officials said.'), 'The storm killed at least 12 people in three states |cut');
  assert.equal(kept('The company will cut 500 jobs by the end of the year, according to a memo seen by Reuters.'), 'The company will cut 500 jobs by the end of the year |cut');
});

test('compress: a short parenthetical inside the sentence is cut, a quotation keeps its speaker', () => {
  assert.equal(kept('Sen. Joe Manchin (D-W.Va.) voted against the measure on Friday evening.'), 'Sen. Joe Manchin voted against the measure on Friday evening.');
  const quote = '“We will not back down from this fight,” the governor said.';
  assert.equal(kept(quote), quote);
});

test('compress: clause ends and asides are offered as cuts, not made', () => {
  const text = 'Virginia Attorney General Mark Herring, a Democrat, admitted Wednesday to wearing blackface, further ensnaring the state in chaos.';
  const c = compressSentence(text, 0, text.length);
  assert.equal(c.pieces.length, 1);
  assert.deepEqual(c.clauseEnds.map((e) => text.slice(0, e).split(' ').pop()), ['blackface']);
  assert.deepEqual(c.asides.map((a) => text.slice(a.start, a.end)), [', a Democrat,']);
  // "1,000" and a list of names are not clause boundaries.
  const list = 'Officials said 1,000 people fled as Smith, Jones and Brown left the city late on Monday.';
  const l = compressSentence(list, 0, list.length);
  assert.deepEqual(l.clauseEnds, []);
});

test('compress: a sentence with two asides is also offered without both, each piece an exact slice', async () => {
  const { unitsOf } = await import('../../../src/stages/summarize/units.js');
  const text = 'Mark Herring, a Democrat, said the measure — the first of its kind — would pass the state senate this week.';
  const units = unitsOf({ title: 'T', text, sentences: [{ start: 0, end: text.length }] }, 0, true);
  const both = units.find((u) => u.text === 'Mark Herring said the measure would pass the state senate this week.');
  assert.ok(both !== undefined, units.map((u) => u.text).join(' | '));
  assert.equal(both.citations.map((c) => text.slice(c.start, c.end)).join(' '), both.text);
  // An aside of more than ten words is the sentence's point, not an insert.
  const long = 'The governor, who had promised for two years to veto any such bill, signed it into law on Friday afternoon.';
  assert.deepEqual(compressSentence(long, 0, long.length).asides, []);
});

test('compress: a cut after an abbreviation keeps its one period ("U.S.", not "U.S..")', async () => {
  const { unitsOf } = await import('../../../src/stages/summarize/units.js');
  const text = 'A federal judge blocked the policy requiring asylum-seekers to wait in Mexico while their cases are decided in the U.S., officials said.';
  const units = unitsOf({ title: 'Judge blocks policy', text }, 0, true);
  const whole = units.find((u) => !u.clipped)!;
  assert.equal(whole.text, 'A federal judge blocked the policy requiring asylum-seekers to wait in Mexico while their cases are decided in the U.S.');
  assert.ok(units.every((u) => !u.text.endsWith('..')), units.map((u) => u.text).join(' | '));
  assert.equal(whole.citations.map((c) => text.slice(c.start, c.end)).join(' '), whole.text);
});
