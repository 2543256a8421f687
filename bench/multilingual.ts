/**
 * Multilingual extraction benchmark: quotes with speakers, figures and dates
 * in nine languages against the hand-labelled gold in eval/multilingual/
 * (see GUIDE.md there). The gold stores labels and short anchors, not the
 * articles: their text is read from ../shared/data/pairs/semeval2022-dev
 * (whose README asks that the data not be copied into the repository), cut
 * to the labelled length and checked by SHA-1. Skips with a message when the
 * data is absent.
 *
 * Per language: quote F1 (a predicted quote matches a gold one when their
 * overlap covers half of each), speaker accuracy on matched quotes with a gold
 * speaker, figure value accuracy (gold figures with an overlapping predicted
 * figure of the same value / all gold figures), dates resolved right (gold
 * dates with an overlapping predicted date of the same day / all gold dates).
 * Every figure is also given for the two hash halves of the gold.
 *   node --import tsx bench/multilingual.ts [--misses] [--check-only] [--set=dev,heldout,speakers,speakers-2,speakers-3,speakers-4,speakers-5,speakers-6,speakers-7,speakers-8,speakers-9,speakers-10,speakers-11,speakers-12,speakers-13,speakers-14,speakers-15,speakers-16,speakers-17,speakers-18,speakers-19,speakers-20,speakers-21,speakers-22,speakers-23,speakers-24,speakers-25,speakers-26,speakers-27,figures-2,figures-3,figures-4,figures-5,figures-6,figures-7,figures-8,figures-en,figures-en-2,figures-en-3,speakers-en,speakers-en-2,speakers-en-3,figures-en-4,speakers-en-4,figures-en-5,speakers-en-5,figures-en-6,speakers-en-6]
 * (--set runs the gold files named, comma-separated; without it every set but speakers-5, speakers-6, speakers-7, speakers-8, speakers-9, speakers-10, speakers-11, speakers-12, speakers-13, speakers-14, speakers-15, speakers-16, speakers-17, speakers-18, speakers-19, speakers-20, speakers-21, speakers-22, speakers-23, speakers-24, speakers-25, speakers-26, speakers-27, figures-2, figures-3, figures-4, figures-5, figures-6, figures-7, figures-8, figures-en, figures-en-2, figures-en-3, speakers-en, speakers-en-2, speakers-en-3, figures-en-4, speakers-en-4, figures-en-5, speakers-en-5, figures-en-6 and speakers-en-6 runs.
 * --check-only verifies that each named set's texts match their SHA-1 and every anchor is found, without running the analyzer.)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkAnchors, loadGold, PAIRS, readPairs } from './multilingual-lib/gold.js';
import { empty, score, type Run, type Tally } from './multilingual-lib/score.js';

const GOLD_DEV = join(import.meta.dirname, '../eval/multilingual/gold.jsonl');
const GOLD_HELDOUT = join(import.meta.dirname, '../eval/multilingual/heldout.jsonl');
const GOLD_SPEAKERS = join(import.meta.dirname, '../eval/multilingual/heldout-speakers.jsonl');
const GOLD_SPEAKERS_2 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-2.jsonl');
const GOLD_SPEAKERS_3 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-3.jsonl');
const GOLD_SPEAKERS_4 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-4.jsonl');
const GOLD_SPEAKERS_5 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-5.jsonl');
const GOLD_SPEAKERS_6 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-6.jsonl');
const GOLD_SPEAKERS_7 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-7.jsonl');
const GOLD_SPEAKERS_8 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-8.jsonl');
const GOLD_SPEAKERS_9 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-9.jsonl');
const GOLD_SPEAKERS_10 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-10.jsonl');
const GOLD_SPEAKERS_11 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-11.jsonl');
const GOLD_SPEAKERS_12 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-12.jsonl');
const GOLD_SPEAKERS_13 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-13.jsonl');
const GOLD_SPEAKERS_14 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-14.jsonl');
const GOLD_SPEAKERS_15 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-15.jsonl');
const GOLD_SPEAKERS_16 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-16.jsonl');
const GOLD_SPEAKERS_17 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-17.jsonl');
const GOLD_SPEAKERS_18 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-18.jsonl');
const GOLD_SPEAKERS_19 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-19.jsonl');
const GOLD_SPEAKERS_20 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-20.jsonl');
const GOLD_SPEAKERS_21 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-21.jsonl');
const GOLD_SPEAKERS_22 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-22.jsonl');
const GOLD_SPEAKERS_23 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-23.jsonl');
const GOLD_SPEAKERS_24 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-24.jsonl');
const GOLD_SPEAKERS_25 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-25.jsonl');
const GOLD_SPEAKERS_26 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-26.jsonl');
const GOLD_SPEAKERS_27 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-27.jsonl');
const GOLD_FIGURES_2 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-2.jsonl');
const GOLD_FIGURES_3 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-3.jsonl');
const GOLD_FIGURES_4 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-4.jsonl');
const GOLD_FIGURES_5 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-5.jsonl');
const GOLD_FIGURES_6 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-6.jsonl');
const GOLD_FIGURES_7 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-7.jsonl');
const GOLD_FIGURES_8 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-8.jsonl');
const GOLD_FIGURES_EN = join(import.meta.dirname, '../eval/multilingual/heldout-figures-en.jsonl');
const GOLD_FIGURES_EN_2 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-en-2.jsonl');
const GOLD_FIGURES_EN_3 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-en-3.jsonl');
const GOLD_SPEAKERS_EN = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-en.jsonl');
const GOLD_SPEAKERS_EN_2 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-en-2.jsonl');
const GOLD_SPEAKERS_EN_3 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-en-3.jsonl');
const GOLD_SPEAKERS_EN_4 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-en-4.jsonl');
const GOLD_FIGURES_EN_4 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-en-4.jsonl');
const GOLD_FIGURES_EN_5 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-en-5.jsonl');
const GOLD_SPEAKERS_EN_5 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-en-5.jsonl');
const GOLD_FIGURES_EN_6 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-en-6.jsonl');
const GOLD_SPEAKERS_EN_6 = join(import.meta.dirname, '../eval/multilingual/heldout-speakers-en-6.jsonl');
const showMisses = process.argv.includes('--misses');
const SETS = ['dev', 'heldout', 'speakers', 'speakers-2', 'speakers-3', 'speakers-4', 'speakers-5', 'speakers-6', 'speakers-7', 'speakers-8', 'speakers-9', 'speakers-10', 'speakers-11', 'speakers-12', 'speakers-13', 'speakers-14', 'speakers-15', 'speakers-16', 'speakers-17', 'speakers-18', 'speakers-19', 'speakers-20', 'speakers-21', 'speakers-22', 'speakers-23', 'speakers-24', 'speakers-25', 'speakers-26', 'speakers-27', 'figures-2', 'figures-3', 'figures-4', 'figures-5', 'figures-6', 'figures-7', 'figures-8', 'figures-en', 'figures-en-2', 'figures-en-3', 'speakers-en', 'speakers-en-2', 'speakers-en-3', 'figures-en-4', 'speakers-en-4', 'figures-en-5', 'speakers-en-5', 'figures-en-6', 'speakers-en-6'] as const;
const setArgs = process.argv.find((a) => a.startsWith('--set='))?.slice('--set='.length).split(',');
const badSet = setArgs?.find((s) => !(SETS as readonly string[]).includes(s));
if (badSet !== undefined) {
  console.error(`bench/multilingual: --set must be one of ${SETS.join(', ')} (got "${badSet}")`);
  process.exit(2);
}
// speakers-5, speakers-6, speakers-7, speakers-8, speakers-9, speakers-10, speakers-11, speakers-12, speakers-13, speakers-14, speakers-15, speakers-16, speakers-17, speakers-18, speakers-19, speakers-20, speakers-21, speakers-22, speakers-23, speakers-24, speakers-25, speakers-26, speakers-27, figures-2, figures-3, figures-4, figures-5, figures-6, figures-7, figures-8, figures-en, figures-en-2, figures-en-3, speakers-en, speakers-en-2, speakers-en-3, figures-en-4, speakers-en-4, figures-en-5, speakers-en-5, figures-en-6 and speakers-en-6 are kept for clean unseen runs: they run only when named, so a plain or --misses run shows rule writers nothing of them.
const UNSEEN: readonly string[] = ['speakers-5', 'speakers-6', 'speakers-7', 'speakers-8', 'speakers-9', 'speakers-10', 'speakers-11', 'speakers-12', 'speakers-13', 'speakers-14', 'speakers-15', 'speakers-16', 'speakers-17', 'speakers-18', 'speakers-19', 'speakers-20', 'speakers-21', 'speakers-22', 'speakers-23', 'speakers-24', 'speakers-25', 'speakers-26', 'speakers-27', 'figures-2', 'figures-3', 'figures-4', 'figures-5', 'figures-6', 'figures-7', 'figures-8', 'figures-en', 'figures-en-2', 'figures-en-3', 'speakers-en', 'speakers-en-2', 'speakers-en-3', 'figures-en-4', 'speakers-en-4', 'figures-en-5', 'speakers-en-5', 'figures-en-6', 'speakers-en-6'];
const runs = (set: (typeof SETS)[number]): boolean => (setArgs === undefined ? !UNSEEN.includes(set) : setArgs.includes(set));
const checkOnly = process.argv.includes('--check-only');
if (!existsSync(PAIRS)) {
  console.log(`skipped: ${PAIRS} not found (the gold in eval/multilingual/ labels those articles)`);
  process.exit(0);
}

readPairs();

const SET_FILES: Record<(typeof SETS)[number], string> = {
  dev: GOLD_DEV, heldout: GOLD_HELDOUT, speakers: GOLD_SPEAKERS, 'speakers-2': GOLD_SPEAKERS_2, 'speakers-3': GOLD_SPEAKERS_3,
  'speakers-4': GOLD_SPEAKERS_4, 'speakers-5': GOLD_SPEAKERS_5, 'speakers-6': GOLD_SPEAKERS_6, 'speakers-7': GOLD_SPEAKERS_7, 'speakers-8': GOLD_SPEAKERS_8, 'speakers-9': GOLD_SPEAKERS_9, 'speakers-10': GOLD_SPEAKERS_10, 'speakers-11': GOLD_SPEAKERS_11, 'speakers-12': GOLD_SPEAKERS_12, 'speakers-13': GOLD_SPEAKERS_13, 'speakers-14': GOLD_SPEAKERS_14, 'speakers-15': GOLD_SPEAKERS_15, 'speakers-16': GOLD_SPEAKERS_16, 'speakers-17': GOLD_SPEAKERS_17, 'speakers-18': GOLD_SPEAKERS_18, 'speakers-19': GOLD_SPEAKERS_19, 'speakers-20': GOLD_SPEAKERS_20, 'speakers-21': GOLD_SPEAKERS_21, 'speakers-22': GOLD_SPEAKERS_22, 'speakers-23': GOLD_SPEAKERS_23, 'speakers-24': GOLD_SPEAKERS_24, 'speakers-25': GOLD_SPEAKERS_25, 'speakers-26': GOLD_SPEAKERS_26, 'speakers-27': GOLD_SPEAKERS_27, 'figures-2': GOLD_FIGURES_2, 'figures-3': GOLD_FIGURES_3, 'figures-4': GOLD_FIGURES_4, 'figures-5': GOLD_FIGURES_5, 'figures-6': GOLD_FIGURES_6, 'figures-7': GOLD_FIGURES_7, 'figures-8': GOLD_FIGURES_8, 'figures-en': GOLD_FIGURES_EN, 'figures-en-2': GOLD_FIGURES_EN_2, 'figures-en-3': GOLD_FIGURES_EN_3, 'speakers-en': GOLD_SPEAKERS_EN, 'speakers-en-2': GOLD_SPEAKERS_EN_2, 'speakers-en-3': GOLD_SPEAKERS_EN_3, 'figures-en-4': GOLD_FIGURES_EN_4, 'speakers-en-4': GOLD_SPEAKERS_EN_4, 'figures-en-5': GOLD_FIGURES_EN_5, 'speakers-en-5': GOLD_SPEAKERS_EN_5, 'figures-en-6': GOLD_FIGURES_EN_6, 'speakers-en-6': GOLD_SPEAKERS_EN_6,
};
if (checkOnly) {
  // Every held-out set must be unseen text: no article id may occur in two sets (checked over all sets, named or not).
  const firstSet = new Map<string, string>();
  for (const set of SETS) {
    for (const g of loadGold(SET_FILES[set])) {
      const prior = firstSet.get(g.id);
      if (prior !== undefined) throw new Error(`${SET_FILES[set]}: ${g.id}: already labelled in ${prior}`);
      firstSet.set(g.id, set);
    }
  }
  console.log(`${firstSet.size} article ids, none in two sets`);
  for (const set of SETS) {
    if (!runs(set)) continue;
    const [n, anchors] = checkAnchors(SET_FILES[set]);
    console.log(`${set}: ${n} articles, every SHA-1 matches, ${anchors} anchors found (analyzer not run)`);
  }
  process.exit(0);
}

const r3 = (x: number): string => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));
const f1 = (t: Tally): number => (t.tp === 0 ? (t.fn === 0 && t.fp === 0 ? NaN : 0) : (2 * t.tp) / (2 * t.tp + t.fp + t.fn));
const ratio = (a: number, b: number): number => (b === 0 ? NaN : a / b);
const row = (k: string, t: Tally): string =>
  `${k.padEnd(6)} quote F1 ${r3(f1(t))} (tp ${t.tp} fp ${t.fp} fn ${t.fn})  speaker ${r3(ratio(t.spkOk, t.spk))} (${t.spkOk}/${t.spk})  ` +
  `figure value ${r3(ratio(t.figOk, t.fig))} (${t.figOk}/${t.fig}, ${t.figExtra} unlabelled)  dates ${r3(ratio(t.dateOk, t.date))} (${t.dateOk}/${t.date}, ${t.dateExtra} unlabelled)`;

const langs = ['de', 'fr', 'es', 'it', 'pl', 'ru', 'tr', 'ar', 'zh'];
const get = (r: Run, k: string): Tally => r.tallies.get(k) ?? empty();
if (runs('dev')) {
  const dev = score(GOLD_DEV);
  console.log(`multilingual gold (eval/multilingual/gold.jsonl): ${dev.n} articles, ${(dev.n / (dev.ms / 1000)).toFixed(0)} articles/s`);
  for (const l of [...langs, 'all']) {
    console.log(row(l, get(dev, l)));
    console.log(`  halves  A: ${row('', get(dev, `${l}/A`)).trim()}`);
    console.log(`          B: ${row('', get(dev, `${l}/B`)).trim()}`);
  }
  const all = get(dev, 'all');
  console.log(`figure multilingual.quoteF1 ${r3(f1(all))}`);
  console.log(`figure multilingual.speakerAccuracy ${r3(ratio(all.spkOk, all.spk))}`);
  console.log(`figure multilingual.figureValueAccuracy ${r3(ratio(all.figOk, all.fig))}`);
  console.log(`figure multilingual.dateAccuracy ${r3(ratio(all.dateOk, all.date))}`);
  if (showMisses) for (const m of dev.misses) console.log(`  miss ${m}`);
}
// Held out: labelled after the rules were frozen; the fixes its first run prompted are listed in docs/BENCHMARKS.md.
if (runs('heldout')) {
  const held = score(GOLD_HELDOUT);
  console.log(`\nheld-out gold (eval/multilingual/heldout.jsonl): ${held.n} articles, labelled after the rules were frozen (its first, frozen-rules run is in docs/BENCHMARKS.md)`);
  for (const l of [...langs, 'all']) if (get(held, l).tp + get(held, l).fn + get(held, l).fp + get(held, l).fig + get(held, l).date > 0) console.log(row(l, get(held, l)));
  if (showMisses) for (const m of held.misses) console.log(`  miss ${m}`);
}
// Figures and dates only (quotesScored: false), all nine languages, labelled blind and committed before its first run.
for (const [set, file] of [['figures-2', GOLD_FIGURES_2], ['figures-3', GOLD_FIGURES_3], ['figures-4', GOLD_FIGURES_4], ['figures-5', GOLD_FIGURES_5], ['figures-6', GOLD_FIGURES_6], ['figures-7', GOLD_FIGURES_7], ['figures-8', GOLD_FIGURES_8], ['figures-en', GOLD_FIGURES_EN], ['figures-en-2', GOLD_FIGURES_EN_2], ['figures-en-3', GOLD_FIGURES_EN_3], ['figures-en-4', GOLD_FIGURES_EN_4], ['figures-en-5', GOLD_FIGURES_EN_5], ['figures-en-6', GOLD_FIGURES_EN_6]] as const) {
  if (!runs(set)) continue;
  const fig = score(file);
  console.log(`\nheld-out figures and dates (eval/multilingual/heldout-${set}.jsonl, labelled blind, committed before its first run): ${fig.n} articles, figures and dates only`);
  for (const l of [...langs, 'en', 'all']) {
    if (get(fig, l).fig + get(fig, l).date === 0) continue;
    console.log(row(l, get(fig, l)));
    console.log(`  halves  A: ${row('', get(fig, `${l}/A`)).trim()}`);
    console.log(`          B: ${row('', get(fig, `${l}/B`)).trim()}`);
  }
  if (showMisses) for (const m of fig.misses) console.log(`  miss ${m}`);
}
// Quotes and speakers only, in the languages whose dev speakers were fewest: the first set was labelled before
// the speaker rules of 2026-12-05 were written (some of them then looked at its misses), the second after they were frozen.
const qrow = (k: string, t: Tally): string => `${k.padEnd(6)} quote F1 ${r3(f1(t))} (tp ${t.tp} fp ${t.fp} fn ${t.fn})  speaker ${r3(ratio(t.spkOk, t.spk))} (${t.spkOk}/${t.spk})`;
const speakerSets = [
  ['speakers', GOLD_SPEAKERS, 'heldout-speakers.jsonl'],
  ['speakers-2', GOLD_SPEAKERS_2, 'heldout-speakers-2.jsonl, labelled after the rules were frozen'],
  ['speakers-3', GOLD_SPEAKERS_3, 'heldout-speakers-3.jsonl, labelled before the issue-13 dash/report rules; its before and after runs are in docs/BENCHMARKS.md'],
  ['speakers-4', GOLD_SPEAKERS_4, 'heldout-speakers-4.jsonl, it/pl/es/fr labelled by someone who wrote no rules, committed before its first run'],
  ['speakers-5', GOLD_SPEAKERS_5, 'heldout-speakers-5.jsonl, all nine languages labelled by someone who wrote no rules, committed before its first run'],
  ['speakers-6', GOLD_SPEAKERS_6, 'heldout-speakers-6.jsonl, eight languages labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-7', GOLD_SPEAKERS_7, 'heldout-speakers-7.jsonl, eight languages labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-8', GOLD_SPEAKERS_8, 'heldout-speakers-8.jsonl, eight languages labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-9', GOLD_SPEAKERS_9, 'heldout-speakers-9.jsonl, eight languages, 8 articles each, labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-10', GOLD_SPEAKERS_10, 'heldout-speakers-10.jsonl, seven languages, 8 articles each, labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-11', GOLD_SPEAKERS_11, 'heldout-speakers-11.jsonl, seven languages, 8 articles each (ru 4), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-12', GOLD_SPEAKERS_12, 'heldout-speakers-12.jsonl, six languages, 8 articles each, labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-13', GOLD_SPEAKERS_13, 'heldout-speakers-13.jsonl, six languages, 8 articles each (pl 1), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-14', GOLD_SPEAKERS_14, 'heldout-speakers-14.jsonl, five languages (de 10, es 10, tr 8, it 7, fr 3), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-15', GOLD_SPEAKERS_15, 'heldout-speakers-15.jsonl, three languages (de 12, es 12, tr 10), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-16', GOLD_SPEAKERS_16, 'heldout-speakers-16.jsonl, three languages (de 12, es 12, tr 10), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-17', GOLD_SPEAKERS_17, 'heldout-speakers-17.jsonl, three languages (de 16, es 16, tr 12), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-18', GOLD_SPEAKERS_18, 'heldout-speakers-18.jsonl, three languages (de 16, es 16, tr 11), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-19', GOLD_SPEAKERS_19, 'heldout-speakers-19.jsonl, two languages (de 18, es 18), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-20', GOLD_SPEAKERS_20, 'heldout-speakers-20.jsonl, two languages (de 18, es 18), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-21', GOLD_SPEAKERS_21, 'heldout-speakers-21.jsonl, two languages (de 18, es 18), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-22', GOLD_SPEAKERS_22, 'heldout-speakers-22.jsonl, two languages (de 18, es 18), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-23', GOLD_SPEAKERS_23, 'heldout-speakers-23.jsonl, two languages (de 18, es 18), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-24', GOLD_SPEAKERS_24, 'heldout-speakers-24.jsonl, two languages (de 18, es 14), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-25', GOLD_SPEAKERS_25, 'heldout-speakers-25.jsonl, German (de 36), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-26', GOLD_SPEAKERS_26, 'heldout-speakers-26.jsonl, German (de 36), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-27', GOLD_SPEAKERS_27, 'heldout-speakers-27.jsonl, German (de 36), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-en', GOLD_SPEAKERS_EN, 'heldout-speakers-en.jsonl, English (en 40), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-en-2', GOLD_SPEAKERS_EN_2, 'heldout-speakers-en-2.jsonl, English (en 40), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-en-3', GOLD_SPEAKERS_EN_3, 'heldout-speakers-en-3.jsonl, English (en 40), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-en-4', GOLD_SPEAKERS_EN_4, 'heldout-speakers-en-4.jsonl, English (en 40), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-en-5', GOLD_SPEAKERS_EN_5, 'heldout-speakers-en-5.jsonl, English (en 40), labelled blind by someone who wrote no rules, committed before its first run'],
  ['speakers-en-6', GOLD_SPEAKERS_EN_6, 'heldout-speakers-en-6.jsonl, English (en 40), labelled blind by someone who wrote no rules, committed before its first run'],
] as const;
for (const [set, file, what] of speakerSets) {
  if (!runs(set)) continue;
  const spk = score(file);
  console.log(`\nheld-out quotes and speakers (eval/multilingual/${what}): ${spk.n} articles, quotes and speakers only`);
  for (const l of [...langs, 'en', 'all']) {
    if (get(spk, l).tp + get(spk, l).fn + get(spk, l).fp === 0) continue;
    console.log(`${qrow(l, get(spk, l))}   halves A: ${qrow('', get(spk, `${l}/A`)).trim()}  B: ${qrow('', get(spk, `${l}/B`)).trim()}`);
  }
  if (showMisses) for (const m of spk.misses) console.log(`  miss ${m}`);
}
