/**
 * Per-page error listing for extraction work on the dev sets (never the
 * held-out halves): the zyte-dev pages with the lowest precision or recall,
 * the trafilatura-dev segments missed or wrongly kept, and the metadata
 * misses. A study aid; bench/extract.ts is the figure of record.
 *   node --import tsx bench/extract-misses.ts [zyte|segments|title|author|date|all] [N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { extractPage, type PageInput } from '../src/stages/ingest/extract/extract-page.js';

const data = join(import.meta.dirname, '../../shared/data/extraction');
if (!existsSync(data)) {
  console.log('bench/extract-misses: ../shared/data/extraction not found; skipped');
  process.exit(0);
}
const what = process.argv[2] ?? 'all';
const limit = Number(process.argv[3] ?? 15);
const readJsonl = <T>(p: string): T[] => {
  const buf = p.endsWith('.gz') ? gunzipSync(readFileSync(p)) : readFileSync(p);
  return buf.toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
};
const cut = (s: unknown, n = 110): string => String(s ?? '').replace(/\s+/g, ' ').slice(0, n);

// The zyte benchmark's 4-word shingles, as ../shared/eval/score.mjs counts them.
const tokens = (s: string): string[] => s.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
function shingles(text: string): Map<string, number> {
  const t = tokens(text), out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join(' ');
    if (k) out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

if (what === 'zyte' || what === 'all') {
  const pages = readJsonl<PageInput>(join(data, 'zyte-dev/pages.jsonl.gz'));
  const gold = new Map(readJsonl<{ id: string; articleBody: string }>(join(data, 'zyte-dev/gold.jsonl')).map((g) => [g.id, g.articleBody]));
  const rows = pages.map((p) => {
    const out = extractPage(p);
    const a = shingles(gold.get(String(p.id)) ?? ''), b = shingles(out.text);
    let tp = 0, fp = 0, fn = 0;
    const extra: string[] = [], missed: string[] = [];
    for (const k of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(k) ?? 0, y = b.get(k) ?? 0;
      tp += Math.min(x, y); fp += Math.max(0, y - x); fn += Math.max(0, x - y);
    }
    // Lines of our text with no shingle in gold, and gold lines with none in ours.
    for (const line of out.text.split('\n')) if (![...shingles(line).keys()].some((k) => a.has(k))) extra.push(line);
    for (const line of (gold.get(String(p.id)) ?? '').split('\n')) if (line.trim() && ![...shingles(line).keys()].some((k) => b.has(k))) missed.push(line);
    return { id: String(p.id), url: p.url, p: tp / (tp + fp || 1), r: tp / (tp + fn || 1), extra, missed, error: out.error };
  });
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
  console.log(`zyte-dev mean P ${mean(rows.map((r) => r.p)).toFixed(4)} R ${mean(rows.map((r) => r.r)).toFixed(4)}`);
  for (const r of rows.sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r)).slice(0, limit)) {
    console.log(`\n${r.id.slice(0, 10)} P ${r.p.toFixed(2)} R ${r.r.toFixed(2)} ${r.url ?? ''} ${r.error ?? ''}`);
    for (const l of r.extra.slice(0, 6)) console.log(`  + ${cut(l)}`);
    for (const l of r.missed.slice(0, 6)) console.log(`  - ${cut(l)}`);
  }
}

interface TGold { id: string; with: string[]; without: string[]; title?: string; author?: string | string[]; date?: string }
if (what !== 'zyte') {
  const pages = readJsonl<PageInput>(join(data, 'trafilatura-dev/pages.jsonl.gz'));
  const gold = new Map(readJsonl<TGold>(join(data, 'trafilatura-dev/gold.jsonl')).map((g) => [String(g.id), g]));
  const norm = (s: unknown): string => String(Array.isArray(s) ? s.join('; ') : (s ?? '')).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const ws = (s: string): string => s.replace(/\s+/g, ' ').trim();
  let shown = 0;
  for (const p of pages) {
    const g = gold.get(String(p.id));
    if (!g) continue;
    const out = extractPage(p);
    const lines: string[] = [];
    if (what === 'segments' || what === 'all') {
      const text = ws(out.text);
      for (const w of g.with) if (!text.includes(ws(w))) lines.push(`  - ${cut(w)}`);
      for (const w of g.without) if (text.includes(ws(w))) lines.push(`  + ${cut(w)}`);
    }
    if ((what === 'title' || what === 'all') && g.title && norm(out.title) !== norm(g.title)) lines.push(`  title  got ${cut(out.title)} | want ${cut(g.title)}`);
    if ((what === 'author' || what === 'all') && g.author && norm(out.author) !== norm(g.author)) lines.push(`  author got ${cut(out.author)} | want ${cut(g.author)}`);
    if ((what === 'date' || what === 'all') && g.date && (out.published ?? '').slice(0, 10) !== g.date.slice(0, 10)) lines.push(`  date   got ${out.published} | want ${g.date}`);
    if (lines.length === 0) continue;
    if (++shown > limit) break;
    console.log(`\n${p.id} ${p.url ?? ''} ${out.error ?? ''}\n${lines.join('\n')}`);
  }
}
