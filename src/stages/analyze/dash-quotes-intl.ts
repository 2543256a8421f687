/**
 * Speech without quotation marks in Polish and Russian copy, closed by a dash
 * and a verb of saying ("Z budynku ewakuowaliśmy 25 osób – poinformował
 * dyżurny"): the spans `extractQuotesIntl` treats as quotes besides marked ones.
 */
import type { SpeechLexicon } from './speech-verbs-intl.js';
import type { Mark } from './quote-marks-intl.js';

/** First- and second-person words of Polish and Russian (pronouns and past-tense endings). */
const FIRST_PERSON = /(?<![\p{L}])(?:ja|my|nas|nam|nami|mnie|mi|nasz\p{L}*|mój|moja|moje|wy|was|wam|я|мы|нас|нам|нами|меня|мне|наш\p{L}*|мой|моя|моё|вы|вас|вам)(?![\p{L}])|\p{L}+(?:liśmy|łyśmy|łem|łam|śmy)(?![\p{L}])/iu;

/**
 * Polish and Russian copy often gives speech without marks, closed by a dash
 * and the verb: "Z budynku ewakuowaliśmy 25 osób … - poinformował dyżurny".
 * The speech starts at the paragraph or after a sentence end (a leading dash
 * is dropped) and may not itself contain a spaced dash or quotation marks.
 */
export function dashQuotes(text: string, lex: SpeechLexicon, marks: readonly Mark[]): Mark[] {
  const re = new RegExp(
    String.raw`(?:^|(?<=[.!?…]\s))(?:[-–—]\s+)?((?:(?![-–—]\s)[^"“”«»„\n]){10,600}?)\s[-–—]\s(?=(?:${lex.verbs})(?![\p{L}]))`,
    'gmu',
  );
  const out: Mark[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].trimEnd().length;
    if (m[1].trim().split(/\s+/).length < 4) continue;
    // Reported news ("X happened - reported Y") is not speech: a dialogue dash or the first person marks it.
    const dialogue = /^[-–—]/.test(m[0]);
    if (!dialogue && !FIRST_PERSON.test(m[1])) continue;
    if (marks.some((k) => start < k.closeEnd && k.openStart < end)) continue;
    out.push({ openStart: start, start, end, closeEnd: end, closed: true });
  }
  return out;
}
