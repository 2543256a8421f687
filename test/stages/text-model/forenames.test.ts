/** Forenames of many languages as evidence of a name (src/stages/text-model/forenames.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isForename, isForenameIn } from '../../../src/stages/text-model/forenames.js';

test('forenames of many languages are known, German nouns are not', () => {
  for (const name of ['jürgen', 'annegret', 'uwe', 'recep', 'félicien', 'bill']) assert.ok(isForename(name), name);
  for (const word of ['menschen', 'informationen', 'passanten', 'pandemie', 'bundesamt']) assert.ok(!isForename(word), word);
});

test('Polish forenames in their case forms and Slavic two-part names', () => {
  for (const form of ['andrzeja', 'jacka', 'małgorzaty', 'jarosława', 'zbigniewowi', 'wojciechem']) assert.ok(isForenameIn(form, 'pl'), form);
  for (const word of ['komendy', 'giełdy', 'narodzenia', 'policji']) assert.ok(!isForenameIn(word, 'pl'), word);
  assert.ok(!isForenameIn('jacka', 'de'));
});
