/**
 * Issue 13, 2026-12-06 (eighth round): Turkish reports words with "şeklinde" (in the form of) right after the closing
 * mark ("“…” şeklinde uyarıda bulundu", "… şeklinde paylaşım yaptı"), whatever noun and light verb follow: that ties the
 * quotation as a verb of saying does. Turkish sets the speaker off with a comma before the remark ("Koca, “…” dedi"), so
 * when the opening mark was lost, a capitalised name and its comma opening the sentence stand outside the quotation and
 * name its speaker. A speaker in the ablative ("Müdürlüğünden", "Erdoğan'dan": from X) is the source X.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { withoutGenitiveTr } from '../../../src/stages/analyze/speaker-names-intl.js';

const quotes = (text: string): [string, string | undefined][] =>
  extractQuotesIntl(text, splitSentences(text, 'tr'), 'tr').map((q) => [q.text, q.speaker]);

test('"şeklinde" after a closing mark ties a short quotation to its speaker', () => {
  assert.deepEqual(quotes('Sağlık Bakanlığı sosyal medyada "Evde kalın" şeklinde paylaşım yaptı.'), [['Evde kalın', 'Sağlık Bakanlığı']]);
  // Not a quotation without it: two words in marks are a name or a term.
  assert.deepEqual(quotes('Sağlık Bakanlığı sosyal medyada "Evde kalın" kampanyasını başlattı.'), []);
});

test('a lost opening mark: the name and comma opening the sentence are the speaker, not the remark', () => {
  assert.deepEqual(quotes('Polis ekipleri camide nöbet tuttu. Ekipler, kurallara uyarsak camilerden de uzak kalmayız" şeklinde uyarılarda bulundu.'),
    [['kurallara uyarsak camilerden de uzak kalmayız', 'Ekipler']]);
});

test('a speaker in the ablative is the source it names', () => {
  assert.equal(withoutGenitiveTr('Ankara İl Emniyet Müdürlüğünden'), 'Ankara İl Emniyet Müdürlüğü');
  assert.equal(withoutGenitiveTr("Erdoğan'dan"), 'Erdoğan');
  assert.equal(withoutGenitiveTr("Koca'nın"), 'Koca');
  assert.equal(withoutGenitiveTr('Handan Kaya'), 'Handan Kaya');
});
