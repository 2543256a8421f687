/**
 * Links the renderings of one remark among one speaker's quotes, in one
 * language (weighted Dice or containment of their word bags, with prefix
 * filtering) and across languages (numbers and international words). Held
 * apart from the grouping (group-quotes.ts), which unions what these link.
 */
import type { ArticleId } from '../../core/ids.js';
import { bagOf, containment, dice, type Bag } from './text-sim.js';
import type { CompareOptions } from './story-input.js';
import type { UnionFind } from './union-find.js';
import { findNumbersIntl } from '../analyze/numbers-intl.js';
import { nameKey } from '../similarity/transliterate.js';
import type { Flat } from './group-quotes.js';


/**
 * Unions the renderings of one remark among one speaker's quotes: pairs whose
 * weighted Dice reaches `quoteVariantDice` or, both at least 4 words, whose
 * containment reaches `quoteVariantContainment`. Exactly the pairs an all-pairs
 * scan would link, without the n² scan (a wire quote can recur in a thousand
 * copies): equal bags are one bag; either test needs shared weight of at
 * least min(dice, containment) × the smaller bag, so a pair must share a key of
 * the smaller bag's rarest-first prefix (prefix filtering); pairs already in one
 * group are not compared.
 */
export function linkVariants(members: readonly number[], flat: readonly Flat[], uf: UnionFind, opts: CompareOptions): void {
  // Equal bags (not only equal texts: renderings differing in stop words,
  // punctuation or endings have one bag) are one slot, linked when the bag is
  // not empty (an empty bag's Dice is 0): a pair of equal bags has Dice 1, and
  // every other quote has the same Dice and containment with both (the same
  // words in the same order sum the same, bit for bit), so linking the slots
  // links exactly the pairs an all-pairs scan would.
  const slotOfText = new Map<string, number>();
  const slotOfBag = new Map<string, number>();
  const distinct: number[] = [];
  const bags: Bag[] = [];
  for (const i of members) {
    const text = flat[i]!.q.text;
    let slot = slotOfText.get(text);
    if (slot === undefined) {
      const bag = bagOf(text);
      const key = bagKey(bag);
      slot = slotOfBag.get(key);
      if (slot === undefined) {
        slot = distinct.length;
        slotOfBag.set(key, slot);
        distinct.push(i);
        bags.push(bag);
      }
      slotOfText.set(text, slot);
    }
    if (distinct[slot] !== i && bags[slot]!.total > 0) uf.union(distinct[slot]!, i);
  }
  const share = Math.min(opts.quoteVariantDice, opts.quoteVariantContainment);
  if (!(share > 0)) {
    for (let x = 0; x < distinct.length; x++) for (let y = x + 1; y < distinct.length; y++) if (linked(bags, x, y, opts)) uf.union(distinct[x]!, distinct[y]!);
    return;
  }
  const df = new Map<string, number>();
  for (const b of bags) for (const k of b.weights.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  for (let x = 0; x < bags.length; x++) {
    for (const k of bags[x]!.weights.keys()) {
      const list = postings.get(k);
      if (list) list.push(x);
      else postings.set(k, [x]);
    }
  }
  const seen = new Int32Array(bags.length).fill(-1);
  rarityDf = df;
  for (let x = 0; x < bags.length; x++) {
    const b = bags[x]!;
    if (b.total === 0) continue;
    // Rarest keys first; the prefix ends once the weight left is below the least share.
    const keys = [...b.weights.keys()].sort(byRarity);
    let rest = b.total;
    for (const k of keys) {
      if (rest < share * b.total) break;
      rest -= b.weights.get(k)!;
      for (const y of postings.get(k)!) {
        // Each pair once, from the side whose bag is not larger (ties: both sides look, the mark dedupes).
        if (y === x || seen[y] === x || bags[y]!.total < b.total) continue;
        seen[y] = x;
        if (uf.find(distinct[x]!) === uf.find(distinct[y]!)) continue;
        if (linked(bags, x, y, opts)) uf.union(distinct[x]!, distinct[y]!);
      }
    }
  }
  rarityDf = EMPTY_DF;
}

// Module-level functions, not closures made per call (V8 drops a dead
// closure's optimised code at each full GC and compiles it again).
function linked(bags: readonly Bag[], x: number, y: number, opts: CompareOptions): boolean {
  const d = dice(bags[x]!, bags[y]!);
  const c = Math.min(bags[x]!.total, bags[y]!.total) >= 4 ? containment(bags[x]!, bags[y]!) : 0;
  return d >= opts.quoteVariantDice || c >= opts.quoteVariantContainment;
}

/** The document frequencies `byRarity` reads, set around its sorts (synchronous). */
const EMPTY_DF = new Map<string, number>();
let rarityDf: ReadonlyMap<string, number> = EMPTY_DF;
function byRarity(k1: string, k2: string): number {
  return rarityDf.get(k1)! - rarityDf.get(k2)! || (k1 < k2 ? -1 : k1 > k2 ? 1 : 0);
}

/** A bag's words and weights in its own order (bagOf's weights are 1 or 2: exact as text). */
function bagKey(bag: Bag): string {
  let key = '';
  for (const [k, w] of bag.weights) key += `${k}\u0001${w}\u0002`;
  return key;
}

/** Least Dice of two quotes' anchor keys for renderings of one remark in two languages. */
const TRANSLATED_QUOTE_DICE = 0.2;

/**
 * Anchors of a quote that survive translation: its numbers by value, and the
 * consonant skeletons (first three) of its long words, which catch the
 * international words a remark is built on ("escalation", "escalade",
 * "Eskalation", "эскалации" all begin "skl").
 */
function quoteAnchors(text: string, language: string): Set<string> {
  const keys = new Set<string>();
  for (const n of findNumbersIntl(text, language)) if (Number.isFinite(n.value)) keys.add(`n:${n.value}`);
  for (const w of text.split(/[^\p{L}]+/u)) {
    if (w.length < 6) continue;
    const k = nameKey(w);
    if (k.length >= 3) keys.add(`w:${k.slice(0, 3)}`);
  }
  return keys;
}

/**
 * Renderings of one remark in two languages: same speaker, other languages,
 * no number of one missing from the other, and their anchors alike. The words
 * cannot be compared without a dictionary; the numbers and the international
 * words can.
 */
export function linkTranslations(members: readonly number[], flat: readonly Flat[], uf: UnionFind, languageOf: (id: ArticleId) => string): void {
  // Only quotes of two known languages are compared: a speaker quoted in one
  // language has nothing to link here, and the anchors (a transliteration of
  // every long word) were most of grouping such a speaker's quotes.
  const languages = new Set<string>();
  for (const i of members) {
    const language = languageOf(flat[i]!.articleId);
    if (language !== '') languages.add(language);
    if (languages.size > 1) break;
  }
  if (languages.size < 2) return;
  // One per distinct text of a language: a wire quote in a thousand copies is compared once.
  const seen = new Set<string>();
  const info: { i: number; language: string; keys: Set<string> }[] = [];
  for (const i of members) {
    const language = languageOf(flat[i]!.articleId);
    const key = `${language}\u0000${flat[i]!.q.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    info.push({ i, language, keys: quoteAnchors(flat[i]!.q.text, language) });
  }
  for (let x = 0; x < info.length; x++) {
    for (let y = x + 1; y < info.length; y++) {
      const a = info[x]!;
      const b = info[y]!;
      if (a.language === '' || b.language === '' || a.language === b.language) continue;
      if (uf.find(a.i) === uf.find(b.i) || a.keys.size === 0 || b.keys.size === 0) continue;
      const numbersA = [...a.keys].filter((k) => k.startsWith('n:'));
      const numbersB = [...b.keys].filter((k) => k.startsWith('n:'));
      if (numbersA.some((k) => !b.keys.has(k)) || numbersB.some((k) => !a.keys.has(k))) continue;
      let common = 0;
      for (const k of a.keys) if (b.keys.has(k)) common++;
      if ((2 * common) / (a.keys.size + b.keys.size) >= TRANSLATED_QUOTE_DICE) uf.union(a.i, b.i);
    }
  }
}
