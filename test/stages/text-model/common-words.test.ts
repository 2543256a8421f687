import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCommonWord } from '../../../src/stages/text-model/common-words.js';

test('common words of Spanish, French, Italian and German; names with their accents and other languages\' words are not', () => {
  for (const [w, lang] of [['seguridad', 'es'], ['armadas', 'es'], ['nations', 'fr'], ['unies', 'fr'], ['tensione', 'it'], ['menschen', 'de']] as const) assert.ok(isCommonWord(w, lang), `${lang} ${w}`);
  for (const [w, lang] of [['sánchez', 'es'], ['macron', 'fr'], ['söder', 'de'], ['seguridad', 'pl'], ['seguridad', 'tr']] as const) assert.ok(!isCommonWord(w, lang), `${lang} ${w}`);
});

test('Spanish and Italian words with their accents, which those lists do not write ("Constitución", "città"); Spanish keeps its ñ', () => {
  for (const [w, lang] of [['constitución', 'es'], ['tecnología', 'es'], ['península', 'es'], ['año', 'es'], ['città', 'it'], ['pubblicità', 'it']] as const) assert.ok(isCommonWord(w, lang), `${lang} ${w}`);
  for (const [w, lang] of [['méndez', 'es'], ['nuñez', 'es'], ['salvinì', 'it']] as const) assert.ok(!isCommonWord(w, lang), `${lang} ${w}`);
});

test('Russian: a word of the dictionary in any case form or as an imperative; names are not', () => {
  for (const w of ['международного', 'власти', 'нижняя', 'новом', 'представьте', 'исследование']) assert.ok(isCommonWord(w, 'ru'), w);
  for (const w of ['резников', 'медведев', 'зеленского', 'мэлоун', 'джессика']) assert.ok(!isCommonWord(w, 'ru'), w);
});
