import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityKey, sameEntity } from '../../../src/stages/analyze/names.js';

test('entityKey folds case, diacritics and transliteration variants', () => {
  assert.equal(entityKey('Zelenskyy'), entityKey('Zelensky'));
  assert.equal(entityKey('Zelenskiy'), entityKey('Zelensky'));
  assert.equal(entityKey('Kiev'), 'kiv');
  assert.equal(entityKey('Kyiv'), entityKey('Kiev'));
  assert.equal(entityKey('Anthony Blinken'), entityKey('Antony Blinken'));
  assert.equal(entityKey('Oleksiy Reznikov'), entityKey('Oleksii Reznikov'));
  assert.equal(entityKey('Sergey Lavrov'), entityKey('Sergei Lavrov'));
  assert.equal(entityKey('Émmanuel Macron'), entityKey('emmanuel macron'));
  assert.equal(entityKey('U.S.'), entityKey('United States'));
  assert.equal(entityKey('President Putin'), entityKey('Putin'));
  assert.notEqual(entityKey('Russia'), entityKey('Prussia'));
});

test('sameEntity: spelling variants and surname against full name', () => {
  assert.ok(sameEntity('Zelenskyy', 'Zelensky'));
  assert.ok(sameEntity('Volodymyr Zelenskyy', 'Zelensky'));
  assert.ok(sameEntity('Kiev', 'Kyiv'));
  assert.ok(sameEntity('Antony Blinken', 'Anthony Blinken'));
  assert.ok(sameEntity('Peskov', 'Dmitry Peskov'));
  assert.ok(sameEntity('President Biden', 'Joe Biden'));
  assert.ok(sameEntity('J. Biden', 'Joe Biden'));
});

test('sameEntity: different people and places stay apart', () => {
  assert.ok(!sameEntity('Joe Biden', 'Hunter Biden'));
  assert.ok(!sameEntity('Vladimir Putin', 'Dmitry Peskov'));
  assert.ok(!sameEntity('Austria', 'Australia'));
  assert.ok(!sameEntity('Russia', 'Ukraine'));
  assert.ok(!sameEntity('', 'Biden'));
});
