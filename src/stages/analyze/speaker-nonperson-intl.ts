/**
 * Who cannot speak, for the speakers the fallbacks of `quotes-intl.ts` read off
 * a sentence when no verb of saying names one (the subject of the sentence
 * around a quote, the person the text keeps naming). Without a model, the
 * text's own usage tells: a German capitalised word is a noun unless the text
 * gives it a name's shape (a role or form of address before it, a first name
 * before it or a surname after it, "…“, so X") or writes it beside a verb of
 * saying; a word the text writes as a place (after a preposition of place, or
 * with a Turkish locative, ablative or dative ending) is no speaker unless it
 * stands beside such a verb; a Turkish run opened by a word in the genitive
 * ("Suriye'nin İdlib") is a possessive phrase. A speaker that fails is left
 * empty rather than guessed (the bench counts an empty speaker as a wrong one).
 */

/** Prepositions of place (in, at, to, from) per language: a word after one names where, not who. */
const PLACE_PREPOSITIONS: Readonly<Record<string, string>> = {
  de: 'in|im|nach|aus|bei|auf',
  fr: 'à|en|dans|au|aux|vers|depuis',
  es: 'en|desde|hacia|hasta',
  it: 'in|a|nel|nella|verso|da',
  pl: 'w|we|do|z|ze|na',
  ru: 'в|во|из|на',
};

/**
 * Per text and language: the words written after a preposition of place or with a Turkish place ending, and the
 * verdicts given (a text's quotes ask about the same words in turn; `near` is the text's own, so it is no key).
 */
let memo: { text: string; lang: string; places: readonly string[]; verdicts: Map<string, boolean> } | undefined;

function textMemo(text: string, lang: string): NonNullable<typeof memo> {
  if (memo?.text === text && memo.lang === lang) return memo;
  const places = new Set<string>();
  if (lang === 'tr') {
    // Locative, ablative and dative endings after an apostrophe ("Irak'ta", "Düsseldorf'tan", "Sinop'a").
    for (const m of text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}\p{M}]+)['’](?:[dt][ae]n?|y?[ae])(?![\p{L}])/gu)) places.add(m[1]);
  } else if (PLACE_PREPOSITIONS[lang] !== undefined) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(?:${PLACE_PREPOSITIONS[lang]})\\s+(\\p{Lu}[\\p{L}\\p{M}]+)`, 'giu'))) places.add(m[1]);
  }
  memo = { text, lang, places: [...places], verdicts: new Map() };
  return memo;
}

/** Whether the single word `w` is written as a place in `text` (its case endings allowed: "w Iraku" for "Irak"). */
export function writtenAsPlace(w: string, text: string, lang: string): boolean {
  if (!/^\p{Lu}[\p{L}\p{M}]+$/u.test(w)) return false;
  const stem = lang === 'tr' || w.length <= 5 ? w : w.slice(0, w.length - 1);
  return textMemo(text, lang).places.some((x) => x.startsWith(stem) && x.length - stem.length <= (lang === 'tr' ? 0 : 3));
}

/** German role nouns, the ends of compounds too ("Gesundheitsminister"); entity-words-intl.ts reads a role before a name with them. */
export const DE_ROLE_NOUNS = 'minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|sprecher|sprecherin|chef|chefin|leiter|leiterin|direktor|direktorin|professor|professorin|trainer|trainerin|meister|meisterin|sekretär|sekretärin|vorsitzende|vorsitzender|virologe|virologin|experte|expertin|forscher|forscherin|wissenschaftler|wissenschaftlerin|schauspieler|schauspielerin|autor|autorin|polizist|polizistin|arzt|ärztin|anwalt|anwältin';

/**
 * A German role or form of address before a name ("Gesundheitsminister Anschober", "Frau Merkel", "Prof. Drosten"); a
 * role alone ("Vorsitzende", "Wissenschaftler") describes one who speaks, so it is no common noun here.
 */
const TITLE_DE = new RegExp(`(?:${DE_ROLE_NOUNS}|^Herr|^Frau|^Dr\\.|^Prof\\.)$`, 'iu');

/** A capitalised German word that reads as a noun: one the text writes in lower case, or with a noun's ending. */
function nounLike(w: string, lower: ReadonlySet<string>): boolean {
  return lower.has(w.toLowerCase()) || /(?:ung|heit|keit|schaft|tion|tät|ismus|nis|en|er|in|e)$/u.test(w);
}

/**
 * German: a name's shape for `w` somewhere in the text: after a role or form of address ("Gesundheitsminister
 * Anschober"), after a first name ("Markus Ornig"), before a surname ("Greta Thunberg"), or after the reporting "so"
 * ("…“, so Anschober").
 */
function nameShapeDe(w: string, text: string, lower: ReadonlySet<string>): boolean {
  const e = escape(w);
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}.-]*)\\s+${e}(?![\\p{L}])`, 'gu'))) {
    if (TITLE_DE.test(m[1]) || !nounLike(m[1], lower)) return true;
  }
  // A first name before a surname; a noun before a name is a title or an apposition ("Fachportal Michelin").
  if (!nounLike(w, lower) && !TITLE_DE.test(w)) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${e}\\s+(\\p{Lu}[\\p{Ll}-]+)(?![\\p{L}])`, 'gu'))) if (!nounLike(m[1], lower)) return true;
  }
  return new RegExp(`["“”»«]\\s*,?\\s*so\\s+${e}(?![\\p{L}])`, 'u').test(text);
}

/**
 * Turkish: a word with a locative or dative ending after its apostrophe ("Güney Kore’de", "İSTANBUL'DA …", "Sinop'a",
 * "Kore'deki") says where or to whom something happens; a phrase with one is never the subject.
 */
export function inPlaceCaseTr(speaker: string): boolean {
  return speaker.trim().split(/\s+/u).some((x) => /['’](?:[dt][ae]|y?[ae]|[dt][ae]ki)$/iu.test(x));
}

/**
 * Whether `speaker`, read by a fallback, is no one who speaks: see the file comment. `near` says whether the text writes
 * a word beside a verb of saying (the subject of one is a speaker whatever else it is).
 */
export function cannotSpeak(speaker: string, text: string, lang: string, lower: ReadonlySet<string>, near: (w: string) => boolean, verbs?: RegExp): boolean {
  const s = speaker.trim();
  const words = s.split(/\s+/);
  if (lang === 'tr' && words.length >= 2 && words.slice(0, -1).some((x) => /['’]n?[ıiuü]n$/u.test(x))) return true;
  if (lang === 'tr' && inPlaceCaseTr(s)) return true;
  // German: a noun phrase with its own determiner inside ("Jahrestag der Befreiung"), unless a role heads it ("Sprecher des Ministeriums").
  if (lang === 'de' && words.length >= 2 && /^\p{Lu}/u.test(words[0]) && !TITLE_DE.test(words[0]) && words.some((x, i) => i > 0 && /^(?:der|die|das|des|dem|den)$/u.test(x) && !/^(?:von|van|zu|vom)$/iu.test(words[i - 1]))) return true;
  if (words.length !== 1) return false;
  const verdicts = textMemo(text, lang).verdicts;
  let no = verdicts.get(s);
  if (no === undefined) {
    // A place stands by a verb of saying as its subject, not after a preposition ("… und Kultur in Brandenburg spricht").
    no = (writtenAsPlace(s, text, lang) && verbs !== undefined && !saidOutsidePlacePhrase(s, text, lang, verbs)) || !near(s) && (writtenAsPlace(s, text, lang) || (lang === 'tr' && !topicTr(s, text)) || (lang === 'de' && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(s) && !TITLE_DE.test(s) && !nameShapeDe(s, text, lower)));
    verdicts.set(s, no);
  }
  return no;
}

/**
 * A one-word speaker, read by any path, that the text writes only as a place: after a preposition of place ("w
 * Warszawie", "w Krakowie") or with a Turkish locative or dative ending ("Galatasaray'a"), never beside a verb of saying
 * outside such a phrase, and never as the source of words. A place says nothing: the caller looks for the speaker again.
 */
export function onlyAPlace(speaker: string, text: string, lang: string, verbs: RegExp): boolean {
  const s = speaker.trim();
  if (/\s/u.test(s) || !writtenAsPlace(s, text, lang) || saidOutsidePlacePhrase(s, text, lang, verbs)) return false;
  // The source or agent of words is no place: Turkish "Erdoğan'dan" (a message from Erdoğan), Italian "da Apple" ("una
  // risposta scritta da Apple in cui si afferma": written by Apple). Those forms name who speaks.
  const e = escape(s);
  return !(lang === 'tr' ? new RegExp(`(?<![\\p{L}])${e}['’][dt][ae]n(?![\\p{L}])`, 'u') : lang === 'it' ? new RegExp(`(?<![\\p{L}])da\\s+${e}(?![\\p{L}])`, 'iu') : /$^/u).test(text);
}

/**
 * Turkish: the text writes `w` as a topic somewhere (a comma after it, "Kara, daha sonra …"; a headline's colon,
 * "Apaydın: …"), with a case ending ("Kara'nın"; a common noun's glued on, "Kulüpten yapılan açıklamada": the club
 * that issues a statement speaks) or as the last word of a name. A word it never writes so only modifies the noun after it
 * ("Krvavec halkı", the people of Krvavec; "İdlib kentinde"): a place or a name of a thing, not one who speaks.
 */
function topicTr(w: string, text: string): boolean {
  // The last word of a full name or of a title and name ("Ayşe Yılmaz", "Vali Yerlikaya") names a person too.
  return new RegExp(`(?<![\\p{L}])${escape(w)}(?:\\s*[,:]|['’]?\\p{Ll})|(?<![\\p{L}'’])\\p{Lu}\\p{Ll}+\\s+${escape(w)}(?![\\p{L}])`, 'u').test(text);
}

/** Whether `w` stands by a verb of saying (two words either side) at an occurrence not after a preposition of place. */
function saidOutsidePlacePhrase(w: string, text: string, lang: string, verbs: RegExp): boolean {
  const prep = PLACE_PREPOSITIONS[lang] ? new RegExp(`(?<![\\p{L}])(?:${PLACE_PREPOSITIONS[lang]})\\s+$`, 'iu') : undefined;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${escape(w)}(?![\\p{L}\\p{M}])`, 'gu'))) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (prep?.test(before)) continue;
    const prev = /(?:\p{L}+\s+)?\p{L}+\s+$/u.exec(before)?.[0];
    const next = /^\s+\p{L}+(?:\s+\p{L}+)?/u.exec(text.slice(m.index + w.length, m.index + w.length + 40))?.[0];
    if ([prev, next].some((x) => x !== undefined && (verbs.exec(x)?.[0].length ?? 0) >= 3)) return true;
  }
  return false;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
