/**
 * Tense of the clause around a date expression, to pick which "Tuesday" or
 * "July 9" is meant. Reads the nearest verb-like cue before the expression
 * within its clause ("said on Friday", "will hold a call … on Tuesday"),
 * else the nearest after it ("On Friday, Biden said"); no cue → 'none'.
 */

export type Tense = 'past' | 'future' | 'none';

const FUTURE = new Set([
  'will', 'shall', 'would', 'going', 'expected', 'expects', 'scheduled', 'slated', 'planning',
  'tomorrow', 'next', 'upcoming', 'ahead', 'is', 'are', 'am', 'may', 'might', 'can', 'could', 'should', 'must', 'if',
  'intends', 'intend', 'aims', 'due', 'll', 'possible', 'likely',
]);
const PAST = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'has', 'have', 'yesterday', 'ago', 'last', 'earlier', 'held', 'met', 'took',
  'spoke', 'gave', 'made', 'came', 'went', 'left', 'began', 'saw', 'sent', 'wrote', 'got', 'found', 'thought', 'knew',
  'brought', 'fought', 'led', 'ran', 'won', 'lost', 'struck', 'became', 'broke', 'chose', 'drew', 'flew', 'forgot', 'grew',
  'heard', 'kept', 'meant', 'paid', 'rose', 'sat', 'sold', 'stood', 'taught', 'threw', 'understood', 'woke', 'since',
]);
// "to hold a call on Tuesday": an infinitive of a plan is future.
const PLAN_VERBS = new Set([
  'hold', 'meet', 'discuss', 'speak', 'talk', 'take', 'visit', 'travel', 'attend', 'sign', 'be', 'have', 'deliver',
  'announce', 'make', 'host', 'launch', 'begin', 'start', 'vote', 'decide', 'return', 'resume',
  // Events set for a day: "was set to premiere on April 12", "is due to open on", "to air on".
  'premiere', 'air', 'debut', 'open', 'reopen', 'release', 'arrive', 'expire', 'testify',
]);
const NOT_PAST_ED = new Set(['expected', 'scheduled', 'slated', 'need', 'red', 'bed', 'united', 'based', 'armed', 'related', 'advanced', 'detailed', 'limited', 'annexed', 'concerned', 'interested']);
const MAX_WORDS = 12;
const CLAUSE_WORDS = new Set(['that', 'because', 'although', 'though', 'whereas', 'while', 'unless']);
const WORD = /[A-Za-z]+|[,;:—–]/g;

function cueOf(word: string, nextWord: string | undefined, prevWord: string | undefined): Tense {
  const w = word.toLowerCase();
  // "May" in capitals is the month ("on May 20"), not the modal.
  if (word === 'May') return 'none';
  if (w === 'to') return nextWord && PLAN_VERBS.has(nextWord.toLowerCase()) ? 'future' : 'none';
  if (FUTURE.has(w)) return 'future';
  const participle = PAST.has(w) || (/^[a-z]{3,}ed$/.test(word) && !/eed$/.test(w) && !NOT_PAST_ED.has(w));
  // A participle after "be" is a passive after a modal or "to" ("will be held on Tuesday", "to be played on
  // January 7"): a plan, not a past event ("has been held" keeps "been", past).
  if (participle) return prevWord?.toLowerCase() === 'be' ? 'future' : 'past';
  return 'none';
}

function isBoundary(tok: string): boolean {
  // A subordinating conjunction opens another clause with its own tense ("the last binge of 2019 because starting
  // January 1st everything will be different").
  return tok === ',' || tok === ';' || tok === ':' || tok === '—' || tok === '–' || CLAUSE_WORDS.has(tok.toLowerCase());
}

/**
 * Tense governing the expression at [start, end) inside `sentence` (text
 * from `sentStart`).
 * @example tenseAround('Biden told reporters on Friday.', 0, 21, 30) // 'past'
 */
export function tenseAround(sentence: string, sentStart: number, start: number, end: number): Tense {
  const before = sentence.slice(0, start - sentStart);
  const back = before.match(WORD) ?? [];
  let seen = 0;
  for (let i = back.length - 1; i >= 0 && seen < MAX_WORDS; i--) {
    const tok = back[i];
    if (isBoundary(tok)) {
      if (seen > 0) break;
      continue;
    }
    seen++;
    const cue = cueOf(tok, back[i + 1], back[i - 1]);
    if (cue !== 'none') return cue;
  }
  const fwd = sentence.slice(end - sentStart).match(WORD) ?? [];
  seen = 0;
  for (let i = 0; i < fwd.length && seen < MAX_WORDS / 2; i++) {
    const tok = fwd[i];
    if (isBoundary(tok)) {
      if (seen > 0) break;
      continue;
    }
    seen++;
    const cue = cueOf(tok, fwd[i + 1], fwd[i - 1]);
    if (cue !== 'none') return cue;
  }
  return 'none';
}
