/**
 * Labelling aid for the recall of agreed claims: a deterministic sample of the
 * single-source claims of the giveme5w1h stories, each printed with the three
 * sentences of other lineages that share most words with it — a search aid, so
 * the labeller finds a restatement faster; the label comes from reading.
 *
 *   node --import tsx eval/compare/sample-single.ts OUT_DIR [N]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { itemsOf, readBrief } from './items.js';
const [D = '', size = '90'] = process.argv.slice(2);
const all = readdirSync(D).filter((f) => f.startsWith('g5-')).sort().flatMap((f) => {
  const b = readBrief(`${D}/${f}`);
  return itemsOf(f.replace('.json', ''), b).filter((i) => i.type === 'single-source').map((i) => ({ i, b }));
});
// Deterministic sample: the N smallest keys (a hash: no order of the output favoured).
const sample = [...all].sort((x, y) => x.i.key.localeCompare(y.i.key)).slice(0, Number(size));
const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.filter((w) => w.length > 3) ?? []);
let n = 0;
for (const { i, b } of sample) {
  n++;
  const s = b.stories.find((x) => x.id === i.story)!;
  const cited = new Set(i.claim!.citations.map((c) => c.articleId));
  const lin = new Map((s.lineages ?? []).flatMap((l) => l.articleIds.map((a) => [a, l.id] as const)));
  const myLin = new Set([...cited].map((a) => lin.get(a)));
  const cw = words(i.claim!.text);
  console.log(`\n#${n} ${i.corpus} ${i.key} [${[...cited].map((a) => s.articles.find((x) => x.id === a)?.ref).join(',')}] ${i.claim!.text.slice(0, 400)}`);
  // Search aid: best-overlapping sentences of articles in other lineages (the labeller reads them; no label is derived).
  const cands: { score: number; ref: number; text: string }[] = [];
  for (const a of s.articles) {
    if (myLin.has(lin.get(a.id))) continue;
    for (const sent of a.text.split(/(?<=[.!?]["”’]?)\s+/)) {
      const sw = words(sent);
      let k = 0;
      for (const w of cw) if (sw.has(w)) k++;
      cands.push({ score: k / Math.max(1, cw.size), ref: a.ref, text: sent });
    }
  }
  for (const c of cands.sort((x, y) => y.score - x.score).slice(0, 3)) console.log(`   ${c.score.toFixed(2)} [${c.ref}] ${c.text.replace(/\s+/g, ' ').slice(0, 260)}`);
}
