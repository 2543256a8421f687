/**
 * The multilingual gold (eval/multilingual/, see GUIDE.md there) as bench/multilingual.ts reads it: its lines,
 * the article texts they label (read from ../shared/data/pairs/semeval2022-dev, cut to the labelled length and
 * checked by SHA-1) and the anchors that place each label in its text.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldQuote { start: string; occurrence?: number; end?: string; speaker: string[] | null }
export interface GoldFigure { text: string; occurrence?: number; value: number; counted: string }
export interface GoldDate { text: string; occurrence?: number; date: string }
export interface Gold {
  id: string; lang: string; pair: string; side: 1 | 2; chars: number; sha1: string; published: string;
  quotesScored?: boolean; quotes: GoldQuote[]; figures: GoldFigure[]; dates: GoldDate[];
}
/** A line of heldout-speakers.jsonl labels quotes and speakers only. */
export type GoldLine = Omit<Gold, 'figures' | 'dates'> & Partial<Pick<Gold, 'figures' | 'dates'>>;
export interface Span { start: number; end: number }

export const PAIRS = join(import.meta.dirname, '../../../shared/data/pairs/semeval2022-dev/pairs.jsonl');

const texts = new Map<string, string>();
/** Reads the article texts of the pairs file (once, before any excerpt). */
export function readPairs(): void {
  for (const line of readFileSync(PAIRS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const p = JSON.parse(line) as { id: string; text1: string; text2: string };
    // A few pair ids occur twice with different scrapes; the gold labels the first.
    if (!texts.has(`${p.id}#1`)) texts.set(`${p.id}#1`, p.text1);
    if (!texts.has(`${p.id}#2`)) texts.set(`${p.id}#2`, p.text2);
  }
}

/** The excerpt a gold line labels, checked against its SHA-1; throws (a bug in the gold, not a data outcome) when it is absent or changed. */
export function excerpt(file: string, g: GoldLine): string {
  const full = texts.get(`${g.pair}#${g.side}`);
  if (full === undefined) throw new Error(`${file}: ${g.id}: pair ${g.pair} not in ${PAIRS}`);
  const text = full.trim().slice(0, g.chars);
  if (createHash('sha1').update(text).digest('hex') !== g.sha1) throw new Error(`${file}: ${g.id}: text does not match its SHA-1 (data changed?)`);
  return text;
}

export function nth(text: string, s: string, k = 1, from = 0): number {
  let i = from - 1;
  for (let n = 0; n < k; n++) {
    i = text.indexOf(s, i + 1);
    if (i < 0) return -1;
  }
  return i;
}

export function loadGold(file: string): Gold[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
      const g = JSON.parse(l) as GoldLine;
      return { ...g, figures: g.figures ?? [], dates: g.dates ?? [] };
    } catch {
      throw new Error(`${file}:${i + 1}: not valid JSON`);
    }
  });
}

/** --check-only: a set's excerpts match their SHA-1 and every anchor is found; the analyzer is not run. Returns [articles, anchors]. */
export function checkAnchors(file: string): [number, number] {
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
