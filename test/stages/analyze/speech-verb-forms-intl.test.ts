/**
 * Issue 13, fourth round: verbs of saying in every person and number the copy writes (Polish and Russian past genders
 * and plurals, present plurals), the verbs of asking and (Polish) announcing, and a plural verb's agreement: a plural
 * attribution ("– mówią pielęgniarki", "— заявили профсоюзы") is never the subject a later singular verb carries on.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { SPEECH } from '../../../src/stages/analyze/speech-verbs-intl.js';
import { genderOf } from '../../../src/stages/analyze/speaker-subjects-intl.js';

const quotes = (text: string, lang: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, lang), lang).map((q) => [q.text, q.speaker]);

const matches = (lang: string, word: string): boolean => new RegExp(`^(?:${SPEECH[lang].verbs})$`, 'iu').test(word);

test('Polish and Russian verbs are matched in the forms the list does not spell out', () => {
  for (const w of ['podkreślają', 'ogłosiła', 'ogłosili', 'pytają', 'przypominają', 'zapewniły']) assert.ok(matches('pl', w), w);
  for (const w of ['сказало', 'подчеркивают', 'поделились', 'спрашивает']) assert.ok(matches('ru', w), w);
  // A form the rules would build from a past plural or a feminine past is no present.
  for (const w of ['pytałają', 'ogłosilią']) assert.ok(!matches('pl', w), w);
});

test('Polish: a question closed by "pyta" and a remark closed by "ogłosił" are attributed, the remark ending at its dash', () => {
  assert.deepEqual(quotes('Sąsiadka od lat walczy o nowy chodnik. – Czy to jest uczciwe? – pyta Anna Kowalska z osiedla.', 'pl'), [['Czy to jest uczciwe?', 'Anna Kowalska']]);
  assert.deepEqual(quotes('- Podpiszę tę ustawę, gdy Sejm ją poprawi - ogłosił w piątek prezydent Jan Nowak. Premier Adam Lis był na spotkaniu w Brukseli.', 'pl'),
    [['Podpiszę tę ustawę, gdy Sejm ją poprawi', 'Jan Nowak']]);
});

test('Russian and Spanish verbs of asking attribute a short question', () => {
  assert.deepEqual(quotes('«Где были спасатели?», — спрашивает жительница Анна Петрова.', 'ru'), [['Где были спасатели?', 'Анна Петрова']]);
  assert.deepEqual(quotes('"¿Quién pagará esto?", se preguntó el alcalde Juan Pérez.', 'es'), [['¿Quién pagará esto?', 'Juan Pérez']]);
});

test('a plural verb tells a plural subject', () => {
  assert.equal(genderOf('— заявили', undefined, 'ru'), 'p');
  assert.equal(genderOf('mówią', undefined, 'pl'), 'p');
  assert.equal(genderOf('podkreślił', undefined, 'pl'), 'm');
  assert.equal(genderOf('dice', undefined, 'es'), undefined);
});

test('a singular verb after a plural attribution carries on the last singular speaker, not the plural one', () => {
  assert.deepEqual(
    quotes('Министр Иван Петров посетил завод. «Мы увеличим выпуск», — сказал Петров. «Сроки сорваны», — заявили профсоюзы. Он подчеркнул, что завод «получит новые заказы уже весной».', 'ru'),
    [['Мы увеличим выпуск', 'Петров'], ['Сроки сорваны', 'профсоюзы'], ['получит новые заказы уже весной', 'Петров']],
  );
  assert.deepEqual(
    quotes('Minister Jan Nowak odwiedził szpital. "Sytuacja jest stabilna i pod kontrolą" - powiedział Nowak. "Brakuje nam lekarzy" - mówią pielęgniarki. Podkreślił też, że szpital ma "dobre zaplecze i świetny personel".', 'pl'),
    [['Sytuacja jest stabilna i pod kontrolą', 'Nowak'], ['Brakuje nam lekarzy', 'pielęgniarki'], ['dobre zaplecze i świetny personel', 'Nowak']],
  );
});
