import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cityPlaceName, localPlaceName } from '../../../src/stages/analyze/city-places.js';
import { entitiesFromTokens } from '../../../src/stages/analyze/entities.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { tokenize } from '../../../src/stages/analyze/tokens.js';

test('the cities the news names most, by their names in each language and in case forms, named in English', () => {
  assert.equal(cityPlaceName('Wien', 'de'), 'Vienna');
  assert.equal(cityPlaceName('Wiens', 'de'), 'Vienna');
  assert.equal(cityPlaceName('Varsovie', 'fr'), 'Warsaw');
  assert.equal(cityPlaceName('Warszawie', 'pl'), 'Warsaw');
  assert.equal(cityPlaceName('Москве', 'ru'), 'Moscow');
  // A word that is something else too is left out ("Mosca", a fly; "Vienne", a French town); other words are none.
  assert.equal(cityPlaceName('Mosca', 'it'), undefined);
  assert.equal(cityPlaceName('Vienne', 'fr'), undefined);
  assert.equal(cityPlaceName('Wiener', 'de'), undefined);
  assert.equal(localPlaceName('Österreich', 'de'), 'Austria');
});

test('German: "in Wien" and "in München" are places, named as the brief names them', () => {
  const text = 'Die Polizei in Wien und München meldete am Montag zwei Festnahmen.';
  const places = entitiesFromTokens(text, tokenize(text, splitSentences(text, 'de')), 'de').filter((e) => e.type === 'place');
  assert.deepEqual(places.map((e) => [e.text, e.name]), [['Wien', 'Vienna'], ['München', 'Munich']]);
});

test('an article opening a sentence is no part of a product\'s or an institution\'s name of two words after it, in any language', () => {
  const text = 'Huawei bringt sein Tablet nach Europa. Die MatePad Pro kostet 550 Euro und kommt im April.';
  const orgs = entitiesFromTokens(text, tokenize(text, splitSentences(text, 'de')), 'de').filter((e) => e.type === 'organization').map((e) => e.text);
  assert.ok(orgs.includes('MatePad Pro') && !orgs.some((o) => o.startsWith('Die ')), orgs.join(' | '));
});
