/**
 * Issue 13, 2026-12-06 (eleventh round): in Spanish, French and Italian, capitalised words in marks right after an
 * article and one lower-case word, with nothing tying them to speech, name what that word is (a programme, a film on a
 * platform, a new system); after a noun of speech they stay a quote. Sentences written for these tests; none is taken
 * from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';

const quotes = (text: string, lang: string): [string, string | undefined][] => extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('capitalised words in marks after an article and a noun are a name, not a quote', () => {
  assert.deepEqual(quotes('Además de conducir el informativo "Noticias de la mañana con Marta", la presentadora escribe una columna semanal.', 'es'), []);
  assert.deepEqual(quotes('La cadena estrena en enero la comedia "Tres hermanas en la ciudad vieja", rodada en Valencia.', 'es'), []);
  assert.deepEqual(quotes('Le groupe a présenté au public le spectacle « Une nuit sous les étoiles du sud » samedi soir.', 'fr'), []);
  assert.deepEqual(quotes('La Regione ha avviato il progetto "Scuole aperte per tutti i ragazzi" in dieci comuni.', 'it'), []);
});

test('after a noun of speech, or with a verb of saying, the words stay a quote', () => {
  assert.deepEqual(quotes('El alcalde Pedro Ruiz publicó el mensaje "No vamos a cerrar ninguna escuela este año" en sus redes.', 'es').map((q) => q[0]), ['No vamos a cerrar ninguna escuela este año']);
  assert.deepEqual(quotes('"Tres hermanas en la ciudad vieja es mi mejor papel", dijo la actriz Ana Gil.', 'es'), [['Tres hermanas en la ciudad vieja es mi mejor papel', 'Ana Gil']]);
});
