/**
 * A speaker the quote rules of the other languages read by position may be no one who can speak: a place ("Harkness
 * St", "USA"), or a common noun that names neither a role nor an institution ("Wortspiel", "Entwarnung",
 * "Consistorio"). The entity rules judge such words with the whole text's evidence, which the quote rules (run on
 * the sentence around each quote) do not have. So a speaker no person or organisation of the text shares a word with
 * is checked: when it is a place, or only such common words that no verb of saying names as a quote's subject, the
 * person the quote's sentence names before the quote speaks instead; with none there a place is no speaker, and a
 * common noun is kept (it may be a collective speaker the lists lack: "Zoo").
 */
import type { EntityMention, Quote, Sentence } from '../../core/types.js';
import { isCommonWord } from '../text-model/common-words.js';
import type { Language } from '../text-model/languages.js';
import { institutionOrPlace } from './entity-heads-intl.js';
import { opensWithRole } from './entity-words-intl.js';

/** A word's key for matching across case forms: its first five letters, lower case. */
function keyOf(w: string): string {
  return w.toLowerCase().slice(0, 5);
}

function lettersWords(s: string): string[] {
  return s.split(/[^\p{L}\p{M}]+/u).filter((w) => w.length >= 3);
}

/** A person or an organisation of the text shares a word with the speaker (the same name in another form). */
function supported(speaker: string, entities: readonly EntityMention[]): boolean {
  const keys = new Set(lettersWords(speaker).map(keyOf));
  if (keys.size === 0) return false;
  return entities.some((e) => e.type !== 'place' && lettersWords(e.name).some((w) => keys.has(keyOf(w))));
}

/** The speaker is written as a place of the text (the caller knows no person or organisation shares a word with it). */
function isPlace(speaker: string, entities: readonly EntityMention[]): boolean {
  const lower = speaker.toLowerCase();
  return entities.some((e) => e.type === 'place' && (e.text.toLowerCase() === lower || e.name.toLowerCase() === lower));
}

/** Capitalised common words only, none a role or an institution's head: not a name, nor one who speaks. */
function commonNounsOnly(speaker: string, lang: Language): boolean {
  const words = speaker.trim().split(/\s+/u);
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  const letters = words.filter((w) => /\p{L}/u.test(w));
  if (letters.length === 0) return false;
  if (!letters.every((w) => isCommonWord(w.toLocaleLowerCase(lang).replace(/[^\p{L}\p{M}-]/gu, ''), lang))) return false;
  if (letters.some((w) => opensWithRole(w, lang))) return false;
  return !institutionOrPlace(letters, lang);
}

/** The person named last before the quote's opening mark in its sentence (`back`: or in the sentence before it). */
function personBeforeInSentence(q: Quote, entities: readonly EntityMention[], sentences: readonly Sentence[], back = false): EntityMention | undefined {
  const i = sentences.findIndex((x) => x.start <= q.start && q.start < x.end);
  const from = i < 0 ? q.start : back && i > 0 ? sentences[i - 1]!.start : sentences[i]!.start;
  let found: EntityMention | undefined;
  for (const e of entities) if (e.type === 'person' && e.start >= from && e.end <= q.start && (found === undefined || e.end > found.end)) found = e;
  return found;
}

/**
 * The quotes with a speaker that cannot speak given to the person their sentence names, or (a place) to no one.
 * @example plausibleSpeakers([{ …, speaker: 'Harkness St' }], [place 'Harkness St'], sentences, 'es')[0].speaker // undefined (no person before it)
 */
export function plausibleSpeakers(quotes: readonly Quote[], entities: readonly EntityMention[], sentences: readonly Sentence[], lang: Language): Quote[] {
  // A speaker some quote's verb of saying names ("', afirmó la Cancillería") is a speaker, whatever its words: the
  // quotes that continue it keep it too.
  const said = new Set<string>();
  for (const q of quotes) if (q.speaker !== undefined && q.speakerMention !== undefined) said.add(q.speaker);
  return quotes.map((q) => {
    if (q.speaker === undefined || supported(q.speaker, entities)) return q;
    const place = isPlace(q.speaker.trim(), entities);
    const common = !place && !said.has(q.speaker) && commonNounsOnly(q.speaker, lang);
    if (!place && !common) return q;
    const person = personBeforeInSentence(q, entities, sentences, place);
    if (person !== undefined) return { ...q, speaker: person.name, speakerMention: { start: person.start, end: person.end } };
    if (!place) return q;
    const { speaker: _s, speakerMention: _m, ...rest } = q;
    return rest;
  });
}
