/**
 * Speaker resolution as a choice among candidates, for the speakers the
 * ordered chain of `quotes-intl.ts` reads off a weak position: one
 * capitalised word whose capital says nothing about it being a name. German
 * capitalises every noun ("das Wort", "jede Bürgerin"), and every language
 * capitalises the first word of a sentence, a heading or what follows a
 * colon ("Voyagez", "Zobacz", "Oh"). Such a word is no speaker when the text
 * names a person who is a better candidate: the candidates are the full
 * names (two or more capitalised words) said before the quote or in the
 * sentence after it, scored by how often the text names them, whether a verb
 * of saying stands next to them, and how near the quote they are; one named
 * once and by no verb of saying is no better than the weak word.
 */
import type { Sentence } from '../../core/types.js';
import { NAME_RUN, isComplementAt, withoutOpeners } from './speaker-names-intl.js';

/** German determiners: a capitalised word after one is a common noun. */
const DETERMINER_DE = /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|jede|jeder|jedes|jeden|jedem|kein|keine|keinen|diese|dieser|dieses|diesen|seine|seiner|seinen|ihre|ihrer|ihren|ihr|sein)\s+$/iu;

/**
 * Whether `speaker` is a single capitalised word whose capital is positional (every occurrence opens a sentence,
 * a line or follows a colon) or, in German, grammatical (it follows a determiner somewhere): no evidence of a name.
 * A word next to a verb of saying (its subject, "Macron a dit", "dijo Sánchez") is evidence, so it is not weak.
 */
export function isWeakSpeaker(speaker: string, text: string, verbs: RegExp, lang: string): boolean {
  const w = speaker.trim();
  if (!/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(w)) return false;
  return positionalOnly(w, text, verbs, lang);
}

/** Every occurrence of `w` opens a sentence, a line or follows a colon (or, in German, follows a determiner), and none stands by a verb of saying. */
function positionalOnly(w: string, text: string, verbs: RegExp, lang = ''): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{M}])${escape(w)}(?![\\p{L}\\p{M}])`, 'gu');
  let positional = true;
  let determined = false;
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + w.length, m.index + w.length + 40);
    if (near(before, after, verbs)) return false;
    if (lang === 'de' && DETERMINER_DE.test(before)) determined = true;
    if (!/(?:^|[.!?…:：\n]["”»“]?\s*|^\s*)$/u.test(before) && !/^\s*$/u.test(before)) positional = false;
  }
  return determined || positional;
}

/**
 * A verb of saying next to the word: in the two words before it or the two after it ("Владельцы сети заявили",
 * "Macron a dit"); a match of three letters or more, so that a particle ("so") is not read as one.
 */
function near(before: string, after: string, verbs: RegExp): boolean {
  const prev = /(?:\p{L}+\s+)?\p{L}+\s+$/u.exec(before)?.[0];
  const next = /^\s+\p{L}+(?:\s+\p{L}+)?/u.exec(after)?.[0];
  return [prev, next].some((w) => w !== undefined && (verbs.exec(w)?.[0].length ?? 0) >= 3);
}

/**
 * The best-scored person for a quote at [open, close): full names before the quote (and in the sentence after it),
 * scored by mentions of their last word (first five letters, for case endings), a verb of saying beside them, and
 * nearness. Undefined when the text names no one.
 */
export function bestPerson(text: string, sentences: readonly Sentence[], open: number, close: number, verbs: RegExp, lower: ReadonlySet<string>, lang: string): string | undefined {
  const next = sentences.find((x) => x.start >= close);
  const end = next ? next.end : close;
  const scores = new Map<string, number>();
  for (const m of text.slice(0, end).matchAll(NAME_RUN)) {
    if (m.index >= open && m.index < close) continue;
    if (isComplementAt(text, m.index)) continue;
    for (const part of m[0].split(/[.!?:]\s+/u)) {
      // Leading words capitalised only where sentences open ("Bundeskanzlerin Angela Merkel" at a sentence start,
      // "Derartige Kritik") are no part of the name.
      let words = withoutOpeners(part, lower).split(/\s+/);
      while (words.length > 0 && positionalOnly(words[0], text, verbs)) words = words.slice(1);
      const name = words.join(' ');
      if (name.length < 2 || words.length > 4 || new Set(words).size < words.length || words.some((x) => /^\p{Lu}+$/u.test(x) && x.length > 1)) continue;
      // German nouns are capitalised: a run with a noun after a determiner ("Öffnung der Schulen") names no person;
      // nor does a run with a case ending after an apostrophe ("Havalimanı'na").
      if (words.some((x) => /['’]\p{Ll}+$/u.test(x)) || (lang === 'de' && words.some((x) => determinedDe(x, text)))) continue;
      const at = text.indexOf(name, m.index);
      const last = words[words.length - 1];
      const stem = last.slice(0, Math.min(5, last.length));
      const mentions = text.match(new RegExp(`(?<![\\p{L}\\p{M}])${escape(stem)}`, 'gu'))?.length ?? 1;
      const said = near(text.slice(Math.max(0, at - 40), at), text.slice(at + name.length, at + name.length + 40), verbs) ? 2 : 0;
      const distance = at < open ? open - at : at - close;
      // Named once and by no verb of saying ("Piłkarz żegna Jana Kowalskiego "…"": the object) is no better evidence
      // than the weak word itself.
      const evidence = Math.min(mentions, 4) + said;
      // A single word counts only when the text keeps naming it ("Franciszek" three times).
      if (evidence < (words.length === 1 ? 3 : 2)) continue;
      const score = evidence - distance / 1500;
      if (score > (scores.get(name) ?? -Infinity)) scores.set(name, score);
    }
  }
  let best: string | undefined;
  let top = -Infinity;
  for (const [name, s] of scores) if (s > top) [best, top] = [name, s];
  return best;
}

/** A German word that follows a determiner somewhere in `text`: a common noun. */
function determinedDe(word: string, text: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{M}])${escape(word)}(?![\\p{L}\\p{M}])`, 'gu');
  for (const m of text.matchAll(re)) if (DETERMINER_DE.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  return false;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
