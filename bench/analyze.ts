/**
 * Speed of the whole analyze stage (language, sentences, entities, quotes,
 * figures, dates) on one core: the five seed articles and, when
 * ../shared/data is present, the PolNeAR dev articles (US political news,
 * about 4,900 characters each). Issue 6 asks for ≥ 200 articles/s.
 *   node --import tsx bench/analyze.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/stages/analyze/index.js';
import { articleIdFor } from '../src/core/ids.js';
import type { CleanArticle } from '../src/core/types.js';
import { loadExamples } from '../test/golden/analyze/examples.js';

function perSecond(arts: readonly CleanArticle[], minMs = 2000): number {
  for (const a of arts) analyze(a);
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < minMs) {
    for (const a of arts) analyze(a);
    n += arts.length;
  }
  return n / ((performance.now() - t0) / 1000);
}

const examples = loadExamples().map((e) => e.article);
const ex = perSecond(examples);
console.log(`seed examples: ${ex.toFixed(0)} articles/s (${examples.length} articles)`);
console.log(`figure example.analyzePerSec ${ex.toFixed(0)}`);

const file = join(import.meta.dirname, '../../shared/data/quotes/polnear-dev/articles.jsonl');
if (!existsSync(file)) {
  console.log(`skipped polnear: ${file} not found`);
} else {
  const base = examples[0]!;
  const arts = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const { id, text } = JSON.parse(l) as { id: string; text: string };
    return { ...base, id: articleIdFor(id), text, meta: { ...base.meta, published: '2016-06-01' } } as CleanArticle;
  });
  const p = perSecond(arts);
  const chars = arts.reduce((s, a) => s + a.text.length, 0) / arts.length;
  console.log(`polnear-dev: ${p.toFixed(0)} articles/s (${arts.length} articles, ${chars.toFixed(0)} characters on average)`);
  console.log(`figure polnear.analyzePerSec ${p.toFixed(0)}`);
}
