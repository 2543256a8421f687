/**
 * Who a quote's verb names when no name follows it, in the nine non-English
 * languages: the subject before the verb ("Trump sagte", "Il rapporto rileva
 * che"), the name before a quote (Turkish "Yıldırım, “…” diye konuştu"), the
 * Polish and Russian subject after the verb's objects ("zwracał się do
 * wiernych papież"), and the pronouns that stand for an earlier speaker.
 */
import type { SpeechLexicon } from './speech-verbs-intl.js';
import { NAME_RUN, PREPOSITIONS, withoutOpeners } from './speaker-names-intl.js';

export function isPronoun(s: string, lex: SpeechLexicon): boolean {
  return new RegExp(`^(?:${lex.pronouns})$`, 'iu').test(s.trim());
}

/**
 * Polish and Russian put the subject after the verb's objects: "– zwracał się
 * do wiernych papież", "– powiedział w rozmowie z PAP rzecznik policji". Past
 * the preposition-and-noun pairs, the one to four words left are the speaker.
 */
export function subjectAfterPhrases(seg: string): { name: string; at: number } | undefined {
  const words = [...seg.matchAll(/\S+/gu)];
  let i = 0;
  while (i + 1 < words.length && PREPOSITIONS.has(words[i][0].toLowerCase())) i += 2;
  const rest = words.slice(i);
  if (i === 0 || rest.length === 0 || rest.length > 4) return undefined;
  const at = rest[0].index;
  return { name: seg.slice(at).trim(), at };
}

/** Arabic and Chinese speaker phrases run on into the time ("… يوم الجمعة", "…列兹尼科夫周五"): cut it off. */
export function withoutTime(name: string): string {
  return name
    .replace(/\s+(?:يوم|اليوم|أمس|في|خلال|صباح|مساء|مساءَ)(?:\s.*)?$/u, '')
    .replace(/(?:周[一二三四五六日天]|星期[一二三四五六日天]|今天|昨天|明天|日前|近日|当天|\d+月\d+日)+$/u, '')
    .trim();
}

/**
 * The subject before a verb ("Trump sagte", "他说", "El ministro del Interior,
 * Aryeh Deri, jefe …, dijo"): a pronoun stands for the first name of the
 * sentence; otherwise the last full name, else the last capitalised word.
 */
export function subjectBefore(clause: string, lex: SpeechLexicon, lower: ReadonlySet<string>): string | undefined {
  const whole = clause.split(/[;:!?。，！？：،\n]/u).pop() ?? '';
  const marked = /[“"「]([^”"」]{1,40})[”"」]\s*$/u.exec(whole);
  if (marked) return marked[1];
  // "…me”, ha aggiunto", "что «потерял терпение» …": the words of a quote are what was said, not who said it.
  const piece = withoutQuoted(whole);
  const lastPart = (piece.split(/,/).pop() ?? '').trim();
  if (new RegExp(`(?:^|\\s)(?:${lex.pronouns})$`, 'iu').test(lastPart)) {
    const first = clause.match(NAME_RUN);
    return first?.[0] ?? lastPart.split(/\s+/).pop();
  }
  // "… che ha portato Plantz a tre miglia da Dana Point, ha detto": a name after a preposition is a place.
  const runs = [...piece.matchAll(NAME_RUN)]
    .filter((r) => !afterPreposition(piece, r.index))
    .map((r) => withoutOpeners(r[0].replace(/^(?:Der|Die|Das|Le|La|Les|El|Los|Las|Il|Lo|Gli|The|Dies|Diese|Ce|Cette)(?:\s+|$)/u, ''), lower))
    .filter((r) => r.length > 0);
  const multi = runs.filter((r) => /\s/.test(r));
  if (multi.length > 0) return multi[0];
  if (runs.length > 0) return runs[runs.length - 1];
  const trimmed = lastPart;
  // "Il rapporto rileva che …", "raport wskazuje": a report, study or statement speaks for its authors.
  const report = REPORT.exec(trimmed);
  if (report) return report[1];
  return trimmed.length > 0 && trimmed.length <= 40 && /[\p{Script=Arabic}\p{Script=Han}]/u.test(trimmed) ? trimmed : undefined;
}

/**
 * The name before `pos` (Turkish "Yıldırım, “…” diye konuştu", or what a
 * pronoun stands for): the last full name, else the last capitalised word
 * that is not a pronoun.
 */
export function nameBefore(text: string, pos: number, lex: SpeechLexicon, lower: ReadonlySet<string>, from = Math.max(0, pos - 300)): string | undefined {
  const piece = text.slice(from, pos);
  const runs = [...piece.matchAll(NAME_RUN)].map((r) => withoutOpeners(r[0].replace(/['’]\p{Ll}+$/u, ''), lower)).filter((r) => r.length > 0 && !isPronoun(r, lex));
  const multi = runs.filter((r) => /\s/.test(r));
  if (multi.length > 0) return multi[multi.length - 1];
  return runs.length > 0 ? runs[runs.length - 1] : undefined;
}

/** A subject that is a report, study or statement (its article dropped), with up to three words after it. */
const REPORT = new RegExp(
  String.raw`^(?:(?:il|lo|la|l['’]|un|uno|una|der|die|das|ein|eine|le|el|un|une)\s*)?((?:` +
    'rapporto|studio|documento|comunicato|nota|sondaggio|ricerca|indagine|relazione|' +
    'bericht|studie|mitteilung|erklärung|umfrage|rapport|étude|communiqué|enquête|sondage|informe|estudio|comunicado|encuesta|' +
    'raport|badanie|komunikat|dokument|oświadczenie|sondaż|analiza|доклад|отчёт|отчет|исследование|документ|заявление|опрос|rapor|araştırma|açıklama|bildiri' +
    String.raw`)(?:\s+[\p{L}\p{M}'’-]+){0,3})$`,
  'iu',
);

/** `s` after a closing mark whose opener lies before it, with quoted words inside it blanked (same length). */
function withoutQuoted(s: string): string {
  const blanked = s.replace(/[«“„"「][^«»“”„"「」\n]*[»”“"」]/gu, (q) => ' '.repeat(q.length));
  const orphan = Math.max(...['”', '»', '」', '"'].map((c) => blanked.lastIndexOf(c)));
  return orphan < 0 ? blanked : ' '.repeat(orphan + 1) + blanked.slice(orphan + 1);
}

function afterPreposition(s: string, at: number): boolean {
  const prev = /([\p{L}]+)\s+$/u.exec(s.slice(0, at));
  return prev !== null && PREPOSITIONS.has(prev[1].toLowerCase());
}
