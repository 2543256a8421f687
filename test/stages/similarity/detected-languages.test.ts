import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCrossLingual, pairBatchComponents, withLanguages } from '../../../src/stages/similarity/score-batch.js';

const EN = 'The government held the elections in the capital on Sunday and published the results of the vote late in the evening.';
const DE = 'Die Regierung hat am Sonntag die Wahlen in der Hauptstadt abgehalten und am späten Abend die Ergebnisse veröffentlicht.';
const ZH = '政府星期日在首都举行了选举，并在晚间公布了投票结果。';

test('pairs without language codes get them from their texts; given codes are kept', () => {
  const [a, b] = withLanguages([
    { id: 'a', text1: EN, text2: DE },
    { id: 'b', text1: EN, text2: DE, lang1: 'en', lang2: 'en' },
  ]);
  assert.deepEqual([a.lang1, a.lang2], ['en', 'de']);
  assert.ok(isCrossLingual(a));
  assert.deepEqual([b.lang1, b.lang2], ['en', 'en']);
});

test('a batch without codes is scored with the cross-language weight sets', () => {
  const kinds = pairBatchComponents([
    { id: 'x', text1: EN, text2: DE },
    { id: 'y', text1: EN, text2: ZH },
    { id: 'z', text1: EN, text2: EN },
  ]).map((c) => c.kind);
  assert.deepEqual(kinds, ['cross', 'crossScript', 'same']);
});
