import type { BriefQuote, SpeakerQuotes } from '../../core/brief.js';
import type { ArticleId } from '../../core/ids.js';
import type { Quote } from '../../core/types.js';
import { bagOf, containment, dice, type Bag } from './text-sim.js';
import type { CompareOptions } from './story-input.js';
import { blockPairCodes, memoBlockKeys, sameEntityBlockHashes, type AnyBlockKeys } from './name-blocks.js';
import { UnionFind } from './union-find.js';
import { displayNameOf } from './display-name.js';
import { findNumbersIntl } from '../analyze/numbers-intl.js';
import { nameKey } from '../similarity/transliterate.js';
import type { QuoteTwins } from './variants.js';

export interface QuoteGrouping {
  readonly quotes: readonly BriefQuote[];
  readonly speakers: readonly SpeakerQuotes[];
}

interface Flat {
  readonly q: Quote;
  readonly articleId: ArticleId;
  readonly id: string;
}

const UNATTRIBUTED = 'unattributed';

/**
 * Groups quotes by speaker across sources (spelling variants of one name are
 * one speaker) and, within a speaker, groups the renderings of one remark.
 * @example groupQuotes([[id, quotes]], sameEntity, COMPARE_DEFAULTS).speakers[0].remarks
 */
export function groupQuotes(
  perArticle: readonly (readonly [ArticleId, readonly Quote[]])[],
  sameName: (a: string, b: string) => boolean,
  opts: CompareOptions,
  /** The story's entity names, most mentioned first: a speaker takes the matching one. */
  preferredNames: readonly string[] = [],
  /** Names `sameName` may join share one of these keys: only those pairs are tested (numbers by default: name-blocks.ts). */
  blockKeys: AnyBlockKeys = sameEntityBlockHashes,
  /** Each article's language: quotes of one speaker in two languages are compared by their anchors. */
  languageOf?: (articleId: ArticleId) => string,
  /** A variant's quote and the representative's quote it repeats (variants.ts, by `perArticle` index): one remark, not compared again. */
  twins?: QuoteTwins,
): QuoteGrouping {
  const flat: Flat[] = [];
  const firstOf: number[] = [];
  for (const [articleId, quotes] of perArticle) {
    firstOf.push(flat.length);
    for (const q of quotes) flat.push({ q, articleId, id: `q_${articleId.slice(2, 10)}_${q.start}` });
  }

  // Loops, not callbacks made per call: V8 drops a dead closure's optimised
  // code at each full GC and compiles it again at the next brief.
  const labels: string[] = [];
  for (const f of flat) labels.push(f.q.speaker ?? UNATTRIBUTED);
  const speakerOf = namedByTheirWords(flat, canonicalSpeakers(labels, sameName, preferredNames, blockKeys), preferredNames);
  const uf = new UnionFind(flat.length);
  // A twin of the same speaker joins its representative's quote, which is compared for both.
  const joined = new Uint8Array(flat.length);
  if (twins !== undefined) {
    for (let a = 0; a < twins.quoteOf.length; a++) {
      const of = twins.quoteOf[a];
      if (of === undefined) continue;
      const rep = twins.repOf[a]!;
      for (let m = 0; m < of.length; m++) {
        const k = of[m]!;
        const i = firstOf[a]! + m;
        const t = k >= 0 ? firstOf[rep]! + k : -1;
        if (t < 0 || speakerOf[i] !== speakerOf[t]) continue;
        uf.union(i, t);
        joined[i] = 1;
      }
    }
  }
  const bySpeakerIndex = new Map<string, number[]>();
  for (let i = 0; i < flat.length; i++) {
    if (joined[i] === 1) continue;
    const list = bySpeakerIndex.get(speakerOf[i]!);
    if (list) list.push(i);
    else bySpeakerIndex.set(speakerOf[i]!, [i]);
  }
  for (const members of bySpeakerIndex.values()) {
    linkVariants(members, flat, uf, opts);
    if (languageOf) linkTranslations(members, flat, uf, languageOf);
  }
  const groups = uf.groups();
  const variantsOf = new Map<number, string[]>();
  // A wire quote carried by a thousand copies would list a thousand variants on each: the
  // first MAX_VARIANTS stand for the rest (the speaker's remark lists them all).
  for (const g of groups) for (const i of g) variantsOf.set(i, variantIds(g, i, flat));

  const quotes: BriefQuote[] = [];
  for (let i = 0; i < flat.length; i++) {
    const f = flat[i]!;
    const base = {
      id: f.id,
      speaker: speakerOf[i]!,
      text: f.q.text,
      articleId: f.articleId,
      start: f.q.start,
      end: f.q.end,
      variants: variantsOf.get(i) ?? [],
    };
    quotes.push(f.q.role ? { ...base, role: f.q.role } : base);
  }

  const bySpeaker = new Map<string, number[][]>();
  for (const g of groups) {
    const s = speakerOf[g[0]!]!;
    const list = bySpeaker.get(s) ?? [];
    list.push(g);
    bySpeaker.set(s, list);
  }
  const speakers: SpeakerQuotes[] = [...bySpeaker.entries()]
    .map(([speaker, gs]) => {
      const role = gs.flat().map((i) => flat[i]!.q.role).find((r) => r !== undefined);
      const remarks = gs.map((g) => g.map((i) => quotes[i]!));
      return role ? { speaker, role, remarks } : { speaker, remarks };
    })
    // Most-quoted first; the unattributed bucket last.
    .sort((a, b) => rank(b) - rank(a));
  return { quotes, speakers };
}

/** Variant ids listed on one quote, at most this many. */
export const MAX_VARIANTS = 20;

function variantIds(group: readonly number[], self: number, flat: readonly Flat[]): string[] {
  const out: string[] = [];
  for (const j of group) {
    if (j === self) continue;
    if (out.length === MAX_VARIANTS) break;
    out.push(flat[j]!.id);
  }
  return out;
}

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
function linkVariants(members: readonly number[], flat: readonly Flat[], uf: UnionFind, opts: CompareOptions): void {
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

/**
 * One speaker written in two scripts or transliterations ("Oleksii
 * Reznikov", "Oleksij Resnikow", "Алексей Резников"): the consonant
 * skeletons of the surnames are equal and, when both labels have more than
 * one word, another word's skeleton too (a first name, not just a family).
 */
function unionAcrossScripts(labels: readonly string[], uf: UnionFind): void {
  const bySurname = new Map<string, number[]>();
  // Loops and module-level functions, not callbacks made per call (V8 drops a
  // dead closure's optimised code at each full GC and compiles it again).
  const skeletons: string[][] = [];
  for (const l of labels) skeletons.push(l === UNATTRIBUTED ? [] : skeletonOf(l));
  for (let i = 0; i < skeletons.length; i++) {
    const sk = skeletons[i]!;
    const last = sk[sk.length - 1];
    // A surname of four consonants or more: "rsnkv", not "bdn".
    if (last === undefined || last.length < 4) continue;
    // Bucketed by four consonants; equal or one a prefix of the other ("rsnk" Resnikow, "rsnkv" Reznikov).
    const bucket = last.slice(0, 4);
    bySurname.set(bucket, [...(bySurname.get(bucket) ?? []), i]);
  }
  for (const group of bySurname.values()) {
    const full: number[] = [];
    for (const i of group) if (skeletons[i]!.length > 1) full.push(i);
    for (let x = 0; x < full.length; x++) {
      for (let y = x + 1; y < full.length; y++) {
        const a = skeletons[full[x]!]!;
        const b = skeletons[full[y]!]!;
        if (!prefixed(a[a.length - 1]!, b[b.length - 1]!)) continue;
        const other = new Set(a.slice(0, -1));
        if (anyOtherIn(b, other)) uf.union(full[x]!, full[y]!);
      }
    }
    // A bare surname joins the full name it stands for only when that is one
    // person: it must not chain two namesakes into one.
    const singles: number[] = [];
    for (const k of group) if (skeletons[k]!.length === 1) singles.push(k);
    for (const i of singles) {
      const last = skeletons[i]![0]!;
      const people = new Set<number>();
      for (const k of full) if (prefixed(last, skeletons[k]!.at(-1)!)) people.add(uf.find(k));
      const bare: number[] = [];
      for (const k of group) if (k !== i && skeletons[k]!.length === 1 && prefixed(last, skeletons[k]![0]!)) bare.push(k);
      if (people.size === 1) uf.union(i, [...people][0]!);
      for (const k of bare) uf.union(i, k);
    }
  }
}

function normText(t: string): string {
  return t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A label's words' consonant skeletons of two letters or more. */
function skeletonOf(label: string): string[] {
  const out: string[] = [];
  for (const w of label.split(/\s+/)) {
    const k = nameKey(w);
    if (k.length >= 2) out.push(k);
  }
  return out;
}

function prefixed(x: string, y: string): boolean {
  return x.startsWith(y) || y.startsWith(x);
}

/** Some word of `b` before its last in `other`. */
function anyOtherIn(b: readonly string[], other: ReadonlySet<string>): boolean {
  for (let k = 0; k < b.length - 1; k++) if (other.has(b[k]!)) return true;
  return false;
}

/**
 * A speaker known only by a title of one word ("Minister", "the minister"
 * that a quote rule could not resolve) whose every quote is word for word a
 * quote of one named speaker: the same remark, so the same speaker.
 */
function namedByTheirWords(flat: readonly Flat[], speakerOf: readonly string[], preferred: readonly string[]): string[] {
  // A one-word label that is a name of the story ("Putin") is a speaker in its own right.
  const nameWords = new Set(preferred.flatMap((p) => p.toLowerCase().split(/\s+/)));
  const speakersOfText = new Map<string, Set<string>>();
  for (let i = 0; i < flat.length; i++) {
    const s = speakerOf[i]!;
    if (s === UNATTRIBUTED || !/\s/.test(s.trim())) continue;
    const key = normText(flat[i]!.q.text);
    if (key.split(' ').length < 4) continue;
    speakersOfText.set(key, new Set([...(speakersOfText.get(key) ?? []), s]));
  }
  const bySpeaker = new Map<string, number[]>();
  for (let i = 0; i < flat.length; i++) {
    const s = speakerOf[i]!;
    if (s !== UNATTRIBUTED && !/\s/.test(s.trim()) && !nameWords.has(s.trim().toLowerCase())) bySpeaker.set(s, [...(bySpeaker.get(s) ?? []), i]);
  }
  const out = [...speakerOf];
  for (const members of bySpeaker.values()) {
    const named = new Set<string>();
    let all = true;
    for (const i of members) {
      const others = speakersOfText.get(normText(flat[i]!.q.text));
      if (!others) all = false;
      else for (const o of others) named.add(o);
    }
    if (all && named.size === 1) for (const i of members) out[i] = [...named][0]!;
  }
  return out;
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
function linkTranslations(members: readonly number[], flat: readonly Flat[], uf: UnionFind, languageOf: (id: ArticleId) => string): void {
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

function rank(s: SpeakerQuotes): number {
  return s.speaker === UNATTRIBUTED ? -1 : s.remarks.reduce((n, r) => n + r.length, 0);
}

/** Maps each raw speaker label to one display name per person (the longest spelling seen). */
function canonicalSpeakers(labels: readonly string[], sameName: (a: string, b: string) => boolean, preferred: readonly string[], keysOf: AnyBlockKeys): string[] {
  const blockKeys = memoBlockKeys(keysOf);
  const distinct = [...new Set(labels)];
  const uf = new UnionFind(distinct.length);
  // Pairs sharing a block key; one already in a group is not tested (a person's spellings
  // join the group, not each other: groups are the same whatever the order of the tests).
  const codes = blockPairCodes(distinct, blockKeys);
  const n = distinct.length;
  for (let k = 0; k < codes.length; k++) {
    const i = Math.floor(codes[k]! / n);
    const j = codes[k]! - i * n;
    if (uf.find(i) === uf.find(j)) continue;
    const a = distinct[i]!;
    const b = distinct[j]!;
    if (a !== UNATTRIBUTED && b !== UNATTRIBUTED && (a.toLowerCase() === b.toLowerCase() || sameName(a, b))) uf.union(i, j);
  }
  unionAcrossScripts(distinct, uf);
  // The preferred names each group may take: those sharing a block key with one of its spellings
  // (a hash shared by chance adds a candidate that cannot pass: a name it matches shares a key).
  const preferredByKey = new Map<string | number, number[]>();
  for (let i = 0; i < preferred.length; i++) {
    const keys = blockKeys(preferred[i]!);
    for (let x = 0; x < keys.length; x++) {
      const list = preferredByKey.get(keys[x]!);
      if (list) list.push(i);
      else preferredByKey.set(keys[x]!, [i]);
    }
  }
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const display = new Map<string, string>();
  for (const g of uf.groups()) {
    const names: string[] = [];
    const nameCounts: number[] = [];
    for (const i of g) {
      names.push(distinct[i]!);
      nameCounts.push(counts.get(distinct[i]!) ?? 0);
    }
    const local = displayNameOf(names, nameCounts);
    // The story-wide spelling wins over one article's ("Antony", not a one-off "Anthony").
    const found = new Set<number>();
    for (const n of names) {
      const keys = blockKeys(n);
      for (let x = 0; x < keys.length; x++) {
        const list = preferredByKey.get(keys[x]!);
        if (list !== undefined) for (const i of list) found.add(i);
      }
    }
    const candidates = [...found].sort(ascending);
    let best = local;
    for (const i of candidates) {
      const p = preferred[i]!;
      if (splitWordCount(p) >= splitWordCount(local) && anySameName(names, p, sameName)) {
        best = p;
        break;
      }
    }
    for (const n of names) display.set(n, best);
  }
  const out: string[] = [];
  for (const l of labels) out.push(display.get(l) ?? l);
  return out;
}

function ascending(x: number, y: number): number {
  return x - y;
}

function splitWordCount(n: string): number {
  return n.split(/\s+/).length;
}

function anySameName(names: readonly string[], p: string, sameName: (a: string, b: string) => boolean): boolean {
  for (const n of names) if (n === p || sameName(n, p)) return true;
  return false;
}
