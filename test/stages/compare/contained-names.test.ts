import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BriefEntity } from '../../../src/core/brief.js';
import { asArticleId } from '../../../src/core/ids.js';
import { containedPerson, foldContainedNames, namesHeld, peopleIndex } from '../../../src/stages/compare/contained-names.js';

const person = (name: string, mentions: number, articles = ['a1']): BriefEntity => ({ name, type: 'person', aliases: [], roles: [], articleIds: articles.map(asArticleId), mentions });

test('runs holding a full name the story names at least as often are that person, its aliases', () => {
  const out = foldContainedNames([
    person('Elon Musk', 75, ['a1', 'a2']),
    person('Tesla CEO Elon Musk', 2, ['a3']),
    person('Billionaire Elon Musk', 2, ['a3']),
    person('Elon Musk Promised', 1, ['a4']),
    { ...person('Las Vegas', 3), type: 'place' },
  ]);
  assert.deepEqual(out.map((e) => [e.name, e.type]), [['Elon Musk', 'person'], ['Las Vegas', 'place']]);
  assert.deepEqual(out[0]!.aliases, ['Billionaire Elon Musk', 'Elon Musk Promised', 'Tesla CEO Elon Musk']);
  assert.deepEqual(out[0]!.articleIds, ['a1', 'a2', 'a3', 'a4']);
  assert.equal(out[0]!.mentions, 80);
});

test('the name after a role is the one taken, and it must open with a given name', () => {
  const index = peopleIndex([{ name: 'Common Sense', mentions: 9 }, { name: 'Jim Steyer', mentions: 3 }, { name: 'Las Vegas', mentions: 9 }]);
  assert.equal(containedPerson('Common Sense CEO Jim Steyer', 1, index), 'Jim Steyer');
  assert.equal(containedPerson('Las Vegas Boulevard', 1, index), undefined);
});

test('not a son ("Jr."), not into a name named less often, not a two-word run', () => {
  const index = peopleIndex([{ name: 'Donald Trump', mentions: 40 }, { name: 'Kim Jong', mentions: 1 }]);
  assert.equal(containedPerson('Donald Trump Jr.', 3, index), undefined);
  assert.equal(containedPerson('Kim Jong Un', 12, index), undefined);
  assert.equal(containedPerson('Trump Tower', 1, peopleIndex([{ name: 'Trump', mentions: 9 }])), undefined);
});

test('a speaker label holding a name of the story is that name', () => {
  assert.deepEqual(namesHeld(['Billionaire Elon Musk', 'Elon Musk', 'Getty Donald Trump', 'Peskov'], ['Elon Musk', 'Donald Trump', 'Kremlin']), ['Elon Musk', 'Elon Musk', 'Donald Trump', 'Peskov']);
  assert.deepEqual(namesHeld(['Billionaire Elon Musk'], []), ['Billionaire Elon Musk']);
});

test('words before the name that are no given names fold the run into it whatever the counts ("Getty Donald Trump")', () => {
  const index = peopleIndex([{ name: 'Donald Trump', mentions: 2 }, { name: 'Ann Smith', mentions: 2 }]);
  assert.equal(containedPerson('Getty Donald Trump', 14, index), 'Donald Trump');
  // A given name before it makes a longer full name, which keeps its count rule.
  assert.equal(containedPerson('Mary Ann Smith', 5, index), undefined);
});
