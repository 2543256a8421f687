/**
 * Whether two claim statements state one claim: the tests claims.ts makes of
 * a pair (names, numbers and dates in common or in conflict, language,
 * speaker, polarity, wording), shared by the grouping and the tightening.
 */
import type { ClaimUnit } from './claim-units.js';
import type { ClaimContext, ClaimOptions } from './claims.js';
import { countryOf, hanCountries } from '../similarity/news-lexicon.js';
import { transliterate } from '../similarity/transliterate.js';
import { storyNameKey } from '../text-model/name-keys.js';
import { dice } from './text-sim.js';

/** The names (`e:`) and numbers (`n:`) a statement states, as fact keys. */
export function factsOf(u: ClaimUnit): string[] {
  const out: string[] = [];
  for (const n of u.names) out.push(`e:${n}`);
  for (const values of u.numbers.values()) for (const v of values) out.push(`n:${v}`);
  return out;
}

/**
 * Each statement's first-named actor is absent from the other: "China said it
 * opposes the launch" and "Russia condemned the launch" are two claims,
 * however alike their words.
 */
function otherSubjects(a: ClaimUnit, b: ClaimUnit): boolean {
  return a.subject !== undefined && b.subject !== undefined && a.subject !== b.subject && !b.names.has(a.subject) && !a.names.has(b.subject);
}

/**
 * Names and numbers both state, and whether any of their numbers conflict,
 * as one number, shared × 2 plus 1 for a conflict: the candidate pairs'
 * loops ask it for thousands of pairs, and an object per pair was garbage.
 */
export function anchorCount(a: ClaimUnit, b: ClaimUnit): number {
  let shared = 0;
  for (const n of a.names) if (b.names.has(n)) shared++;
  let conflict = false;
  // Two statements dated differently are two events ("the resolution adopted
  // last week" and "in September"); a shared date anchors them.
  if (a.when.size > 0 && b.when.size > 0) {
    // Loops, not spread arrays: this runs for every candidate pair and linkage term.
    let common = 0;
    for (const w of a.when) if (b.when.has(w) || sameWhen(w, b.when)) common++;
    shared += common;
    if (common === 0) conflict = true;
  }
  if (a.numbers.size > 0 && b.numbers.size > 0) {
    // forEach with a module-level callback and one state object: for-of over the entries made an entry array per
    // unit (some 2 MB a 200-copy brief). Counts and a flag, so the order they are visited in changes nothing.
    const st = numberWalk;
    st.other = b.numbers;
    st.shared = 0;
    st.conflict = false;
    a.numbers.forEach(countCommon, st);
    shared += st.shared;
    if (st.conflict) conflict = true;
    st.other = NO_NUMBERS;
  }
  return shared * 2 + (conflict ? 1 : 0);
}

interface NumberWalk {
  other: ReadonlyMap<string, readonly number[]>;
  shared: number;
  conflict: boolean;
}
const NO_NUMBERS: ReadonlyMap<string, readonly number[]> = new Map();
const numberWalk: NumberWalk = { other: NO_NUMBERS, shared: 0, conflict: false };

/** One unit's values of `a` against the other statement's values of that unit. */
function countCommon(this: NumberWalk, values: readonly number[], unit: string): void {
  const other = this.other.get(unit);
  if (!other) return;
  let common = 0;
  for (let k = 0; k < values.length; k++) if (other.includes(values[k]!)) common++;
  this.shared += common;
  if (common === 0) this.conflict = true;
}

/** A date of `when` at another precision that contains `w` or is contained in it ("2021-12" and "2021-12-07"). */
function sameWhen(w: string, when: ReadonlySet<string>): boolean {
  for (const v of when) if (v.startsWith(w) || w.startsWith(v)) return true;
  return false;
}

/**
 * Two statements in different languages state one claim when the sentence
 * aligner of reuse detection paired them (a translation and its source), or
 * when they share at least three anchors — countries, numbers, dates, and
 * names by the cross-script keys of their words, counting at most two names
 * (people named together are not yet one statement) — that make up most of
 * the smaller one's, a name or a number among them (a country and a day are
 * shared by most sentences of a story), and no date conflicts ("Резников …
 * Россия … 70 тысяч … 3 декабря 2021" and "Reznikov … Russia … 70,000 troops
 * … 3 December 2021"): the words themselves cannot be compared without a
 * dictionary, the anchors survive translation.
 */
export function sameAcrossLanguages(a: ClaimUnit, b: ClaimUnit, ctx: ClaimContext): boolean {
  return acrossLanguages(a, b, ctx) > 0;
}

/**
 * How strongly two statements in different languages are one claim: 1 for a
 * translation's aligned sentences, else the share of the smaller statement's
 * anchors the two share when they are one claim (`sameAcrossLanguages`), 0
 * when not. The grouping takes the strongest pairs first, so a statement
 * joins the claim it shares most with.
 */
export function acrossLanguages(a: ClaimUnit, b: ClaimUnit, ctx: ClaimContext): number {
  // A translation's sentence and its source's, paired by the sentence aligner of reuse detection; two quotations
  // holding renderings of one remark (the quote grouping's variants: "as rendered by").
  if (alignedUnits(a, b, ctx) || (a.speaker !== undefined && b.speaker !== undefined && remarkUnits(a, b, ctx))) return 1;
  const x = anchorsOf(a);
  const y = anchorsOf(b);
  let shared = 0;
  let specific = false;
  for (const k of x.keys) {
    if (!y.keys.has(k)) continue;
    shared++;
    if (k.startsWith('n:')) specific = true;
  }
  // Names by their words' keys, paired one to one.
  const names = sharedNames(x.names, y.names);
  if (names > 0) specific = true;
  shared += Math.min(names, MAX_NAME_ANCHORS);
  const share = shared / Math.min(x.keys.size + x.names.length, y.keys.size + y.names.length);
  if (shared < 3 || !specific || share < 0.6) return 0;
  if (a.when.size > 0 && b.when.size > 0 && !sharesWhen(a.when, b.when)) return 0;
  return Math.min(1, share);
}

/** Names shared count for at most this many of a cross-language match's anchors. */
const MAX_NAME_ANCHORS = 2;

function sharesWhen(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/** Names of `x` paired one to one with names of `y` sharing a word key ("Trump Organization" and "Trump" take one partner each). */
function sharedNames(x: readonly ReadonlySet<string>[], y: readonly ReadonlySet<string>[]): number {
  const used = new Uint8Array(y.length);
  let n = 0;
  for (const nx of x) {
    for (let j = 0; j < y.length; j++) {
      if (used[j] === 1 || !meets(nx, y[j]!)) continue;
      used[j] = 1;
      n++;
      break;
    }
  }
  return n;
}

function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/** A statement's anchors in every language: numbers, dates and countries as keys, other names by their words' keys. */
interface CrossAnchors {
  readonly keys: Set<string>;
  readonly names: ReadonlySet<string>[];
}

// Built once per unit: it is compared with many others.
const anchorSets = new WeakMap<ClaimUnit, CrossAnchors>();
function anchorsOf(u: ClaimUnit): CrossAnchors {
  let set = anchorSets.get(u);
  if (set === undefined) {
    const keys = new Set<string>();
    const names: Set<string>[] = [];
    for (const n of u.names) {
      const words = n.split(/\s+/u);
      const country = words.length === 1 ? countryOf(transliterate(n)) : undefined;
      if (country !== undefined) keys.add(`c:${country}`);
      else names.push(nameWordKeys(n, words));
    }
    for (const values of u.numbers.values()) for (const v of values) keys.add(`n:${v}`);
    for (const w of u.when) keys.add(`w:${w}`);
    for (const c of countriesIn(u.text)) keys.add(`c:${c}`);
    set = { keys, names };
    anchorSets.set(u, set);
  }
  return set;
}

/**
 * A name's words as cross-script keys, as the clusterer keys names
 * (text-model/name-keys.ts): "Oleksii Reznikov", "Verteidigungsminister
 * Oleksij Resnikow" and "Украины Алексей Резников" meet by "rasnakav" (a
 * title or a country's genitive read into the name does not keep them apart);
 * a name of short words only is its own key.
 */
function nameWordKeys(name: string, words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const k = storyNameKey(w);
    if (k !== undefined) out.add(k);
  }
  if (out.size === 0) out.add(name);
  return out;
}

/** The countries a sentence names, or whose people or adjective it uses ("Rusia", "ukrainischen", "俄罗斯"). */
function countriesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.match(/\p{L}+/gu) ?? []) {
    if (HAN.test(w)) {
      for (const c of hanCountries(w)) out.add(c);
      continue;
    }
    if (w.length < 3) continue;
    const c = countryOf(transliterate(w));
    if (c !== undefined) out.add(c);
  }
  return out;
}

const HAN = /\p{Script=Han}/u;

export function crossLanguage(a: ClaimUnit, b: ClaimUnit): boolean {
  return a.language !== '' && b.language !== '' && a.language !== b.language;
}

export function sameClaim(a: ClaimUnit, b: ClaimUnit, sim: number, opts: ClaimOptions, ctx: ClaimContext): boolean {
  if (crossLanguage(a, b)) {
    if ((a.speaker === undefined) !== (b.speaker === undefined) || a.negated !== b.negated) return false;
    return sameAcrossLanguages(a, b, ctx);
  }
  // A quotation matches only a quotation of the same speaker: a fact and a
  // remark about it are different claims, and so are two speakers' words.
  if ((a.speaker === undefined) !== (b.speaker === undefined)) return false;
  if (a.speaker !== undefined && b.speaker !== undefined && a.speaker !== b.speaker && a.speaker !== 'unnamed speaker' && b.speaker !== 'unnamed speaker') return false;
  if (a.negated !== b.negated) return false;
  // Below the lowest threshold a statement (not a quotation) cannot match, whatever its anchors.
  if (a.speaker === undefined && sim < Math.min(opts.agreeDice, opts.agreeDiceAnchored, opts.agreeDiceAligned)) return false;
  const anchored = anchorCount(a, b);
  const shared = anchored >> 1;
  if ((anchored & 1) === 1 || otherSubjects(a, b)) return false;
  // Two renderings of a remark share most of the quoted words; the speaker,
  // the speech verb and the topic around the quotation are not enough.
  if (a.speaker !== undefined) return a.quoteBag !== undefined && b.quoteBag !== undefined ? dice(a.quoteBag, b.quoteBag) >= opts.agreeDice : sim >= opts.agreeDice;
  return sim >= opts.agreeDice || (sim >= opts.agreeDiceAnchored && shared >= 2) || (sim >= opts.agreeDiceAligned && alignedUnits(a, b, ctx));
}


/** The two quotation statements hold renderings of one remark. */
function remarkUnits(a: ClaimUnit, b: ClaimUnit, ctx: ClaimContext): boolean {
  if (ctx.sameRemark === undefined) return false;
  for (const x of a.occurrences.slice(0, 4)) {
    for (const y of b.occurrences.slice(0, 4)) {
      if (x.articleIndex !== y.articleIndex && ctx.sameRemark(x, y)) return true;
    }
  }
  return false;
}

/** The sentence aligner of reuse detection paired the two statements (paraphrase or translation). */
export function alignedUnits(a: ClaimUnit, b: ClaimUnit, ctx: ClaimContext): boolean {
  for (const x of a.occurrences.slice(0, 4)) {
    for (const y of b.occurrences.slice(0, 4)) {
      if (x.articleIndex !== y.articleIndex && ctx.aligned(x, y)) return true;
    }
  }
  return false;
}
