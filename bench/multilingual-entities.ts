/**
 * Chinese and Arabic entities: the analyze stage's mentions named in Han characters or Arabic script against the gold of
 * eval/multilingual (GUIDE.md, "Chinese and Arabic entities").
 *   node --import tsx bench/multilingual-entities.ts [--set=zh-dev,zh-heldout,ar-dev,ar-heldout] [--misses]
 * Each gold line lists the distinct (text, type) names of one Chinese or Arabic text of pairs/semeval2022-dev (in ../shared,
 * found by the SHA-1 of the text); the analyzer's mentions holding a letter of that script are compared with them as sets of
 * (text, type) per article. Prints precision, recall and F1 per type, per hash half (the first hex digit of the
 * text's SHA-1, odd or even) and overall, the same for the text alone (any type), and a
 * `figure multilingual.entities.<set>.f1` line; --misses lists what was missed and what was found wrongly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/stages/analyze/index.js';
import { clean } from '../src/stages/clean/clean.js';
import { onPairTexts, scores, type Counts } from './multilingual-lib/persons.js';

interface EntityGold {
  readonly sha1: string;
  readonly pair: string;
  readonly side: number;
  readonly entities: readonly { readonly text: string; readonly type: string }[];
}

const PAIRS = join(import.meta.dirname, '../../shared/data/pairs/semeval2022-dev/pairs.jsonl');
const EVAL = join(import.meta.dirname, '../eval/multilingual');
const args = process.argv.slice(2);
const sets = (args.find((a) => a.startsWith('--set='))?.slice(6) ?? 'zh-dev,zh-heldout,ar-dev,ar-heldout').split(',');
const misses = args.includes('--misses');
/** The script a set labels: Arabic for the ar sets, Han for the zh ones. */
const scriptOf = (set: string): RegExp => (set.startsWith('ar') ? /\p{Script=Arabic}/u : /\p{Script=Han}/u);

onPairTexts('multilingual-entities', PAIRS, sets, run);

function run(set: string, texts: ReadonlyMap<string, string>): void {
  const file = join(EVAL, `entities-${set}.jsonl`);
  const gold = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EntityGold);
  const cells = new Map<string, Counts>();
  const cell = (k: string): Counts => {
    let c = cells.get(k);
    if (c === undefined) cells.set(k, (c = { tp: 0, fp: 0, fn: 0, tn: 0 }));
    return c;
  };
  for (const g of gold) {
    const raw = texts.get(g.sha1);
    if (raw === undefined) throw new Error(`${file}: pair ${g.pair} side ${g.side}: no text with SHA-1 ${g.sha1} (data changed?)`);
    const c = clean({ format: 'jsonl', title: '', body: raw });
    // A text the cleaner rejects is one the product never analyses: its names are all missed.
    if (!c.ok) process.stdout.write(`  pair ${g.pair} side ${g.side}: text not cleaned (${c.reason}): its ${g.entities.length} names count as missed\n`);
    const script = scriptOf(set);
    const found = c.ok ? analyze(c.value).entities.filter((e) => script.test(e.text)) : [];
    const half = `half${parseInt(g.sha1[0]!, 16) & 1}`;
    // Typed: (text, type) pairs; untyped: the names alone.
    for (const typed of [true, false]) {
      const key = (t: { text: string; type: string }): string => (typed ? `${t.type}\u0000${t.text}` : t.text);
      const want = new Set(g.entities.map(key));
      const got = new Set(found.map(key));
      const typeOf = (k: string): string => (typed ? k.split('\u0000')[0]! : 'any');
      for (const k of got) {
        const hit = want.has(k);
        for (const cellKey of typed ? [typeOf(k), half, 'all'] : ['text alone']) cell(cellKey)[hit ? 'tp' : 'fp']++;
        if (misses && typed && !hit) process.stdout.write(`  found, not gold  ${g.sha1.slice(0, 8)} ${k.replace('\u0000', ' ')}\n`);
      }
      for (const k of want) {
        if (got.has(k)) continue;
        for (const cellKey of typed ? [typeOf(k), half, 'all'] : ['text alone']) cell(cellKey).fn++;
        if (misses && typed) process.stdout.write(`  missed           ${g.sha1.slice(0, 8)} ${k.replace('\u0000', ' ')}\n`);
      }
    }
  }
  process.stdout.write(`entities-${set} (eval/multilingual/entities-${set}.jsonl): ${gold.length} texts, ${gold.reduce((n, g) => n + g.entities.length, 0)} names\n`);
  const order = ['person', 'place', 'organization', 'half0', 'half1', 'text alone', 'all'];
  for (const k of [...cells.keys()].sort((x, y) => order.indexOf(x) - order.indexOf(y))) {
    const c = cells.get(k)!;
    const s = scores(c);
    process.stdout.write(`  ${k.padEnd(12)} precision ${s.precision.toFixed(3)} (${c.tp}/${c.tp + c.fp})  recall ${s.recall.toFixed(3)} (${c.tp}/${c.tp + c.fn})  F1 ${s.f1.toFixed(3)}\n`);
  }
  process.stdout.write(`figure multilingual.entities.${set}.f1 ${scores(cells.get('all')!).f1.toFixed(4)}\n`);
}
