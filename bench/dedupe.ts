/**
 * Reuse benchmark on the example articles: per-pair coverage and passages,
 * and the time per `findReuse` call with prepared texts.
 *   node --import tsx bench/dedupe.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asArticleId } from '../src/core/ids.js';
import { findReuse, prepareReuseText } from '../src/stages/dedupe/passages.js';

const DIR = join(import.meta.dirname, '../examples/biden-putin-call');
// Paragraphs as a cleaner would give them (boilerplate is left in: the bench
// measures speed and rough coverage, the tests check exact passages).
const docs = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const text = readFileSync(join(DIR, f), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean).join('\n\n');
    return { id: asArticleId(f.slice(0, 3)), text, prepared: prepareReuseText(text) };
  });

for (let i = 0; i < docs.length; i++) {
  for (let j = i + 1; j < docs.length; j++) {
    const r = findReuse(docs[i], docs[j]);
    const kinds = r ? `${r.passages.filter((p) => p.kind === 'identical').length} identical, ${r.passages.filter((p) => p.kind === 'paraphrase').length} paraphrase` : '-';
    process.stdout.write(`${docs[i].id}↔${docs[j].id}  coverage ${r ? `${r.coverageA.toFixed(2)}/${r.coverageB.toFixed(2)}` : '0/0'}  ${kinds}\n`);
  }
}
const rounds = 200;
const t0 = performance.now();
for (let k = 0; k < rounds; k++) for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) findReuse(docs[i], docs[j]);
process.stdout.write(`findReuse (prepared): ${((performance.now() - t0) / (rounds * 10)).toFixed(3)} ms/pair\n`);
const t1 = performance.now();
for (let k = 0; k < rounds; k++) for (const d of docs) prepareReuseText(d.text);
process.stdout.write(`prepareReuseText: ${((performance.now() - t1) / (rounds * docs.length)).toFixed(3)} ms/article\n`);
