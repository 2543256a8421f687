/**
 * The speaker before a verb that introduces a quote, for the cases the
 * languages mark their own way: a statement noun with a possessive right before
 * the quotation ("Müller in seiner Erklärung: „…“"), a German clause opened by
 * its subject, and an Arabic subject before a participle of saying or shared
 * with an earlier clause of the same sentence.
 */
import { OWN_STATEMENT, type SpeechLexicon } from './speech-verbs-intl.js';
import { subjectBefore, withoutTime } from './speaker-subjects-intl.js';
import { lastMatch } from './speaker-clause-intl.js';

/**
 * "Osman K. ifadesinde “…”", "لقد كان ريان في كلمته إلى "الوطن": "…"", "Müller in seiner Erklärung: „…“": a statement
 * noun with a possessive right before the quotation (no verb of saying after it) is spoken by the subject before it. The
 * subject is read back past a sentence end that only an initial makes ("Osman K.").
 */
export function ownStatementSpeaker(text: string, open: number, clause: string, lang: string, lex: SpeechLexicon, verbs: RegExp, lower: ReadonlySet<string>): string | undefined {
  const re = OWN_STATEMENT[lang];
  const m = re ? lastMatch(clause, re) : undefined;
  if (!m) return undefined;
  const tail = clause.slice(m.index + m[0].length);
  if (tail.length > 40 || /[.!?。！？\n]/u.test(tail) || verbs.test(tail)) return undefined;
  let before = clause.slice(0, m.index);
  if (!/\p{L}\p{L}/u.test(before.replace(/\p{Lu}\.\s*$/u, ''))) {
    // Only an initial before it in its sentence ("Osman K. ifadesinde"): back to the last sentence end that is not an
    // initial, at most 150 characters.
    const at = open - clause.length + m.index;
    const back = text.slice(Math.max(0, at - 150), at);
    const ends = [...back.matchAll(/(?<!(?:^|[\s(])\p{Lu})[.!?。！？\n]\s/gu)];
    before = back.slice(ends.length > 0 ? ends[ends.length - 1].index + ends[ends.length - 1][0].length : 0);
  }
  if (verbs.test(before)) return undefined;
  if (lang === 'ar') {
    // The words after the clause's particles and auxiliary ("لقد كان ريان"), at most three.
    const words = before.replace(/^.*[،,]/u, '').trim().split(/\s+/).filter((w) => w && !/^(?:لقد|قد|وقد|كان|كانت|وكان|وكانت|و|ثم)$/u.test(w));
    return words.length > 0 && words.length <= 3 ? words.join(' ') : undefined;
  }
  const who = subjectBefore(before, lex, lower);
  return who !== undefined && /^\p{Lu}/u.test(who) ? withoutTime(who) : undefined;
}

/** The German clause before a finite verb opens with its subject: an article, a name or a title, not an adverbial. */
export function germanSubjectFirst(before: string, tail: string, lower: ReadonlySet<string>): boolean {
  // The sentence's words before the verb (appositions between commas included: "Der Sprecher, Steve Alter, sagte").
  const piece = (before.split(/[;:!?.]/u).pop() ?? '').trim().replace(/^(?:und|aber|doch|denn|oder|sondern)\s+/iu, '');
  const words = piece.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  const after = tail.trim();
  // Only a dative or accusative after the verb ("dem Sender", "den Journalisten", "gegenüber") is surely no subject;
  // "der" may be either ("Gestern sagte der Minister"), so then the clause must open with an article or a full name.
  // "Ein Professor kritisiert die Strategie …": a phrase opened by a nominative article ("ein", "der" before a noun) is
  // the subject when no nominative phrase ("der …", "ein …") follows the verb.
  if (/^(?:der|ein)$/iu.test(words[0]) && words.length <= 3 && !/^(?:der|ein)(?![\p{L}])/iu.test(after)) return true;
  if (/^(?:dem|den|einem|einen|ihm|ihnen|gegenüber)(?![\p{L}])/iu.test(after)) return /^\p{Lu}/u.test(words[0]) && !lower.has(words[0].toLowerCase()) || /^(?:der|die|das|ein|eine)$/iu.test(words[0]);
  if (!/^(?:der|einer)(?![\p{L}])/iu.test(after)) return false;
  if (/^(?:der|die|das|ein|eine)$/iu.test(words[0])) return true;
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && !lower.has(words[0].toLowerCase());
}

/** "وأضاف عون قائلا": the words between the finite verb and the participle of saying. */
export function arabicSubjectBeforeParticiple(before: string, verb: string, verbs: RegExp): string | undefined {
  if (!/^(?:قائلا|قائلة|مضيفا|مضيفة|مؤكدا|مؤكدة|متابعا)$/u.test(verb)) return undefined;
  const finite = lastMatch(before, verbs);
  const who = finite ? before.slice(finite.index + finite[0].length).replace(/[,،\s]+$/u, '').trim() : '';
  return who && who.split(/\s+/).length <= 6 ? withoutTime(who) : undefined;
}

/**
 * "وأعرب الأمين العام للأمم المتحدة عن قلقه، وقال:": a bare verb after a clause of the same sentence shares its subject,
 * the words after that clause's verb up to a preposition.
 */
export function arabicEarlierSubject(before: string, verbs: RegExp): string | undefined {
  if (!/[،,]\s*و?\S*\s*$/u.test(before) && before.trim() !== '') return undefined;
  const earlier = lastMatch(before.replace(/[،,]\s*$/u, ''), verbs);
  if (!earlier) return undefined;
  const who = before.slice(earlier.index + earlier[0].length).split(/[،,]|\s(?:عن|على|إلى|في|من|أن|إن|بأن)(?:\s|$)/u)[0].trim();
  return who && who.split(/\s+/).length <= 6 ? withoutTime(who) : undefined;
}
