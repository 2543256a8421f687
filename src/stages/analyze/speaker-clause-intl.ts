/**
 * The clause after a verb of saying and the speaker it names, in the nine
 * non-English languages (", sagte Trump", "— написала Аллену в ответ сенатор
 * штата Лена Тейлор"), with the sentence a position falls in and the last match
 * of a pattern, which attribution reads back from.
 */
import type { Sentence } from '../../core/types.js';
import type { SpeechLexicon } from './speech-verbs-intl.js';
import { NAME_RUN, PREPOSITIONS, isComplementAt } from './speaker-names-intl.js';

export function sentenceStart(sentences: readonly Sentence[], pos: number): number {
  let s = 0;
  for (const x of sentences) {
    if (x.start > pos) break;
    s = x.start;
  }
  return s;
}

/** Text after a verb up to the end of its clause; `offset` = leading spaces skipped. */
export function clauseSegment(text: string, from: number): { text: string; offset: number } {
  // "– stwierdził w rozmowie z "Daily Mail" Miller": a title in marks inside the phrase is the medium, not its end.
  const rest = text.slice(from, from + 160).replace(/(?<=\S\s+)["“„«][\p{Lu}\p{N}][^"“”„«»\n]{0,38}["”“»]/gu, (t) => '§'.repeat(t.length));
  const lead = /^\s*/.exec(rest)![0].length;
  // A full stop after an initial or a title's abbreviation ("a dit M. Dupont", "powiedział dr Jan Nowak") ends nothing.
  const stop = rest.slice(lead).search(/[,;:!?()\n。，！？：؛،]|(?<!(?:^|[\s(])(?:\p{Lu}|Mme|Mlle|Mr|Mrs|Ms|Dr|Prof|Hr|Fr|Sr|Sra|Dott|Ing|Gen|dr|prof|ks|gen|płk|mgr|inż))\.(?:\s|$|\p{Lu})|\s[-–—]\s|["“”«»„]/u);
  return { text: rest.slice(lead, stop < 0 ? rest.length : lead + stop), offset: lead };
}

/**
 * The speaker named in a clause segment after a verb: a name straight after
 * the verb ("sagte Trump"), else the first full name ("… сенатор штата Лена
 * Тейлор"), else the first capitalised word not after a preposition, else the
 * phrase itself ("le département de police").
 */
export function speakerIn(seg: string, lex: SpeechLexicon, lang = ''): { name: string; at: number } | undefined {
  const trimmed = seg.trim();
  if (trimmed === '') return undefined;
  const pronoun = new RegExp(`^(?:${lex.pronouns})(?![\\p{L}])`, 'iu').exec(trimmed);
  if (pronoun) return { name: pronoun[0], at: seg.indexOf(pronoun[0]) };
  const runs: { name: string; at: number; multi: boolean }[] = [];
  for (const m of seg.matchAll(NAME_RUN)) {
    // "ha aggiunto il leader della Lega": a name in the speaker's complement is not the speaker.
    // A run of three or more words carries the holder's own name ("le ministre de la Défense Oleksiï Reznikov").
    if (isComplementAt(seg, m.index) && seg.slice(0, m.index).trim() !== '' && m[0].trim().split(/\s+/).length < 3) continue;
    const name = m[0].replace(/[.’'-]+$/u, '').replace(/^(?:Der|Die|Das|Le|La|Les|El|Los|Las|Il|Lo|Gli|The)\s+/u, '');
    runs.push({ name, at: m.index + (m[0].length - m[0].replace(/^(?:Der|Die|Das|Le|La|Les|El|Los|Las|Il|Lo|Gli|The)\s+/u, '').length), multi: /\s/.test(name) });
  }
  const first = runs[0];
  // "— написала Аллену в ответ сенатор штата Лена Тейлор": a Russian name in the dative is the addressee; a full name
  // later in the clause is the subject.
  // So is a single word before a full name in Russian and Polish: "— сказал Reuters эксперт Джон Смит" (the outlet told).
  // (Not past a preposition: "— сказал Стаффорд в интервью Channel 2 Action News" names the outlet after the speaker.)
  const fullAfter = first !== undefined && runs.some((r) => r.multi && !seg.slice(first.at + first.name.length, r.at).split(/\s+/).some((w) => PREPOSITIONS.has(w.toLowerCase())));
  // Two words of an outlet too, when a role in lower case leads to the full name: "— рассказал РИА Новости глава региона
  // Сергей Иванов".
  const outletFirst = first !== undefined && first.multi && (lang === 'ru' || lang === 'pl') && runs.some((r) => {
    if (r === first || !r.multi) return false;
    const between = seg.slice(first.at + first.name.length, r.at).trim().split(/\s+/).filter(Boolean);
    return between.length > 0 && between.length <= 4 && between.every((w) => /^\p{Ll}/u.test(w) && !PREPOSITIONS.has(w.toLowerCase()));
  });
  const dative = first !== undefined && !first.multi && ((/\p{Script=Cyrillic}(?:у|ю|ому|ему)$/u.test(first.name) && runs.some((r) => r.multi)) || ((lang === 'ru' || lang === 'pl') && fullAfter));
  if (first && !dative && !outletFirst && seg.slice(0, first.at).trim() === '') return first;
  if (outletFirst) return runs.find((r) => r !== first && r.multi);
  const multi = runs.find((r) => r.multi);
  if (multi) return multi;
  if (first) return first;
  const words = trimmed.split(/\s+/).slice(0, 8).join(' ');
  // Punctuation left after the verb ("…"، قال.") names no one.
  if (!/\p{L}/u.test(words)) return undefined;
  return { name: words, at: seg.indexOf(words) };
}

export function lastMatch(s: string, re: RegExp): RegExpExecArray | undefined {
  const g = new RegExp(re.source, 'giu');
  let last: RegExpExecArray | undefined;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) last = m;
  return last;
}
