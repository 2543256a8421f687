/**
 * Issue 13, 2026-12-06 (tenth round): a one-word speaker that the text writes only as a place (after a preposition of
 * place, "w Krakowie", or with a Turkish locative or dative ending, "Galatasaray'a") and never beside a verb of saying
 * is no speaker, whichever path read it: the quote's speaker is looked for again (the best-scored person, or none).
 * The Turkish ablative ("Erdoğan'dan", from Erdoğan) and the Italian agent ("scritta da Apple") name the source of
 * words and pass; so does a place name that stands as the subject of a verb of saying elsewhere. Sentences written for
 * these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { onlyAPlace } from '../../../src/stages/analyze/speaker-nonperson-intl.js';
import { SPEECH } from '../../../src/stages/analyze/speech-verbs-intl.js';

const speakers = (text: string, lang: string): (string | undefined)[] => extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => q.speaker);
const verbsOf = (lang: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${SPEECH[lang].verbs})(?![\\p{L}])`, 'iu');

test('a Polish place after "w" is not the speaker of the answers that follow', () => {
  const text = 'Wojewoda Jan Nowak mówił w piątek o nowych łóżkach dla chorych. Pytany, który kolejny oddział w Krakowie zostanie otwarty odparł: '
    + '"jeden oddział jest już gotowy, ale nie mogę powiedzieć, który". Dodał, że "wszystkie miejsca zostaną wykorzystane".';
  assert.deepEqual(speakers(text, 'pl'), ['Jan Nowak', 'Jan Nowak']);
});

test('a Turkish name written only with the dative and as a complement is no speaker', () => {
  const text = "Maçın ardından Teknik Direktör Ali Kaya basın toplantısında açıklamalarda bulundu. Takım deplasmanda Galatasaray'a 1-0 yenildi. "
    + 'Deneyimli teknik direktör, Galatasaray karşısında oyundan kopmadıklarını belirterek, "Genel oyundan memnunum. Önümüze bakacağız" açıklamasını yaptı.';
  assert.notEqual(speakers(text, 'tr')[0], 'Galatasaray');
});

test('only a word the text writes as a place, and never as the subject of a verb of saying, is only a place', () => {
  const pl = 'Minister był w Krakowie. Nowak mówił o szpitalach.';
  assert.equal(onlyAPlace('Krakowie', pl, 'pl', verbsOf('pl')), true);
  assert.equal(onlyAPlace('Nowak', pl, 'pl', verbsOf('pl')), false);
  // A full name is never taken for a place by this test.
  assert.equal(onlyAPlace('Jan Kraków', pl, 'pl', verbsOf('pl')), false);
  // "Madrid dijo": the place name is a subject of a verb of saying (the city council speaking).
  const es = 'La reunión se celebró en Madrid. Madrid dijo que no cerrará los colegios.';
  assert.equal(onlyAPlace('Madrid', es, 'es', verbsOf('es')), false);
  // Turkish: the dative is a place; the ablative is the source of a message.
  assert.equal(onlyAPlace('Galatasaray', "Takım Galatasaray'a yenildi.", 'tr', verbsOf('tr')), true);
  assert.equal(onlyAPlace('Erdoğan', "Erdoğan'dan mesaj geldi. Erdoğan'a teşekkür edildi.", 'tr', verbsOf('tr')), false);
  // Italian "da" also marks the agent: "una risposta scritta da Apple" is Apple's.
  assert.equal(onlyAPlace('Apple', 'Lo sviluppatore vive in Apple Valley. Ha ricevuto una risposta scritta da Apple.', 'it', verbsOf('it')), false);
  assert.equal(onlyAPlace('Milano', 'La riunione si è tenuta a Milano.', 'it', verbsOf('it')), true);
});
