import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storyNameKey } from '../../../src/stages/text-model/index.js';

test('a name spelled in several languages and scripts gives one key', () => {
  const groups = [
    ['Reznikov', 'Resnikow', 'Réznikov', 'Резников', 'Резникова'],
    ['Oleksii', 'Oleksij', 'Oleksiy', 'Алексей'],
    ['Kyiv', 'Kiew', 'Kiev', 'Киев'],
    ['Putin', 'Putins', 'Путин', 'Poutine'],
  ];
  for (const g of groups) assert.equal(new Set(g.map(storyNameKey)).size, 1, g.join(', '));
});

test('names that sound different keep different keys; too short a key is none', () => {
  const keys = ['Reznikov', 'Zelenski', 'Biden', 'Merkel', 'Macron'].map(storyNameKey);
  assert.equal(new Set(keys).size, 5);
  assert.equal(storyNameKey('Al'), undefined);
});
