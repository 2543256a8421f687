/**
 * Issue 13, 2026-12-06 (eighth round): machine-translated and scraped copy glues a sentence end to the next sentence
 * ("… Manuel Ramos.Sin embargo, …", "… katıldı.Acı …"). Such an end still ends a sentence for attribution: a name does
 * not run across it, the sentence before a quote is the one it closes, and a quotation whose opening mark was lost starts
 * after it. And a straight mark with a verb of saying right after it closes the quotation open before it, however it is
 * spaced ("… juntos, "señaló …"): a quotation never opens on its own attribution.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { NAME_RUN } from '../../../src/stages/analyze/speaker-names-intl.js';
import { withGluedEnds } from '../../../src/stages/analyze/quote-position-intl.js';
import { sentenceStartIn } from '../../../src/stages/analyze/quote-lost-opener-intl.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('a name does not run across a glued sentence end; initials and abbreviations keep theirs', () => {
  const runs = (s: string): string[] => [...s.matchAll(NAME_RUN)].map((m) => m[0]);
  assert.deepEqual(runs('según la portavoz, Lucía Gómez.Sin embargo, nadie'), ['Lucía Gómez', 'Sin']);
  assert.deepEqual(runs('J.K. Rowling und Dr.Müller'), ['J.K. Rowling', 'Dr.Müller']);
  assert.deepEqual(runs('Ramos. Sin'), ['Ramos. Sin']);
});

test('sentences are split where a sentence end is glued to the next one', () => {
  const text = 'Lo dijo la portavoz, Lucía Gómez.Sin embargo, nadie vino. Todo siguió igual.';
  const parts = withGluedEnds(text, splitSentences(text, 'es')).map((s) => s.text.trim());
  assert.deepEqual(parts, ['Lo dijo la portavoz, Lucía Gómez.', 'Sin embargo, nadie vino.', 'Todo siguió igual.']);
  // Not after an initial or an abbreviation (no two lower-case letters before the stop).
  const t2 = 'Es lo que escribió J.K.Rowling en su libro.';
  assert.equal(withGluedEnds(t2, splitSentences(t2, 'es')).length, splitSentences(t2, 'es').length);
});

test('a lost opening mark starts after a glued sentence end', () => {
  const text = 'Vali Ahmet Kaya da törene katıldı.Hepimiz çok üzgünüz." dedi.';
  assert.equal(text.slice(sentenceStartIn(text, text.indexOf('."') + 1, 0)), 'Hepimiz çok üzgünüz." dedi.');
});

test('a subjectless verb after a quote: the person named as the source, not a name the glued text runs on to', () => {
  const text = 'Las ventas bajaron en el mercado, según la presidenta de la asociación, Lucía Gómez.Sin embargo, hubo mejoras por parte de Alcalde Ramón Pérez Soto, aunque la gente no compra.Sin embargo, informó que vino menos gente."Quizás hace mucho frío. La gente no compra como antes", dijo.';
  assert.deepEqual(quotes(text, 'es'), [['Quizás hace mucho frío. La gente no compra como antes', 'Lucía Gómez']]);
});

test('a straight mark followed by a verb of saying closes the quote open before it, however it is spaced', () => {
  const text = 'La marcha recorrió el centro. "Empezamos el año en la calle y seguiremos juntos, "señaló la asociación. Luego la portavoz Ana Ruiz añadió: "Volveremos el año que viene".';
  assert.deepEqual(quotes(text, 'es'), [['Empezamos el año en la calle y seguiremos juntos,', 'la asociación'], ['Volveremos el año que viene', 'Ana Ruiz']]);
});

test('a straight mark glued to a sentence end with a verb of saying after it closes that sentence; it opens nothing', () => {
  assert.deepEqual(quotes('Vali Ahmet Kaya da törene katıldı.Hepimiz çok üzgünüz."Dedi. Kaynak: AA', 'tr'), [['Hepimiz çok üzgünüz.', 'Vali Ahmet Kaya']]);
  // Turkish "konuştu" (spoke) after the mark attributes it as "diye konuştu" does: a machine translation drops "diye".
  assert.deepEqual(quotes('Vali Ahmet Kaya da törene katıldı. Acı çok büyük, unutmayacağız" konuştu.', 'tr'), [['Acı çok büyük, unutmayacağız', 'Vali Ahmet Kaya']]);
});
