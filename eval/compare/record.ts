/**
 * Labelling aid: turns a labeller's notes on the numbered items that dump.ts
 * printed (lines `N|T|note` or `N|F|note`) into judgements.jsonl lines, with
 * each item's stable key. Items already judged (same key) are replaced.
 *
 *   node --import tsx eval/compare/record.ts OUT_DIR TYPE NOTES_FILE [KEYS_FILE]
 *
 * KEYS_FILE (one key a line) numbers the items instead, for samples
 * (sample-single.ts prints its items' keys in its own order).
 * The numbering is dump.ts's without --unlabelled: run both on the same briefs.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { itemsOf, readBrief, type ItemType } from './items.js';

const [dir, type, notesFile, keysFile] = process.argv.slice(2);
if (dir === undefined || type === undefined || notesFile === undefined) {
  console.error('usage: record.ts OUT_DIR TYPE NOTES_FILE');
  process.exit(2);
}
const all = readdirSync(dir)
  .filter((x) => x.endsWith('.json'))
  .sort()
  .flatMap((f) => itemsOf(f.replace(/\.json$/, ''), readBrief(join(dir, f))))
  .filter((i) => i.type === (type as ItemType));
const numbered = keysFile === undefined ? all : readFileSync(keysFile, 'utf8').split('\n').filter((k) => k.trim() !== '').map((k) => all.find((i) => i.key === k.trim())!);

export interface Judgement {
  corpus: string;
  story: string;
  type: ItemType;
  key: string;
  label: boolean;
  note: string;
  source?: string;
}

const jf = join(import.meta.dirname, 'judgements.jsonl');
const existing: Judgement[] = existsSync(jf) ? readFileSync(jf, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Judgement) : [];
const byKey = new Map(existing.map((j) => [j.key, j]));
let added = 0;
for (const line of readFileSync(notesFile, 'utf8').split('\n')) {
  const m = /^(\d+)\|([TF])\|(.*)$/.exec(line.trim());
  if (!m) continue;
  const item = numbered[Number(m[1]) - 1];
  if (item === undefined) throw new Error(`${notesFile}: no item #${m[1]} of type ${type}`);
  byKey.set(item.key, { corpus: item.corpus, story: item.story, type: item.type, key: item.key, label: m[2] === 'T', note: m[3]!.trim() });
  added++;
}
writeFileSync(jf, [...byKey.values()].map((j) => JSON.stringify(j)).join('\n') + '\n');
console.log(`${added} judgements recorded (${byKey.size} in all)`);
