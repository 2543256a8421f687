/**
 * Appends N articles to an existing benchmark database through the real
 * ingest (chunks of 500, each ended with `finish()` as bench/serve.ts does),
 * the replicas continuing from the stored count, and prints CPU per article.
 * For profiling ingest at a given database size:
 *   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx bench/serve-lib/grow.ts COPY.db 1000
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../../src/core/result.js';
import type { RawArticle } from '../../src/core/types.js';
import { createIngester } from '../../src/pipeline/ingest-articles.js';
import { createStore } from '../../src/storage/create-store.js';
import { replicaArticles } from './replicas.js';

const [file, count] = [process.argv[2], Number(process.argv[3] ?? 1000)];
const SRC = join(import.meta.dirname, '../../../shared/data/clusters/giveme5w1h/articles.jsonl');
if (file === undefined || !existsSync(file) || !existsSync(SRC)) {
  process.stdout.write(`skipped grow: need an existing database and ${SRC}\n`);
} else {
  const base = readFileSync(SRC, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { title?: string; text?: string; source?: string; published?: string });
  const store = createStore({ type: 'sqlite', file });
  const c0 = process.cpuUsage();
  const ing = createIngester({ store, clock: systemClock, chunk: 500 });
  const open = process.cpuUsage(c0);
  const from = store.countArticles();
  const it = replicaArticles(base, from);
  const c = process.cpuUsage();
  let n = 0;
  for (let x = it.next(); !x.done && n < count; x = it.next(), n++) {
    ing.add(x.value as RawArticle);
    if ((n + 1) % 500 === 0) ing.finish();
  }
  ing.finish();
  const d = process.cpuUsage(c);
  store.close();
  process.stdout.write(`grow: ${n} articles onto ${from}: ${((d.user + d.system) / 1000 / n).toFixed(2)} ms CPU per article (opening: ${((open.user + open.system) / 1000).toFixed(0)} ms)\n`);
}
