/**
 * People in nine languages: the analyze stage against the person gold of eval/multilingual (GUIDE.md, "People").
 *   node --import tsx bench/multilingual-persons.ts [--set=dev,heldout,heldout-2,heldout-3,heldout-4,en-dev,en-heldout] [--misses]
 * Each gold line is a run of capitalised words an earlier analyzer took for a person, labelled by hand; the run is
 * found again in its text (pairs/semeval2022-dev in ../shared, checked by SHA-1) and counts as kept when the
 * analyzer still gives a person mention over it. Prints precision, recall and F1 per language, per hash half and
 * overall, and a `figure multilingual.persons.<set>.f1` line; --misses lists the runs scored wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/stages/analyze/index.js';
import { clean } from '../src/stages/clean/clean.js';
import { count, findOccurrence, halfOf, onPairTexts, scores, type Counts, type PersonGold } from './multilingual-lib/persons.js';

const PAIRS = join(import.meta.dirname, '../../shared/data/pairs/semeval2022-dev/pairs.jsonl');
const EVAL = join(import.meta.dirname, '../eval/multilingual');
const args = process.argv.slice(2);
const sets = (args.find((a) => a.startsWith('--set='))?.slice(6) ?? 'dev,heldout,heldout-2,heldout-3,heldout-4,en-dev,en-heldout').split(',');
const misses = args.includes('--misses');

onPairTexts('multilingual-persons', PAIRS, sets, run);

function run(set: string, texts: ReadonlyMap<string, string>): void {
  const file = join(EVAL, `persons-${set}.jsonl`);
  const gold = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PersonGold);
  const people = new Map<string, { text: string; spans: { start: number; end: number }[] }>();
  const cells = new Map<string, Counts>();
  const cell = (k: string): Counts => {
    let c = cells.get(k);
    if (c === undefined) cells.set(k, (c = { tp: 0, fp: 0, fn: 0, tn: 0 }));
    return c;
  };
  for (const g of gold) {
    let a = people.get(g.sha1);
    if (a === undefined) {
      const raw = texts.get(g.sha1);
      if (raw === undefined) throw new Error(`${file}: pair ${g.pair} side ${g.side}: no text with SHA-1 ${g.sha1} (data changed?)`);
      const c = clean({ format: 'jsonl', title: '', body: raw });
      if (!c.ok) throw new Error(`${file}: pair ${g.pair} side ${g.side}: text not cleaned (${c.reason})`);
      a = { text: c.value.text, spans: analyze(c.value).entities.filter((e) => e.type === 'person').map((e) => ({ start: e.start, end: e.end })) };
      people.set(g.sha1, a);
    }
    const start = findOccurrence(a.text, g.span, g.occurrence);
    if (start < 0) throw new Error(`${file}: pair ${g.pair} side ${g.side}: "${g.span}" (occurrence ${g.occurrence}) not in its text`);
    const end = start + g.span.length;
    const kept = a.spans.some((s) => s.start < end && s.end > start);
    for (const k of [g.lang, `half${halfOf(g)}`, 'all']) count(cell(k), g.label, kept);
    if (misses && kept !== (g.label !== 'not')) process.stdout.write(`  ${kept ? 'kept, no name' : 'lost a name  '} ${g.lang} ${g.label.padEnd(7)} ${g.span}\n`);
  }
  process.stdout.write(`persons-${set} (eval/multilingual/persons-${set}.jsonl): ${gold.length} labelled runs\n`);
  for (const k of [...cells.keys()].sort((x, y) => (x === 'all' ? 1 : y === 'all' ? -1 : x.localeCompare(y)))) {
    const c = cells.get(k)!;
    const s = scores(c);
    process.stdout.write(`  ${k.padEnd(6)} precision ${s.precision.toFixed(3)} (${c.tp}/${c.tp + c.fp})  recall ${s.recall.toFixed(3)} (${c.tp}/${c.tp + c.fn})  F1 ${s.f1.toFixed(3)}\n`);
  }
  process.stdout.write(`figure multilingual.persons.${set}.f1 ${scores(cells.get('all')!).f1.toFixed(4)}\n`);
}
