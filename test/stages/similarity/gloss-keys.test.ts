import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_HEAD, textGlossKeys } from '../../../src/stages/similarity/gloss-keys.js';
import { contentWords, glossKeys, lexiconFromPack, type Lexicon } from '../../../src/stages/text-model/index.js';

/** A tiny pack, stemmed on loading as a real one is. */
function lexicon(): Lexicon {
  const loaded = lexiconFromPack({
    format: 'parallax-lexicon',
    version: 1,
    sources: ['test'],
    languages: { de: { sprecher: ['spokesman'], regierung: ['government'], tor: ['gate'] }, es: { dente: ['tooth'] } },
  });
  assert.ok(loaded.ok);
  return loaded.lexicon;
}
const keys = (text: string, lang: 'de' | 'es') => [...(textGlossKeys(contentWords(text, lang).words, lang, lexicon()) ?? new Map()).keys()];
const english = (text: string) => contentWords(text, 'en').words.map((w) => `l:${w.stem}`);

test('a German compound the lexicon lacks takes the glosses of its head', () => {
  assert.deepEqual(keys('Regierungssprecher', 'de'), english('spokesman'));
  // A word the lexicon has is not split, and keeps only its own glosses.
  assert.deepEqual(keys('Regierung', 'de'), english('government'));
});

test('heads shorter than MIN_HEAD letters and other languages are not split', () => {
  assert.equal(MIN_HEAD, 4);
  // "tor" (3 letters) ends "Rektor" and "Motor", which are no compounds: a head that short is never
  // taken, even where it is one ("Stadttor").
  assert.deepEqual(keys('Rektor', 'de'), []);
  assert.deepEqual(keys('Stadttor', 'de'), []);
  // Spanish does not compound: "presidente" is not a tooth.
  assert.deepEqual(keys('presidente', 'es'), []);
});

test('without compounds the keys are the text model glossKeys', () => {
  const words = contentWords('Die Regierung und der Sprecher', 'de').words;
  assert.deepEqual(textGlossKeys(words, 'de', lexicon()), glossKeys(words, 'de', lexicon()));
  assert.equal(textGlossKeys(words, 'fr', lexicon()), undefined);
});
