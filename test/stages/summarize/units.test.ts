/**
 * countWords and contentTermsOf (units.ts) read words with a scanner: the
 * same words as /[\p{L}\p{N}\p{M}_]+/gu finds, surrogate pairs, marks, lone
 * surrogates and lower-casing that changes a text's length included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentTermsOf, countWords, unitsOf } from '../../../src/stages/summarize/units.js';
import { isStopWord, lightStem } from '../../../src/stages/dedupe/text-tokens.js';

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tell', 'tells', 'according']);

function referenceTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (w.length < 2 && !/\d/u.test(w)) continue;
    if (isStopWord(w) && !REPORTING.has(w)) continue;
    out.push(lightStem(w));
  }
  return out;
}

const PIECES = ['a', 'Zb', 'the', 'said', 'Troops', '1,000', '7', '_', 'x_y', ' ', '  ', '.', ',', '-', '’', "'", 'é', 'e\u0301', '\u0301', 'İstanbul', 'Ärzte', '日本', '𝒜𝒷', '😀', '\ud800', '\udc00', 'कि', '٣', '\n', 'ß'];

test('words as the regular expression finds them, in random texts', () => {
  let seed = 11;
  const next = (m: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % m;
  const cases = ['', ' ', 'One two, three.', 'İİ said É\u0301t 𝒜 😀x'];
  for (let k = 0; k < 500; k++) {
    let s = '';
    for (let n = next(30); n > 0; n--) s += PIECES[next(PIECES.length)]!;
    cases.push(s);
  }
  for (const text of cases) {
    assert.equal(countWords(text), [...text.matchAll(WORD)].length, JSON.stringify(text));
    assert.deepEqual(contentTermsOf(text), referenceTerms(text), JSON.stringify(text));
  }
  assert.equal(countWords('Hi, Bob’s 1,000 x_y'), 6);
  assert.deepEqual(contentTermsOf('Troops said: sanctions'), ['troop', 'said', 'sanction']);
});

test('a sentence with a few asides makes a unit without each; a list read as a hundred asides makes a few units, not one per item', () => {
  const text = 'Ivan Petrov, the regional governor, said on Monday that the bridge, closed since March, would reopen by the end of the year.';
  const units = unitsOf({ title: '', text }, 0, true);
  const texts = units.map((u) => u.text);
  // Without the first aside, without the second, and without both.
  assert.ok(texts.some((t) => !t.includes('regional governor') && t.includes('closed since March')), texts.join(' | '));
  assert.ok(texts.some((t) => t.includes('regional governor') && !t.includes('closed since March')), texts.join(' | '));
  assert.ok(texts.some((t) => !t.includes('regional governor') && !t.includes('closed since March')), texts.join(' | '));
  const list = `The ministry said it counted ${Array.from({ length: 200 }, (_, k) => `${k * 7} troops`).join(', ')} in the region on Monday.`;
  const listUnits = unitsOf({ title: '', text: list }, 0, true);
  assert.ok(listUnits.length > 0 && listUnits.length <= 4, `${listUnits.length} units`);
});
