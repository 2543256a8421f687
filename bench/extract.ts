/**
 * Extraction benchmark: article-body F1 on zyte-dev and segment F1 on
 * trafilatura-dev (official scorer, ../shared/eval/score.mjs), metadata
 * accuracy on trafilatura-dev's gold title/author/date, and speed side by side
 * with plain Readability.js on linkedom over the same pages, one core each.
 *   node --import tsx bench/extract.ts
 * Prints `figure NAME VALUE` lines that bench/run.ts checks against bench/floors.json.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractPage, type ExtractedPage, type PageInput } from '../src/stages/ingest/extract/extract-page.js';

const data = join(import.meta.dirname, '../../shared/data/extraction');
const scorer = join(import.meta.dirname, '../../shared/eval/score.mjs');
if (!existsSync(data) || !existsSync(scorer)) {
  console.log('bench/extract: ../shared/data/extraction not found; skipped');
  process.exit(0);
}

const readJsonl = <T>(p: string): T[] => {
  const buf = p.endsWith('.gz') ? gunzipSync(readFileSync(p)) : readFileSync(p);
  return buf.toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
};
const figure = (name: string, v: number): void => console.log(`figure ${name} ${Math.round(v * 10000) / 10000}`);
const tmp = mkdtempSync(join(tmpdir(), 'px-bench-extract-'));

function score(task: string, gold: string, out: ExtractedPage[]): Record<string, number> {
  const f = join(tmp, `${task}.jsonl`);
  writeFileSync(f, out.map((o) => JSON.stringify(o)).join('\n') + '\n');
  const r = spawnSync(process.execPath, [scorer, task, gold, f], { encoding: 'utf8' });
  return JSON.parse(r.stdout) as Record<string, number>;
}

const zyte = readJsonl<PageInput>(join(data, 'zyte-dev/pages.jsonl.gz'));
const traf = readJsonl<PageInput>(join(data, 'trafilatura-dev/pages.jsonl.gz'));
const zOut = zyte.map(extractPage), tOut = traf.map(extractPage);
const z = score('extraction-zyte', join(data, 'zyte-dev/gold.jsonl'), zOut);
const t = score('extraction-segments', join(data, 'trafilatura-dev/gold.jsonl'), tOut);
console.log(`zyte-dev        F1 ${z.f1} (P ${z.precision}, R ${z.recall}); peers: Readability.js 0.939, trafilatura 0.953, commercial 0.967`);
console.log(`trafilatura-dev F1 ${t.f1} (P ${t.precision}, R ${t.recall}); trafilatura 0.924 on its own benchmark`);
figure('extract.zyteF1', z.f1);
figure('extract.trafilaturaF1', t.f1);

// Metadata: same title (case and punctuation aside), same author, same calendar day.
interface Gold { id: string; title?: string; author?: string | string[]; date?: string }
const norm = (s: unknown): string => String(Array.isArray(s) ? s.join('; ') : (s ?? '')).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const byId = new Map(tOut.map((o) => [String(o.id), o]));
const acc = { title: [0, 0], author: [0, 0], date: [0, 0] };
for (const g of readJsonl<Gold>(join(data, 'trafilatura-dev/gold.jsonl'))) {
  const p = byId.get(String(g.id));
  if (g.title) { acc.title[1]++; if (norm(p?.title) === norm(g.title)) acc.title[0]++; }
  if (g.author) { acc.author[1]++; if (norm(p?.author) === norm(g.author)) acc.author[0]++; }
  if (g.date) { acc.date[1]++; if ((p?.published ?? '').slice(0, 10) === String(g.date).slice(0, 10)) acc.date[0]++; }
}
for (const [k, [ok, n]] of Object.entries(acc)) {
  console.log(`metadata ${k}: ${ok}/${n} = ${(ok / n).toFixed(3)}`);
  figure(`extract.${k}Accuracy`, ok / n);
}

// Speed, one core, same pages. The two run alternately page by page, so load
// from other work on a shared machine falls on both alike; best of three rounds each.
const pages = [...zyte, ...traf];
const mb = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0) / 1e6;
function readability(p: PageInput): string {
  const { document } = parseHTML(p.html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}
function timed(fn: (p: PageInput) => unknown, p: PageInput): number {
  const t0 = performance.now();
  try { fn(p); } catch { /* a page Readability chokes on still costs its time */ }
  return performance.now() - t0;
}
let bestBase = Infinity, bestOurs = Infinity;
for (let round = 0; round < 3; round++) {
  let a = 0, b = 0;
  for (const p of pages) {
    a += timed(readability, p);
    b += timed(extractPage, p);
  }
  bestBase = Math.min(bestBase, a);
  bestOurs = Math.min(bestOurs, b);
}
const base = pages.length / (bestBase / 1000), ours = pages.length / (bestOurs / 1000);
const mbps = (r: number): string => ((r * mb) / pages.length).toFixed(2);
console.log(`speed, one core, ${pages.length} pages (${mb.toFixed(1)} MB): Readability.js on linkedom ${base.toFixed(1)} pages/s (${mbps(base)} MB/s); parallax extract ${ours.toFixed(1)} pages/s (${mbps(ours)} MB/s)`);
figure('extract.speedVsReadability', ours / base);
rmSync(tmp, { recursive: true, force: true });
