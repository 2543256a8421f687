/**
 * A description before a verb of saying is its subject in French, Spanish and Italian, whose clauses put the subject
 * first ("les dirigeants ont déclaré …", "Le porte-parole officiel du Premier ministre Boris Johnson a déclaré que
 * …", "il portavoce del governo ha detto"). A name inside the description's complements belongs to the complement (the
 * minister whose spokesman spoke), not to the speaker; the words after the verb are its object, not its subject. Once
 * every quote has a speaker, a description standing alone is resolved to the name the article gave with it.
 */
import type { Sentence } from '../../core/types.js';
import type { SpeechLexicon } from './speech-verbs-intl.js';
import type { Found } from './quotes-intl-attribute.js';
import { NAME_RUN, PREPOSITIONS, isComplementAt } from './speaker-names-intl.js';
import { REPORT_NOUNS, descriptionHead, descriptionHolder } from './speaker-roles-intl.js';
import { NAMED_INSTITUTION, isPronoun } from './speaker-subjects-intl.js';
import { sentenceStart } from './speaker-clause-intl.js';
import { OFFICE } from './entity-words-intl.js';

/** A report, study or statement as the subject is read by `subjectBefore` (its article dropped). */
const REPORT_HEAD = new RegExp(`^(?:${REPORT_NOUNS})$`, 'iu');

/** Languages whose subject stands before the verb when the verb introduces a quote. */
export const SUBJECT_FIRST: ReadonlySet<string> = new Set(['fr', 'es', 'it']);

/** Auxiliaries, clitics and negations between a subject and its verb ("ont", "ha", "se", "l'", "ne … pas"). */
const BETWEEN = /(?:\s+(?:a|ont|avait|avaient|aurait|auraient|ha|han|hanno|había|habían|habría|aveva|avevano|avrebbe|è|sono|est|sont|si|se|s['’]|l['’]|lo|la|le|les|lui|leur|y|en|ne|n['’]|gli|ci|vi|ya|también|anche|aussi|non|no|pas|jamais|mai|nunca))+$/iu;

/** An article, then a lower-case head noun: a description. */
const DESCRIPTION = /^(?:le|la|les|l['’]|un|une|des|el|los|las|il|lo|gli|i|uno|una|un['’])\s*\p{Ll}[\p{L}\p{M}-]{3,}/iu;


/**
 * The description that opens the clause right before a verb of saying (`before` ends where the verb starts), when every
 * name inside it stands in a complement: "les dirigeants", "Le porte-parole officiel du Premier ministre Boris
 * Johnson". Undefined when the clause does not open with a description (a name, an adverbial, a pronoun) or a name in
 * it is the description's own holder ("le ministre de la Défense Oleksii Reznikov", "il presidente della Regione
 * Lombardia Attilio Fontana").
 */
export function describedSubject(before: string): string | undefined {
  // A conjunction opening the clause is no part of its subject ("Mientras que el artículo 205 señala").
  let piece = (before.split(/[,;:!?.()\n"“”«»„]/u).pop() ?? '').replace(BETWEEN, '').trim()
    .replace(/^(?:mientras que|mientras|alors que|tandis que|mentre|y|e|et|pero|mais|ma|però|sin embargo|cependant|tuttavia)\s+/iu, '');
  // "La semana pasada el presidente": a time phrase before the subject's own article is no part of it (an article after
  // a preposition, "de la", opens a complement instead).
  const own = [...piece.matchAll(/(?<=\s)(?:le|la|les|l['’]|el|los|las|il|lo|gli)(?=\s|(?<=['’]))/giu)]
    .filter((a) => !PREPOSITIONS.has((/(\p{L}+)\s+$/u.exec(piece.slice(0, a.index))?.[1] ?? '').toLowerCase())).pop();
  // Only after a short phrase with no relative pronoun: "en el que el socialista" is a relative clause of its own.
  if (own) {
    const lead = piece.slice(0, own.index).trim().split(/\s+/);
    if (lead.length > 4 || lead.some((w) => /^(?:que|qui|che|cui|dont|où|donde|cual|quale)$/iu.test(w))) return undefined;
    piece = piece.slice(own.index);
  }
  // "Klobuchar ha condiviso l'articolo e ha scritto": a verb after "and" shares the subject of the clause before.
  if (/\s(?:e|ed|et|y|o|ou|ma|mais|pero|poi|puis)$/iu.test(piece)) return undefined;
  if (!DESCRIPTION.test(piece) || REPORT_HEAD.test(descriptionHead(piece) ?? '')) return undefined;
  const words = piece.split(/\s+/);
  if (words.length > 10) return undefined;
  // The capitalised article opening the sentence is no name.
  const body = piece.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  for (const m of body.matchAll(NAME_RUN)) {
    // A complement's run of three words or more carries the holder's own name after the complement's ("della Difesa
    // Paolo Bianchi"): the description has a holder, which the other rules read.
    if ((isComplementAt(body, m.index) && m[0].trim().split(/\s+/).length < 3) || officeInComplement(body.slice(0, m.index))) continue;
    return undefined;
  }
  return piece;
}

/** The words before a name end with an office inside a complement: "… du Premier ministre", "del presidente". */
function officeInComplement(before: string): boolean {
  const words = before.trim().split(/\s+/);
  if (words.length < 2 || !OFFICE.test(words[words.length - 1])) return false;
  // The preposition within the three words before the office ("du Premier ministre", "de la présidente").
  return words.slice(-4, -1).some((w) => PREPOSITIONS.has(w.toLowerCase()) || /^(?:del|della|dello|dei|degli|delle|d['’]|dell['’])$/iu.test(w));
}

/**
 * The subject of a reporting frame whose verb the lexicon lacks: "[…,] <subject> <verb> que|che|:" right before the
 * quotation ("el responsable de la formación lamenta que "…"", "el artículo 205, más específico, señala: "…"",
 * "l'ambassadeur Pierre Durand estime que « … »"). Any verb in that frame reports the quotation, so the description or
 * full name before it speaks. `clause` runs from the sentence start to the opening mark.
 */
export function framedSubject(clause: string): string | undefined {
  const frame = /(?:\s(?:que|qu['’]|che)|:)\s*$/iu.exec(clause.replace(/["“«„\s]+$/u, ' '));
  if (!frame) return undefined;
  // The verb is the word before the connector (its auxiliaries and clitics go with it); an apposition between commas
  // may stand between the subject and the verb.
  const beforeConnector = clause.replace(/["“«„\s]+$/u, '').replace(/\s*(?:que|qu['’]|che|:)$/iu, '');
  const verb = /\s\p{Ll}[\p{L}\p{M}]+$/u.exec(beforeConnector);
  if (!verb) return undefined;
  const rest = beforeConnector.slice(0, verb.index).replace(BETWEEN, '').replace(/,\s[^,]{1,40},\s*$/u, '');
  if (/[,;]\s*$/u.test(rest)) return undefined;
  const described = describedSubject(`${rest} `);
  if (described) return described;
  // A full name (two to four capitalised words) ending the subject, not inside a complement ("Le maire Paul Girard",
  // "Por su parte, Pablo Casado"; not "la sede de Banco Central").
  const subject = rest.trim();
  const name = /(?<![\p{L}\p{M}'’.-])((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’.-]+)$/u.exec(subject);
  if (!name || isComplementAt(subject, name.index)) return undefined;
  // An article opening the clause is capitalised, not part of the name ("La Rochelle" aside, a name after it is a
  // description's holder: "El Presidente").
  const words = name[1].split(/\s+/);
  if (/^(?:Le|La|Les|El|Los|Las|Il|Lo|Gli|Un|Una|Une|Uno)$/u.test(words[0])) return words.length >= 3 ? words.slice(1).join(' ') : undefined;
  return name[1];
}

/** A description marked as one more title of someone already named ("El también vicepresidente", "l'ancien ministre"). */
const ALSO = /^(?:el|la|le|il|lo|l['’]|der|die)?\s*(?:también|anche|aussi|auch|ex|ancien|ancienne|antiguo|antigua|ehemalige[rn]?)(?![\p{L}])/iu;

/**
 * Speakers given only by a description ("enfatizó el biólogo", "La società afferma"), once every quote has one: each
 * takes the person or organisation the article named with that description earlier, the same holder for the same
 * description (moved here from `quotes-intl.ts`).
 */
export function resolveDescriptions(text: string, sentences: readonly Sentence[], found: Found[], lex: SpeechLexicon, lower: ReadonlySet<string>): void {
  const resolved = new Map<string, string>();
  found.forEach((f, i) => {
    if (f.speaker !== undefined && resolved.has(f.speaker)) f.speaker = resolved.get(f.speaker);
    if (f.speaker === undefined || isPronoun(f.speaker, lex) || !/^\p{Ll}/u.test(f.speaker.replace(/^(?:el|la|los|las|le|les|l['’]|il|lo|gli)\s*/iu, ''))) return;
    // "el ministro de Defensa Oleksii Réznikov": the description already ends with its holder's name.
    if (/\p{Lu}[\p{L}\p{M}'’.-]*\s+\p{Lu}[\p{L}\p{M}'’.-]*\s+\p{Lu}[\p{L}\p{M}'’.-]*[\s,]*$/u.test(f.speaker)) return;
    // "le parti du Likud de Netanyahu": an institution given with its own name is already named.
    if (NAMED_INSTITUTION.test(f.speaker)) return;
    // A plural description ("les dirigeants", "los vecinos", "gli esperti") stands for a group, never for one name.
    if (/^(?:les|des|los|las|unos|unas|i|gli)\s/iu.test(f.speaker)) return;
    // Only mentions before the quote's sentence: the description's own mention names no one.
    let holder = descriptionHolder(text, sentenceStart(sentences, f.q.openStart), f.speaker, lower);
    // "El también vicepresidente del …": "also" says the description is one more title of the person in focus.
    const prev = found[i - 1];
    if (!holder && ALSO.test(f.speaker) && prev?.speaker !== undefined && /^\p{Lu}/u.test(prev.speaker) && f.q.openStart - prev.q.closeEnd < 1500) holder = prev.speaker;
    if (holder) {
      resolved.set(f.speaker, holder);
      f.speaker = holder;
    }
  });
}
