/** Forenames of many languages as evidence of a name (src/stages/text-model/forenames.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isForename, isForenameIn, russianForenameForm } from '../../../src/stages/text-model/forenames.js';

test('forenames of many languages are known, German nouns are not', () => {
  for (const name of ['jürgen', 'annegret', 'uwe', 'recep', 'félicien', 'bill']) assert.ok(isForename(name), name);
  for (const word of ['menschen', 'informationen', 'passanten', 'pandemie', 'bundesamt']) assert.ok(!isForename(word), word);
});

test('Polish forenames in their case forms and Slavic two-part names', () => {
  for (const form of ['andrzeja', 'jacka', 'małgorzaty', 'jarosława', 'zbigniewowi', 'wojciechem']) assert.ok(isForenameIn(form, 'pl'), form);
  for (const word of ['komendy', 'giełdy', 'narodzenia', 'policji']) assert.ok(!isForenameIn(word, 'pl'), word);
  assert.ok(!isForenameIn('jacka', 'de'));
});

test('Russian forenames in their case forms, patronymics, and foreign forenames written in Cyrillic', () => {
  for (const form of ['алексея', 'игоря', 'марии', 'анной', 'владимировича', 'сергеевны', 'джессика', 'джессики', 'генри']) assert.ok(isForenameIn(form, 'ru'), form);
  for (const word of ['исследование', 'международного', 'поколение', 'спасибо', 'кембриджского']) assert.ok(!isForenameIn(word, 'ru'), word);
  assert.equal(russianForenameForm('игоря'), 'игорь');
  assert.match(russianForenameForm('джессики') ?? '', /^jessi[ck]a$/u);
});
