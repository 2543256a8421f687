/**
 * Issue 13: a form of address before a speaker's name ("Sr. Kola Ologbondiyan", "M. Jean Dupont", "Herr Müller") is
 * no part of the name, so the speaker is the person the entity rules name (and a translation's speaker joins it).
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { withoutAddress } from '../../../src/stages/analyze/speaker-choice-intl.js';

const speakers = (text: string, lang: string): (string | undefined)[] => extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => q.speaker);

test('the address before a name goes, in each language', () => {
  assert.deepEqual(speakers('Le porte-parole, M. Jean Dupont, a déclaré : « Nous avons perdu. »', 'fr'), ['Jean Dupont']);
  assert.deepEqual(speakers('El portavoz del partido, Sr. Kola Ologbondiyan, dijo: "Hemos perdido los escaños".', 'es'), ['Kola Ologbondiyan']);
  assert.equal(withoutAddress('Herr Müller', 'de'), 'Müller');
  assert.equal(withoutAddress('Pani Anna Nowak', 'pl'), 'Anna Nowak');
  assert.equal(withoutAddress('Sig.ra Rossi', 'it'), 'Rossi');
  assert.equal(withoutAddress('Dr di Lollo', 'fr'), 'di Lollo');
});

test('what is not an address before a name stays', () => {
  // An initial, the address alone, an address in a language that does not use it, an address before a lower-case word.
  assert.equal(withoutAddress('M Dupont', 'fr'), 'M Dupont');
  assert.equal(withoutAddress('Herr', 'de'), 'Herr');
  assert.equal(withoutAddress('M. Dupont', 'en'), 'M. Dupont');
  assert.equal(withoutAddress('Sr. portavoz', 'es'), 'Sr. portavoz');
});
