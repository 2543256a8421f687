/**
 * Direct quotes in the nine non-English languages: the quotation marks of
 * each (“ ” „ “ « » » « ‹ › 「 」 『 』 ‚ ‘ and straight "), quotes whose
 * opening mark was lost ("…», a déclaré X"), unmarked dash-led speech of
 * Polish and Russian copy ("… – poinformował X"), and a speaker for each
 * from the speech verbs of `speech-verbs-intl.ts`: after the quote (", sagte
 * Trump"), before it ("他说：", "Koca, “…” dedi"), or the last speaker /
 * speech-verb sentence before it when the quote stands alone.
 */
import type { Quote, Sentence } from '../../core/types.js';
import { SPEECH, type SpeechLexicon } from './speech-verbs-intl.js';
import { findMarks, type Mark } from './quote-marks-intl.js';

/** Words before a capitalised name that make it a place or time, not a speaker. */
const PREPOSITIONS = new Set(
  ('in im am an auf bei vor nach von vom zu zum zur aus mit für à au aux en dans de du des sur chez pour par avec a al del en de con ' +
    'di da dal nel nella su per con w we z ze na do od przed po u в во на из от до с со у к по при для о об için ile de da ' +
    'في من على إلى عن مع').split(' '),
);
/** A capitalised word (Latin, Cyrillic, Greek), with name-internal joiners. */
const NAME_RUN = /(?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:(?:de|da|van|von|der|al|bin|ben|la|le|di|del|y)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;

interface Found {
  readonly q: Mark;
  speaker?: string;
  mention?: { start: number; end: number };
}

/**
 * Quotes of `text` in language `lang` with their speakers.
 * @example extractQuotesIntl('„Wir bleiben“, sagte Scholz.', sents, 'de')[0].speaker // 'Scholz'
 */
export function extractQuotesIntl(text: string, sentences: readonly Sentence[], lang: string): Quote[] {
  const lex = SPEECH[lang];
  if (!lex) return [];
  const verbs = new RegExp(`(?<![\\p{L}])(?:${lex.verbs})(?![\\p{L}])`, 'iu');
  const verbAfter = new RegExp(`^\\s*[,.]?\\s*[-–—]?\\s*(?:${lex.verbs})(?![\\p{L}])`, 'iu');
  const marks = findMarks(text, verbAfter);
  if (lang === 'pl' || lang === 'ru') marks.push(...dashQuotes(text, lex, marks));
  marks.sort((x, y) => x.openStart - y.openStart);
  const found: Found[] = [];
  for (const q of marks) {
    const inner = text.slice(q.start, q.end);
    const words = inner.trim().split(/\s+/).filter(Boolean).length + (inner.match(/[\p{Script=Han}]/gu)?.length ?? 0) / 2;
    const after = text.slice(q.closeEnd, q.closeEnd + 160);
    const sentStart = sentenceStart(sentences, q.openStart);
    const beforeClause = text.slice(sentStart, q.openStart);
    const attributedAfter = verbAfter.test(after);
    const introduced = verbs.test(beforeClause) || /(?:[:：]|\b(?:dass|que|che|że|что|ki|أن|إن))\s*$/iu.test(beforeClause);
    // Titles, names and scare quotes: short and not tied to a verb of saying.
    if (words < 4 && !attributedAfter && !introduced) continue;
    // "“kylehedigertattoo”写道" — a name in marks before a verb is the speaker, not a quote.
    if (words <= 2 && attributedAfter && lang === 'zh') continue;
    found.push({ q });
  }
  for (const f of found) attribute(text, sentences, f, lex, verbAfter, verbs);
  // Quotes left without a speaker take the one before them in the same or the previous paragraph sentence.
  let last: Found | undefined;
  for (const f of found) {
    if (f.speaker === undefined && last?.speaker !== undefined && f.q.openStart - last.q.closeEnd < 400) {
      f.speaker = last.speaker;
    } else if (f.speaker !== undefined && isPronoun(f.speaker, lex)) {
      f.speaker = last?.speaker ?? nameBefore(text, f.q.openStart);
    }
    if (f.speaker === undefined) f.speaker = contextSpeaker(text, sentences, f.q.openStart, lex, verbs);
    last = f;
  }
  return found.map((f) => ({
    start: f.q.start,
    end: f.q.end,
    text: text.slice(f.q.start, f.q.end),
    ...(f.speaker ? { speaker: f.speaker } : {}),
    ...(f.mention ? { speakerMention: f.mention } : {}),
  }));
}

function sentenceStart(sentences: readonly Sentence[], pos: number): number {
  let s = 0;
  for (const x of sentences) {
    if (x.start > pos) break;
    s = x.start;
  }
  return s;
}

function isPronoun(s: string, lex: SpeechLexicon): boolean {
  return new RegExp(`^(?:${lex.pronouns})$`, 'iu').test(s.trim());
}

function attribute(text: string, sentences: readonly Sentence[], f: Found, lex: SpeechLexicon, verbAfter: RegExp, verbs: RegExp): void {
  const after = text.slice(f.q.closeEnd, f.q.closeEnd + 200);
  const va = verbAfter.exec(after);
  if (va) {
    const segStart = f.q.closeEnd + va[0].length;
    const seg = clauseSegment(text, segStart);
    const who = speakerIn(seg.text, lex);
    if (who) {
      f.speaker = who.name;
      f.mention = { start: segStart + seg.offset + who.at, end: segStart + seg.offset + who.at + who.name.length };
      return;
    }
    // Verb last (Turkish "… dedi", "… denildi"): the speaker stands before the quote.
    const name = nameBefore(text, f.q.openStart, sentenceStart(sentences, f.q.openStart));
    if (name) f.speaker = name;
    return;
  }
  // Introduced: "X sagte:", "a déclaré :", "他说：", "وأضاف عون قائلا :".
  const s0 = sentenceStart(sentences, f.q.openStart);
  const clause = text.slice(Math.max(s0, f.q.openStart - 200), f.q.openStart);
  const m = lastMatch(clause, verbs);
  if (m && /^[^.!?。！？]*$/u.test(clause.slice(m.index))) {
    const tail = clause.slice(m.index + m[0].length).replace(/(?:قائلا|قائلة|:|：|,|،|\s|que|dass|che|że|что)+$/giu, '');
    const who = speakerIn(tail, lex) ?? (lex.according.length > 0 ? undefined : undefined);
    if (who && tail.trim().length > 0) {
      f.speaker = who.name;
      return;
    }
    const subj = subjectBefore(clause.slice(0, m.index), lex);
    if (subj) f.speaker = subj;
  }
}

/** Text after a verb up to the end of its clause; `offset` = leading spaces skipped. */
function clauseSegment(text: string, from: number): { text: string; offset: number } {
  const rest = text.slice(from, from + 160);
  const lead = /^\s*/.exec(rest)![0].length;
  const stop = rest.slice(lead).search(/[,;:!?()\n。，！？：؛،]|\.(?:\s|$|\p{Lu})|\s[-–—]\s|["“”«»„]/u);
  return { text: rest.slice(lead, stop < 0 ? rest.length : lead + stop), offset: lead };
}

/** The speaker named in a clause segment: the last capitalised run not after a preposition, else the phrase itself. */
function speakerIn(seg: string, lex: SpeechLexicon): { name: string; at: number } | undefined {
  const trimmed = seg.trim();
  if (trimmed === '') return undefined;
  const pronoun = new RegExp(`^(?:${lex.pronouns})(?![\\p{L}])`, 'iu').exec(trimmed);
  if (pronoun) return { name: pronoun[0], at: seg.indexOf(pronoun[0]) };
  let best: { name: string; at: number } | undefined;
  for (const m of seg.matchAll(NAME_RUN)) {
    const prev = /([\p{L}]+)\s+$/u.exec(seg.slice(0, m.index));
    if (prev && PREPOSITIONS.has(prev[1].toLowerCase())) continue;
    best = { name: m[0].replace(/[.’'-]+$/u, ''), at: m.index };
  }
  if (best) return best;
  const words = trimmed.split(/\s+/).slice(0, 8).join(' ');
  return { name: words, at: seg.indexOf(words) };
}

/** The subject before a verb ("Trump sagte", "他说", "Star … 他说"): the last name run in the clause. */
function subjectBefore(clause: string, lex: SpeechLexicon): string | undefined {
  const piece = clause.split(/[,;:!?。，！？：،\n]/u).pop() ?? '';
  const marked = /[“"「]([^”"」]{1,40})[”"」]\s*$/u.exec(piece);
  if (marked) return marked[1];
  const trimmed = piece.trim();
  if (new RegExp(`(?:^|\\s)(?:${lex.pronouns})$`, 'iu').test(trimmed)) {
    // A pronoun subject: the first name in the sentence stands for it.
    const first = clause.match(NAME_RUN);
    return first?.[0] ?? trimmed;
  }
  const runs = [...trimmed.matchAll(NAME_RUN)];
  if (runs.length > 0) return runs[runs.length - 1][0];
  return trimmed.length > 0 && trimmed.length <= 40 ? trimmed : undefined;
}

/** The last name run in the sentence before `pos` (Turkish "Yıldırım, “…” diye konuştu"). */
function nameBefore(text: string, pos: number, from = Math.max(0, pos - 300)): string | undefined {
  const piece = text.slice(from, pos);
  const runs = [...piece.matchAll(NAME_RUN)];
  return runs.length > 0 ? runs[runs.length - 1][0].replace(/[.’'-]+$/u, '') : undefined;
}

/** A sentence before the quote that has a speech verb: its speaker. */
function contextSpeaker(text: string, sentences: readonly Sentence[], pos: number, lex: SpeechLexicon, verbs: RegExp): string | undefined {
  const prior = sentences.filter((s) => s.end <= pos + 1).slice(-2).reverse();
  for (const s of prior) {
    const m = verbs.exec(s.text);
    if (!m) continue;
    const after = clauseSegment(s.text, m.index + m[0].length);
    const who = after.text.trim() ? speakerIn(after.text, lex) : undefined;
    if (who && /\p{Lu}/u.test(who.name[0] ?? '')) return who.name;
    const subj = subjectBefore(s.text.slice(0, m.index), lex);
    if (subj) return subj;
  }
  return undefined;
}

function lastMatch(s: string, re: RegExp): RegExpExecArray | undefined {
  const g = new RegExp(re.source, 'giu');
  let last: RegExpExecArray | undefined;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) last = m;
  return last;
}

/**
 * Polish and Russian copy often gives speech without marks, closed by a dash
 * and the verb: "Z budynku ewakuowaliśmy 25 osób … - poinformował dyżurny".
 * The speech starts at the paragraph or after a sentence end (a leading dash
 * is dropped) and may not itself contain a spaced dash or quotation marks.
 */
function dashQuotes(text: string, lex: SpeechLexicon, marks: readonly Mark[]): Mark[] {
  const re = new RegExp(
    String.raw`(?:^|(?<=[.!?…]\s))(?:[-–—]\s+)?((?:(?![-–—]\s)[^"“”«»„\n])+?)\s[-–—]\s(?=(?:${lex.verbs})(?![\p{L}]))`,
    'gmu',
  );
  const out: Mark[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].trimEnd().length;
    if (m[1].trim().split(/\s+/).length < 4) continue;
    if (marks.some((k) => start < k.closeEnd && k.openStart < end)) continue;
    out.push({ openStart: start, start, end, closeEnd: end });
  }
  return out;
}
