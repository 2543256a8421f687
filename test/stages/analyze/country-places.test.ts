import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryPlaceName } from '../../../src/stages/analyze/country-places.js';
import { entitiesFromTokens } from '../../../src/stages/analyze/entities.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { tokenize } from '../../../src/stages/analyze/tokens.js';

test("a country in the text's own language, in its case forms, is named in English; its people and its adjectives are not the country", () => {
  const cases: [string, string, string | undefined][] = [
    ['Ucrania', 'es', 'Ukraine'], ['Украины', 'ru', 'Ukraine'], ['Rosji', 'pl', 'Russia'], ['Chinach', 'pl', 'China'],
    ['Deutschlands', 'de', 'Germany'], ['Almanya', 'tr', 'Germany'], ['Chine', 'fr', 'China'],
    ['Rusos', 'es', undefined], ['Deutsche', 'de', undefined], ['Italiener', 'de', undefined], ['Indiana', 'es', undefined],
    ['Español', 'es', undefined], ['Suriyeli', 'tr', undefined], ['Merkel', 'de', undefined], ['Meksyku', 'pl', 'Mexico'],
    ['Франциск', 'ru', undefined], ['Europejskiej', 'pl', undefined],
  ];
  for (const [word, lang, want] of cases) assert.equal(countryPlaceName(word, lang), want, `${word} (${lang})`);
});

test('in a text of another language, such a country is a place entity with its English name', () => {
  const text = 'El ministro dijo que Ucrania pidió ayuda a Alemania y a Estados Unidos. Pedro Sánchez habló con los rusos.';
  const entities = entitiesFromTokens(text, tokenize(text, splitSentences(text, 'es')), 'es');
  const places = entities.filter((e) => e.type === 'place').map((e) => `${e.text}=${e.name}`);
  assert.ok(places.includes('Ucrania=Ukraine') && places.includes('Alemania=Germany'), places.join(' | '));
  assert.ok(entities.some((e) => e.type === 'person' && e.name === 'Pedro Sánchez'));
});

test("a sentence's first word standing alone and a name behind an elided article are places too; a word opening a longer run is not", () => {
  const es = 'Rusia ha concentrado tropas cerca de la frontera. Estados Unidos respondió.';
  const fr = "Kiev accuse Moscou de masser des soldats aux portes de l'Ukraine.";
  const placesOf = (text: string, lang: 'es' | 'fr'): string[] => entitiesFromTokens(text, tokenize(text, splitSentences(text, lang)), lang).filter((e) => e.type === 'place').map((e) => `${e.text}=${e.name}`);
  assert.ok(placesOf(es, 'es').includes('Rusia=Russia'), placesOf(es, 'es').join(' | '));
  assert.ok(placesOf(fr, 'fr').includes('Ukraine=Ukraine'), placesOf(fr, 'fr').join(' | '));
  const pl = 'Polskiej Akademii Nauk badacze ogłosili wyniki.';
  assert.deepEqual(placesOf(pl as never, 'pl' as never), []);
});

test('NATO, the UN, the EU and the Kremlin as other languages write them are one organisation each', () => {
  const orgs = (text: string, lang: 'es' | 'ru'): string[] => entitiesFromTokens(text, tokenize(text, splitSentences(text, lang)), lang).filter((e) => e.type === 'organization').map((e) => e.name);
  assert.ok(orgs('La OTAN y la ONU pidieron calma, según un comunicado publicado el viernes.', 'es').includes('NATO'));
  const ru = orgs('В Кремле заявили, что НАТО угрожает безопасности страны.', 'ru');
  assert.ok(ru.includes('NATO') && ru.includes('Kremlin'), ru.join(' | '));
});

test('every country whose name in the language is one word, from CLDR, beyond the news lexicon: Österreich, Schweiz, Autriche, Austrii, Австрии', () => {
  assert.equal(countryPlaceName('Österreich', 'de'), 'Austria');
  assert.equal(countryPlaceName('Österreichs', 'de'), 'Austria');
  assert.equal(countryPlaceName('Schweiz', 'de'), 'Switzerland');
  assert.equal(countryPlaceName('Autriche', 'fr'), 'Austria');
  assert.equal(countryPlaceName('Austrii', 'pl'), 'Austria');
  assert.equal(countryPlaceName('Австрии', 'ru'), 'Austria');
  assert.equal(countryPlaceName('Ermenistan', 'tr'), 'Armenia');
  // Not a common word that is also a name ("того", of that: no Togo), a people ("Rosjan", the Russians'), a word of
  // a longer name ("Staaten" of the United States) or a grouping.
  assert.equal(countryPlaceName('Того', 'ru'), undefined);
  assert.equal(countryPlaceName('Rosjan', 'pl'), undefined);
  assert.equal(countryPlaceName('Staaten', 'de'), undefined);
  assert.equal(countryPlaceName('Europa', 'es'), undefined);
});

test('Russian and Polish: a role and its country run into a name are the person\'s role, a country alone no role', () => {
  const people = (text: string, lang: 'ru' | 'pl') => entitiesFromTokens(text, tokenize(text, splitSentences(text, lang)), lang).filter((e) => e.type === 'person');
  const ru = people('Президент России Владимир Путин заявил во вторник. Глава МИД Украины Дмитрий Кулеба ответил. Вчера премьер Польши Матеуш Моравецкий прибыл.', 'ru');
  assert.deepEqual(ru.map((e) => [e.text, e.role]), [['Владимир Путин', 'Президент России'], ['Дмитрий Кулеба', 'Глава МИД Украины'], ['Матеуш Моравецкий', undefined]]);
  // A day said as a word opening the sentence is no part of the run either ("Вчера").
  assert.deepEqual(people('Вчера Глава МИД Украины Дмитрий Кулеба ответил.', 'ru').map((e) => [e.text, e.role]), [['Дмитрий Кулеба', 'Глава МИД Украины']]);
  const pl = people('Rozmowy trwają. Prezydent USA Donald Trump powiedział, że tak.', 'pl');
  assert.deepEqual(pl.map((e) => [e.text, e.role]), [['Donald Trump', 'Prezydent USA']]);
});
