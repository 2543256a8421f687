import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstWords, lastWords, WORDS_REACH } from '../../../src/stages/compare/sentence-text.js';

test('lastWords and firstWords equal splitting the whole text, on random long and short texts (seeded)', () => {
  let seed = 11;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  // Words of every length (a word longer than the reach too), runs of spaces and line breaks, cuts anywhere.
  const pieces = ['a', 'troops', 'x'.repeat(WORDS_REACH + 5), '1,000', '—', 'Kyiv’s', 'y'.repeat(WORDS_REACH - 1)];
  const gaps = [' ', ' ', ' ', '  ', '\n\n', ' \t '];
  for (let round = 0; round < 400; round++) {
    const parts: string[] = [];
    const count = rand(4) === 0 ? 2 + rand(6) : 20 + rand(400);
    for (let k = 0; k < count; k++) parts.push(pieces[rand(pieces.length)]!.slice(0, 1 + rand(WORDS_REACH + 5)), gaps[rand(gaps.length)]!);
    const text = (rand(5) === 0 ? ' ' : '') + parts.join('');
    const end = rand(text.length + 1);
    for (const n of [1, 3, 8, 9]) {
      assert.equal(lastWords(text, end, n), text.slice(0, end).split(/\s+/).slice(-n).join(' '), `round ${round} end ${end} n ${n}`);
      const rest = text.slice(end);
      assert.deepEqual(firstWords(rest, n), rest.split(/\s+/).slice(0, n), `round ${round} rest n ${n}`);
    }
  }
});
