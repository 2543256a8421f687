/**
 * The pair tests of the figure grouping: never one quantity (vetoes), a
 * dispute too weakly evidenced to group, and how closely two figures' words
 * say they count one thing. Split from group-figures.ts; groupItems
 * (figure-grouping.ts) asks them for every pair it tests.
 */
import type { ArticleId } from '../../core/ids.js';
import type { Figure } from '../../core/types.js';
import { dice } from './text-sim.js';
import { notADispute } from './figure-scope.js';
import { compatible } from './figure-values.js';
import type { Item } from './figure-items.js';

/**
 * Reports of one quantity are of one order of magnitude: 70,000 against "up
 * to 175,000" troops is a dispute, 320,000 documents against 11.5 million, or
 * 155 miles against 2,300, are two different things counted.
 */
const MAX_RATIO = 5;

/**
 * Never one quantity: another complement ("of border" / "of wall"), another
 * order of magnitude, or two values one article gives on its own authority
 * that cannot both be true (an article that names two authorities for two
 * troop counts reports a dispute; one that gives $82 and $60 unattributed
 * counts two things).
 */
export function neverOne(a: Item, b: Item): boolean {
  if (a.fate.size > 0 && b.fate.size > 0 && !sharesOne(a.fate, b.fate)) return true;
  if (a.complement !== undefined && b.complement !== undefined && a.complement !== b.complement) return true;
  if (a.articleId === b.articleId && !compatible(a.f, b.f) && (a.f.attribution ?? '') === (b.f.attribution ?? '')) return true;
  const lo = Math.min(a.f.value, b.f.value);
  const hi = Math.max(a.f.valueMax ?? a.f.value, b.f.valueMax ?? b.f.value);
  return lo <= 0 || hi / lo > MAX_RATIO;
}

/**
 * Two independent sources giving values that cannot both be true is a
 * dispute, the brief's strongest statement, so it needs stronger evidence
 * that they count one thing than agreeing values do: each value attributed
 * to someone (disputes are between authorities: "70,000, US officials said";
 * "94,000, according to Reznikov"), or the words around them twice as close
 * as grouping needs. Otherwise the two are kept apart: two different
 * quantities are likelier than a dispute nobody voices.
 */
export function unprovenDispute(a: Item, b: Item, lineageOf: (id: ArticleId) => string, dayOf: (id: ArticleId) => string | undefined): boolean {
  if (lineageOf(a.articleId) === lineageOf(b.articleId) || compatible(a.f, b.f)) return false;
  // Reports of different days may be one count as it changed: a series, or a
  // dispute the day-by-day values will show (see statusOf).
  const da = dayOf(a.articleId);
  const db = dayOf(b.articleId);
  if (da !== undefined && db !== undefined && da !== db) return false;
  // Something befell one's counted and not the other's ("17 students were
  // killed", "20 students staged a walk-out"): two counts, not a dispute.
  if ((a.fate.size > 0) !== (b.fate.size > 0)) return true;
  // A part and its total, two periods, a forecast and the outcome, a count
  // and its later update: different values that both hold (figure-scope.ts).
  // An update is told from the words only when the dates cannot tell it:
  // reports of two known days are a series or a dispute (isSeries, statusOf).
  const undated = a.day === undefined || b.day === undefined || a.day === b.day;
  if (notADispute(a.scope, b.scope, a.f.value >= b.f.value ? a.scope : b.scope, a.f.unit === 'percent' || b.f.unit === 'percent', undated) !== undefined) return true;
  if (undated && stillCounted(a, b)) return true;
  if (a.f.attribution !== undefined && b.f.attribution !== undefined) return false;
  if (leadsOfOne(a, b)) return false;
  const need = Math.max(a.need, b.need, 0.15);
  return dice(a.context, b.context) < 2 * need;
}

/**
 * How well two figures' contexts say they count one thing, 1 being enough:
 * their words' Dice over what their units need (capped at 1.5, so one close
 * pair cannot carry a group). The same authority giving the same number of
 * the same thing is one quantity, however differently worded.
 */
export function relatedness(a: Item, b: Item): number {
  if (leadsOfOne(a, b)) return 1;
  // Not across a kind read from the words (a toll as deaths and as people
  // killed): one authority gives a toll and its parts ("more than 150" dead,
  // "more than 90 people" in one county), so there the words must say it.
  if (a.unitKind === b.unitKind && sameAuthority(a.f, b.f) && compatible(a.f, b.f)) return 1;
  const need = Math.max(a.need, b.need);
  // Across languages the surrounding words cannot agree; a specific counted
  // noun ("troops" = "soldats" = "Soldaten") with a compatible value and no
  // veto is the evidence there is. Units of measure stay apart.
  if (a.language !== b.language && need <= 0.1 && compatible(a.f, b.f)) return 1;
  return Math.min(1.5, dice(a.context, b.context) / need);
}

/**
 * A toll still being counted: of what befell people, the higher value only
 * a floor ("at least 84 killed") and the lower one no ceiling ("77 people
 * died", "nearly 80"). As bodies are found a toll rises, and reports hours
 * apart read so; a lower value capped ("as many as 50") against a higher
 * floor ("at least 63") is a dispute still.
 */
function stillCounted(a: Item, b: Item): boolean {
  if (!sharesOne(a.fate, b.fate)) return false;
  const [lo, hi] = a.f.value <= b.f.value ? [a, b] : [b, a];
  const floor = (q: string | undefined) => q === 'at least' || q === 'more than';
  const ceiling = (q: string | undefined) => q === 'up to' || q === 'at most' || q === 'fewer than';
  return floor(hi.f.qualifier) && !floor(lo.f.qualifier) && !ceiling(lo.f.qualifier);
}

/**
 * Two articles' leads (first two sentences), where each states the story's central fact,
 * counting the same thing: one unit (or one kind of count: deaths, people killed) and the same fate ("63 people were
 * killed", "as many as 50 people were killed"), the same words after the
 * figure ("a $13 billion aid package", "an $11.6 billion aid package"), or
 * one statement with another number, each its sentence's only figure of the
 * unit ("Senate Democrats blocked a $300 billion COVID-19 stimulus bill
 * Thursday" / "… a scaled-down, $500 billion Republican coronavirus relief
 * measure Thursday").
 */
function leadsOfOne(a: Item, b: Item): boolean {
  // Shares have many measures in one story (efficacy overall, in the US, against severe disease): not for percentages.
  if (!a.lead || !b.lead || a.articleId === b.articleId || (a.f.unit !== b.f.unit && (a.kind === undefined || a.kind !== b.kind)) || a.f.unit === 'percent' || a.language !== b.language) return false;
  return sharesOne(a.fate, b.fate) || sharesOne(a.head, b.head) || (a.said !== undefined && b.said !== undefined && dice(a.said, b.said) >= 0.5);
}

/** Whether two sets have a member in common (without an array per test). */
function sharesOne(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function sameAuthority(a: Figure, b: Figure): boolean {
  if (a.attribution === undefined || b.attribution === undefined) return false;
  const x = a.attribution.toLowerCase();
  const y = b.attribution.toLowerCase();
  return x === y || (x.length >= 4 && y.startsWith(x)) || (y.length >= 4 && x.startsWith(y));
}
