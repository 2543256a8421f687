/**
 * The person gold of eval/multilingual (persons-dev.jsonl, persons-heldout.jsonl; GUIDE.md, "People"): runs of
 * capitalised words the analyzer took for people, each labelled person, partial (a name and other words) or not.
 * A run is found again in its text by its span and occurrence; the analyzer under test "keeps" it when one of its
 * person mentions overlaps it. Scored over the labelled runs: precision (kept runs that hold a name), recall (runs
 * that hold a name still kept) and F1, per language and per hash half.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export type PersonLabel = 'person' | 'partial' | 'not';
export interface PersonGold { pair: string; side: 1 | 2; sha1: string; lang: string; span: string; occurrence: number; label: PersonLabel }
export interface Counts { tp: number; fp: number; fn: number; tn: number }

/** Where the `occurrence`-th (1-based) `span` starts in `text`, or -1. */
export function findOccurrence(text: string, span: string, occurrence: number): number {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(span, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** The hash half (0 or 1) of a gold line: the parity of the last hex digit of SHA-1("pair:side:span"). */
export function halfOf(g: Pick<PersonGold, 'pair' | 'side' | 'span'>): 0 | 1 {
  const hex = createHash('sha1').update(`${g.pair}:${g.side}:${g.span}`).digest('hex');
  return (parseInt(hex[39]!, 16) % 2) as 0 | 1;
}

/** Adds one labelled run to `c`: `kept` when the analyzer still gives a person over it. */
export function count(c: Counts, label: PersonLabel, kept: boolean): void {
  const holdsName = label !== 'not';
  if (kept && holdsName) c.tp++;
  else if (kept) c.fp++;
  else if (holdsName) c.fn++;
  else c.tn++;
}

/** Precision, recall and F1 of `c` (0 where undefined). */
export function scores(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** The texts of the pair file `file` (pairs/semeval2022-dev) by the SHA-1 of each text: where the gold files find theirs. */
export function pairTextsBySha1(file: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const p = JSON.parse(line) as Record<string, string>;
    for (const side of [1, 2]) {
      const t = p[`text${side}`];
      if (t) texts.set(createHash('sha1').update(t).digest('hex'), t);
    }
  }
  return texts;
}

/** Runs `run` on each gold set with the pair file's texts, or says the bench `name` is skipped when the data is absent. */
export function onPairTexts(name: string, file: string, sets: readonly string[], run: (set: string, texts: ReadonlyMap<string, string>) => void): void {
  if (!existsSync(file)) {
    process.stdout.write(`skipped ${name}: ${file} not found\n`);
    return;
  }
  const texts = pairTextsBySha1(file);
  for (const set of sets) run(set, texts);
}
