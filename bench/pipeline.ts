/**
 * Whole-pipeline speed, stage by stage, in articles per second on one core:
 * clean, analyze, cluster assignment, reuse between story members, compare.
 * Runs on the bundled example (always there) and, when ../shared/data is
 * present, on the 383 full-text articles of clusters/giveme5w1h.
 *   node --import tsx bench/pipeline.ts
 * Prints `figure <name> <value>` lines that bench/run.ts checks against floors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawArticle } from '../src/core/types.js';
import { systemClock } from '../src/core/result.js';
import { buildAllBriefs } from '../src/pipeline/build-briefs.js';
import { ingestArticles } from '../src/pipeline/ingest-articles.js';
import { readInputs } from '../src/pipeline/read-inputs.js';
import { analyze } from '../src/stages/analyze/index.js';
import { clean } from '../src/stages/clean/index.js';
import { createStore } from '../src/storage/create-store.js';

function time<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

function bench(name: string, raws: readonly RawArticle[], repeat: number): void {
  const many = Array.from({ length: repeat }, () => raws).flat();
  const cleaned = time(() => many.map((r) => clean(r)));
  const ok = cleaned.value.flatMap((r) => (r.ok ? [r.value] : []));
  const analysed = time(() => ok.map((a) => analyze(a)));
  const store = createStore({ type: 'memory' });
  const ingest = time(() => ingestArticles(raws, { store, clock: systemClock }));
  const briefs = time(() => buildAllBriefs(store));
  store.close();
  const perSec = (n: number, ms: number): number => +((n / ms) * 1000).toFixed(1);
  console.log(
    JSON.stringify({
      set: name,
      articles: raws.length,
      stories: briefs.value.length,
      cleanPerSec: perSec(many.length, cleaned.ms),
      analyzePerSec: perSec(ok.length, analysed.ms),
      ingestPerSec: perSec(raws.length, ingest.ms),
      briefMsTotal: +briefs.ms.toFixed(1),
    }),
  );
  console.log(`figure pipeline.${name}.analyzePerSec ${perSec(ok.length, analysed.ms)}`);
}

const example = readInputs(['examples/biden-putin-call']).articles;
bench('example', example, 40);

const giveme = join(import.meta.dirname, '../../shared/data/clusters/giveme5w1h/articles.jsonl');
if (existsSync(giveme)) {
  const raws: RawArticle[] = readFileSync(giveme, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; title?: string; text?: string; published?: string; source?: string })
    .map((r) => ({
      format: 'jsonl' as const,
      path: r.id,
      body: r.text ?? '',
      ...(r.title ? { title: r.title } : {}),
      ...(r.published ? { published: r.published } : {}),
      ...(r.source ? { source: r.source } : {}),
    }));
  bench('giveme5w1h', raws, 1);
} else {
  console.log('giveme5w1h: ../shared/data not found, skipped');
}
