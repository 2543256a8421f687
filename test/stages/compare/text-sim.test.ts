/**
 * Word bags: the scanner that finds a text's words gives the same words as
 * the regular expression it replaced, in every script, with joiners (' ’ . , -)
 * inside words and at their ends.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bagOf, stem } from '../../../src/stages/compare/text-sim.js';
import { isStopWord } from '../../../src/stages/dedupe/text-tokens.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** The bag as the regular expression's matches give it (the definition). */
function reference(text: string): { weights: Map<string, number>; total: number } {
  const weights = new Map<string, number>();
  let total = 0;
  let first = true;
  for (const m of text.matchAll(WORD)) {
    const initial = first;
    first = false;
    const raw = m[0].replace(/[.,]+$/, '');
    const lower = raw.toLowerCase();
    const isNumber = /^\d/.test(raw);
    if (isStopWord(lower) || isStopWord(lower.replace(/['’].*$/, ''))) continue;
    const key = isNumber ? raw.replace(/[,.]/g, '') : stem(raw);
    if (key.length < 2 && !isNumber) continue;
    const w = isNumber || (!initial && /^\p{Lu}/u.test(raw)) ? 2 : 1;
    if (!weights.has(key)) {
      weights.set(key, w);
      total += w;
    }
  }
  return { weights, total };
}

test('bags hold the words the regular expression finds, in any script and with joiners at either end', () => {
  const texts = [
    "Russia's troops -- about 175,000 of them -- massed near Ukraine's border, U.S. officials said.",
    'Le président a déclaré: « Nous ne céderons pas ». 3,5 millions d’euros… ‘quoted’ — end-',
    'Путин и Байден провели переговоры 7 декабря; 習近平與拜登通話。 ٣ مارس 𝐁𝐨𝐥𝐝 𠀀𠀁 x',
    "'.,- -.,' a-b ..a.. 1.2.3, O'Neill’s rock-'n'-roll ½ ² Ⅻ",
    '',
    '\ud800 lone surrogate \udc00 here',
  ];
  for (const text of texts) {
    const got = bagOf(text);
    const want = reference(text);
    assert.deepEqual([...got.weights], [...want.weights], text);
    assert.equal(got.total, want.total, text);
  }
});
