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
 *   node --import tsx bench/multilingual.ts [--misses] [--check-only] [--set=dev,heldout,speakers,speakers-2,speakers-3,speakers-4,speakers-5,speakers-6,speakers-7,speakers-8,speakers-9,speakers-10,speakers-11,speakers-12,speakers-13,speakers-14,speakers-15,speakers-16,figures-2,figures-3,figures-4,figures-5,figures-6,figures-7,figures-8]
 * (--set runs the gold files named, comma-separated; without it every set but speakers-5, speakers-6, speakers-7, speakers-8, speakers-9, speakers-10, speakers-11, speakers-12, speakers-13, speakers-14, speakers-15, speakers-16, figures-2, figures-3, figures-4, figures-5, figures-6, figures-7 and figures-8 runs.
 * --check-only verifies that each named set's texts match their SHA-1 and every anchor is found, without running the analyzer.)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/stages/analyze/index.js';
import type { Analysis, CleanArticle } from '../src/core/types.js';

interface GoldQuote { start: string; occurrence?: number; end?: string; speaker: string[] | null }
interface GoldFigure { text: string; occurrence?: number; value: number; counted: string }
interface GoldDate { text: string; occurrence?: number; date: string }
interface Gold {
  id: string; lang: string; pair: string; side: 1 | 2; chars: number; sha1: string; published: string;
  quotesScored?: boolean; quotes: GoldQuote[]; figures: GoldFigure[]; dates: GoldDate[];
}
/** A line of heldout-speakers.jsonl labels quotes and speakers only. */
type GoldLine = Omit<Gold, 'figures' | 'dates'> & Partial<Pick<Gold, 'figures' | 'dates'>>;
interface Span { start: number; end: number }

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
const GOLD_FIGURES_2 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-2.jsonl');
const GOLD_FIGURES_3 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-3.jsonl');
const GOLD_FIGURES_4 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-4.jsonl');
const GOLD_FIGURES_5 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-5.jsonl');
const GOLD_FIGURES_6 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-6.jsonl');
const GOLD_FIGURES_7 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-7.jsonl');
const GOLD_FIGURES_8 = join(import.meta.dirname, '../eval/multilingual/heldout-figures-8.jsonl');
const PAIRS = join(import.meta.dirname, '../../shared/data/pairs/semeval2022-dev/pairs.jsonl');
const showMisses = process.argv.includes('--misses');
const SETS = ['dev', 'heldout', 'speakers', 'speakers-2', 'speakers-3', 'speakers-4', 'speakers-5', 'speakers-6', 'speakers-7', 'speakers-8', 'speakers-9', 'speakers-10', 'speakers-11', 'speakers-12', 'speakers-13', 'speakers-14', 'speakers-15', 'speakers-16', 'figures-2', 'figures-3', 'figures-4', 'figures-5', 'figures-6', 'figures-7', 'figures-8'] as const;
const setArgs = process.argv.find((a) => a.startsWith('--set='))?.slice('--set='.length).split(',');
const badSet = setArgs?.find((s) => !(SETS as readonly string[]).includes(s));
if (badSet !== undefined) {
  console.error(`bench/multilingual: --set must be one of ${SETS.join(', ')} (got "${badSet}")`);
  process.exit(2);
}
// speakers-5, speakers-6, speakers-7, speakers-8, speakers-9, speakers-10, speakers-11, speakers-12, speakers-13, speakers-14, speakers-15, speakers-16, figures-2, figures-3, figures-4, figures-5, figures-6, figures-7 and figures-8 are kept for clean unseen runs: they run only when named, so a plain or --misses run shows rule writers nothing of them.
const UNSEEN: readonly string[] = ['speakers-5', 'speakers-6', 'speakers-7', 'speakers-8', 'speakers-9', 'speakers-10', 'speakers-11', 'speakers-12', 'speakers-13', 'speakers-14', 'speakers-15', 'speakers-16', 'figures-2', 'figures-3', 'figures-4', 'figures-5', 'figures-6', 'figures-7', 'figures-8'];
const runs = (set: (typeof SETS)[number]): boolean => (setArgs === undefined ? !UNSEEN.includes(set) : setArgs.includes(set));
const checkOnly = process.argv.includes('--check-only');
if (!existsSync(PAIRS)) {
  console.log(`skipped: ${PAIRS} not found (the gold in eval/multilingual/ labels those articles)`);
  process.exit(0);
}

const texts = new Map<string, string>();
for (const line of readFileSync(PAIRS, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const p = JSON.parse(line) as { id: string; text1: string; text2: string };
  // A few pair ids occur twice with different scrapes; the gold labels the first.
  if (!texts.has(`${p.id}#1`)) texts.set(`${p.id}#1`, p.text1);
  if (!texts.has(`${p.id}#2`)) texts.set(`${p.id}#2`, p.text2);
}

/** The excerpt a gold line labels, checked against its SHA-1; throws (a bug in the gold, not a data outcome) when it is absent or changed. */
function excerpt(file: string, g: GoldLine): string {
  const full = texts.get(`${g.pair}#${g.side}`);
  if (full === undefined) throw new Error(`${file}: ${g.id}: pair ${g.pair} not in ${PAIRS}`);
  const text = full.trim().slice(0, g.chars);
  if (createHash('sha1').update(text).digest('hex') !== g.sha1) throw new Error(`${file}: ${g.id}: text does not match its SHA-1 (data changed?)`);
  return text;
}

function nth(text: string, s: string, k = 1, from = 0): number {
  let i = from - 1;
  for (let n = 0; n < k; n++) {
    i = text.indexOf(s, i + 1);
    if (i < 0) return -1;
  }
  return i;
}

function norm(s: string): string[] {
  return s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
}

/** A predicted speaker names a gold alias: one contains the other, or they share the alias's last word (first five letters, for case endings). */
function speakerMatches(pred: string | undefined, aliases: readonly string[]): boolean {
  if (!pred) return false;
  const p = norm(pred);
  const pj = p.join(' ');
  return aliases.some((a) => {
    const g = norm(a);
    const gj = g.join(' ');
    if (gj === '' || pj === '') return false;
    if (pj.includes(gj) || gj.includes(pj)) return true;
    const last = g[g.length - 1];
    return last.length >= 3 && p.some((w) => w.slice(0, 5) === last.slice(0, 5));
  });
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

interface Tally { tp: number; fp: number; fn: number; spk: number; spkOk: number; fig: number; figOk: number; date: number; dateOk: number; figExtra: number; dateExtra: number }
const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, spk: 0, spkOk: 0, fig: 0, figOk: 0, date: 0, dateOk: 0, figExtra: 0, dateExtra: 0 });
function loadGold(file: string): Gold[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
      const g = JSON.parse(l) as GoldLine;
      return { ...g, figures: g.figures ?? [], dates: g.dates ?? [] };
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
  });
}

interface Run { readonly tallies: Map<string, Tally>; readonly misses: string[]; readonly ms: number; readonly n: number }

function score(file: string): Run {
  const gold = loadGold(file);
  const GOLD = file;
  const tallies = new Map<string, Tally>();
  const tally = (key: string): Tally => {
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = empty()));
    return t;
  };
  const misses: string[] = [];
  let ms = 0;

  for (const g of gold) {
    const text = excerpt(GOLD, g);
    const article: CleanArticle = {
      id: g.id, title: '', text,
      meta: { published: g.published, publishedFrom: 'metadata', headings: [], captions: [], credits: [], machineTranslated: false, removed: [] },
    };
    const t0 = performance.now();
    const a: Analysis = analyze(article);
    ms += performance.now() - t0;
    // The gold was drawn in SHA-1 order of the id, so the halves split on the hash's last digit.
    const half = parseInt(createHash('sha1').update(g.id).digest('hex').slice(-1), 16) % 2 === 0 ? 'A' : 'B';
    const keys = [g.lang, `${g.lang}/${half}`, 'all', `all/${half}`];
    const add = (f: (t: Tally) => void): void => keys.forEach((k) => f(tally(k)));

    // Quotes.
    if (g.quotesScored !== false) {
      let prev = 0;
      const spans = g.quotes.map((q) => {
        const i = nth(text, q.start, q.occurrence ?? 1, q.occurrence ? 0 : prev);
        if (i < 0) throw new Error(`${GOLD}: ${g.id}: quote anchor "${q.start}" not found`);
        prev = i + 1;
        const j = q.end ? text.indexOf(q.end, i) : -1;
        if (q.end && j < 0) throw new Error(`${GOLD}: ${g.id}: quote end anchor "${q.end}" not found`);
        return { start: i, end: q.end ? j + q.end.length : i + q.start.length, q };
      });
      const used = new Set<number>();
      for (const s of spans) {
        const k = a.quotes.findIndex((p, idx) => !used.has(idx) && overlap(p, s) >= 0.5 * (s.end - s.start) && overlap(p, s) >= 0.5 * (p.end - p.start));
        if (k < 0) {
          add((t) => t.fn++);
          misses.push(`${g.lang} ${g.id} quote missed: ${text.slice(s.start, Math.min(s.end, s.start + 60))}`);
          continue;
        }
        used.add(k);
        add((t) => t.tp++);
        if (s.q.speaker) {
          const ok = speakerMatches(a.quotes[k].speaker, s.q.speaker);
          add((t) => { t.spk++; if (ok) t.spkOk++; });
          if (!ok) misses.push(`${g.lang} ${g.id} speaker: got ${a.quotes[k].speaker ?? '-'}, want ${s.q.speaker.join('/')}`);
        }
      }
      a.quotes.forEach((p, idx) => {
        if (used.has(idx)) return;
        add((t) => t.fp++);
        misses.push(`${g.lang} ${g.id} quote extra: ${p.text.slice(0, 60)}`);
      });
    }

    // Figures.
    const figSpans: Span[] = [];
    for (const f of g.figures) {
      const i = nth(text, f.text, f.occurrence ?? 1);
      if (i < 0) throw new Error(`${GOLD}: ${g.id}: figure anchor "${f.text}" not found`);
      const s = { start: i, end: i + f.text.length };
      figSpans.push(s);
      const hits = a.figures.filter((p) => overlap(p, s) > 0);
      const ok = hits.some((p) => Math.abs(p.value - f.value) <= 1e-6 * Math.max(1, Math.abs(f.value)));
      add((t) => { t.fig++; if (ok) t.figOk++; });
      if (!ok) misses.push(`${g.lang} ${g.id} figure "${f.text}" = ${f.value}: got ${hits.map((h) => `${h.text}=${h.value}`).join(', ') || 'nothing'}`);
    }
    for (const p of a.figures) if (!figSpans.some((s) => overlap(p, s) > 0)) add((t) => t.figExtra++);

    // Dates.
    const dateSpans: Span[] = [];
    for (const d of g.dates) {
      const i = nth(text, d.text, d.occurrence ?? 1);
      if (i < 0) throw new Error(`${GOLD}: ${g.id}: date anchor "${d.text}" not found`);
      const s = { start: i, end: i + d.text.length };
      dateSpans.push(s);
      const hits = a.dates.filter((p) => overlap(p, s) > 0);
      const ok = hits.some((p) => p.date === d.date);
      add((t) => { t.date++; if (ok) t.dateOk++; });
      if (!ok) misses.push(`${g.lang} ${g.id} date "${d.text}" = ${d.date} (published ${g.published}): got ${hits.map((h) => `${h.text}=${h.date ?? '?'}`).join(', ') || 'nothing'}`);
    }
    for (const p of a.dates) if (!p.precision && !dateSpans.some((s) => overlap(p, s) > 0)) add((t) => t.dateExtra++);
  }


  return { tallies, misses, ms, n: gold.length };
}

/** --check-only: a set's excerpts match their SHA-1 and every anchor is found; the analyzer is not run. Returns [articles, anchors]. */
function checkAnchors(file: string): [number, number] {
  const gold = loadGold(file);
  const find = (g: Gold, text: string, s: string, k = 1, from = 0): number => {
    const i = nth(text, s, k, from);
    if (i < 0) throw new Error(`${file}: ${g.id}: anchor "${s}" not found`);
    return i;
  };
  let anchors = 0;
  for (const g of gold) {
    const text = excerpt(file, g);
    let prev = 0;
    for (const q of g.quotes) {
      const i = find(g, text, q.start, q.occurrence ?? 1, q.occurrence ? 0 : prev);
      prev = i + 1;
      if (q.end && text.indexOf(q.end, i) < 0) throw new Error(`${file}: ${g.id}: quote end anchor "${q.end}" not found`);
      anchors += q.end ? 2 : 1;
    }
    for (const f of [...g.figures, ...g.dates]) {
      find(g, text, f.text, f.occurrence ?? 1);
      anchors++;
    }
  }
  return [gold.length, anchors];
}
const SET_FILES: Record<(typeof SETS)[number], string> = {
  dev: GOLD_DEV, heldout: GOLD_HELDOUT, speakers: GOLD_SPEAKERS, 'speakers-2': GOLD_SPEAKERS_2, 'speakers-3': GOLD_SPEAKERS_3,
  'speakers-4': GOLD_SPEAKERS_4, 'speakers-5': GOLD_SPEAKERS_5, 'speakers-6': GOLD_SPEAKERS_6, 'speakers-7': GOLD_SPEAKERS_7, 'speakers-8': GOLD_SPEAKERS_8, 'speakers-9': GOLD_SPEAKERS_9, 'speakers-10': GOLD_SPEAKERS_10, 'speakers-11': GOLD_SPEAKERS_11, 'speakers-12': GOLD_SPEAKERS_12, 'speakers-13': GOLD_SPEAKERS_13, 'speakers-14': GOLD_SPEAKERS_14, 'speakers-15': GOLD_SPEAKERS_15, 'speakers-16': GOLD_SPEAKERS_16, 'figures-2': GOLD_FIGURES_2, 'figures-3': GOLD_FIGURES_3, 'figures-4': GOLD_FIGURES_4, 'figures-5': GOLD_FIGURES_5, 'figures-6': GOLD_FIGURES_6, 'figures-7': GOLD_FIGURES_7, 'figures-8': GOLD_FIGURES_8,
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
for (const [set, file] of [['figures-2', GOLD_FIGURES_2], ['figures-3', GOLD_FIGURES_3], ['figures-4', GOLD_FIGURES_4], ['figures-5', GOLD_FIGURES_5], ['figures-6', GOLD_FIGURES_6], ['figures-7', GOLD_FIGURES_7], ['figures-8', GOLD_FIGURES_8]] as const) {
  if (!runs(set)) continue;
  const fig = score(file);
  console.log(`\nheld-out figures and dates (eval/multilingual/heldout-${set}.jsonl, labelled blind, committed before its first run): ${fig.n} articles, figures and dates only`);
  for (const l of [...langs, 'all']) {
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
] as const;
for (const [set, file, what] of speakerSets) {
  if (!runs(set)) continue;
  const spk = score(file);
  console.log(`\nheld-out quotes and speakers (eval/multilingual/${what}): ${spk.n} articles, quotes and speakers only`);
  for (const l of [...langs, 'all']) {
    if (get(spk, l).tp + get(spk, l).fn + get(spk, l).fp === 0) continue;
    console.log(`${qrow(l, get(spk, l))}   halves A: ${qrow('', get(spk, `${l}/A`)).trim()}  B: ${qrow('', get(spk, `${l}/B`)).trim()}`);
  }
  if (showMisses) for (const m of spk.misses) console.log(`  miss ${m}`);
}
