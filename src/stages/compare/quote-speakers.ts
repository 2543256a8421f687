/**
 * Who said a quote: the raw speaker labels of a story's quotes mapped to one
 * display name per person (spelling variants, transliterations, a title whose
 * every quote is word for word a named speaker's). Held apart from the
 * grouping of remarks (group-quotes.ts), which reads only its result.
 */
import { blockPairCodes, memoBlockKeys, type AnyBlockKeys } from './name-blocks.js';
import { UnionFind } from './union-find.js';
import { displayNameOf } from './display-name.js';
import { nameKey } from '../similarity/transliterate.js';
import type { Flat } from './group-quotes.js';

export const UNATTRIBUTED = 'unattributed';


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
export function namedByTheirWords(flat: readonly Flat[], speakerOf: readonly string[], preferred: readonly string[]): string[] {
  // A one-word label that is a name of the story ("Putin") is a speaker in its own right.
  const nameWords = new Set(preferred.flatMap((p) => p.toLowerCase().split(/\s+/)));
  // Added to in place: a copy per quote made this quadratic in a title's quotes.
  const bySpeaker = new Map<string, number[]>();
  for (let i = 0; i < flat.length; i++) {
    const s = speakerOf[i]!;
    if (s === UNATTRIBUTED || /\s/.test(s.trim()) || nameWords.has(s.trim().toLowerCase())) continue;
    const list = bySpeaker.get(s);
    if (list === undefined) bySpeaker.set(s, [i]);
    else list.push(i);
  }
  if (bySpeaker.size === 0) return [...speakerOf];
  // Each text normalised once (copies repeat quotes), and a named speaker's quote only when it opens
  // with the first word of a titled speaker's: a 256-article story has 15,000 quotes to look through.
  const norms = new Map<string, string>();
  const normOf = (t: string): string => {
    let k = norms.get(t);
    if (k === undefined) {
      k = normText(t);
      norms.set(t, k);
    }
    return k;
  };
  const openings = new Set<string>();
  for (const members of bySpeaker.values()) for (const i of members) openings.add(normOf(flat[i]!.q.text).split(' ', 1)[0]!);
  const speakersOfText = new Map<string, Set<string>>();
  for (let i = 0; i < flat.length; i++) {
    const s = speakerOf[i]!;
    if (s === UNATTRIBUTED || !/\s/.test(s.trim())) continue;
    const text = flat[i]!.q.text;
    if (!openings.has(firstWordOf(text))) continue;
    const key = normOf(text);
    if (key.split(' ').length < 4) continue;
    const known = speakersOfText.get(key);
    if (known === undefined) speakersOfText.set(key, new Set([s]));
    else known.add(s);
  }
  const out = [...speakerOf];
  for (const members of bySpeaker.values()) {
    const named = new Set<string>();
    let all = true;
    for (const i of members) {
      const others = speakersOfText.get(normOf(flat[i]!.q.text));
      if (!others) all = false;
      else for (const o of others) named.add(o);
    }
    if (all && named.size === 1) for (const i of members) out[i] = [...named][0]!;
  }
  return out;
}

const FIRST_WORD = /[\p{L}\p{N}]+/u;

/** The first word of `normText(t)`, without normalising the rest. */
function firstWordOf(t: string): string {
  return FIRST_WORD.exec(t.toLowerCase())?.[0] ?? '';
}

/** Maps each raw speaker label to one display name per person (the longest spelling seen). */
export function canonicalSpeakers(labels: readonly string[], sameName: (a: string, b: string) => boolean, preferred: readonly string[], keysOf: AnyBlockKeys): string[] {
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
