/**
 * Snippet match ranges found without tokenising (search-snippet-ascii.ts)
 * equal those of the token walk, on generated texts of ASCII words, digits,
 * mixed case and the punctuation news texts use, for single words,
 * phrases, prefixes and terms in other scripts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asciiRanges, isAscii } from '../../src/storage/search-snippet-ascii.js';
import { matchRanges, snippet, tokenRanges } from '../../src/storage/search-snippet.js';
import { seededRandom } from '../../src/core/random.js';

const rng = seededRandom;

const WORDS = ['tax', 'taxes', 'Tax', 'TAX', 'council', 'City', 'city', 'vote', 'voted', 'covid', '19', 'x', 'a1b2', 'Kremlin', 'mid', 'middle'];
const GAPS = [' ', '  ', ', ', '. ', '-', '_', '’', ' “', '” ', ' — ', '\u00a0', ' £', '/', "'", '\n', '$'];

function text(r: () => number, words: number): string {
  let s = r() < 0.3 ? GAPS[Math.floor(r() * GAPS.length)]! : '';
  for (let i = 0; i < words; i++) s += WORDS[Math.floor(r() * WORDS.length)]! + GAPS[Math.floor(r() * GAPS.length)]!;
  return s;
}

const TERMS: { text: string; prefix: boolean }[][] = [
  [{ text: 'tax', prefix: false }],
  [{ text: 'tax', prefix: true }],
  [{ text: 'city council', prefix: false }],
  [{ text: 'city', prefix: false }, { text: 'city council', prefix: false }],
  [{ text: 'city council', prefix: false }, { text: 'city', prefix: false }],
  [{ text: 'mid', prefix: true }, { text: 'vote', prefix: false }],
  [{ text: 'covid-19', prefix: false }],
  [{ text: 'council vo', prefix: true }],
  [{ text: 'Krémlin', prefix: false }],
  [{ text: 'a1b2', prefix: false }, { text: 'x', prefix: false }],
  [{ text: '交通', prefix: false }, { text: 'tax', prefix: false }],
  [{ text: 'straße', prefix: false }],
];

/** A term's words folded as matchRanges folds them: tokens of letters, digits and marks (CJK one a character), marks dropped, lower case. */
function words(s: string): string[] {
  const token = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu;
  return [...s.matchAll(token)].map((m) => m[0].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}

const wantedOf = (terms: readonly { text: string; prefix: boolean }[]) => terms.map((t) => ({ parts: words(t.text), prefix: t.prefix })).filter((t) => t.parts.length > 0);

test('match ranges without tokenising equal the token walk on texts of ASCII letters and digits', () => {
  const r = rng(7);
  let compared = 0;
  let matched = 0;
  for (let i = 0; i < 600; i++) {
    const t = text(r, 1 + Math.floor(r() * 40));
    assert.ok(isAscii(t), JSON.stringify(t));
    for (const terms of TERMS) {
      const wanted = wantedOf(terms);
      const fast = asciiRanges(t, wanted);
      assert.deepEqual(fast, tokenRanges(t, wanted), `${JSON.stringify(t)} ${JSON.stringify(terms)}`);
      assert.deepEqual(matchRanges(t, terms), fast);
      compared++;
      if (fast.length > 0) matched++;
    }
  }
  // The generated cases do match, often (not a comparison of empty lists).
  assert.ok(matched > compared / 3, `${matched} of ${compared}`);
});

test('a text with other letters is tokenised as before', () => {
  for (const t of ['Le Krémlin a voté', 'µ tax ² tax', 'Straße tax', '交通 tax 交通']) {
    assert.equal(isAscii(t), false, t);
    const terms = [{ text: 'tax', prefix: false }, { text: 'kremlin', prefix: false }, { text: '交通', prefix: false }, { text: 'strasse', prefix: false }];
    assert.deepEqual(matchRanges(t, terms), tokenRanges(t, wantedOf(terms)));
  }
  assert.equal(snippet('The City Council voted on the “tax” — twice.', [{ text: 'city council', prefix: false }, { text: 'tax', prefix: false }]), 'The <mark>City Council</mark> voted on the “<mark>tax</mark>” — twice.');
});

const OTHER_WORDS = ['𝐀lpha', 'Krémlin', 'KRÉMLIN', 'voté', 'Straße', 'straße', 'São', 'Łódź', 'Ørsted', 'İstanbul', 'Москва', 'МОСКВА', 'Αθήνα', 'ΑΘΗΝΑ', 'ΟΔΟΣ', 'naïve', 'e\u0301lan', '²', 'µg', 'Ⅻ', '交通', '😀', 'ǅemal', 'Kelvin\u212a', 'Å'];
const OTHER_TERMS: { text: string; prefix: boolean }[][] = [
  [{ text: 'kremlin', prefix: false }],
  [{ text: 'Krem', prefix: true }],
  [{ text: 'strasse', prefix: false }, { text: 'straße', prefix: false }],
  [{ text: 'sao', prefix: false }, { text: 'lodz', prefix: true }],
  [{ text: 'istanbul', prefix: false }, { text: 'москва', prefix: false }],
  [{ text: 'αθηνα', prefix: false }, { text: 'οδος', prefix: false }],
  [{ text: 'naive tax', prefix: false }, { text: 'elan', prefix: false }],
  [{ text: 'ørsted', prefix: false }, { text: 'μg', prefix: false }, { text: 'µg', prefix: false }],
  [{ text: '交通', prefix: false }, { text: 'council', prefix: false }],
  [{ text: 'tax', prefix: true }, { text: 'kelvink', prefix: false }, { text: 'å', prefix: false }],
  [{ text: '𝐀lpha', prefix: false }, { text: 'lpha', prefix: false }],
];

test('match ranges of a text with other letters, folded one character at a time, equal the token walk', async () => {
  const { foldedText, foldedTextRanges } = await import('../../src/storage/search-snippet-ascii.js');
  const r = rng(11);
  let folded = 0;
  let matched = 0;
  for (let i = 0; i < 800; i++) {
    let t = text(r, 1 + Math.floor(r() * 30));
    // Some of the ASCII words replaced by others: accented Latin, Greek, Cyrillic, and what folding one at a time cannot do.
    t = t.replace(/[A-Za-z]+/g, (w) => (r() < 0.25 ? OTHER_WORDS[Math.floor(r() * OTHER_WORDS.length)]! : w));
    const f = foldedText(t);
    if (f !== undefined) {
      folded++;
      assert.equal(f.length, t.length);
    }
    for (const terms of [...OTHER_TERMS, ...TERMS]) {
      const wanted = wantedOf(terms);
      const walk = tokenRanges(t, wanted);
      const fast = foldedTextRanges(t, wanted);
      if (fast !== undefined) assert.deepEqual(fast, walk, `${JSON.stringify(t)} ${JSON.stringify(terms)}`);
      assert.deepEqual(matchRanges(t, terms), walk, `${JSON.stringify(t)} ${JSON.stringify(terms)}`);
      if (fast !== undefined && fast.length > 0) matched++;
    }
  }
  // Both paths are taken: many texts fold one character at a time (and match), the rest are walked.
  assert.ok(folded > 100 && folded < 800, `${folded} of 800 folded`);
  assert.ok(matched > 500, `${matched} matches through the folded text`);
  // What cannot be folded one character at a time is left to the walk.
  for (const t of ['e\u0301lan', 'ΟΔΟΣ tax', '交通 tax', 'tax 😀']) assert.equal(foldedText(t), undefined, t);
  assert.equal(foldedText('Le Krémlin a voté, Straße'), 'le kremlin a vote, straße');
});
