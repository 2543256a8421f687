/**
 * Statements that claim matching cannot tell apart become one unit before any
 * pairwise work. Two sentences that differ only in stop words, punctuation or
 * word forms with one stem ("said on Monday that the talks", "said Monday the
 * talks") have the same weighted bag, names, dates and the rest, so every
 * test claims make (Dice, anchors, polarity, speaker, coverage, quoted words)
 * answers the same for both; comparing them once, with the occurrences of
 * both, is the same matching at a fraction of the cost. A story of rewrites
 * of one text (hundreds of near-identical renderings of each sentence) is
 * where this pays: its statements are distinct strings, so grouping identical
 * text alone does not collapse them.
 *
 * The key is built from exactly the fields claims.ts reads of a unit, less
 * the occurrences (merged) and the wording (the first statement's is kept):
 * language, speaker, polarity, first actor, names, dates, digits, the three
 * bags with their weights, and the plain words outside the bag (quotedShare
 * reads them). A unit with figures is never merged: its figures are looked up
 * in the figure groups by article and offset, which differ between articles.
 */
import { shapedUnit, type ClaimUnit, type Occurrence } from './claim-units.js';
import type { Bag } from './text-sim.js';

/**
 * Units with the same matching key merged into the first of them (in unit
 * order), worded as the one most articles carry, with the occurrences of all: per article the earliest sentence, in
 * article order, as toClaimUnits lists them. Units with no twin are returned
 * as they are, so a story without near-identical statements is unchanged.
 * @example mergeInterchangeable(toClaimUnits(analyses, nameKey)).length
 */
export function mergeInterchangeable(units: readonly ClaimUnit[]): ClaimUnit[] {
  // First by everything but the plain words, which only matter for the few
  // units that collide on the rest (reading every sentence's words again would
  // cost more than it saves in a story without twins).
  // Loops, not callbacks: a closure made per call loses its optimised code at
  // every full garbage collection, so V8 compiled these again every brief.
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < units.length; i++) {
    const key = matchingKey(units[i]!);
    if (key === null) continue;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  }
  // quotedShare(member, claim.quotedWords) asks whether a member's plain words
  // hold a key of some unit's quoted words: only those plain words tell units apart.
  let quotedKeys: Set<string> | undefined;
  const twins = new Map<number, number[]>();
  const merged = new Uint8Array(units.length);
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    quotedKeys ??= quotedKeysOf(units);
    // The key holds the bags' words in order; their weights are compared here, exactly.
    const firsts: { i: number; plain: string }[] = [];
    for (const i of list) {
      const u = units[i]!;
      const plain = plainKey(u, quotedKeys);
      const first = firstTwin(firsts, plain, u, units);
      if (first === undefined) {
        firsts.push({ i, plain });
        continue;
      }
      merged[i] = 1;
      const more = twins.get(first.i);
      if (more) more.push(i);
      else twins.set(first.i, [i]);
    }
  }
  if (twins.size === 0) return [...units];
  const out: ClaimUnit[] = [];
  for (let i = 0; i < units.length; i++) {
    if (merged[i]) continue;
    const u = units[i]!;
    const more = twins.get(i);
    if (more === undefined) {
      out.push(u);
      continue;
    }
    const group = [u];
    for (const j of more) group.push(units[j]!);
    // Worded as the statement most articles carry (the first on a tie): the
    // wording bestCovered picks among twins, which score alike but for that.
    let text = u;
    for (const v of group) if (v.occurrences.length > text.occurrences.length) text = v;
    out.push(withOccurrences(u, text.text, mergedOccurrences(group)));
  }
  return out;
}

/** The first unit listed with the same plain words and weights. */
function firstTwin(firsts: readonly { i: number; plain: string }[], plain: string, u: ClaimUnit, units: readonly ClaimUnit[]): { i: number; plain: string } | undefined {
  for (const f of firsts) if (f.plain === plain && sameWeights(units[f.i]!, u)) return f;
  return undefined;
}

/** The unit worded `text` with `occurrences`; every field in the order toClaimUnits gives them (one object shape). */
function withOccurrences(u: ClaimUnit, text: string, occurrences: readonly Occurrence[]): ClaimUnit {
  return shapedUnit(u, text, occurrences, u.bag);
}

function quotedKeysOf(units: readonly ClaimUnit[]): Set<string> {
  const keys = new Set<string>();
  for (const u of units) if (u.quotedWords !== undefined) for (const k of u.quotedWords.weights.keys()) keys.add(k);
  return keys;
}

/** The unit's plain words (as quotedShare reads them) that are some quotation's key and not a key of its own bag. */
function plainKey(u: ClaimUnit, quotedKeys: ReadonlySet<string>): string {
  const out: string[] = [];
  for (const w of new Set(u.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])) if (quotedKeys.has(w) && !u.bag.weights.has(w)) out.push(w);
  return out.sort().join(' ');
}

/** Per article the earliest occurrence among the units, in article order. */
function mergedOccurrences(group: readonly ClaimUnit[]): Occurrence[] {
  const byArticle = new Map<number, Occurrence>();
  for (const u of group) {
    for (const o of u.occurrences) {
      const seen = byArticle.get(o.articleIndex);
      if (seen === undefined || o.start < seen.start) byArticle.set(o.articleIndex, o);
    }
  }
  return [...byArticle.values()].sort((a, b) => a.articleIndex - b.articleIndex);
}

/** What claim matching reads of a unit but its plain words (plainKey), as one string; null for a unit never merged. */
export function matchingKey(u: ClaimUnit): string | null {
  if (u.figures.length > 0 || u.numbers.size > 0) return null;
  return [
    u.language,
    u.speaker === undefined ? '\u0000' : `s${u.speaker}`,
    u.negated ? 'n' : 'p',
    u.subject ?? '\u0000',
    sorted(u.names),
    sorted(u.when),
    sorted(u.digits),
    bagKey(u.bag),
    u.quoteBag === undefined ? '\u0000' : bagKey(u.quoteBag),
    u.quotedWords === undefined ? '\u0000' : bagKey(u.quotedWords),
  ].join('\u0001');
}

function sorted(values: Iterable<string>): string {
  return [...values].sort().join('\u0002');
}

/** The bag's words in its own order (Dice and coverage sum weights in that order) and its size. */
function bagKey(bag: Bag): string {
  let key = '';
  for (const k of bag.weights.keys()) key += `${k}\u0002`;
  return `${key}#${bag.weights.size}`;
}

/** The three bags of two units with equal words (bagKey) have equal weights, bit for bit. */
function sameWeights(a: ClaimUnit, b: ClaimUnit): boolean {
  return equalWeights(a.bag, b.bag) && equalWeights(a.quoteBag, b.quoteBag) && equalWeights(a.quotedWords, b.quotedWords);
}

function equalWeights(a: Bag | undefined, b: Bag | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || !Object.is(a.total, b.total)) return false;
  for (const [k, w] of a.weights) if (!Object.is(w, b.weights.get(k))) return false;
  return true;
}
