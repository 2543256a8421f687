import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, pairComponents, scorePairs, storySimilarity, textFeatures, transliterate, type DocFreq } from '../../../src/stages/similarity/index.js';
import { IDF_POWER } from '../../../src/stages/similarity/similarity-params.js';

test('transliteration folds Cyrillic, Greek, Arabic and Latin diacritics to Latin', () => {
  assert.equal(transliterate('Путин'), 'putin');
  assert.equal(transliterate('Τσίπρας'), 'tsipras');
  assert.equal(transliterate('Zürich'), 'zurich');
  assert.equal(transliterate('Łódź'), 'lodz');
});

test('name keys meet across scripts and spellings', () => {
  assert.equal(nameKey('Putin'), nameKey('Путин'));
  assert.equal(nameKey('Putin'), nameKey('Poutine'));
  assert.equal(nameKey('Putin'), nameKey('بوتين'));
  assert.equal(nameKey('Zelensky'), nameKey('Зеленский'));
  assert.equal(nameKey('Selenskyj'), nameKey('Zelensky'));
  assert.notEqual(nameKey('Merkel'), nameKey('Macron'));
});

const EN = 'Putin and Biden meet in Geneva  Russian President Vladimir Putin met US President Joe Biden in Geneva on June 16, 2021, for talks on arms control and cyber attacks that lasted 4 hours.';
const RU = 'Путин и Байден встретились в Женеве  Президент России Владимир Путин встретился с президентом США Джо Байденом в Женеве 16 июня 2021 года; переговоры о контроле над вооружениями длились 4 часа.';
const DE = 'Putin und Biden treffen sich in Genf  Der russische Präsident Wladimir Putin traf US-Präsident Joe Biden am 16. Juni 2021 in Genf zu Gesprächen über Rüstungskontrolle.';
const OTHER_EN = 'Storm brings heavy snow to the Alps  Heavy snow and strong winds closed several mountain passes in the Alps on Tuesday, and ski resorts postponed their season openings.';
const OTHER_RU = 'Сильный снегопад в Альпах  Снег и ветер закрыли горные перевалы в Альпах во вторник, горнолыжные курорты отложили открытие сезона.';

test('the same story scores higher than an unrelated one, within and across languages', () => {
  assert.ok(storySimilarity(EN, RU, undefined, undefined, true) > storySimilarity(EN, OTHER_RU, undefined, undefined, true));
  assert.ok(storySimilarity(EN, DE, undefined, undefined, true) > storySimilarity(DE, OTHER_EN, undefined, undefined, true));
  assert.ok(storySimilarity(RU, RU) > storySimilarity(RU, OTHER_RU));
});

test('scores lie in [0, 1]; identical texts score 1, empty texts 0', () => {
  assert.equal(storySimilarity(EN, EN), 1);
  assert.equal(storySimilarity('', ''), 0);
  assert.equal(storySimilarity('', EN), 0);
  for (const [a, b] of [[EN, RU], [DE, OTHER_RU], ['Ukraine', 'Ukraine war'], ['习近平会见拜登', '习近平与拜登会谈']]) {
    const s = storySimilarity(a, b, undefined, undefined, true);
    assert.ok(s >= 0 && s <= 1, `${s}`);
  }
});

test('Chinese texts compare through character bigrams', () => {
  assert.ok(textFeatures('习近平会见拜登').words.has('近平'));
  assert.ok(storySimilarity('习近平会见拜登讨论贸易', '习近平与拜登讨论贸易问题') > storySimilarity('习近平会见拜登讨论贸易', '阿尔卑斯山大雪封路'));
});

test('scorePairs keeps input order and is deterministic', () => {
  const pairs = [
    { id: 'a', lang1: 'en', lang2: 'ru', text1: EN, text2: RU },
    { id: 'b', lang1: 'en', lang2: 'ru', text1: EN, text2: OTHER_RU },
    { id: 'c', lang1: 'en', lang2: 'de', text1: EN, text2: DE },
    { id: 'd', text1: '', text2: '' },
  ];
  const out = scorePairs(pairs);
  assert.deepEqual(out.map((o) => o.id), ['a', 'b', 'c', 'd']);
  assert.deepEqual(scorePairs(pairs), out);
  assert.ok(out[0].score > out[1].score && out[2].score > out[1].score);
});

test('IDF is sharpened by IDF_POWER: a word every text shares counts for less than its plain IDF', () => {
  // "harbour" is in every document of the batch, "quokka" and "wombat" in one each.
  const a = textFeatures('harbour quokka');
  const b = textFeatures('harbour wombat');
  const df: DocFreq = { docs: 9, counts: new Map([['w:harbo', 9], ['w:quokk', 1], ['w:womba', 1]]) };
  const idf = (n: number) => (Math.log(10 / (n + 1)) + 1) ** IDF_POWER;
  const expected = idf(9) ** 2 / (idf(9) ** 2 + idf(1) ** 2);
  assert.ok(IDF_POWER > 1);
  assert.ok(Math.abs((pairComponents(a, b, df).words ?? -1) - expected) < 1e-9);
  // With plain IDF the shared common word would weigh more.
  const plain = (Math.log(10 / 10) + 1) ** 2 / ((Math.log(10 / 10) + 1) ** 2 + (Math.log(10 / 2) + 1) ** 2);
  assert.ok(expected < plain);
});
