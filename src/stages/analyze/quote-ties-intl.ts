/**
 * Ties of a quotation to a speaker that no verb of saying next to it shows: a headline that puts the quotation first
 * and its speaker after a colon ("„Hilfe muss auch gewollt sein“: Wehrbeauftragter stellt … infrage"), German indirect
 * speech, whose subjunctive reports what someone said ("Die SPD habe «großen Respekt» vor …"), and "according to" after
 * the closing mark ("“…”, según el senador").
 */

/**
 * The speaker of a headline quotation: one that opens the text or its line, followed by a colon and a subject that a
 * lower-case word (its verb) follows ("«Ganz plötzlich bumm»: Trump schildert …"); the mirror of "Trump: «…»". Only a
 * capitalised run of at most four words before that lower-case word names the subject.
 */
export function headlineSpeaker(text: string, openStart: number, closeEnd: number): string | undefined {
  if (!/(?:^|\n)[^\S\n]*$/u.test(text.slice(Math.max(0, openStart - 20), openStart))) return undefined;
  const m = /^[^\S\n]*:[^\S\n]+((?:\p{Lu}[\p{L}\p{M}'’.-]*[^\S\n]+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*)[^\S\n]+\p{Ll}/u.exec(text.slice(closeEnd, closeEnd + 120));
  return m?.[1];
}

/**
 * German Konjunktiv I of the verbs indirect speech uses most ("habe", "sei", "werde", "könne", …): a sentence in it
 * reports someone's words, so a short phrase in marks there is quoted from them. Third person singular forms, which the
 * indicative writes otherwise ("hat", "ist", "wird", "kann"); not the plural ("haben", "werden"), which the indicative
 * shares. "habe" and "werde" are also the first person, which narration outside quotations seldom uses.
 */
const KONJUNKTIV_I = /(?<![\p{L}])(?:habe|sei|seien|werde|könne|müsse|wolle|solle|dürfe)(?![\p{L}])/iu;

/** Whether the German sentence around a quotation (its words before the opening mark and after the closing one) is in indirect speech. */
export function inIndirectSpeech(before: string, after: string): boolean {
  const rest = /^[^.!?\n"“”„«»]*/u.exec(after)?.[0] ?? '';
  return KONJUNKTIV_I.test(before.replace(/["“”„«»][^"“”„«»]*["“”„«»]/gu, ' ')) || KONJUNKTIV_I.test(rest);
}

/** "According to" words that may follow a quotation, by language ("“…”, según el senador"). */
const ACCORDING_AFTER: Readonly<Record<string, string>> = {
  es: 'según|de acuerdo con', fr: "selon|d['’]après", it: 'secondo|stando a', pl: 'według|zdaniem', ru: 'по словам|по мнению',
};

/**
 * The one named by an "according to" phrase right after the closing mark and its comma or dash ("… su “relación
 * moribunda”, según el senador."): the mirror of "según el senador, “…”", which ties a quotation to its speaker as a verb
 * of saying does. Not after a full stop: "Según X, …" then opens the next sentence.
 */
export function accordingAfter(after: string, lang: string): string | undefined {
  const words = ACCORDING_AFTER[lang];
  if (words === undefined) return undefined;
  const m = new RegExp(`^[^\\S\\n]*[,–—-][^\\S\\n]*(?:${words})\\s+([^,.;:!?"“”«»„\\n]{2,60}?)\\s*(?=[,.;:!?\\n]|$)`, 'iu').exec(after);
  return m?.[1].trim();
}
