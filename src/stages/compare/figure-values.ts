/**
 * What a reported value allows and what befell what it counts: whether two
 * values can both be true ("more than 200" and "226"; "$2.3 trillion" and
 * "$2.25 trillion"), and the fate words that keep counts of the killed and
 * the injured apart. Used by the figure grouping (group-figures.ts).
 */
import type { FigureValue } from '../../core/brief.js';
import type { Figure } from '../../core/types.js';

/**
 * Whether two reported values can both be true: "more than 200 passengers"
 * and "226 passengers" can, "about 70,000" and "more than 94,000" cannot.
 * Each value with its qualifier is an interval; a bare number allows a
 * hundredth either way (rounding), "about" a tenth.
 */
export function compatible(a: Comparable, b: Comparable): boolean {
  // Indexed, not destructured: a destructuring allocates an iterator per test, and a large story tests millions.
  const x = interval(a);
  const y = interval(b);
  return x[0] <= y[1] && y[0] <= x[1];
}

type Comparable = Pick<FigureValue, 'value' | 'valueMax' | 'qualifier'> & { readonly text?: string };

/** The interval a value allows, [low, high]: `compatible(a, b)` is the two intervals meeting. */
export function bounds(v: Comparable): readonly [number, number] {
  return interval(v);
}

// By value object: grouping a story's figures tests each figure against
// hundreds of others, and reading its rounding (a regular expression over
// its text) anew each time was most of that test. Values are never mutated.
const intervals = new WeakMap<Comparable, readonly [number, number]>();

function interval(v: Comparable): readonly [number, number] {
  let known = intervals.get(v);
  if (known === undefined) {
    known = intervalOf(v);
    intervals.set(v, known);
  }
  return known;
}

function intervalOf(v: Comparable): [number, number] {
  const lo = v.value;
  const hi = v.valueMax ?? v.value;
  switch (v.qualifier) {
    case 'more than':
    case 'at least':
      return [lo, Infinity];
    case 'up to':
    case 'at most':
    case 'fewer than':
      return [0, hi];
    case 'about':
      return [lo * 0.9, hi * 1.1];
    default: {
      // "$2.3 trillion", "$1 trillion": a scaled number is as precise as its
      // digits, so it covers what rounds to it (2.25 to 2.35; 0.5 to 1.5).
      const r = roundingOf(v);
      return [Math.min(lo * 0.99, lo - r), Math.max(hi * 1.01, hi + r)];
    }
  }
}

/** Half the last written digit of a number with a scale word ("2.3 trillion" → 0.05 trillion), else 0. */
function roundingOf(v: Comparable): number {
  const m = /(\d+(?:[.,]\d+)?)\s*(?:million|billion|trillion|mln|bn|m\b|Mio|Mrd|Milliarden|Millionen|milioni|miliardi|millones|millions|milliards)/i.exec(v.text ?? '');
  if (!m) return 0;
  const digits = m[1]!.replace(',', '.');
  const written = Number(digits);
  if (!(written > 0)) return 0;
  const scale = v.value / written;
  const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
  // "70 billion": a trailing zero of a whole number is not a written digit.
  const step = decimals > 0 ? 10 ** -decimals : 10 ** (/0+$/.exec(digits)?.[0].length ?? 0);
  return (step / 2) * scale;
}

/**
 * What befell the counted, in a few families of news verbs: people killed and
 * people injured, girls abducted and girls freed, are different counts
 * however close their sentences. English words for now; other languages' figures
 * simply carry no fate and are not split by it.
 */
const FATES: readonly (readonly [string, RegExp])[] = [
  ['dead', /\b(?:killed|dead|died|deaths?|death toll|lives|fatalit(?:y|ies)|bodies)\b/i],
  ['hurt', /\b(?:injured|wounded|hurt|hospitali[sz]ed|injuries|critical condition|taken to hospital)\b/i],
  ['taken', /\b(?:abducted|kidnapped|captured|seized|taken hostage)\b/i],
  ['freed', /\b(?:freed|released|rescued|escaped|liberated|returned)\b/i],
  ['held', /\b(?:still held|remain(?:ing)? (?:in captivity|missing)|missing|held)\b/i],
  ['arrested', /\b(?:arrested|detained|charged)\b/i],
  ['fled', /\b(?:evacuated|displaced|fled|homeless)\b/i],
];

export function fateOf(window: string): ReadonlySet<string> {
  // A loop, not callbacks made per figure (V8 drops a dead closure's optimised code at each full GC).
  const out = new Set<string>();
  for (const [name, re] of FATES) if (re.test(window)) out.add(name);
  return out;
}


/**
 * Verbs and words of dying around a count of people in the nine other
 * languages the analyzer reads ("ont tué 60 personnes", "60 Menschen kamen
 * ums Leben", "murieron 60 personas", "погибли 60 человек", "造成60人死亡"):
 * what "killed" and "died" are to FATES, for the kind of count only (their
 * nouns, "morts", "Tote", "muertos", are already death units).
 */
const DIED_INTL = /(?<![\p{L}])(?:tué(?:e|s|es)?|mort(?:e|s|es)?|décéd\p{L}*|péri|getötet|gestorben|starben|ums Leben|tödlich|muri[eó]\p{L}*|muert[oa]s?|fallec\p{L}*|asesinad\p{L}*|uccis[oiae]|mort[oi]|decedut\p{L}*|pers[oi] la vita|погиб\p{L}*|убит\p{L}*|умер\p{L}*|zgin\p{L}*|zabit\p{L}*|zmar\p{L}*|öldü\p{L}*|hayatını kaybet\p{L}*|قتل\p{L}*|لقي\p{L}* حتف\p{L}*|مصرع)(?![\p{L}])|死亡|遇难|丧生|身亡|罹难/iu;

/** A reference count of deaths and of people, for the analyzer's rule of one quantity (all its languages' words). */
const DEATHS: Figure = { start: 0, end: 0, text: '', value: 1, unit: 'death', counted: 'deaths', isYear: false };
const PEOPLE: Figure = { start: 0, end: 0, text: '', value: 1, unit: 'person', counted: 'people', isYear: false };

/**
 * The kind of count a figure is, when its words say more than its unit:
 * "death" for a death toll in any of its wordings ("a death toll of 72",
 * "72 dead", "killed 85 people", "85 personnes sont mortes"), so that the
 * reports of one toll are one quantity whether they count deaths or the
 * people killed. Undefined otherwise. `sameQuantity` is the analyzer's rule,
 * which knows each language's nouns for the dead and for people.
 */
export function countedKind(f: Figure, fate: ReadonlySet<string>, window: string, sameQuantity: (a: Figure, b: Figure) => boolean): 'death' | undefined {
  if (f.isYear) return undefined;
  const byUnit = unitKind(f, sameQuantity);
  if (byUnit !== undefined) return byUnit;
  if (!sameQuantity(f, PEOPLE)) return undefined;
  // Only people of whom nothing else is said: "killed 20 and injured 50
  // people" (dead and hurt) counts neither kind alone.
  if (fate.size === 1 && fate.has('dead')) return 'death';
  return fate.size === 0 && DIED_INTL.test(window) ? 'death' : undefined;
}

/** The kind of count a figure's unit names by itself ("deaths", "fatalities", "Tote"), whatever its words. */
export function unitKind(f: Figure, sameQuantity: (a: Figure, b: Figure) => boolean): 'death' | undefined {
  return !f.isYear && sameQuantity(f, DEATHS) ? 'death' : undefined;
}
