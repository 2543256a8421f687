/**
 * Issue 13, 2026-12-06 (tenth round): a quoted phrase of one to three words that a verb of saying in the wider sense
 * attributes (accusing, urging, admitting, wishing, threatening, promising, praising, chanting), in its own clause with no
 * comma between, is a quote, as the GUIDE counts it ("a verb of saying or criticising attributes them"); the verb's
 * subject speaks it, not its object, and an institution given with its own name is not resolved to another. Verbs of
 * describing still name things. Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const quotes = (text: string, lang: string): [string, string | undefined][] => extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('a short phrase after a verb of wishing, threatening or accusing is a quote of the verb\'s subject', () => {
  assert.deepEqual(quotes('Bürgermeisterin Anna Weber wünschte den Helfern via Twitter „viel Erfolg“. Die Feuerwehr war seit Stunden im Einsatz.', 'de'), [['viel Erfolg', 'Bürgermeisterin Anna Weber']]);
  assert.deepEqual(quotes('El alcalde Pedro Ruiz amenaza con "cerrar la frontera" si no llegan los fondos prometidos.', 'es'), [['cerrar la frontera', 'Pedro Ruiz']]);
  // The object after "accuse" is accused, not speaking.
  assert.deepEqual(quotes('Le maire Paul Morel accuse le préfet Jean Roux de « mépriser les habitants » du quartier.', 'fr'), [['mépriser les habitants', 'Paul Morel']]);
});

test('a verb after "and" shares the subject of its clause; an institution given with its name stays that institution', () => {
  const text = "Lors des élections, le parti du Centre de Dupont est devenu le premier parti et a accusé ses rivaux d'essayer de « voler le scrutin » avec des alliés. "
    + 'Le petit parti Vert de Martin reste prudent.';
  assert.deepEqual(quotes(text, 'fr'), [['voler le scrutin', 'le parti du Centre de Dupont']]);
});

test('present "insiste" reports like "insistió"', () => {
  assert.deepEqual(quotes('El concejal Ana López insiste en que el plan es "un desastre" para el barrio.', 'es'), [['un desastre', 'Ana López']]);
});

test('no tie across a comma, and none for a verb of describing', () => {
  assert.deepEqual(quotes('Wenn man wünscht, „ganz viel Glück“, dann kommt es oft anders.', 'de'), []);
  assert.deepEqual(quotes('Świadek opisał sytuację na ulicy jako „masakrę”.', 'pl'), []);
});
