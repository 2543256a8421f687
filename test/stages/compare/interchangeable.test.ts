/**
 * Statements that claim matching cannot tell apart are one unit: the same
 * words (stop words, punctuation and endings aside), names, dates, polarity
 * and speaker. Anything matching reads that differs keeps them apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/stages/analyze/index.js';
import { clean } from '../../../src/stages/clean/index.js';
import { toClaimUnits } from '../../../src/stages/compare/claim-units.js';
import { mergeInterchangeable, matchingKey } from '../../../src/stages/compare/interchangeable.js';
import type { Analysis } from '../../../src/core/types.js';

const PAD = 'Reporters gathered outside the hall long before the doors opened to the public. Traffic on the main avenue was diverted for most of the afternoon.';

function analyses(bodies: readonly string[]): Analysis[] {
  return bodies.map((body, i) => {
    const r = clean({ format: 'txt', title: `Report ${i + 1}`, body: `${body}\n\n${PAD}`, published: '2024-03-04T09:00:00Z', source: `Outlet ${i + 1}` });
    assert.ok(r.ok);
    return analyze(r.value);
  });
}

const PLAIN = 'The council of Springfield approved the closure of the Riverside plant after a long debate.';
const REWORDED = 'The council of Springfield approved closure of the Riverside plant, after the long debate.';

test('two wordings that differ in stop words and punctuation are one unit with the occurrences of both', () => {
  const as = analyses([PLAIN, REWORDED, 'The council of Shelbyville approved the closure of the Riverside plant after a long debate.', 'The council of Springfield never approved the closure of the Riverside plant after a long debate.']);
  const units = toClaimUnits(as, (n) => n.toLowerCase());
  const find = (start: string): number => units.findIndex((u) => u.text.startsWith(start));
  const [plain, reworded, other, negated] = [find('The council of Springfield approved the'), find('The council of Springfield approved closure'), find('The council of Shelbyville'), find('The council of Springfield never')];
  assert.ok(plain >= 0 && reworded >= 0 && other >= 0 && negated >= 0);
  assert.equal(matchingKey(units[plain]!), matchingKey(units[reworded]!));
  assert.notEqual(matchingKey(units[plain]!), matchingKey(units[other]!), 'another name');
  assert.notEqual(matchingKey(units[plain]!), matchingKey(units[negated]!), 'the opposite polarity');
  const merged = mergeInterchangeable(units);
  assert.equal(merged.length, units.length - 1);
  const unit = merged.find((u) => u.occurrences.length === 2)!;
  assert.deepEqual(unit.occurrences.map((o) => o.articleIndex), [0, 1]);
  assert.equal(unit.occurrences[1]!.start, units[reworded]!.occurrences[0]!.start);
  assert.equal(unit.bag, units[plain]!.bag);
  // The units no twin joined are the same objects, in the same order.
  assert.deepEqual(merged.filter((u) => u !== unit), units.filter((_, i) => i !== plain && i !== reworded));
});

test('statements with figures or other digits are never merged; a story without twins is returned as it was', () => {
  const as = analyses(['The plant employs 420 workers, the utility said after a long debate.', 'The plant employs 420 workers, the utility said, after the long debate.', 'Mayor Jane Holloway was 49 when she promised new jobs for the region.', 'Mayor Jane Holloway was 52 when she promised new jobs for the region.']);
  const units = toClaimUnits(as, (n) => n.toLowerCase());
  const figures = units.filter((u) => u.text.includes('420'));
  assert.equal(figures.length, 2);
  assert.ok(figures.every((u) => u.figures.length > 0 && matchingKey(u) === null));
  const ages = units.filter((u) => u.text.startsWith('Mayor'));
  assert.equal(ages.length, 2);
  assert.ok(ages[0]!.digits.has('49'));
  assert.notEqual(matchingKey(ages[0]!), matchingKey(ages[1]!));
  const merged = mergeInterchangeable(units);
  assert.equal(merged.length, units.length);
  merged.forEach((u, i) => assert.equal(u, units[i]));
});

test('a quotation merges only with the same speaker’s', () => {
  const as = analyses(['"We will close the plant by the end of the decade," Mayor Jane Holloway said on Monday.', '"We will close the plant by the end of the decade," Governor Tom Reed said on Monday.', '"We will close the plant by the end of this decade," Mayor Jane Holloway said Monday.']);
  const units = toClaimUnits(as, (n) => n.toLowerCase()).filter((u) => u.text.startsWith('"We will'));
  assert.equal(units.length, 3);
  assert.ok(units.every((u) => u.speaker !== undefined));
  assert.notEqual(units[0]!.speaker, units[1]!.speaker);
  const merged = mergeInterchangeable(units);
  assert.equal(merged.length, 2);
  assert.deepEqual(merged.map((u) => u.occurrences.map((o) => o.articleIndex)), [[0, 2], [1]]);
});
