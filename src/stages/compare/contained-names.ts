/**
 * A person's full name inside a longer run taken for a name. The capitals
 * rule reads a headline in title case, a role or a sentence's first word as
 * part of the name after it ("Tesla CEO Elon Musk", "Billionaire Elon Musk",
 * "If Elon Musk", "Elon Musk Promised", "Getty Donald Trump"), so one person
 * was listed once per such run. A run holding, as whole words, the full name
 * (two words or more) of a person the story names at least as often is that
 * person: it becomes one of its aliases (whatever the counts when only words
 * that are no given names stand before it). The name must open with a given
 * name (the analyzer's "people" hold places and teams too: "Las Vegas
 * Boulevard" is no Las Vegas person). Not when a generational suffix
 * follows ("Donald Trump Jr." is his son), nor into a name named less often
 * than the run ("Kim Jong" cut off from "Kim Jong Un").
 */
import type { BriefEntity } from '../../core/brief.js';
import { isGivenName } from '../text-model/english-words.js';

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/iu;

/** The words of a name, lower case. */
function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
}

/** People by their name's words (lower case, two words or more), for finding one inside a longer run. */
export type PeopleIndex = ReadonlyMap<string, readonly { readonly name: string; readonly mentions: number }[]>;

/** The index of `people`'s names of two words or more. */
export function peopleIndex(people: readonly { readonly name: string; readonly mentions: number }[]): PeopleIndex {
  const index = new Map<string, { name: string; mentions: number }[]>();
  for (const p of people) {
    const words = wordsOf(p.name);
    if (words.length < 2) continue;
    const key = words.join(' ');
    index.set(key, [...(index.get(key) ?? []), p]);
  }
  return index;
}

/**
 * The person that the run `name` (three words or more) holds as whole words, among the people of
 * `index`, named at least `mentions` times: the longest such name, or undefined. Cost: the run's
 * sub-runs, not the story's people (a page of thousands of names stays cheap).
 * @example containedPerson('Tesla CEO Elon Musk', 2, peopleIndex([{ name: 'Elon Musk', mentions: 75 }])) // 'Elon Musk'
 */
export function containedPerson(name: string, mentions: number, index: PeopleIndex): string | undefined {
  const words = wordsOf(name);
  if (words.length < 3 || words.length > 12) return undefined;
  for (let len = words.length - 1; len >= 2; len--) {
    // From the end: a role or a descriptor comes before the name ("Common Sense CEO Jim Steyer").
    for (let at = words.length - len; at >= 0; at--) {
      if ((at + len < words.length && SUFFIX.test(words[at + len]!)) || !isGivenName(words[at]!)) continue;
      const found = index.get(words.slice(at, at + len).join(' '));
      // Words only before the name, none a given name, are a role, a credit or a headline's ("Getty Donald Trump",
      // whose lone "Trump" mentions made it the more named): any mention count will do.
      const before = at + len === words.length && !words.slice(0, at).some((w) => isGivenName(w));
      const p = found?.find((x) => x.name !== name && (before || x.mentions >= mentions));
      if (p !== undefined) return p.name;
    }
  }
  return undefined;
}

/**
 * `entities` with each person whose name holds another person's full name
 * joined to that person (its name, aliases, roles, articles and mentions added).
 * @example foldContainedNames(entities).filter((e) => e.type === 'person').map((e) => e.name) // ['Elon Musk']
 */
export function foldContainedNames(entities: readonly BriefEntity[]): BriefEntity[] {
  const people = entities.filter((e) => e.type === 'person');
  const index = peopleIndex(people);
  const into = new Map<string, string>();
  for (const e of people) {
    const target = containedPerson(e.name, e.mentions, index);
    if (target !== undefined) into.set(e.name, target);
  }
  if (into.size === 0) return [...entities];
  // A chain ends at a name folded into nothing ("CEO Tesla CEO Elon Musk" → "Tesla CEO Elon Musk" → "Elon Musk").
  const root = (n: string): string => {
    let r = n;
    for (let hops = 0; into.has(r) && hops < 10; hops++) r = into.get(r)!;
    return r;
  };
  const folded = new Map<string, BriefEntity[]>();
  for (const e of people) if (into.has(e.name)) folded.set(root(e.name), [...(folded.get(root(e.name)) ?? []), e]);
  const out: BriefEntity[] = [];
  for (const e of entities) {
    if (e.type === 'person' && into.has(e.name)) continue;
    const parts = e.type === 'person' ? folded.get(e.name) : undefined;
    if (parts === undefined) {
      out.push(e);
      continue;
    }
    const aliases = new Set(e.aliases);
    for (const p of parts) for (const a of [p.name, ...p.aliases]) if (a !== e.name) aliases.add(a);
    out.push({
      ...e,
      aliases: [...aliases].sort(),
      roles: [...new Set([...e.roles, ...parts.flatMap((p) => p.roles)])].sort(),
      articleIds: [...new Set([...e.articleIds, ...parts.flatMap((p) => p.articleIds)])],
      mentions: e.mentions + parts.reduce((n, p) => n + p.mentions, 0),
    });
  }
  return out;
}

/**
 * Speaker labels with each run of three words or more that holds one of `names` (full names of two words or more,
 * opening with a given name) as that name: "Billionaire Elon Musk said" is Elon Musk speaking.
 * @example namesHeld(['Billionaire Elon Musk', 'Elon Musk'], ['Elon Musk']) // ['Elon Musk', 'Elon Musk']
 */
export function namesHeld(labels: readonly string[], names: readonly string[]): string[] {
  const index = peopleIndex(names.map((name) => ({ name, mentions: 0 })));
  if (index.size === 0) return [...labels];
  const memo = new Map<string, string>();
  const out: string[] = [];
  for (const l of labels) {
    let m = memo.get(l);
    if (m === undefined) {
      m = containedPerson(l, 0, index) ?? l;
      memo.set(l, m);
    }
    out.push(m);
  }
  return out;
}
