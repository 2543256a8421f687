/**
 * Figures: numbers the text states, what they count, how they are hedged and
 * who they are attributed to. One pass over the numbers in the text; every
 * look-around is a short slice, so cost is linear in the text length.
 */
import type { EntityMention, Figure, Qualifier, Sentence } from '../../core/types.js';
import { attributeFigure } from './figures-attribution.js';
import { findNumbers, ISO_CURRENCIES, type NumberToken } from './figures-numbers.js';
import { ageOf, decadeAges } from './figures-ages.js';
import { CURRENCY_WORDS, INVARIANT_COUNTED, singular } from './figures-units.js';

export { quantityKey, sameQuantity } from './figures-units.js';

// Ordered: "no more than" must win over "more than", "no less than" over "less than".
// "nearly"/"almost" count as 'about': the value is a close estimate, and
// 'at most' would wrongly suggest it could be far lower.
const QUALIFIERS: readonly (readonly [RegExp, Qualifier])[] = [
  [/\b(?:no more than|not more than|at most|a maximum of)\s+$/i, 'at most'],
  [/\b(?:at least|no fewer than|no less than|not less than|a minimum of)\s+$/i, 'at least'],
  [/\b(?:up to|as many as|as much as)\s+$/i, 'up to'],
  [/\b(?:more than|over|in excess of|upwards of|above|exceeding)\s+$/i, 'more than'],
  [/\b(?:fewer than|less than|under|below)\s+$/i, 'fewer than'],
  [/(?:\b(?:about|around|some|roughly|approximately|approx\.|an estimated|estimated at|estimated|nearly|almost|close to|circa)|~)\s+$/i, 'about'],
  [/\b(?:exactly|precisely)\s+$/i, 'exactly'],
];

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const DAY_AFTER_MONTH = new RegExp(String.raw`\b(?:${MONTHS})\.?\s+$`);
const MONTH_AFTER_DAY = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTHS})\b`);
const YEAR_OF_DATE = new RegExp(String.raw`(?:\b(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\b\d{1,2}\s+(?:${MONTHS}),?|\b(?:${MONTHS})\.?)\s+$`);
const TIME_AFTER = /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|o'clock|GMT\b|UTC\b|ET\b|EST\b|CET\b|MSK\b)/;
// "0800 hrs" is a clock time, "open 24 hrs" a duration.
const HRS_AFTER = /^\s*hrs\b/;
// A unit joined to a number by a hyphen ("a 12-year-old", "Two-Year Term", "a 15-Week Ban").
const ADJECTIVAL = /^-(year|month|week|day|hour|minute|second|mile|kilometre|kilometer|km|metre|meter|foot|point|percent|member|nation|country|seat|page|man|person|party|storey|story)(?:s?-old)?\b/i;
// Digits joined to any lower-case noun measure or count by it too ("10.8-inch tablet", "30-stock Sensex"; words
// such as "one-time", "two-way" are wording), but not a preposition or conjunction ("2-for-1", "5-and-dime").
const DIGITS_ADJECTIVAL = /^-((?:square|cubic)-(?:foot|feet|mile|meter|metre|kilometer|kilometre|yard)|[a-z]+)(?:s?-old)?\b/;
const NOT_ADJECTIVAL = new Set(['for', 'and', 'or', 'to', 'of', 'in', 'on', 'by', 'a', 'an', 'the', 'th', 'st', 'nd', 'rd', 's']);
// "The 31 year old", "aged 5 years old": an age written without hyphens.
const YEARS_OLD = /^\s+(years?)\s+old\b/i;
const CURRENCY_AFTER = /^\s+(US dollars|dollars|euros?|pounds sterling|pounds|rubles|roubles|hryvnias?|yuan|yen|rupees?|leva|lev|francs|lira|liras|pesos|riyals?|dirhams?|zlotys?|kroner|kronor|kronur|shekels|ringgit|baht|naira)\b/i;
// ISO codes after the amount, in capitals only ("300,000 PLN"; "try" and "cad" are words).
const CODE_AFTER = new RegExp(String.raw`^\s+(${ISO_CURRENCIES.join('|')})\b`);
const PERCENT_AFTER = /^\s+(percentage points?|per cent|percent|pct)\b/i;
const RANGE_GAP = /^\s*(?:-|–|—|to)\s*$/;
const HYPHEN_RANGE = /^\s*[-–]\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w])/;
const NUMBER_OF = /\b(?:number|total|tally|count) of\s+/gi;
const TOLL = /\b(death|casualty|fatality)\s+toll\b/i;
const WORD_AFTER = /^[ \t]+([A-Za-z][A-Za-z'’-]*)/;
const STOP = new Set(
  ('the a an of to in on at for and or but are is were was be been have has had will would could can may might should must ' +
    'that which who whom than as by from with near along across into over under since per each more less about around this these ' +
    'those its their his her our my your it they he she we you i not no so if when while after before during another other times ' +
    'ago later earlier old apiece').split(' '),
);
const MEASURES = new Set(['km', 'kg', 'mph', 'kph', 'mw', 'gw', 'kw', 'sq', 'ha', 'tonne', 'ton', 'inch', 'mm', 'cm', 'lb', 'lbs', 'oz', 'ft',
  'gb', 'mb', 'tb', 'kb', 'ghz', 'mhz', 'mah', 'mp', 'kwh', 'gwh', 'mwh']);
const YEAR_PREPOSITION = /\b(?:in|since|by|until|till|from|of|before|after|during|through|to|and|circa)\s+$/i;
const CONTEXT = 48;

export interface Counted {
  readonly unit: string;
  readonly counted: string;
  readonly end: number;
}

/**
 * Extract figures from `text`. `sentences` locate attributions; `entities`
 * (may be empty) turn attributed names into canonical ones.
 * @example extractFigures('Russia has massed up to 175,000 troops.', sents, [])
 * // [{ text: 'up to 175,000 troops', value: 175000, unit: 'troop', qualifier: 'up to', … }]
 */
export function extractFigures(text: string, sentences: readonly Sentence[], entities: readonly EntityMention[]): Figure[] {
  const tokens = findNumbers(text);
  const out: Figure[] = [];
  const persons = entities.filter((e) => e.type === 'person');
  let si = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    while (si < sentences.length && sentences[si].end <= tok.start) si++;
    const sentence = sentences[si] && sentences[si].start <= tok.start ? sentences[si] : undefined;
    const floor = sentence ? sentence.start : Math.max(0, tok.start - CONTEXT);
    const before = text.slice(Math.max(floor, tok.start - CONTEXT), tok.start);
    const after = text.slice(tok.end, tok.end + CONTEXT);
    if (!isCount(tok, before, after)) continue;

    let start = tok.start;
    let end = tok.end;
    let valueMax: number | undefined;
    const next = tokens[i + 1];
    // "grew 15% to $26 billion": a percent then an amount is a rise to a level, two figures, not a range.
    if (next && RANGE_GAP.test(text.slice(tok.end, next.start)) && !(tok.percent && !next.percent && next.currency !== undefined)) {
      valueMax = next.value;
      end = next.end;
      i++;
    } else if (next && /\bbetween\s+$/i.test(before) && /^\s+and\s+$/.test(text.slice(tok.end, next.start))) {
      valueMax = next.value;
      end = next.end;
      start = tok.start - before.length + before.search(/between\s+$/i);
      i++;
    } else if (tok.numeric) {
      const h = HYPHEN_RANGE.exec(after);
      if (h) {
        valueMax = Number(h[1].replace(/,/g, '') + (h[2] ?? ''));
        end = tok.end + h[0].length;
      }
    }

    let qualifier: Qualifier | undefined;
    for (const [re, q] of QUALIFIERS) {
      const m = re.exec(before);
      if (m) {
        qualifier = q;
        start = Math.min(start, tok.start - before.length + m.index + (m[0].length - m[0].trimStart().length));
        break;
      }
    }

    const last = valueMax !== undefined ? (tokens[i] ?? tok) : tok;
    const yearish = tok.plainInteger && tok.value >= 1000 && tok.value <= 2100;
    const counted = countedAfter(text, last, end, yearish);
    if (yearish && (!counted || !counted.plural || YEAR_PREPOSITION.test(before))) {
      out.push({ start: tok.start, end, text: text.slice(tok.start, end), value: tok.value, ...(valueMax !== undefined ? { valueMax } : {}), unit: 'year', counted: '', isYear: true });
      continue;
    }
    let c: Counted | undefined = counted;
    if (!c && tok.numeric && sentence) c = countedBefore(text, sentence.start, tok.start);
    if (!c && tok.plainInteger && tok.value >= 1 && tok.value < 120) c = ageOf(tok, before, after, valueMax === undefined, end, persons);
    // "700 of the group's 760 planes": a part of what its whole counts. Not the whole's unit: the two are
    // different quantities (parked planes, the fleet), which the brief must not set against each other.
    if (!c && tok.plainInteger && valueMax === undefined && next !== undefined && next.plainInteger && next.value > tok.value && PARTITIVE_GAP.test(text.slice(tok.end, next.start))) {
      const whole = countedAfter(text, next, next.end, false);
      if (whole?.plural) c = { unit: '', counted: `of ${text.slice(next.start, next.end)} ${whole.counted}`, end };
    }
    if (!c && (!tok.numeric || qualifier === undefined) && !(tok.numeric && bareQuantity(tok, text.slice(tok.start, tok.end), before, after))) continue;
    const unit = c?.unit ?? '';
    const figEnd = Math.max(end, c?.end ?? end);
    const nextSentence = si + 1 < sentences.length ? sentences[si + 1] : undefined;
    const attribution = sentence && !yearish ? attributeFigure(text, sentence, start, figEnd, nextSentence, entities) : undefined;
    out.push({
      start,
      end: figEnd,
      text: text.slice(start, figEnd),
      value: tok.value,
      ...(valueMax !== undefined ? { valueMax } : {}),
      unit,
      counted: c?.counted ?? '',
      ...(qualifier ? { qualifier } : {}),
      ...(attribution ? { attribution } : {}),
    });
  }
  const ages = decadeAges(text);
  return ages.length === 0 ? out : [...out, ...ages].sort((a, b) => a.start - b.start);
}

/**
 * Digits that state a quantity even when the count is named elsewhere: in groups of thousands ("estimated at
 * 37,874,794", "up from 2,500"), with a scale ("on Polsat with 2.1 million"), or with one or two decimals after a
 * lower-case word ("quoting at 12176.55", "averaging 3.4 per game"). No year, code or clock time is written so; a
 * decimal after a name is a version ("vCenter 6.7", "Mt 5.38"), one before a capitalised word a section number.
 */
function bareQuantity(tok: NumberToken, digits: string, before: string, after: string): boolean {
  // (A bare suffix is a name's part: "Apple TV 4K".)
  if (/\d,\d{3}/.test(digits) || (tok.scaled && !/^\d+(?:\.\d+)?[kKmMbB]$/.test(digits))) return true;
  // "The Sensex is at 41298": an integer no year is written as, after a lower-case word, reads as a quantity too.
  // Not after an article: "in the 2300 block of", "the 19100 series" name a place or a thing.
  const integer = /^\d{4,6}$/.test(digits) && Number(digits) > 2100 && !/(?:^|\s)(?:the|a|an)\s+$/i.test(before);
  return (/^\d+\.\d{1,2}$/.test(digits) || integer) && /(?:^|\s)\p{Ll}+\s+$/u.test(before) && !/^\s*[\p{Lu}\d]/u.test(after);
}

/** Between a part and its whole: "700 of the group's 760", "12 of its 40", "3 of 5". */
const PARTITIVE_GAP = /^\s+of\s+(?:(?:the|its|their|his|her|our|these|those|all)\s+)?(?:\p{Lu}?[\p{L}-]+['’]s?\s+)?$/u;

// The words of a title-case headline a number may follow that name nothing ("After 18 Months", "Storm Kills 5").
const TITLE_FUNCTION_WORD = /\b(?:Over|About|Some|Around|After|Before|From|In|Of|With|For|By|Than|Under|Nearly|Almost|Top|The|A|An|Here|Are|Is|Were|Was|Has|Have|Had|And|Or|To|At|On|Into|Only|Just|Up|Down|Kills|Killed|Finds|Says|Said|Hits|Reaches)\s+$/;

const TIME_SPAN_AFTER = /^\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b/;

// Times, days of dates, years of dates and numbers inside names are not counts.
function isCount(tok: NumberToken, before: string, after: string): boolean {
  if (tok.currency || tok.percent) return true;
  if (TIME_AFTER.test(after) || (HRS_AFTER.test(after) && tok.value >= 100)) return false;
  const small = Number.isInteger(tok.value) && tok.value >= 1 && tok.value <= 31;
  if (tok.numeric && small && (DAY_AFTER_MONTH.test(before) || MONTH_AFTER_DAY.test(after))) return false;
  if (tok.plainInteger && YEAR_OF_DATE.test(before)) return false;
  if (!tok.numeric && tok.value === 1 && /\b(?:no|any|every|some|each|the|this|that|which)\s+$/i.test(before)) return false;
  // "Apollo 11", "Section 230": a capitalised word right before a bare number, mid-sentence; not a function word of
  // a title-case headline ("After 18 Months", "Here Are 6 Perfect Puppies").
  // A span of time after it is a count again ("against the Longhorns 12 months ago").
  if (tok.numeric && !tok.scaled && /[a-z]\s+[A-Z][a-z]+\s+$/.test(before) && !TITLE_FUNCTION_WORD.test(before) && !TIME_SPAN_AFTER.test(after)) return false;
  if (tok.numeric && /\b(?:No\.|no\.|number|Number|#)\s*$/.test(before)) return false;
  return true;
}

interface CountedAfter extends Counted {
  readonly plural: boolean;
}

function countedAfter(text: string, tok: NumberToken, from: number, yearish: boolean): CountedAfter | undefined {
  const after = text.slice(from, from + CONTEXT * 2);
  if (tok.currency) {
    return { unit: tok.currency, counted: tok.currencyText ?? '', end: from, plural: true };
  }
  if (tok.percent) return { unit: 'percent', counted: '%', end: from, plural: true };
  const adj = ADJECTIVAL.exec(after) ?? (tok.numeric ? DIGITS_ADJECTIVAL.exec(after) : null);
  if (adj && !yearish && !NOT_ADJECTIVAL.has(adj[1])) return { unit: singular(adj[1]), counted: adj[1], end: from + adj[0].length, plural: true };
  const old = YEARS_OLD.exec(after);
  if (old) return { unit: 'age', counted: `${old[1]} old`, end: from + old[0].length, plural: true };
  const cur = CURRENCY_AFTER.exec(after);
  if (cur) {
    const code = CURRENCY_WORDS[singular(cur[1].replace(/^US /i, ''))] ?? 'usd';
    return { unit: code, counted: cur[1], end: from + cur[0].length, plural: true };
  }
  const code = CODE_AFTER.exec(after);
  if (code) return { unit: code[1]!.toLowerCase(), counted: code[1]!, end: from + code[0].length, plural: true };
  const pct = PERCENT_AFTER.exec(after);
  if (pct) {
    const unit = /^percentage/i.test(pct[1]) ? 'percentage point' : 'percent';
    return { unit, counted: pct[1], end: from + pct[0].length, plural: true };
  }
  return nounRun(text, from, tok.value);
}

// The counted noun phrase: up to four words, headed by the first plural noun.
function nounRun(text: string, from: number, value: number): CountedAfter | undefined {
  const words: { start: number; end: number; word: string }[] = [];
  let pos = from;
  while (words.length < 4) {
    const m = WORD_AFTER.exec(text.slice(pos, pos + 40));
    if (!m) break;
    const word = m[1].replace(/['’]$/, '');
    if (STOP.has(word.toLowerCase())) break;
    const start = pos + m[0].length - m[1].length;
    words.push({ start, end: start + word.length, word });
    pos = start + m[1].length;
  }
  if (words.length === 0) return undefined;
  // A unit of measure right after the number is what it measures ("6 GB RAM weighs", "65 inch TVs"), but "sq" only
  // opens one ("10 sq miles").
  const first = words[0].word.toLowerCase();
  let h = MEASURES.has(first) && first !== 'sq' ? 0 : words.findIndex((w) => INVARIANT_COUNTED.has(w.word.toLowerCase()) || (/[a-z]$/.test(w.word) && singular(w.word) !== w.word.toLowerCase().replace(/['’]s$/, '')));
  const plural = h >= 0;
  if (h < 0) {
    if (value === 1 && !/^[A-Z]/.test(words[words.length - 1].word)) h = words.length - 1;
    else if (MEASURES.has(words[0].word.toLowerCase())) h = 0;
    else return undefined;
  }
  const head = words[h];
  return { unit: singular(head.word), counted: text.slice(words[0].start, head.end), end: head.end, plural };
}

// "the number of Russian troops near Ukraine … is estimated at 94,300".
function countedBefore(text: string, sentStart: number, numStart: number): Counted | undefined {
  const before = text.slice(sentStart, numStart);
  let at = -1;
  NUMBER_OF.lastIndex = 0;
  for (let m = NUMBER_OF.exec(before); m; m = NUMBER_OF.exec(before)) at = m.index + m[0].length;
  if (at >= 0) {
    const run = nounRun(text, sentStart + at - 1, 2);
    if (run) return { unit: run.unit, counted: run.counted, end: numStart };
  }
  const toll = TOLL.exec(before);
  if (toll) return { unit: 'death', counted: toll[0], end: numStart };
  return undefined;
}
