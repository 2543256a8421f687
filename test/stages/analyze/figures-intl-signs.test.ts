import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFiguresIntl } from '../../../src/stages/analyze/figures-intl.js';

// Sentences written for these tests.
const figures = (text: string, lang: string): [string, number][] => extractFiguresIntl(text, lang, []).map((f) => [f.text, f.value]);

test('Russian cardinals in oblique cases are counts; decades and ordinals are not', () => {
  assert.deepEqual(figures('Погибли 3-х человек.', 'ru').map((f) => f[1]), [3]);
  assert.deepEqual(figures('В течение 5-ти лет цены росли.', 'ru').map((f) => f[1]), [5]);
  assert.deepEqual(figures('В 90-х годах цены росли.', 'ru'), []);
  assert.deepEqual(figures('В 20-х числах марта.', 'ru'), []);
  assert.deepEqual(figures('Он занял 3-е место.', 'ru'), []);
});

test('the lower bound of a range of temperatures keeps its minus', () => {
  assert.deepEqual(figures('Температура составит от -5 до +3 градусов.', 'ru').map((f) => f[1]), [-5, 3]);
  const fr = extractFiguresIntl('Les températures iront de -2 à 4 °C.', 'fr', []);
  assert.deepEqual(fr.map((f) => [f.value, f.valueMax]), [[-2, 4]]);
  const de = extractFiguresIntl('Es werden -3 bis 5 Grad erwartet.', 'de', []);
  assert.deepEqual(de.map((f) => [f.value, f.valueMax]), [[-3, 5]]);
  // Not a temperature: no sign taken.
  assert.deepEqual(figures('Курс упал с 75 до 73 рублей.', 'ru').map((f) => f[1]), [75, 73]);
});

test('German "über" is "more than" before a number, not after "verfügen" (to have: "verfügt über 6 GB RAM")', () => {
  const q = (text: string): (string | undefined)[] => extractFiguresIntl(text, 'de', []).map((f) => f.qualifier);
  assert.deepEqual(q('Das Tablet verfügt über 6 GB RAM.'), [undefined]);
  assert.deepEqual(q('Die Firma verfügte über 3.000 Mitarbeiter.'), [undefined]);
  assert.deepEqual(q('Über 600 Menschen kamen.'), ['more than']);
});
