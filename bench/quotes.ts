/**
 * Quote and speaker benchmark on PolNeAR (US political news with gold
 * attributions): runs the `parallax quotes` extraction in process and scores it
 * with the shared scorer (direct-quote F1, speaker accuracy on matched quotes,
 * end-to-end F1). Issue 6 targets on polnear-dev: 0.85 / 0.90 / 0.80.
 *   node --import tsx bench/quotes.ts [polnear-dev|polnear-train]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { quoteRecords } from '../src/cli/cmd-quotes.js';

const set = process.argv[2] ?? 'polnear-dev';
const DATA = join(import.meta.dirname, '../../shared/data/quotes', set);
const SCORER = join(import.meta.dirname, '../../shared/eval/score.mjs');
if (!existsSync(join(DATA, 'articles.jsonl')) || !existsSync(SCORER)) {
  console.log(`skipped: ${DATA} or the scorer not found`);
  process.exit(0);
}
const rows = readFileSync(join(DATA, 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string });
const t0 = performance.now();
const lines = rows.map((r) => JSON.stringify({ id: r.id, quotes: quoteRecords(r.text) }));
const secs = (performance.now() - t0) / 1000;
const dir = mkdtempSync(join(tmpdir(), 'px-bench-quotes-'));
try {
  const out = join(dir, 'out.jsonl');
  writeFileSync(out, `${lines.join('\n')}\n`);
  const r = spawnSync(process.execPath, [SCORER, 'quotes', join(DATA, 'gold.jsonl'), out, join(DATA, 'articles.jsonl')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const s = JSON.parse(r.stdout) as { quote: { f1: number; precision: number; recall: number }; speakerAccuracy: number; endToEnd: { f1: number } };
  console.log(`${set}: quote F1 ${s.quote.f1} (P ${s.quote.precision} R ${s.quote.recall}), speaker accuracy ${s.speakerAccuracy}, end-to-end F1 ${s.endToEnd.f1}; ${(rows.length / secs).toFixed(0)} articles/s`);
  const tag = set.replace(/-/g, '');
  console.log(`figure ${tag}.quoteF1 ${s.quote.f1}`);
  console.log(`figure ${tag}.speakerAccuracy ${s.speakerAccuracy}`);
  console.log(`figure ${tag}.endToEndF1 ${s.endToEnd.f1}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
