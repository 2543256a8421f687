/**
 * Ties of a quotation to a speaker that no verb of saying next to it shows: a headline that puts the quotation first
 * and its speaker after a colon ("„Hilfe muss auch gewollt sein“: Wehrbeauftragter stellt … infrage"), and German
 * indirect speech, whose subjunctive reports what someone said ("Die SPD habe «großen Respekt» vor …").
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
