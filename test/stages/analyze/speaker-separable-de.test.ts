/**
 * Issue 13, 2026-12-06 (eighth round): German "sagen" whose separable particle closes the clause is another verb
 * ("Sony sagt Tech-Messe … ab": cancels; "sagte … zu": promised), not a verb of saying: the noun after it is no one who
 * speaks. "zu" as a preposition ("sagte er zu der Agentur") leaves the verb of saying. And the outlet told ("sagte X dem
 * „Handelsblatt“") is no quote.
 * Sentences written for these tests; none is taken from an evaluation set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotesIntl } from '../../../src/stages/analyze/quotes-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { SPEECH } from '../../../src/stages/analyze/speech-verbs-intl.js';

const verbs = new RegExp(`(?<![\\p{L}])(?:${SPEECH.de.verbs})(?![\\p{L}])`, 'iu');

test('"sagt … ab" and "sagte … zu" closing the clause are no verb of saying', () => {
  assert.equal(verbs.exec('Sony sagt die Messe wegen des Virus ab. Der Grund')?.[0], undefined);
  assert.equal(verbs.exec('Der Minister sagte die Hilfe am Montag zu.')?.[0], undefined);
  assert.equal(verbs.exec('"Es reicht", sagte er zu der Agentur.')?.[0], 'sagte');
  assert.equal(verbs.exec('Er sagt, dass es reicht.')?.[0], 'sagt');
});

test('a noun after "sagt … ab" is not the speaker the text keeps naming', () => {
  const text = 'Sony sagt Tech-Messe wegen Corona-Virus ab. Die Firma bedankt sich. "Wir danken für das Verständnis und die Unterstützung in diesen herausfordernden Zeiten", so das Unternehmen. Auch Amazon hat abgesagt.';
  assert.deepEqual(extractQuotesIntl(text, splitSentences(text, 'de'), 'de').map((q) => q.speaker), ['Sony']);
});

test('one or two capitalised words in marks after a dative or genitive article are the outlet told, not a quote', () => {
  const text = 'Die Behörde prüfe „im Klinikbereich in mehreren Fällen die Einleitung von Bußgeldverfahren“, sagte Behördenchef Thomas Petri dem „Handelsblatt“.';
  assert.deepEqual(extractQuotesIntl(text, splitSentences(text, 'de'), 'de').map((q) => q.text), ['im Klinikbereich in mehreren Fällen die Einleitung von Bußgeldverfahren']);
});
