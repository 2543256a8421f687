/**
 * Carries judgements of figure groups over to their new keys when only the groups' headings changed (a figure key
 * hashes the subject; GUIDE.md "Item types and keys"): the groups of the briefs before and after are matched by
 * type, corpus and values (article id, value, offset), and each judgement of an old key is rewritten with the new.
 *   node --import tsx bench/compare.ts --dir BEFORE   # at the code before the change
 *   node --import tsx bench/compare.ts --dir AFTER    # at the code after it
 *   node --import tsx eval/compare/rekey.ts BEFORE AFTER [--write]   # lists the carried judgements; --write rewrites judgements.jsonl
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { itemsOf, readBrief, type Item } from './items.js';
const [baseDir, newDir, write] = process.argv.slice(2) as [string, string, string?];
const sig = (i: Item): string | undefined => {
  const f = i.figure;
  if (f === undefined) return undefined;
  return [i.type, i.corpus, f.values.map((v) => `${v.articleId}:${v.value}:${v.start}`).sort().join(',')].join('|');
};
const load = (dir: string): Item[] => readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json')).flatMap((f) => itemsOf(f.slice(0, -5), readBrief(join(dir, 'out', f))));
const base = load(baseDir);
const now = new Map<string, Item>();
for (const i of load(newDir)) { const s = sig(i); if (s) now.set(s, i); }
const map = new Map<string, string>();
for (const i of base) {
  const s = sig(i); if (!s) continue;
  const n = now.get(s);
  if (n && n.key !== i.key) map.set(i.key, n.key);
}
const file = join(import.meta.dirname, 'judgements.jsonl');
const lines = readFileSync(file, 'utf8').split('\n');
let changed = 0;
const out = lines.map((l) => {
  if (!l.trim()) return l;
  const j = JSON.parse(l);
  const k = map.get(j.key);
  if (k === undefined) return l;
  changed++;
  console.log(`${j.type} ${j.key} -> ${k} ${JSON.stringify(j.note ?? '').slice(0, 80)}`);
  return JSON.stringify({ ...j, key: k });
});
console.log(`${map.size} items re-keyed in the briefs, ${changed} judgements`);
if (write === '--write') writeFileSync(file, out.join('\n'));
