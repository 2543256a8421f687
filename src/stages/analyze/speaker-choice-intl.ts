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
import { cannotSpeak, inPlaceCaseTr } from './speaker-nonperson-intl.js';

/** German determiners: a capitalised word after one is a common noun. */
const DETERMINER_DE = /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|jede|jeder|jedes|jeden|jedem|kein|keine|keinen|diese|dieser|dieses|diesen|seine|seiner|seinen|ihre|ihrer|ihren|ihr|sein)\s+$/iu;

/** A determiner inside a German run before a capitalised word, not the particle of a name ("von der Leyen"). */
const INNER_DETERMINER_DE = /(?<!(?:von|van|zu|vom)\s)(?<![\p{L}])(?:der|die|das|des|dem|den|einer|eines)\s+\p{Lu}/u;

/**
 * A German speaker run that names a person before a determiner inside it ends there: "Digital-Vorstand Sabina Jeschke
 * der Deutschen Presse-Agentur" is a person and whom she told. A single head before it is a description with its
 * complement ("Sprecher des Innenministeriums") and stays whole.
 */
export function beforeInnerDeterminer(speaker: string, lang: string): string {
  if (lang !== 'de') return speaker;
  const m = INNER_DETERMINER_DE.exec(speaker);
  if (!m || m.index === 0) return speaker;
  const head = speaker.slice(0, m.index).trim();
  return head.split(/\s+/).length >= 2 ? head : speaker;
}

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
export function positionalOnly(w: string, text: string, verbs: RegExp, lang = ''): boolean {
  const f = /^\p{Lu}[\p{L}\p{M}]*$/u.test(w) ? wordFacts(text, verbs).get(w) : occurrenceFacts(text, w, verbs);
  if (f === undefined) return true;
  if (f.near) return false;
  return (lang === 'de' && f.determined) || !f.free;
}

/**
 * Whether `speaker` is a capitalised phrase that is no one who speaks, wherever it was read from: a run in capitals of
 * two words or more, one of them a word the text also writes in lower case (a headline or crosshead run into the text
 * with no line break: "SİVİL POLİS ARACINA ÇARPTI"; an acronym, "NATO", is one word; a name in capitals is no ordinary
 * word), or a user handle, a single word with a lower-case letter before an inner capital
 * ("DoudouRh", "ForVenezolanos"), unless a verb of saying stands next to it. The best-scored person takes its place.
 */
export function isUnlikelySpeaker(speaker: string, text: string, verbs: RegExp, lower: ReadonlySet<string>, lang: string): boolean {
  const w = speaker.trim();
  if (/^[\p{Lu}\p{M}'’.-]{2,}(?:\s+[\p{Lu}\p{M}'’.-]{2,})+$/u.test(w)) {
    // A name set in capitals ("MEHMET YILMAZ", a Turkish local-news habit) is made of words the text never writes in
    // lower case; a headline is made of ordinary words ("POLİS" beside "polis memuru").
    const words = w.split(/\s+/);
    const ordinary = words.filter((x) => x.length >= 4 && lower.has(x.toLocaleLowerCase(lang === 'tr' ? 'tr-TR' : undefined)));
    return words.filter((x) => x.length >= 4).length >= 2 && ordinary.length >= 1;
  }
  if (!/^\p{Lu}[\p{L}\p{M}]+$/u.test(w) || !isHandle(w)) return false;
  return !(wordFacts(text, verbs).get(w)?.near ?? false);
}

/** A user handle: a lower-case letter before an inner capital, not a name's own prefix ("McCain", "DeSantis", "LeBlanc"). */
function isHandle(w: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}/u.test(w) && !/^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz)\p{Lu}/u.test(w);
}

/** Whether the text writes `w` beside a verb of saying somewhere (its subject, "Macron a dit", "dijo Sánchez"). */
export function nearSaying(w: string, text: string, verbs: RegExp): boolean {
  return ((/^\p{Lu}[\p{L}\p{M}]*$/u.test(w) ? wordFacts(text, verbs).get(w) : occurrenceFacts(text, w, verbs))?.near) ?? false;
}

/** What the occurrences of a word say about its capital: one stands free (mid-sentence), by a verb of saying, after a German determiner. */
interface WordFacts { free: boolean; near: boolean; determined: boolean }

interface TextFacts { readonly text: string; readonly verbs: RegExp; readonly facts: Map<string, WordFacts>; readonly other: Map<string, WordFacts | undefined>; readonly prefixes: Map<string, number> }

let factsCache: TextFacts | undefined;

/** The facts of `text`'s capitalised words, read in one pass (a text's quotes ask about the same text in turn). */
function textFacts(text: string, verbs: RegExp): TextFacts {
  if (factsCache && factsCache.text === text && factsCache.verbs === verbs) return factsCache;
  const facts = new Map<string, WordFacts>();
  // How many capitalised words begin with each prefix of up to five letters (mentions of a name, case endings aside).
  const prefixes = new Map<string, number>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?![\p{L}\p{M}])/gu)) {
    const f = facts.get(m[0]) ?? { free: false, near: false, determined: false };
    observe(f, text, m.index, m[0].length, verbs);
    facts.set(m[0], f);
    for (let k = 1; k <= Math.min(5, m[0].length); k++) prefixes.set(m[0].slice(0, k), (prefixes.get(m[0].slice(0, k)) ?? 0) + 1);
  }
  factsCache = { text, verbs, facts, other: new Map(), prefixes };
  return factsCache;
}

function wordFacts(text: string, verbs: RegExp): Map<string, WordFacts> {
  return textFacts(text, verbs).facts;
}

/** The same facts for a word with inner punctuation ("Jean-Pierre", "Koca'nın"), read directly once per text. */
function occurrenceFacts(text: string, w: string, verbs: RegExp): WordFacts | undefined {
  const t = textFacts(text, verbs);
  if (t.other.has(w)) return t.other.get(w);
  let f: WordFacts | undefined;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${escape(w)}(?![\\p{L}\\p{M}])`, 'gu'))) observe((f ??= { free: false, near: false, determined: false }), text, m.index, w.length, verbs);
  t.other.set(w, f);
  return f;
}

function observe(f: WordFacts, text: string, at: number, length: number, verbs: RegExp): void {
  const before = text.slice(Math.max(0, at - 40), at);
  if (!f.near && near(before, text.slice(at + length, at + length + 40), verbs, text.slice(at, at + length + 100))) f.near = true;
  if (!f.determined && DETERMINER_DE.test(before)) f.determined = true;
  // After a sentence end, a colon, a line start or an opening quotation mark (the quoted sentence's first word).
  if (!f.free && !/(?:^|[.!?…:：\n]["”»“]?\s*|^\s*|["“„«»‘「]\s*)$/u.test(before) && !/^\s*$/u.test(before)) f.free = true;
}

/**
 * A verb of saying next to the word: in the two words before it or the two after it ("Владельцы сети заявили",
 * "Macron a dit"); a match of three letters or more, so that a particle ("so") is not read as one.
 */
function near(before: string, after: string, verbs: RegExp, rest = ''): boolean {
  const prev = /(?:\p{L}+\s+)?\p{L}+\s+$/u.exec(before)?.[0];
  const next = /^\s+\p{L}+(?:\s+\p{L}+)?/u.exec(after)?.[0];
  // The words before are read with the clause after them (`rest`), so that a verb whose particle closes the clause
  // ("Sony sagt Tech-Messe … ab") is not taken for a verb of saying.
  // Only a verb found in the words before is read again with the rest (the common case costs one short match).
  const m = prev !== undefined && verbs.test(prev) ? verbs.exec(prev + rest) : null;
  if (m !== null && m.index < prev!.length && m[0].length >= 3) return true;
  return next !== undefined && (verbs.exec(next)?.[0].length ?? 0) >= 3;
}

/**
 * The best-scored person for a quote at [open, close): full names before the quote (and in the sentence after it),
 * scored by mentions of their last word (first five letters, for case endings), a verb of saying beside them, and
 * nearness. Undefined when the text names no one.
 */
export function bestPerson(text: string, sentences: readonly Sentence[], open: number, close: number, verbs: RegExp, lower: ReadonlySet<string>, lang: string, least = 2): string | undefined {
  const next = sentences.find((x) => x.start >= close);
  const end = next ? next.end : close;
  let best: string | undefined;
  let top = -Infinity;
  for (const c of candidates(text, verbs, lower, lang)) {
    if (c.at >= end || (c.at >= open && c.at < close)) continue;
    // A single word counts only when the text keeps naming it ("Franciszek" three times).
    if (c.evidence < Math.max(least, c.words === 1 ? 3 : 2)) continue;
    // A place ("w Iraku", "en Sibérie") or, in German, a noun with no name's shape is no one the text is about.
    if (c.words === 1 && cannotSpeak(c.name, text, lang, lower, (w) => nearSaying(w, text, verbs), verbs)) continue;
    const score = c.evidence - (c.at < open ? open - c.at : c.at - close) / 1500;
    if (score > top) [best, top] = [c.name, score];
  }
  return best;
}

interface Candidate { readonly name: string; readonly at: number; readonly words: number; readonly evidence: number }

/** The candidates of the last text asked about: a text's quotes ask about the same text in turn. */
let cached: { text: string; verbs: RegExp; lang: string; list: readonly Candidate[] } | undefined;

/** Every person-like name of `text` with its position and evidence (mentions, a verb of saying beside it, a complement's doubt). */
function candidates(text: string, verbs: RegExp, lower: ReadonlySet<string>, lang: string): readonly Candidate[] {
  if (cached && cached.text === text && cached.verbs === verbs && cached.lang === lang) return cached.list;
  const list: Candidate[] = [];
  // Each word's tests read the whole text: once per word.
  const positional = new Map<string, boolean>();
  const isPositional = (w: string): boolean => positional.get(w) ?? (positional.set(w, positionalOnly(w, text, verbs)), positional.get(w)!);
  const isDetermined = (w: string): boolean => (/^\p{Lu}[\p{L}\p{M}]*$/u.test(w) ? wordFacts(text, verbs).get(w) : occurrenceFacts(text, w, verbs))?.determined ?? false;
  for (const m of text.matchAll(NAME_RUN)) {
    // A name after a preposition is mostly a place or a complement; the author of what is quoted ("le risoluzioni di
    // Woody Guthrie") is one only when the text keeps naming it.
    const complement = isComplementAt(text, m.index) ? 1 : 0;
    for (const part of m[0].split(/[.!?:]\s+/u)) {
      // Leading words capitalised only where sentences open ("Bundeskanzlerin Angela Merkel" at a sentence start,
      // "Derartige Kritik") are no part of the name.
      let words = withoutOpeners(part, lower).split(/\s+/);
      while (words.length > 0 && isPositional(words[0])) words = words.slice(1);
      const name = words.join(' ');
      // A user handle ("DoudouRh") is an account, not a person the text names.
      if (words.length === 1 && isHandle(name)) continue;
      if (name.length < 2 || words.length > 4 || new Set(words).size < words.length || words.some((x) => /^\p{Lu}+$/u.test(x) && x.length > 1)) continue;
      // German nouns are capitalised: a run with a noun after a determiner ("Öffnung der Schulen") names no person;
      // nor does a run with a case ending after an apostrophe ("Havalimanı'na").
      if (words.some((x) => /['’]\p{Ll}+$/u.test(x)) || (lang === 'de' && words.some(isDetermined))) continue;
      const at = text.indexOf(name, m.index);
      const last = words[words.length - 1];
      const stem = last.slice(0, Math.min(5, last.length));
      const mentions = Math.max(1, textFacts(text, verbs).prefixes.get(stem) ?? 0);
      const said = near(text.slice(Math.max(0, at - 40), at), text.slice(at + name.length, at + name.length + 40), verbs) ? 2 : 0;
      // Named once and by no verb of saying ("Piłkarz żegna Jana Kowalskiego "…"": the object) is no better evidence
      // than the weak word itself.
      list.push({ name, at, words: words.length, evidence: Math.min(mentions, 4) + said - complement });
    }
  }
  cached = { text, verbs, lang, list };
  return list;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The last full name (two to four capitalised words, the first not capitalised only by its position) of the sentence
 * that ends right before `pos`, a complement or not ("… w rozmowie z Danielle Rodos."): the person a remark opening
 * the next sentence was introduced with.
 */
export function nameInSentenceBefore(text: string, sentences: readonly Sentence[], pos: number, lower: ReadonlySet<string>): string | undefined {
  const prev = sentences.filter((x) => x.end <= pos + 1).pop();
  if (!prev || !/^[\s"“„«]*$/u.test(text.slice(prev.end, pos))) return undefined;
  let best: string | undefined;
  for (const m of text.slice(prev.start, prev.end).matchAll(NAME_RUN)) {
    const words = withoutOpeners(m[0], lower).replace(/[.,;:]+$/u, '').split(/\s+/).filter(Boolean);
    if (words.length >= 2 && words.length <= 4 && !words.some((w) => /^\p{Lu}+$/u.test(w))) best = words.join(' ');
  }
  return best;
}

/** "Según López": an "according to" word before a name is no part of it. */
export function withoutAccordingTo(speaker: string): string {
  return speaker.replace(/^(?:según|segun|secondo|selon)\s+(?=\p{Lu})/iu, '');
}

/** Forms of address written before a name, by language: no part of it ("Sr. Kola Ologbondiyan" is the person "Kola Ologbondiyan"). */
const ADDRESS: Readonly<Record<string, RegExp>> = {
  es: addressBefore('sr\\.|sra\\.|srta\\.|dr\\.|dra\\.'),
  fr: addressBefore('m\\.|mme\\.?|mlle\\.?|me\\.?|dr\\.?'),
  it: addressBefore('sig\\.ra|sig\\.?|dott\\.ssa|dott\\.?'),
  de: addressBefore('herr|frau|dr\\.?'),
  pl: addressBefore('pan|pani|dr\\.?'),
  ru: addressBefore('г-н|г-жа|господин|госпожа'),
  tr: addressBefore('sayın|bay|bayan|dr\\.?'),
};

/** The forms (lower case) opening a speaker, written capitalised or not, before a capitalised word (a case-insensitive flag would let `\p{Lu}` match any letter). */
function addressBefore(forms: string): RegExp {
  const either = forms.split('|').map((f) => `[${f[0]}${f[0]!.toUpperCase()}]${f.slice(1)}`).join('|');
  // A name may open with a particle in lower case ("Dr di Lollo", "M. de Villepin").
  return new RegExp(`^(?:${either})\\s+(?=\\p{Lu}|(?:di|de|da|del|della|du|des|van|von|le|la)\\s+\\p{Lu})`, 'u');
}

/** The speaker's name without a form of address before it. */
export function withoutAddress(speaker: string, lang: string): string {
  const re = ADDRESS[lang];
  if (re === undefined) return speaker;
  const rest = speaker.replace(re, '');
  // "Herr" alone, or an address before a lone initial: nothing left to name.
  return /\p{L}{2}/u.test(rest) ? rest : speaker;
}

/** A clause opened by "that" ("que era un intento de robo …") or a Turkish phrase in a place case names no one. */
export function namesNoOne(speaker: string, lang: string): boolean {
  return /^(?:que|qu['’]|che)\s/u.test(speaker) || (lang === 'tr' && inPlaceCaseTr(speaker));
}
