/**
 * Issue 13, 2026-12-06 (eleventh round): a headline quotation that opens the text and that nothing attributes is the
 * words of the first full name of the lead sentence after it (not a complement, not a noun phrase, not two names joined
 * by "and"). Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const quotes = (text: string, lang: string): [string, string | undefined][] => extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('a headline quotation takes the full name of the lead after it', () => {
  const de = '„Die Schulen bleiben bis Ostern geschlossen“ – Eltern von neuen Regeln überrascht Die hessische Kultusministerin Petra Lindner hat am Montag in Wiesbaden die Pläne des Landes vorgestellt. '
    + 'Die Eltern hatten mit Lockerungen gerechnet.';
  assert.deepEqual(quotes(de, 'de'), [['Die Schulen bleiben bis Ostern geschlossen', 'Kultusministerin Petra Lindner']]);
  const es = '«No vamos a subir los impuestos este año»  Lunes, 3 de febrero de 2020 El concejal de Economía, Marcos Vidal, ha presentado las cuentas del municipio. '
    + 'El pleno las votará en marzo.';
  assert.deepEqual(quotes(es, 'es'), [['No vamos a subir los impuestos este año', 'Marcos Vidal']]);
});

test('no speaker from a noun phrase, a complement, two names joined by "and", or a later sentence', () => {
  // "Trumps Drohungen": a German noun the text writes after a determiner ends the run; "für Gesundheit …": a complement.
  const de = '„Keiner will mehr in den Aufzug“ – Spott von Trumps Drohungen bis heute Der Bericht für Gesundheit Jens Kramer lief am Abend. '
    + 'Die Drohungen waren laut. Minister Jens Kramer schwieg dazu.';
  assert.deepEqual(quotes(de, 'de'), [['Keiner will mehr in den Aufzug', undefined]]);
  const es = '“Los maestros enseñaban a pensar por sí mismos” Autor del Movimiento Obrero y Educación Popular en Aragón. '
    + 'La profesora Elena Márquez habla de su libro.';
  assert.deepEqual(quotes(es, 'es'), [['Los maestros enseñaban a pensar por sí mismos', undefined]]);
});

test('a quotation that does not open the text is not read against the lead', () => {
  const es = 'Crisis en el puerto. «No vamos a subir los impuestos este año» El concejal de Economía, Marcos Vidal, presentó las cuentas.';
  assert.notEqual(quotes(es, 'es')[0]?.[1], 'Marcos Vidal');
});
