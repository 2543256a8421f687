/**
 * Scoring one gold file of bench/multilingual.ts: each article analysed, its quotes (a predicted quote matches a
 * gold one when their overlap covers half of each), speakers, figures and dates compared with the labels, and
 * tallied per language and per hash half of the gold.
 */
import { createHash } from 'node:crypto';
import type { Analysis, CleanArticle } from '../../src/core/types.js';
import { analyze } from '../../src/stages/analyze/index.js';
import { excerpt, loadGold, nth, type Span } from './gold.js';

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

export interface Tally { tp: number; fp: number; fn: number; spk: number; spkOk: number; fig: number; figOk: number; date: number; dateOk: number; figExtra: number; dateExtra: number }
export const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, spk: 0, spkOk: 0, fig: 0, figOk: 0, date: 0, dateOk: 0, figExtra: 0, dateExtra: 0 });

export interface Run { readonly tallies: Map<string, Tally>; readonly misses: string[]; readonly ms: number; readonly n: number }

export function score(file: string): Run {
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
