import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../../src/stages/analyze/language.js';

test('detects English, German, French and Russian news sentences', () => {
  assert.equal(detectLanguage('US President Joe Biden will hold a call with Russian President Vladimir Putin on Tuesday.'), 'en');
  assert.equal(detectLanguage('Der amerikanische Präsident wird am Dienstag mit dem russischen Präsidenten telefonieren.'), 'de');
  assert.equal(detectLanguage('Le président américain s’entretiendra mardi avec son homologue russe par vidéoconférence.'), 'fr');
  assert.equal(detectLanguage('Президент США проведет во вторник видеоконференцию с президентом России.'), 'ru');
});

test('text without letters is undetermined', () => {
  assert.equal(detectLanguage(''), 'und');
  assert.equal(detectLanguage('12345 !!!'), 'und');
});
