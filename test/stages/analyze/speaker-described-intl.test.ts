/**
 * Issue 13, 2026-12-05 night: a description opening the clause before a verb of saying is its subject in French,
 * Spanish and Italian (a name in its complements belongs to the complement, the words after the verb are its object);
 * a plural description is never resolved to one name; punctuation after a verb names no one. Sentences written for
 * these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { describedSubject, framedSubject } from '../../../src/stages/analyze/speaker-described-intl.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

test('a description whose only name stands in a complement after an office is the subject, not that name', () => {
  assert.deepEqual(quotes('Le porte-parole du Premier ministre Jean Martin a déclaré que le pays rejetait "une ingérence inacceptable dans ses affaires".', 'fr'),
    [['une ingérence inacceptable dans ses affaires', 'Le porte-parole du Premier ministre Jean Martin']]);
  assert.deepEqual(quotes('Il portavoce del presidente Marco Rossi ha detto che il governo chiede "un chiarimento immediato" sul caso.', 'it'),
    [['un chiarimento immediato', 'Il portavoce del presidente Marco Rossi']]);
});

test('a plural description before the verb speaks, not a name in the object after the verb', () => {
  assert.deepEqual(quotes('Après la réunion, les dirigeants ont déclaré le lancement du fonds Green Future Alliance, une "plate-forme de coopération pour les pays du Sud".', 'fr'),
    [['plate-forme de coopération pour les pays du Sud', 'les dirigeants']]);
  assert.deepEqual(quotes('Tras el pleno, los vecinos dijeron a la cadena Radio Norte: "El alcalde no escucha a nadie".', 'es'),
    [['El alcalde no escucha a nadie', 'los vecinos']]);
});

test('a name that is the description\'s own holder still speaks', () => {
  // The name follows a ministry, not an office in a complement: it is the minister's.
  assert.equal(describedSubject('Ieri il ministro della Difesa Paolo Bianchi ha '), undefined);
  const [[, minister]] = quotes('Il ministro della Difesa Paolo Bianchi ha detto: "Non manderemo truppe".', 'it');
  assert.match(minister ?? '', /Paolo Bianchi$/u);
  // A name opening the clause is no description.
  assert.equal(describedSubject('Marie Dubois a '), undefined);
  // A report keeps its own reading (its article dropped by the report rule).
  assert.equal(describedSubject('Il rapporto '), undefined);
});

test('punctuation after a verb of saying names no one: the speaker comes from the sentence before', () => {
  // "قال." glued to the next quotation: the full stop is all that follows the verb.
  const q = quotes('وقال الإعلامي أحمد سالم، إن الزحام سيزيد الإصابات. وأوجه رسالة إلى الناس، قائلا: "هذا المشهد لا يطمئن على الإطلاق"، قال."هناك مدارس تطبق التعقيم والتطهير".', 'ar');
  assert.equal(q.length, 2);
  for (const [, speaker] of q) assert.match(speaker ?? '', /أحمد سالم/u);
});

test('a subject, any verb and "that" or a colon frame a quotation: the subject speaks even when the verb is not in the lexicon', () => {
  assert.deepEqual(quotes('Marta Gil habló ayer en Madrid. Por su parte, el portavoz de la asociación vecinal deplora que "nadie haya escuchado a los vecinos del barrio".', 'es'),
    [['nadie haya escuchado a los vecinos del barrio', 'el portavoz de la asociación vecinal']]);
  assert.deepEqual(quotes('La norma es antigua. Mientras que el artículo 12, más preciso, estipula: "Nadie podrá ser detenido sin orden judicial".', 'es'),
    [['Nadie podrá ser detenido sin orden judicial', 'el artículo 12']]);
  // No subject before the verb ("Il est clair que"): the frame names no one.
  assert.equal(framedSubject('Il est clair que « '), undefined);
  assert.equal(framedSubject('Le maire Paul Girard regrette que « '), 'Paul Girard');
  assert.equal(framedSubject('Il vit près de la Banque Centrale et dit que « '), undefined);
});

test('German: the particle of a separable verb of saying is part of the verb, so its comma reports the clause after it', () => {
  assert.deepEqual(quotes('Der Prozess begann am Montag. Die Zeugin gab an, den Knopf an der Tür „ganz automatisch“ gedrückt zu haben.', 'de'),
    [['ganz automatisch', 'Zeugin']]);
});

test('German: a phrase opened by a nominative article before the verb is its subject, not the phrase after it', () => {
  assert.deepEqual(quotes('Ein Forscher kritisiert die Politik der Stadt mit deutlichen Worten: „Wir haben zu lange gewartet“.', 'de'),
    [['Wir haben zu lange gewartet', 'Forscher']]);
});
