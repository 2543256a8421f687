/**
 * Machine translations of English keep its straight single quotes: in a language that writes no apostrophe after a
 * space (es, de, pl, ru) one there opens a quotation when its own mark closes it (quote-marks-intl.ts); a speaker a
 * verb of saying names stays the speaker of the quotes that continue it (speaker-plausible-intl.ts).
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/stages/analyze/index.js';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import type { CleanArticle } from '../../../src/core/types.js';

const quotes = (text: string, lang: string): string[] => extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => q.text);

test('a straight single quote after a space opens a quotation closed by its own mark (es, de)', () => {
  assert.deepEqual(quotes("El ministro dijo que el plan es 'una respuesta necesaria para el país', y pidió calma a los vecinos.", 'es'), ['una respuesta necesaria para el país']);
  assert.deepEqual(quotes("Der Minister sagte, der Plan sei 'eine notwendige Antwort für das Land', und bat um Ruhe.", 'de'), ['eine notwendige Antwort für das Land']);
});

test('a lone apostrophe after a space is no quotation, nor one in a language that writes apostrophes there (fr, it, tr)', () => {
  assert.deepEqual(quotes("El grupo tocó éxitos de los años '80 y del rock 'n roll toda la noche en la plaza.", 'es'), []);
  assert.deepEqual(quotes("Le ministre a parlé de l' Europe et de 'notre avenir commun' devant les députés.", 'fr'), []);
  assert.deepEqual(quotes("Il procuratore ha parlato della 'ndrangheta e dei suoi affari nel nord del paese.", 'it'), []);
});

const article = (text: string): CleanArticle => ({
  id: 'a1' as CleanArticle['id'], title: '', text,
  meta: { published: '2020-01-05', publishedFrom: 'metadata', headings: [], captions: [], credits: [], machineTranslated: false, removed: [] },
});

test('a speaker a verb of saying names keeps its quotes, even when only common words name it ("afirmó la Cancillería")', () => {
  const text = "El Gobierno celebró este domingo la reelección del líder Juan Guaidó como presidente de la Asamblea Nacional. 'El Ministerio de Relaciones Exteriores saluda la reelección de Juan Guaidó como presidente de la Asamblea', afirmó la Cancillería en un comunicado. Añadió que el Gobierno del presidente Iván Duque 'acoge con beneplácito' el respaldo que recibió Guaidó por parte de los diputados.";
  const a = analyze(article(text));
  assert.equal(a.language, 'es');
  assert.deepEqual(a.quotes.map((q) => [q.text.slice(0, 20), q.speaker]), [['El Ministerio de Rel', 'Cancillería'], ['acoge con beneplácit', 'Cancillería']]);
});
