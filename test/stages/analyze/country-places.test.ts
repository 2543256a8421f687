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
    ['Español', 'es', undefined], ['Suriyeli', 'tr', undefined], ['Merkel', 'de', undefined],
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
