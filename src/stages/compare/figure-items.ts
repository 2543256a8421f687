/**
 * One figure as the grouping reads it: the grouping's inputs, which figures
 * count, the words around each (complement, setting, the unit's need), and
 * the names a group is given from its members' words. Split from
 * group-figures.ts, which builds these items and groups them.
 */
import type { TranslatedText } from './figure-translations.js';
import type { ArticleId } from '../../core/ids.js';
import type { Figure, Sentence } from '../../core/types.js';
import { quantityKey } from '../analyze/figures-units.js';
import type { Bag } from './text-sim.js';
import type { FigureScope } from './figure-scope.js';

/** A variant's figure repeats its representative's: the same value, range and unit. */
export function sameValue(a: Figure, b: Figure): boolean {
  return a.value === b.value && a.valueMax === b.valueMax && a.unit === b.unit && a.isYear === b.isYear;
}

/**
 * The figure with every field in one order (absent ones undefined): stored
 * figures come in as many shapes as they have optional fields, and the pair
 * tests, optimised for the shapes of one story, were thrown away and compiled
 * again at the next story's ('wrong map'). Read by the tests only; the brief's
 * values are built from its fields.
 */
export function shaped(f: Figure): Figure {
  return { start: f.start, end: f.end, text: f.text, value: f.value, valueMax: f.valueMax, unit: f.unit, counted: f.counted, qualifier: f.qualifier, attribution: f.attribution, isYear: f.isYear };
}

/**
 * The shape's fields made as general as any story makes them, once, before
 * any code is optimised for it: a story whose values are all whole numbers
 * (or bounds all absent, no year flag) leaves a field typed narrower, and the
 * first story with a decimal or a bound widened it and threw away every
 * optimised function reading it (groupItems, its pair tests: ~160 ms of
 * compiling again in the next large brief, 'code dependencies').
 */
const GENERAL_FIGURES: readonly Figure[] = [
  { start: 0, end: 1, text: '1', value: 1, unit: 'u', counted: 'u' },
  { start: 0, end: 1, text: 'é'.repeat(2), value: 1.5, valueMax: 2, unit: 'é'.repeat(2), counted: 'x'.repeat(2), qualifier: 'about', attribution: 'a'.repeat(2), isYear: false },
  { start: 0, end: 1, text: '2', value: 2, valueMax: 2.5, unit: 'u', counted: 'u', qualifier: 'up to', attribution: 'b', isYear: true },
];
for (const f of GENERAL_FIGURES) shaped(f);

/** Fewer than two sentences start before `start`: the article's first two (counted, not filtered: once per figure). */
export function inLead(sentences: readonly Sentence[], start: number): boolean {
  let before = 0;
  for (const x of sentences) if (x.start < start && ++before >= 2) return false;
  return true;
}

/** One article's figures with the sentences they stand in. */
export interface FigureSource {
  readonly articleId: ArticleId;
  readonly figures: readonly Figure[];
  readonly sentences: readonly Sentence[];
}

/** What grouping needs to know of the story beyond the figures. */
export interface FigureContext {
  readonly lineageOf: (id: ArticleId) => string;
  /** Publication day (stated or inferred), for series over time. */
  readonly dayOf: (id: ArticleId) => string | undefined;
  /** An article's language; words around figures of two languages cannot be compared. */
  readonly languageOf?: (id: ArticleId) => string;
  /** The story's translations, sentence by sentence: a translation's figures are its original's (figure-translations.ts). */
  readonly translations?: readonly TranslatedText[];
}

export interface Item {
  readonly f: Figure;
  readonly articleId: ArticleId;
  /**
   * Content words around the figure (eight words a side, numbers left out),
   * weighted by rarity among the story's figures: what this number is about,
   * not what the whole story is about.
   */
  readonly context: Bag;
  /** "of border" in "2,000 miles of border": narrows what is counted. */
  readonly complement?: string;
  /** "near its border with Ukraine": where or of whom, for the subject's name. */
  readonly setting?: string;
  /** The clause's words up to the figure ("the missile flew …") or from it ("… wanted to vote for him"), for a heading a unit alone would make. */
  readonly leadIn?: string;
  readonly language: string;
  /** What happened to the counted ("killed", "injured", "freed"), from the words around the figure. */
  readonly fate: ReadonlySet<string>;
  /** The period, forecast and running-count cues of its words (figure-scope.ts). */
  readonly scope: FigureScope;
  /** In the article's first two sentences: where an article states its story's central fact. */
  readonly lead: boolean;
  /** Content words just after the figure ("aid package" in "$13 billion aid package"), stemmed. */
  readonly head: ReadonlySet<string>;
  /**
   * The content words of its sentence, numbers left out, when it is the
   * sentence's only figure of its unit: two leads saying one thing with
   * another number (with several, the words cannot tell which one differs).
   */
  readonly said?: Bag;
  /** Its article's publication day, when known. */
  readonly day?: string;
  /** `minContext` of its unit and words, read for every pair it is tested in. */
  readonly need: number;
  /** The kind of count its words make it, whatever its unit ("death": a toll as deaths or as people killed; figure-values.ts). */
  readonly kind: string | undefined;
  /** The kind its unit names by itself ("death" for "deaths", "Tote"): `kind` read from the unit, not from the words around. */
  readonly unitKind: string | undefined;
}

/**
 * Units of measure say nothing of what is measured (a distance flown and a
 * distance from the coast are both miles; a match has many minutes and
 * runs), so the words around two such figures must agree. Generic count
 * nouns ("people", "members") narrow it a little. Specific nouns ("troops",
 * "documents") name the quantity themselves: the counted words, their
 * modifiers ("Russian troops" ≠ "US troops") and the order of magnitude
 * decide, with a little shared context ("girls freed" ≠ "girls kidnapped").
 */
const MEASURE_UNITS = new Set([
  'percent', 'point', 'mile', 'km', 'kilometer', 'kilometre', 'meter', 'metre', 'foot', 'feet', 'inch', 'yard', 'acre', 'hectare',
  'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'time', 'ton', 'tonne', 'kilogram', 'kg', 'pound', 'lb', 'liter', 'litre',
  'gallon', 'barrel', 'degree', 'lap', 'run', 'out', 'game', 'goal', 'inning', 'set', 'round', 'seat', 'vote',
]);
const GENERIC_COUNTS = new Set(['people', 'person', 'member', 'case', 'resident', 'man', 'woman', 'child', 'others']);

/** Least rarity-weighted Dice of the words around two figures, by kind of unit. */
export function minContext(unit: string, text = ''): number {
  // An age belongs to a person: two ages are one quantity only in the same words about the same person.
  if (/-year-old|\baged\b/i.test(text)) return 0.6;
  if (MEASURE_UNITS.has(unit) || /^[a-z]{3}$/.test(unit)) return 0.45;
  return GENERIC_COUNTS.has(unit) ? 0.3 : 0.1;
}

const PREPOSITION = /^\s*(?:(?:are|were|is|was|have been|has been|had been|being)\s+(?:\w+ed\s+)?)?((?:near|along|on|in|at|across|around|inside|outside|within|from|to|by|into|off)\s+[^,.;:!?()"“”]{2,60})/i;

/** "of border" → the counted thing's complement, lower-cased and crudely stemmed. */
export function complementOf(after: string): string | undefined {
  const m = /^\s*of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?([A-Za-z\p{L}-]+)/u.exec(after);
  if (!m) return undefined;
  return m[1]!.toLowerCase().replace(/(?:es|s)$/, '');
}

const WHEN = /^(?:on|in|at|by|from|to|since|into)\s+(?:(?:last|next|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d|the (?:morning|afternoon|evening|night|weekend|day|week|month|year)|(?:the )?(?:morning|afternoon|evening|night)|time\b)/i;

/** "along the border" after the figure: where the counted things are (a time, "on Friday", is not where). */
export function settingOf(after: string): string | undefined {
  const m = PREPOSITION.exec(after);
  if (!m || WHEN.test(m[1]!)) return undefined;
  const words = m[1]!.trim().split(/\s+/).slice(0, 6);
  while (words.length > 1 && /^(?:and|or|but|as|that|which|who|the|a|an|to|of|in|on)$/i.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** The quantity's name and where or of what, as the sources most often put it. */
export function subjectOf(quantity: string, members: readonly Item[]): string {
  const setting = commonest(members.map((m) => m.setting));
  const complement = members.find((m) => m.complement !== undefined)?.complement;
  return [quantity, complement !== undefined && !quantity.includes(complement) ? `of ${complement}` : '', setting ?? ''].filter(Boolean).join(' ');
}

/**
 * A unit of measure alone says nothing of what is measured (a brief of five groups headed "percent", seven "miles"):
 * for a group whose subject is its unit's name alone, the words that lead up to its figures in their clause, as the
 * sources most often put them ("Trzaskowski has the support of …", "the missile flew …"); undefined otherwise.
 */
export function leadInOfGroup(quantity: string, subject: string, members: readonly Item[]): string | undefined {
  const unit = members[0]?.f.unit ?? '';
  if (subject !== quantity || !(MEASURE_UNITS.has(unit) || /^[a-z]{3}$/.test(unit))) return undefined;
  return commonest(members.map((m) => m.leadIn));
}

/** The value given most often (the first in locale order on ties), or undefined when none is. */
function commonest(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** A break between clauses: the words of another clause say nothing of the figure. */
const CLAUSE_BREAK = /[,;:()"“”«»„]|\s[-–—]\s/g;
/** A unit's word left from the figure before ("percent over the last", "miles or"). */
const UNIT_WORD = /^(?:percent|%|miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?|feet|foot|inch(?:es)?|yards?|pounds?|kg|kilograms?|tons?|tonnes?|degrees?|hours?|minutes?|seconds?|days?|weeks?|months?)$/i;
/** Words a clause leading up to a figure may open with that belong to the clause before ("and", "said", "that"). */
const LEAD_WORD = /^(?:and|but|or|nor|while|as|that|which|who|where|when|so|then|said|says|say|told|added|reported|stated|according|to)$/i;

/**
 * The words leading up to a figure in its clause, at most six, after any verb of saying ("… said the missile flew" →
 * "the missile flew …"), or, with none before it, those that follow it ("Earlier, 43.76 percent wanted to vote for
 * him" → "… wanted to vote for him"); undefined when fewer than two words are left.
 * @example leadInOf('South Korea’s military said the missile flew', '(1,680 miles) and reached') // 'the missile flew …'
 */
export function leadInOf(before: string, after: string): string | undefined {
  const parts = before.split(CLAUSE_BREAK);
  let words = (parts[parts.length - 1] ?? '').trim().split(/\s+/).filter(Boolean);
  // Another figure or a clause joined on ("reached 550 km and covered a distance of") ends what leads up to this one.
  for (let i = words.length - 1; i >= 0; i--) {
    if (/\d|^(?:and|but)$/i.test(words[i]!) || /^(?:said|says|told|reported|added|stated|wrote|according)$/i.test(words[i]!)) {
      words = words.slice(i + 1);
      break;
    }
  }
  // What is left of the figure before ("percent over the last", "miles or") and joining words belong to no lead-in.
  while (words.length > 0 && (LEAD_WORD.test(words[0]!) || UNIT_WORD.test(words[0]!))) words.shift();
  if (words.length >= 2) return `${words.slice(-6).join(' ')} …`;
  const rest = (after.split(/[.!?]/)[0] ?? '').split(CLAUSE_BREAK)[0]!.trim().split(/\s+/).filter(Boolean);
  const stop = rest.findIndex((w) => /\d|^(?:and|but)$/i.test(w));
  if (stop >= 0) rest.length = stop;
  return rest.length >= 2 ? `… ${rest.slice(0, 6).join(' ')}` : undefined;
}

/**
 * A currency's name in the brief's language: the sources write a symbol or their own word ("$", "€", "Euro",
 * "dólares", "美元"), which says nothing as a heading ("$ in the final quarter").
 */
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  usd: 'dollars', eur: 'euros', gbp: 'pounds', jpy: 'yen', cny: 'yuan', rub: 'roubles', uah: 'hryvnias', inr: 'rupees', bgn: 'leva',
};

/**
 * The brief's (English) name of a count the figure reader keys across languages (figures-units.ts): a group given
 * only in other languages is headed "troops", not "soldats" or "военных".
 */
const KEY_NAMES: Readonly<Record<string, string>> = {
  troop: 'troops', person: 'people', death: 'deaths', injury: 'injured',
  year: 'years', month: 'months', week: 'weeks', day: 'days', hour: 'hours', minute: 'minutes', degrees: 'degrees',
  kilometre: 'kilometres', kilometer: 'kilometres', metre: 'metres', meter: 'metres', centimetre: 'centimetres', millimetre: 'millimetres',
  inch: 'inches', foot: 'feet', mile: 'miles', litre: 'litres', liter: 'litres', tonne: 'tonnes', kilogram: 'kilograms',
};

/**
 * The most common way the sources name what is counted ("Russian troops"), fullest on ties; money by its currency's
 * name; with `foreign` (no wording in the brief's language), a count keyed across languages by its English name.
 */
export function quantityName(figures: readonly Figure[], foreign = false): string {
  const counts = new Map<string, number>();
  for (const f of figures) {
    const name = (CURRENCY_NAMES[f.unit] ?? (foreign ? KEY_NAMES[quantityKey(f)] : undefined) ?? (f.counted || f.unit)).trim();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/**
 * Years belong to the timeline, and small counts written as words ("two
 * leaders", "one face-to-face meeting", "seven-year") are wording, not figures
 * sources dispute; digits, qualifiers, money and percentages always count.
 */
export function isNoteworthy(f: Figure): boolean {
  if (f.isYear) return false;
  // A bare number counting nothing ("el presidente número 44", "333 in una delle sue proprietà", a phone number's
  // digits) names no quantity a reader could compare; the English rules never give one, the other languages' may.
  if (f.unit === '' && f.qualifier === undefined && /^[\d\s.,'’–-]+$/u.test(f.text.trim()) && !/[a-z]/iu.test(f.counted)) return false;
  // "since 1998", "the 2004 law": a bare four-digit number in the range of
  // years, counting nothing or one (lower-case, singular) thing, is a date.
  if (/^\d{4}\b/.test(f.text.trim()) && f.value >= 1900 && f.value <= 2099 && f.qualifier === undefined && (f.counted.trim() === '' || /^[a-z]+[^s]$/.test(f.counted.trim()))) return false;
  // A small count in words ("one way or another", "two leaders") is wording, qualified or not.
  if (!/\d/.test(f.text)) return f.value >= 10;
  if (f.qualifier !== undefined) return true;
  if (f.unit === 'percent' || /^[a-z]{3}$/.test(f.unit) && f.unit !== 'day' && f.unit !== 'age') return true;
  return f.value >= 10;
}
