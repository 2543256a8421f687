/**
 * displayNameOf picks by one scan what the first of a stable sort picked
 * (most words, then most used, then alphabetical, ties the earlier name):
 * entity and speaker names in briefs must not change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayName, displayNameOf } from '../../../src/stages/compare/display-name.js';
import { seededRandom } from '../../../src/core/random.js';

/** The definition the scan replaces. */
function bySort(names: readonly string[], counts: readonly number[]): string {
  const words = (n: string): number => n.trim().split(/\s+/).length;
  const order = names.map((_, k) => k).sort((a, b) => words(names[b]!) - words(names[a]!) || counts[b]! - counts[a]! || names[a]!.localeCompare(names[b]!));
  return order.length > 0 ? names[order[0]!]! : '';
}

test('displayNameOf: the fullest, then most used, then alphabetical name', () => {
  assert.equal(displayNameOf(['Biden', 'Joe Biden'], [5, 1]), 'Joe Biden');
  assert.equal(displayNameOf(['Anthony Blinken', 'Antony Blinken'], [1, 4]), 'Antony Blinken');
  assert.equal(displayNameOf(['Kyiv', 'Kiev'], [2, 2]), 'Kiev');
  assert.equal(displayNameOf([], []), '');
  assert.equal(displayName(['Biden', 'Joe Biden'], () => 1), 'Joe Biden');
});

test('displayNameOf equals the first of the sorted names on random lists (repeated names and counts included)', () => {
  const rnd = seededRandom(14);
  const words = ['Joe', 'Biden', 'joe', 'Émile', 'Zoë', 'O’Brien', 'al', 'Al', 'Putin', 'Vladimir', ' Putin '];
  for (let t = 0; t < 2000; t++) {
    const n = Math.floor(rnd() * 6);
    const names: string[] = [];
    const counts: number[] = [];
    for (let k = 0; k < n; k++) {
      const len = 1 + Math.floor(rnd() * 3);
      names.push(Array.from({ length: len }, () => words[Math.floor(rnd() * words.length)]!).join(' '));
      counts.push(Math.floor(rnd() * 3));
    }
    assert.equal(displayNameOf(names, counts), bySort(names, counts), JSON.stringify({ names, counts }));
  }
});

test('a form of address makes no name fuller: "Sr. Kola Ologbondiyan" does not outrank "Kola Ologbondiyan"', () => {
  assert.equal(displayName(['Sr. Kola Ologbondiyan', 'Kola Ologbondiyan'], () => 1), 'Kola Ologbondiyan');
  assert.equal(displayName(['Mr Putin', 'Vladimir Putin'], (n) => (n === 'Mr Putin' ? 5 : 1)), 'Vladimir Putin');
  assert.equal(displayName(['Herr', 'Herr Müller'], () => 1), 'Herr Müller');
});
