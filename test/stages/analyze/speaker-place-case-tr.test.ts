/**
 * Issue 13, 2026-12-06 (eighth round): a Turkish phrase with a locative or dative ending after its apostrophe ("Güney
 * Kore’de", "İSTANBUL'DA …", "Sinop'a") says where or to whom something happens; whichever path read it as a speaker,
 * it is replaced by the best-scored person or left empty. The ablative ("Erdoğan'dan", from X) names a source and passes.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { inPlaceCaseTr } from '../../../src/stages/analyze/speaker-nonperson-intl.js';

test('locative and dative phrases are places; the ablative and plain names are not', () => {
  assert.deepEqual(['Güney Kore’de', "İSTANBUL'DA UTANDIRAN GÖRÜNTÜ", "Sinop'a", "Kore'deki"].map(inPlaceCaseTr), [true, true, true, true]);
  assert.deepEqual(["Erdoğan'dan", 'Ahmet Kaya', "Koca'nın"].map(inPlaceCaseTr), [false, false, false]);
});

test('a place in the locative is no speaker of the remarks after it', () => {
  const text = 'Son günlerde vaka sayısında ciddi bir artış yaşayan Güney Kore’de son 24 saat içerisinde 79 yeni vaka tespit edildiği belirtildi. '
    + 'Uzmanlar bu ani artış ile birlikte “Salgının ikinci dalgası başladı” ve “Koronavirüste ikinci dalga geldi” yorumlarını yaptı.';
  const qs = extractQuotesIntl(text, splitSentences(text, 'tr'), 'tr');
  assert.deepEqual(qs.map((q) => q.text), ['Salgının ikinci dalgası başladı', 'Koronavirüste ikinci dalga geldi']);
  assert.deepEqual(qs.map((q) => q.speaker), [undefined, undefined]);
});
