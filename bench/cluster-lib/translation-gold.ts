/**
 * How semeval-multilingual-dev's gold treats machine translations, and what that costs a run that does what
 * issue 13 asks (a translation joins its original's story). The set marks a machine-translated copy by its
 * original's id with a language code appended ("1484109516it" beside "1484109516"); its gold stories come from
 * SemEval raters' pairs, and raters mostly saw the original and the copy in different pairs, so most copies are
 * a gold story apart from their original. Against that gold every such join is a false join. This report gives:
 * how many copies are apart from their original in the gold; how many the run joins to it; the run's B-cubed
 * against the gold with each copy joined to its original's story (the story the issue asks for); and the
 * highest B-cubed any clustering that joins them can reach against the gold as it is (the joined gold itself).
 */
import { bcubed } from './half-split.js';

export interface TranslationGold {
  /** Copies whose original is in the set. */
  readonly copies: number;
  /** Of them, a gold story apart from their original. */
  readonly apart: number;
  /** Of them, in the run's story of their original. */
  readonly joined: number;
  /** The run's B-cubed F1 against the gold, and against the gold with copies joined to their originals. */
  readonly asGiven: number;
  readonly copiesJoined: number;
  /** B-cubed F1 of the joined gold scored against the gold as given: the ceiling for a run that joins copies. */
  readonly ceiling: number;
}

const COPY = /^(\d+)([a-z]{2})$/;

/** The original's id of a machine-translated copy, or undefined (not a copy, or its original is not in the set). */
export function originalOf(id: string, gold: ReadonlyMap<string, string>): string | undefined {
  const m = COPY.exec(id);
  return m !== null && gold.has(m[1]!) ? m[1] : undefined;
}

/** The gold with every copy's story merged with its original's (union of the two gold stories). */
export function joinCopies(gold: ReadonlyMap<string, string>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (s: string): string => {
    let r = s;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  for (const id of gold.keys()) {
    const original = originalOf(id, gold);
    if (original === undefined) continue;
    const a = find(gold.get(id)!);
    const b = find(gold.get(original)!);
    if (a !== b) parent.set(a, b);
  }
  return new Map([...gold].map(([id, story]) => [id, find(story)]));
}

export function translationGold(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): TranslationGold {
  let copies = 0;
  let apart = 0;
  let joined = 0;
  for (const id of gold.keys()) {
    const original = originalOf(id, gold);
    if (original === undefined) continue;
    copies++;
    if (gold.get(id) !== gold.get(original)) apart++;
    if (predicted.get(id) !== undefined && predicted.get(id) === predicted.get(original)) joined++;
  }
  const joinedGold = joinCopies(gold);
  return { copies, apart, joined, asGiven: bcubed(gold, predicted).f1, copiesJoined: bcubed(joinedGold, predicted).f1, ceiling: bcubed(gold, joinedGold).f1 };
}

export function formatTranslationGold(t: TranslationGold): string {
  return (
    `machine-translated copies (original's id + language code) with their original in the set: ${t.copies}; ` +
    `a gold story apart from their original: ${t.apart}; joined to it by this run: ${t.joined}\n` +
    `B-cubed F1 against the gold ${t.asGiven.toFixed(4)}; against the gold with each copy in its original's story ` +
    `${t.copiesJoined.toFixed(4)}; the most a clustering that joins copies to their originals can score against the gold: ${t.ceiling.toFixed(4)}\n`
  );
}
