/** Russian words read back into Latin letters (src/stages/text-model/cyrillic-readings.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinReadings, russianNominatives } from '../../../src/stages/text-model/cyrillic-readings.js';

test('a foreign name written in Cyrillic reads back into its Latin spelling among the readings', () => {
  for (const [word, latin] of [['джессика', 'jessica'], ['генри', 'henri'], ['детройт', 'detroit'], ['лос-анджелес', 'los-angeles'], ['алекс', 'alex']] as const) {
    assert.ok(latinReadings(word).includes(latin), `${word}: ${latinReadings(word).join(' ')}`);
  }
});

test('a declined name gives its nominative among the candidates, the word itself not included', () => {
  assert.ok(russianNominatives('детройта').includes('детройт'));
  assert.ok(russianNominatives('игоря').includes('игорь'));
  assert.ok(russianNominatives('марии').includes('мария'));
  assert.ok(!russianNominatives('детройт').includes('детройт'));
});
