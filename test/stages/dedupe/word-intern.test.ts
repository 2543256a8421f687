import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeWords, type WordTokens } from '../../../src/stages/dedupe/text-tokens.js';
import { clearInternedWords, internAsciiWord, internedWordCount, INTERN_MAX_WORDS } from '../../../src/stages/dedupe/word-intern.js';

// The tokenizer's words as it made them before interning: a slice per occurrence, lower-cased, `’` folded.
function reference(text: string): WordTokens {
  const t = tokenizeWords(text);
  const words = Array.from(t.starts, (s, k) => {
    const lower = text.slice(s, t.ends[k]).toLowerCase();
    return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
  });
  const capitalised = t.starts.map((s, k) => {
    const w = text.slice(s, t.ends[k]);
    return w.toLowerCase().charCodeAt(0) !== w.charCodeAt(0) ? 1 : 0;
  });
  return { words, starts: t.starts, ends: t.ends, capitalised: Uint8Array.from(capitalised) };
}

const TEXTS = [
  'Hi, Bob’s 1,000 troops. “We won’t leave,” said Mr. Putin on Monday; U.S. officials said 10.5% rose.',
  'Zelensky and ZELENSKY and zelensky: the SAME form thrice, O’Brien and o’brien and O\'Brien.',
  'Ärzte sagten, Über 200 Menschen seien in Köln gestorben. İstanbul’da 3.000 kişi. Москва заявила 5 000.',
  'Les soldats d’Ukraine ont dit « non ». 2024-03-01, 12:30, e.g. x1 X1 a b C.',
];

test('interned words equal the words sliced per occurrence, capitals included', () => {
  clearInternedWords();
  for (const text of TEXTS) assert.deepEqual(tokenizeWords(text), reference(text));
  // Again with the forms kept from the first pass.
  for (const text of TEXTS) assert.deepEqual(tokenizeWords(text), reference(text));
});

test('a form is kept once, whatever its capitals and apostrophe', () => {
  clearInternedWords();
  const words = tokenizeWords('Bob’s BOB\'S bob\'s Bob\'s').words;
  assert.deepEqual(words, ["bob's", "bob's", "bob's", "bob's"]);
  assert.equal(internedWordCount(), 1);
  assert.equal(internAsciiWord('x Zelensky y', 2, 10), 'zelensky');
  assert.equal(internedWordCount(), 2);
});

test('the table starts again when full and still gives the same words', () => {
  clearInternedWords();
  const many: string[] = [];
  for (let i = 0; i < INTERN_MAX_WORDS + 500; i++) many.push(`w${i.toString(36)}q`);
  const text = many.join(' ');
  const t = tokenizeWords(text);
  assert.deepEqual(t.words, many);
  assert.ok(internedWordCount() <= INTERN_MAX_WORDS);
  for (const s of TEXTS) assert.deepEqual(tokenizeWords(s), reference(s));
});
