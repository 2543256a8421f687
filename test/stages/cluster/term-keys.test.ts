import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLUSTER_DEFAULTS } from '../../../src/stages/cluster/cluster-params.js';
import { ANCHOR_PREFIX } from '../../../src/stages/cluster/anchors.js';
import { contentOf, entityKeys, isDerivedKey, isLanguageKey, isNeutralKey, languageKey, titleCountries, TITLE_PREFIX, type Neutral } from '../../../src/stages/cluster/term-keys.js';

const empty = (): Neutral => ({ names: [], surfaces: [], numbers: [], concepts: [] });

test('the prefixes tell neutral, derived, language and title keys apart', () => {
  for (const k of ['#70000', 'x:minister', 'c:ua', 'l:war', `${ANCHOR_PREFIX}n:rasnakav`]) {
    assert.ok(isDerivedKey(k) && isNeutralKey(k), k);
  }
  // A name adds a word of its own (not derived) but means the same in every language (neutral).
  assert.ok(!isDerivedKey('e:reznikov') && isNeutralKey('e:reznikov'));
  for (const k of ['troop', `${TITLE_PREFIX}troop`, '@de']) assert.ok(!isDerivedKey(k) && !isNeutralKey(k), k);
  assert.ok(isLanguageKey('@de') && !isLanguageKey('e:reznikov'));
  assert.equal(languageKey('de'), '@de');
  assert.equal(languageKey('und'), undefined);
});

test('content words give their stems, and the neutral keys beside them only when asked', () => {
  const text = 'Minister Oleksii Reznikov said in Kyiv that Russia had gathered 70,000 troops near Ukraine.';
  const n = empty();
  const stems = contentOf(text, 600, 'en', n, { sound: false });
  assert.deepEqual(contentOf(text, 600, 'en', undefined, { sound: false }), stems);
  assert.ok(stems.includes('reznikov') && stems.includes('troop'));
  assert.ok(n.names.includes('e:reznikov') && n.surfaces.includes('Reznikov'));
  assert.deepEqual(n.numbers, ['#70000']);
  assert.ok(n.concepts.includes('c:ru') && n.concepts.includes('c:ua') && n.concepts.includes('x:minister'));
});

test('with sound keys, a name meets its spelling in another script word by word', () => {
  const en = empty();
  contentOf('Minister Oleksii Reznikov said in Kyiv', 600, 'en', en, { sound: true });
  const ru = empty();
  contentOf('Министр Алексей Резников заявил в Киеве', 600, 'ru', ru, { sound: true });
  assert.ok(en.names.includes('e:rasnakav') && ru.names.includes('e:rasnakav'));
  assert.deepEqual(entityKeys(['Oleksij Resnikow'], { sound: true }), entityKeys(['Алексей Резников'], { sound: true }));
  // Without sound keys an entity is one key, its whole name.
  assert.deepEqual(entityKeys(['Oleksij Resnikow '], { sound: false }), ['e:oleksij resnikow']);
});

test('a title gives its country keys, an empty title none', () => {
  assert.deepEqual(titleCountries('Russia masses troops near Ukraine', 'en', CLUSTER_DEFAULTS, { sound: false }), ['c:ru', 'c:ua']);
  assert.deepEqual(titleCountries('', 'en', CLUSTER_DEFAULTS, { sound: false }), []);
});
