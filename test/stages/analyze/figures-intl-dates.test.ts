import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFiguresIntl } from '../../../src/stages/analyze/figures-intl.js';

test('a day followed by a month, written out or cut short, is a date in the other languages, not a count', () => {
  for (const [lang, text] of [
    ['it', 'BORSE DEL MIDEAST-La maggior parte dei mercati è debole, 30 dic (Reuters) - I mercati hanno registrato un calo di 12 punti.'],
    ['es', 'MADRID, 15 ene (Reuters) - La bolsa cayó 40 puntos.'],
    ['fr', 'PARIS, 3 juil. (Reuters) - La Bourse a perdu 25 points.'],
    ['de', 'Berlin, 1. März - Die Polizei zählte 300 Demonstranten.'],
  ] as const) {
    const figures = extractFiguresIntl(text, lang, []);
    assert.ok(figures.every((f) => f.value > 31 || /punti|puntos|points|Demonstranten/.test(f.text)), `${lang}: ${JSON.stringify(figures.map((f) => f.text))}`);
    assert.ok(figures.length >= 1, `${lang}: the count is still read: ${JSON.stringify(figures.map((f) => f.text))}`);
  }
});
