/**
 * People in other languages than English: capitalised function words that open a sentence, period words and German
 * abstract nouns are no part of a person's name (src/stages/analyze/entity-words-intl.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesFromTokens } from '../../../src/stages/analyze/entities.js';
import { leadingNonName, notAPersonIn } from '../../../src/stages/analyze/entity-words-intl.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { tokenize } from '../../../src/stages/analyze/tokens.js';
import type { Language } from '../../../src/stages/text-model/languages.js';

function people(text: string, lang: Language): string[] {
  const sentences = splitSentences(text, lang);
  return [...new Set(entitiesFromTokens(text, tokenize(text, sentences), lang).filter((e) => e.type === 'person').map((e) => e.name))];
}

test('German: a sentence-opening article, a period word or an abstract noun is no part of a name; a noun left alone is no person', () => {
  const text = 'Die Polizei ermittelt seit Tagen. Ende Januar reist Bundeskanzler Olaf Scholz nach Kiew. Doch Präsident Erdogan schweigt. Anfang Dezember sprach Bundesminister für Gesundheit Jens Spahn im Bundestag.';
  const names = people(text, 'de');
  assert.ok(!names.some((n) => /^(?:Die|Ende|Anfang|Doch)\b/.test(n)), names.join(' | '));
  assert.ok(!names.includes('Polizei'), names.join(' | '));
  assert.ok(names.some((n) => n.endsWith('Olaf Scholz')), names.join(' | '));
  assert.ok(names.includes('Präsident Erdogan'), names.join(' | '));
  assert.ok(names.includes('Jens Spahn'), names.join(' | '));
});

test('names that are function words elsewhere stay names inside a sentence, and particles stay in every position', () => {
  assert.ok(people('Spotkanie z Xi Jinpingiem odbyło się w Pekinie, a Kim Jong Un nie przyjechał.', 'pl').some((n) => n.startsWith('Xi ')));
  assert.ok(people('Selon les sondages, Marine Le Pen arrive en tête.', 'fr').includes('Marine Le Pen'));
  assert.equal(leadingNonName('Le', 'fr', true), false);
  assert.equal(leadingNonName('Kim', 'tr', false), false);
  assert.equal(leadingNonName('Doch', 'de', true), true);
});

test('outside German a bare name after a sentence-opening function word stays a person; a month alone is none', () => {
  assert.ok(people('Pero Skerrit dijo que el país se recuperará pronto.', 'es').includes('Skerrit'));
  assert.equal(notAPersonIn(['Skerrit'], 'es', true), false);
  assert.equal(notAPersonIn(['Polizei'], 'de', true), true);
  assert.equal(notAPersonIn(['Dezember'], 'de', false), true);
  assert.equal(notAPersonIn(['Theresa', 'May'], 'de', false), false);
});

test('German: the formal "Sie", "Ihnen", "Ihre" are capitalised mid-sentence and are no one', () => {
  assert.ok(leadingNonName('Sie', 'de', false) && leadingNonName('Ihre', 'de', false) && !leadingNonName('Sie', 'fr', false));
  const text = 'Wenn Sie weiter reinzoomen, können Sie auch kleinere Straßen sehen. Ihre Daten sind sicher, sagte Angela Merkel.';
  const names = entitiesFromTokens(text, tokenize(text, splitSentences(text, 'de')), 'de').filter((e) => e.type === 'person').map((e) => e.text);
  assert.deepEqual(names, ['Angela Merkel']);
});

test('German: a lone noun the rules took for a person after a run ended in it is none ("Der Mann" … "Mann"); a surname or given name of a kept name stays', () => {
  const text = 'Der Mann wurde verletzt. Ein 24-jähriger Mann starb. Angela Merkel sprach am Abend. Merkel sagte, Angela habe recht.';
  const names = entitiesFromTokens(text, tokenize(text, splitSentences(text, 'de')), 'de').filter((e) => e.type === 'person').map((e) => e.text);
  assert.ok(!names.includes('Mann'), names.join(' | '));
  assert.ok(names.includes('Angela Merkel') && names.includes('Merkel'), names.join(' | '));
});
