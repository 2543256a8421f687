/**
 * A speaker that cannot speak (a place, or capitalised common words naming neither a role nor an institution) gives
 * way to the person its sentence names (src/stages/analyze/speaker-plausible-intl.ts). Texts written for these tests;
 * the quotes and entities are built by hand so that only this step is under test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention, Quote, Sentence } from '../../../src/core/types.js';
import { splitSentences } from '../../../src/stages/analyze/sentences.js';
import { plausibleSpeakers } from '../../../src/stages/analyze/speaker-plausible-intl.js';
import type { Language } from '../../../src/stages/text-model/languages.js';

/** The entity `words` at its first occurrence in `text`. */
function entity(text: string, words: string, type: EntityMention['type']): EntityMention {
  const start = text.indexOf(words);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length, text: words, name: words, type };
}

/** The quote in `text` between the first “ and ”, spoken by `speaker`. */
function quote(text: string, speaker: string): Quote {
  const start = text.indexOf('“') + 1;
  const end = text.indexOf('”');
  return { start, end, text: text.slice(start, end), speaker };
}

function speakerOf(text: string, lang: Language, speaker: string, entities: EntityMention[]): string | undefined {
  const sentences: Sentence[] = splitSentences(text, lang);
  return plausibleSpeakers([quote(text, speaker)], entities, sentences, lang)[0]!.speaker;
}

const ES = 'La casa está en la calle Harkness St, cerca del centro. El agente David Washington habló con la prensa. “Ha tenido muchas visitas”, dijo.';

test('a place given as the speaker gives way to the person named last before the quote (its sentence or the one before)', () => {
  const ents = [entity(ES, 'Harkness St', 'place'), entity(ES, 'David Washington', 'person')];
  assert.equal(speakerOf(ES, 'es', 'Harkness St', ents), 'David Washington');
});

test('a place with no person named before the quote is no speaker', () => {
  const text = 'La casa está en la calle Harkness St, cerca del centro. “Ha tenido muchas visitas”, dijo.';
  assert.equal(speakerOf(text, 'es', 'Harkness St', [entity(text, 'Harkness St', 'place')]), undefined);
});

test('a place is matched whatever its case ("SIOUX FALLS" for the place "Sioux Falls")', () => {
  const text = 'SIOUX FALLS. La gobernadora Kristi Noem firmó la ley en Sioux Falls. “Es un buen día”, afirmó.';
  const ents = [entity(text, 'Sioux Falls', 'place'), entity(text, 'Kristi Noem', 'person')];
  assert.equal(speakerOf(text, 'es', 'SIOUX FALLS', ents), 'Kristi Noem');
});

test('capitalised common words that are no role and no institution give way to the person of the quote\'s sentence', () => {
  const text = 'En el pleno, Rubén Pérez Carcedo pidió “explicaciones claras” al Consistorio.';
  const ents = [entity(text, 'Rubén Pérez Carcedo', 'person')];
  assert.equal(speakerOf(text, 'es', 'Consistorio', ents), 'Rubén Pérez Carcedo');
});

test('common words stay the speaker when the quote\'s sentence names no one before it (a collective speaker the lists lack)', () => {
  const text = 'El presidente Juan Pérez viajó ayer. La Cancillería afirmó que “la relación sigue intacta”.';
  assert.equal(speakerOf(text, 'es', 'Cancillería', [entity(text, 'Juan Pérez', 'person')]), 'Cancillería');
});

test('a role or an institution is a speaker, and so is any speaker a person or organisation of the text shares a word with', () => {
  const text = 'Ayer, Juan Pérez dijo al Gobierno que “no hay acuerdo”.';
  const ents = [entity(text, 'Juan Pérez', 'person')];
  assert.equal(speakerOf(text, 'es', 'Gobierno', ents), 'Gobierno');
  assert.equal(speakerOf(text, 'es', 'El Ministro', ents), 'El Ministro');
  assert.equal(speakerOf(text, 'es', 'Pérez', ents), 'Pérez');
  const org = 'Ayer, Juan Pérez habló con Infobae, que publicó que “no hay acuerdo”.';
  assert.equal(speakerOf(org, 'es', 'Infobae', [entity(org, 'Juan Pérez', 'person'), entity(org, 'Infobae', 'organization')]), 'Infobae');
});

test('a name no list holds is no common word and stays the speaker', () => {
  const text = 'Ayer, Juan Pérez escuchó a Abutorabi, quien dijo que “no hay acuerdo”.';
  assert.equal(speakerOf(text, 'es', 'Abutorabi', [entity(text, 'Juan Pérez', 'person')]), 'Abutorabi');
});
