/**
 * What the words around a figure say of when and how it holds, so that two
 * different values are not taken for a dispute when they cannot be one:
 * a part against a total ("200 million doses this year" of 500 million), two
 * periods ("6,121 incidents in 2016", "7,314 last year"), a forecast against
 * the outcome ("economists expected 700,000 jobs", "employers added
 * 850,000"), or a running count against a later one ("so far", "rose
 * to", "bislang") when the dates cannot tell. English cues, plus
 * the German and French "so far"; figures of other languages simply carry
 * none and are judged as before.
 */

/** Where a figure stands: the words just before and after it. */
export interface FigureWords {
  /** Up to eight words before the figure. */
  readonly before: string;
  /** Up to nine words after the figure. */
  readonly after: string;
}

export interface FigureScope {
  /**
   * The period the value covers, normalised ("year 2016", "last year",
   * "month november", "rate day"), when the words say so.
   */
  readonly period?: string;
  /** The period is part of a larger whole: this year so far, a first half, a rate per day. */
  readonly partial: boolean;
  /** The value is what someone expected, forecast or projected, not a count of what happened. */
  readonly forecast: boolean;
  /** The value is a count as it stood ("so far", "now", "rose to"): later reports may give more. */
  readonly running: boolean;
  /** An earlier value the sentence compares with ("up from 7,120", "rose to $163 billion from $32.6 billion"). */
  readonly previous: boolean;
  /** Named a whole ("a larger $47 million settlement", "in total", "overall"): its parts are other values. */
  readonly total: boolean;
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** Periods after the figure ("… in 2016", "… last year", "… a day"), first match wins. */
const PERIOD_AFTER: readonly (readonly [RegExp, (m: RegExpExecArray) => string, boolean])[] = [
  [/^[^.;:]{0,40}?\b(?:so far|to date|thus far|as of now)\b/i, () => 'so far', true],
  [/^[^.;:]{0,45}?\b(this|last|next|the past|the previous|the coming) (year|month|week|quarter)\b/i, (m) => `${m[1]!.toLowerCase().replace(/^the /, '')} ${m[2]!.toLowerCase()}`, false],
  [/^[^.;:]{0,30}?\bin the (first|second|third|fourth|last) (half|quarter|three months|six months|week|month)\b/i, (m) => `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`, true],
  [/^[^.;:]{0,30}?\b(?:over|across|in|during|within) (?:the )?(?:next |past |last |coming )?(\d+|two|three|four|five|six|seven|eight|nine|ten) (years|months|weeks|days)\b/i, (m) => `span ${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`, false],
  [/^\s*(?:a|per|each|every) (day|week|month|year)\b|^\s*(daily|weekly|monthly|annually|yearly)\b/i, (m) => `rate ${(m[1] ?? m[2]!).toLowerCase().replace(/ly$/, '').replace(/^dai$/, 'day').replace(/^annual$/, 'year')}`, true],
  [/^[^.;:]{0,30}?\b(?:in|during|for|since|by|through) ((?:19|20)\d\d)\b/i, (m) => `year ${m[1]}`, false],
  [new RegExp(`^[^.;:]{0,45}?\\b(?:in|during|for|since|through) (${MONTHS})(?:,? ((?:19|20)\\d\\d))?\\b`, 'i'), (m) => `month ${m[1]!.toLowerCase()}${m[2] !== undefined ? ` ${m[2]}` : ''}`, false],
];

/** "so far", "bislang", "rose to" before the figure. */
const RUNNING_BEFORE = /\b(?:so far|to date|thus far|bislang|bisher|jusqu'ici|rose to|risen to|climbed to|jumped to|grew to|has grown to|increased to|reached|now stands at|now|stood at|toll (?:rose|climbed|stands|stood))(?:\s+[^\s.;:]+){0,2}?\W*$/i;
const RUNNING_AFTER = /^\s*(?:so far|to date|thus far|and counting|and rising)\b/i;

/** A forecast, an expectation or a target: not the count it is compared with. */
const FORECAST = /\b(?:expect(?:s|ed|ing|ations?)?|forecast(?:s|ers|ed)?|project(?:s|ed|ions?)|predict(?:s|ed|ions?)?|anticipat(?:e|es|ed|ing)|consensus|survey(?:ed)? of economists|economists (?:had )?(?:said|called|looked|were looking)|would (?:add|reach|cost|rise)|could (?:reach|rise|top|double)|will (?:reach|rise|top)|target(?:s|ed)? of|goal of|required|needed to)\b/i;

export function figureScope(w: FigureWords): FigureScope {
  let period: string | undefined;
  let partial = false;
  for (const [re, name, part] of PERIOD_AFTER) {
    const m = re.exec(w.after);
    if (m) {
      period = name(m);
      partial = part;
      break;
    }
  }
  // "this year's 200 million", "so far this year": a period written before the figure.
  if (period === undefined) {
    const m = /\b(?:so far|to date|thus far)\b[^.;:]{0,30}$/i.exec(w.before);
    if (m) {
      period = 'so far';
      partial = true;
    }
  }
  const running = RUNNING_BEFORE.test(w.before) || RUNNING_AFTER.test(w.after) || period === 'so far';
  const total = /\b(?:larger|overall|total(?:ling)?|combined|in all|altogether|cumulative)\W*(?:of\s+)?(?:about |nearly |more than |some |around |\$)?$/i.test(w.before) || /^\s*(?:in (?:all|total)|overall|altogether|combined)\b/i.test(w.after);
  const previous = /\b(?:up|down|rising|falling|increased|decreased|rose|fell|compared|jump(?:ed)?)? ?from\s*(?:about |nearly |more than |some |around |just |\$)?$/i.test(w.before) && !/\b(?:ranging|anywhere) from\s+\S*$/i.test(w.before);
  return {
    ...(period !== undefined ? { period } : {}),
    previous,
    total,
    partial,
    forecast: FORECAST.test(`${w.before.split(/\s+/).slice(-6).join(' ')} ${w.after.split(/\s+/).slice(0, 4).join(' ')}`),
    running,
  };
}

/**
 * Why two values of one counted thing cannot be a dispute, or undefined when
 * nothing in their words says so. `higher` is the figure with the larger
 * value; `share` when the unit is a share or a rate (percent), which has no
 * parts; `undated` when the two reports' days are unknown or the same.
 */
export function notADispute(a: FigureScope, b: FigureScope, higher: FigureScope, share: boolean, undated = true): string | undefined {
  if (a.forecast !== b.forecast) return 'a forecast and an outcome';
  if (a.previous !== b.previous) return 'an earlier value and a later one';
  if (a.period !== undefined && b.period !== undefined && a.period !== b.period) return 'two periods';
  if ((a.partial && b.period === undefined) || (b.partial && a.period === undefined)) return 'a part and a total';
  // "200 million doses this year" beside "500 million doses": the smaller
  // value limited to a period is likelier a part of the larger than a
  // dispute (not for shares and rates, which have no parts).
  const lower = higher === a ? b : a;
  if (!share && lower.period !== undefined && higher.period === undefined) return 'a part and a total';
  if (higher.total && !lower.total) return 'a part and a total';
  // A running count is an update only when the dates cannot say which came first.
  if (undated && higher.running) return 'a running count and an earlier one';
  return undefined;
}
