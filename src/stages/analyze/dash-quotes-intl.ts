/**
 * Speech without quotation marks in Polish and Russian copy, closed by a dash
 * and a verb of saying ("Z budynku ewakuowaliśmy 25 osób – poinformował
 * dyżurny", "– … – powiedział Macron", a paragraph followed by a line
 * "—poinformował."), and the dialogue-dash sentences that continue such a
 * remark ("– … – mówi X. – Dalej …"): the spans `extractQuotesIntl` treats as
 * quotes besides marked ones.
 */
import type { SpeechLexicon } from './speech-verbs-intl.js';
import type { Mark } from './quote-marks-intl.js';

/**
 * First- and second-person words of Polish and Russian (pronouns and past-tense endings), and a negated Polish verb in
 * the first person present ("Nie chcę", "nie przewiduję": the pronoun is dropped, and after "nie" a word in -ę is a verb).
 */
const FIRST_PERSON = /(?<![\p{L}])(?:ja|my|nas|nam|nami|mnie|mi|nasz\p{L}*|mój|moja|moje|wy|was|wam|я|мы|нас|нам|нами|меня|мне|наш\p{L}*|мой|моя|моё|вы|вас|вам)(?![\p{L}])|\p{L}+(?:liśmy|łyśmy|łem|łam|śmy)(?![\p{L}])|(?<![\p{L}])nie\s+\p{L}+ę(?![\p{L}])/iu;

/**
 * A time phrase between the verb and its subject ("– poinformował w sobotę
 * ZUS", "– сообщил в понедельник", "- poinformowało 3 grudnia ministerstwo"): the news report's own lead, the
 * journalist's summary of what was announced, not a remark quoted.
 */
const TIME_AFTER_VERB = /^\s*(?:w|we|во|в)\s+(?:poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|^\s*(?:wczoraj|dziś|dzisiaj|вчера|сегодня)(?![\p{L}])|^\s*\d{1,2}\s+(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\p{L}])/iu;

/** A dialogue dash that opens speech (at a paragraph start also before a number: "- 8 stycznia …"): at the paragraph start, after a sentence end (even glued: "”.– "), or before a capital mid-sentence. */
const OPENER = /(?:^|(?<=[.!?…]["”»]?\s*)|(?<=\s))(?:[-–—]\s+|—(?=\p{Lu}))(?=["„«]?\p{Lu})|^[-–—]\s+(?=\p{N})/gmu;

/** A sentence end: a full stop before a word that is not in lower case ("2,6 tys. zł", "ul. Chlebnicka" end nothing). */
const SENTENCE_END = /[.!?…](?=\s+[^\s\p{Ll}])/gu;

/**
 * Polish and Russian copy often gives speech without marks, closed by a dash
 * and the verb. The speech starts at a dialogue dash, or at the paragraph
 * when the attribution stands on its own line; otherwise it is the sentence
 * before the dash (the sentences since the paragraph or the last spaced
 * dash when it speaks in the first person), and a third-person report whose
 * verb is followed by a time ("- poinformował w sobotę ZUS") is left out.
 */
export function dashQuotes(text: string, lex: SpeechLexicon, marks: readonly Mark[], dialogueOnly = false): Mark[] {
  // The dash may be glued to the last word when a space follows it ("w Bagdadzie- napisał"): a hyphen joins words, it is
  // not followed by a space. "Thus" may stand before the verb ("– tak ocenia dr X", "— так считает X").
  const closing = new RegExp(String.raw`(\s+|(?<=[\p{L}.!?…]))[-–—](?:(?<=\s[-–—])\s*|\s+)((?:(?:tak|так)\s+)?(?:${lex.verbs})(?![\p{L}]))`, 'giu');
  const out: Mark[] = [];
  let floor = 0;
  for (const c of text.matchAll(closing)) {
    const end = c.index;
    const ownLine = c[1].includes('\n');
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    // Not before the previous attribution's clause, the last quotation mark, or 600 characters back.
    const base = Math.max(lineStart, floor, end - 600);
    floor = c.index + c[0].length;
    // A dialogue dash may open speech that quotes a phrase in marks ("do tej "nowej normalności" właśnie").
    const openers = [...text.slice(base, end).matchAll(OPENER)];
    const opener = openers[openers.length - 1];
    const markCount = (a: number): number => (text.slice(a, end).match(/["“”«»„]/gu) ?? []).length;
    if (opener && markCount(base + opener.index) % 2 === 0) {
      if (push(out, text, base + opener.index + opener[0].length, end, marks, true)) out.push(...continuation(text, floor, lex, marks));
      continue;
    }
    if (dialogueOnly) continue;
    let from = base;
    const lastMark = Math.max(...[...text.slice(from, end).matchAll(/["“”«»„]/gu)].map((m) => from + m.index + 1), -1);
    if (lastMark > 0) from = lastMark;
    const span = text.slice(from, end);
    let start: number | undefined;
    let dialogue = false;
    const openersAfter = [...span.matchAll(OPENER)];
    const openerAfter = openersAfter[openersAfter.length - 1];
    if (openerAfter) {
      start = from + openerAfter.index + openerAfter[0].length;
      dialogue = true;
    } else if (ownLine) {
      start = from;
      dialogue = true;
    } else {
      // Without a dialogue dash the speech may not run across another spaced dash outside brackets.
      const dash = Math.max(...[...span.matchAll(/\s[-–—]\s(?![^(]*\))/gu)].map((m) => m.index + m[0].length), 0);
      const piece = span.slice(dash);
      if (FIRST_PERSON.test(piece)) start = from + dash;
      else {
        const verbTail = text.slice(c.index + c[0].length, c.index + c[0].length + 40);
        if (TIME_AFTER_VERB.test(verbTail)) continue;
        // "…, сообщил представитель. — сказал X": words already attributed by their own verb are reported speech.
        if (new RegExp(String.raw`(?<![\p{L}])(?:${lex.verbs})(?![\p{L}])`, 'iu').test(piece)) continue;
        const ends = [...piece.matchAll(SENTENCE_END)];
        start = from + dash + (ends.length > 0 ? ends[ends.length - 1].index + 1 : 0);
      }
    }
    const added = push(out, text, start, end, marks, dialogue);
    if (added) out.push(...continuation(text, floor, lex, marks));
  }
  const found = [...out, ...announced(text, lex, marks)];
  return dedupe(dialogueOnly ? found : [...found, ...freeDialogue(text, lex, marks, found)]);
}

/**
 * "Głosów oburzenia jest więcej. – Zawsze … stawaliśmy się mądrzejsi. Natomiast …”.": a dialogue dash opening a
 * paragraph or a sentence, with no dash and verb closing it, is speech when it speaks in the first person; it runs to
 * the paragraph's end (or to a closing mark left there without its opener), or to the next dialogue dash after a
 * sentence end. Its speaker comes from the sentences around, like any unattributed quote.
 */
function freeDialogue(text: string, lex: SpeechLexicon, marks: readonly Mark[], found: readonly Mark[]): Mark[] {
  const out: Mark[] = [];
  const closesWithVerb = new RegExp(String.raw`\s[-–—]\s*(?:${lex.verbs})(?![\p{L}])`, 'iu');
  // A scrape that lost the paragraph break glues the dash to the sentence end ("wypoczynek.- Wyremontowane …").
  const opener = /(?:^|(?<=[.!?…]["”»]?\s*))[-–—]\s+(?=["„«]?\p{Lu})/gmu;
  for (const o of text.matchAll(opener)) {
    const from = o.index + o[0].length;
    if (found.some((k) => from >= k.openStart - 3 && from < k.closeEnd) || out.some((k) => from < k.closeEnd)) continue;
    const nl = text.indexOf('\n', from);
    let para = text.slice(from, nl < 0 ? text.length : nl);
    const next = /[.!?…]["”»]?\s*[-–—]\s+(?=\p{Lu})/u.exec(para);
    if (next) para = para.slice(0, next.index + 1);
    if (closesWithVerb.test(para)) continue;
    // A spaced dash before a lower-case word closes the remark with an attribution whose verb the lexicon lacks ("… na
    // drobne - wymieniają strażnicy."): the remark ends there.
    // The attribution is short: up to four words, then the sentence ends.
    const attributed = /\s[-–—]\s+\p{Ll}[\p{L}-]*(?:\s+[\p{L}.-]+){0,3}[.!?…](?:\s|$)/u.exec(para);
    if (attributed) para = para.slice(0, attributed.index);
    // "Lista zakupów:\n- Mleko …": items after a line ending in a colon with no verb of saying are a list.
    const prevLine = /([^\n]*)\n[^\S\n]*$/u.exec(text.slice(Math.max(0, o.index - 300), o.index))?.[1] ?? '';
    if (/[:：]\s*$/u.test(prevLine) && !new RegExp(String.raw`(?<![\p{L}])(?:${lex.verbs})(?![\p{L}])`, 'iu').test(prevLine)) continue;
    // A closing mark near the end without its opener closes the remark ("… oponentów”. ks").
    const inner = para.replace(/„[^“”"]*[“”]|«[^»]*»|"[^"]*"|“[^”]*”/gu, (t) => '§'.repeat(t.length));
    const lone = /[”»“"](?=[.!?…]?\s*\S{0,12}\s*$)/u.exec(inner);
    let end = from + (lone ? lone.index : para.trimEnd().length);
    while (end > from && /[\s,]/u.test(text[end - 1])) end--;
    const span = text.slice(from, end);
    if (!/[.!?…]$/u.test(span) && !lone && !attributed) continue;
    if (!FIRST_PERSON.test(span) || span.split(/\s+/).length < 6) continue;
    push(out, text, from, end, marks, true);
  }
  return out;
}

/**
 * "Kaczyński ostrzega: – Nie pozwolimy …", "Министр сказал: — Мы не планируем …": a verb of saying and a colon before
 * a dialogue dash announce speech that runs to the paragraph's last sentence end (a headline has none: to its end),
 * unless a dash and a verb close it within the paragraph (the closing attribution above reads that one).
 */
function announced(text: string, lex: SpeechLexicon, marks: readonly Mark[]): Mark[] {
  const out: Mark[] = [];
  const re = new RegExp(String.raw`(?<![\p{L}])(?:${lex.verbs})\s*:\s*[-–—]\s+(?=["„«]?\p{Lu})`, 'giu');
  for (const m of text.matchAll(re)) {
    const from = m.index + m[0].length;
    const nl = text.indexOf('\n', from);
    const para = text.slice(from, nl < 0 ? text.length : nl);
    if (new RegExp(String.raw`\s[-–—]\s*(?:${lex.verbs})(?![\p{L}])`, 'iu').test(para)) continue;
    const ends = [...para.matchAll(/[.!?…](?=\s|$)/gu)];
    const end = from + (ends.length > 0 ? ends[ends.length - 1].index + 1 : para.trimEnd().length);
    push(out, text, from, end, marks, true);
  }
  return out;
}

/** Appends the span start..end (trimmed) unless it is too short or overlaps a marked quote. */
function push(out: Mark[], text: string, start: number, end: number, marks: readonly Mark[], dialogue: boolean): boolean {
  let s = start;
  while (s < end && /\s/.test(text[s])) s++;
  let e = end;
  // "Мы не допустим эскалации, — сказал": the comma before the dash belongs to the attribution.
  while (e > s && /[\s,，]/.test(text[e - 1])) e--;
  const words = text.slice(s, e).trim().split(/\s+/).filter(Boolean).length;
  if (words < (dialogue ? 3 : 4)) return false;
  // A phrase in marks inside the speech is part of it; a marked quote across its edge is not.
  if (marks.some((k) => s < k.closeEnd && k.openStart < e && !(k.openStart >= s && k.closeEnd <= e))) return false;
  out.push({ openStart: s, start: s, end: e, closeEnd: e, closed: true });
  return true;
}

/**
 * "– … – powiedział papież. – Jego miłość …": after the attribution's
 * sentence, a sentence opened by a dialogue dash continues the remark, to the
 * end of its paragraph unless another dash and verb close it first.
 */
function continuation(text: string, from: number, lex: SpeechLexicon, marks: readonly Mark[]): Mark[] {
  const lineEnd = text.indexOf('\n', from);
  const para = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
  const m = /^[^.!?…]{0,120}[.!?…]\s*[-–—]\s+(?=\p{Lu})/u.exec(para);
  if (!m) return [];
  const rest = para.slice(m[0].length);
  if (new RegExp(String.raw`\s[-–—]\s*(?:${lex.verbs})(?![\p{L}])`, 'iu').test(rest)) return [];
  const out: Mark[] = [];
  push(out, text, from + m[0].length, from + para.length, marks, true);
  return out;
}

function dedupe(marks: Mark[]): Mark[] {
  const out: Mark[] = [];
  for (const m of marks.sort((a, b) => a.start - b.start)) {
    if (out.some((o) => m.start < o.end && o.start < m.end)) continue;
    out.push(m);
  }
  return out;
}

/**
 * "… na drobne - wymieniają strażnicy.": Polish and Russian put the subject after the verb of a dash attribution; when
 * the verb is one the lexicon lacks, the one to three words after it, up to the sentence end, are the speaker (none
 * after a preposition: "- dodał w sobotę" names no one).
 */
export function subjectAfterDashVerb(text: string, closeEnd: number): string | undefined {
  const m = /^\s*[-–—]\s+\p{Ll}[\p{L}-]*((?:\s+[\p{L}-]+){1,3})[.!?…](?:\s|$)/u.exec(text.slice(closeEnd, closeEnd + 80));
  if (!m) return undefined;
  const words = m[1].trim().split(/\s+/);
  if (words.some((w) => /^(?:w|we|z|ze|na|do|od|po|o|u|в|во|на|с|со|из|от|до|по|о|у)$/iu.test(w)) || FIRST_PERSON.test(m[1])) return undefined;
  return words.join(' ');
}

