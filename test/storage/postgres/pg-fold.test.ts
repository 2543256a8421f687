/**
 * foldForSearch's shortcut (pg-search.ts): text made only of characters that
 * normalisation, folding and CJK spacing leave alone is returned as it is;
 * the shortcut must give exactly what the full fold gives, or the search
 * vectors of stored articles would stop matching their queries. Checked for
 * every character the shortcut accepts, and for texts that mix them with
 * characters it does not. No database needed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldForSearch } from '../../../src/storage/postgres/pg-search.js';
import { spaceCjk } from '../../../src/storage/search-snippet.js';

/** The fold without the shortcut (as it was written before it). */
const fullFold = (text: string): string => spaceCjk(text.normalize('NFD').replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1').normalize('NFC'));

const RANGES: [number, number][] = [
  [0x00, 0xbf],
  [0x2002, 0x206f],
  [0x20a0, 0x20bf],
];

test('every character the shortcut accepts is its own fold, alone and between letters', () => {
  let checked = 0;
  for (const [from, to] of RANGES) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      for (const s of [ch, `a${ch}b`, `${ch}${ch}`]) {
        assert.equal(foldForSearch(s), fullFold(s), `U+${cp.toString(16).padStart(4, '0')}`);
        assert.equal(foldForSearch(s), s);
      }
      checked++;
    }
  }
  assert.equal(checked, 0xc0 + (0x206f - 0x2002 + 1) + (0x20bf - 0x20a0 + 1));
});

test('texts outside the shortcut are folded in full', () => {
  const texts = [
    'Café “Zürich” — São Paulo’s mayor said: ‘no’.',
    'Ελληνικά κείμενα με τόνους',
    'Алексей Резников сказал',
    '习近平在北京 said',
    'En\u2000quad and em\u2001quad',
    'Ångström \u212b and \u2126hm',
    'e\u0301 combining acute',
  ];
  for (const t of texts) assert.equal(foldForSearch(t), fullFold(t), t);
  assert.equal(foldForSearch('Café'), 'Cafe');
  assert.equal(foldForSearch('En\u2000quad'), 'En\u2002quad');
});

test('a plain English paragraph with curly quotes and dashes comes back unchanged', () => {
  const text = 'The minister said “we will not wait” — and left. It’s 5 °C, costs €40 … £3.';
  assert.equal(foldForSearch(text), text);
  assert.equal(fullFold(text), text);
});
