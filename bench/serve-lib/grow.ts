/**
 * Appends N articles to an existing benchmark database through the real
 * ingest (chunks of 500, each ended with `finish()` as bench/serve.ts does),
 * the replicas continuing from the stored count, and prints CPU per article.
 * For profiling ingest at a given database size:
 *   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx bench/serve-lib/grow.ts COPY.db 1000
 * Comparing sizes on the same articles (the ingest curve without the noise
 * of different texts): `--from N` starts the replicas at article N whatever
 * the database holds (pick N beyond both databases' counts, so the articles
 * are new to each), e.g. a 2k and a 96k copy both given
 *   ... grow.ts COPY.db 1000 --from 200000
 * `--stories FILE` writes every stored article's story (`article story`,
 * arrival order) after the run, to check that two versions of the code
 * cluster the same run alike (diff the files).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { systemClock } from '../../src/core/result.js';
import type { RawArticle } from '../../src/core/types.js';
import { createIngester } from '../../src/pipeline/ingest-articles.js';
import { createStore } from '../../src/storage/create-store.js';
import { replicaArticles } from './replicas.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const [file, count] = [args[0], Number(args[1] ?? 1000)];
const fromArg = flag('--from');
const storiesFile = flag('--stories');
const SRC = join(import.meta.dirname, '../../../shared/data/clusters/giveme5w1h/articles.jsonl');
if (file === undefined || !existsSync(file) || !existsSync(SRC)) {
  process.stdout.write(`skipped grow: need an existing database and ${SRC}\n`);
} else {
  const base = readFileSync(SRC, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { title?: string; text?: string; source?: string; published?: string });
  const store = createStore({ type: 'sqlite', file });
  const c0 = process.cpuUsage();
  const ing = createIngester({ store, clock: systemClock, chunk: 500 });
  const open = process.cpuUsage(c0);
  const stored = store.countArticles();
  const from = fromArg === undefined ? stored : Number(fromArg);
  const it = replicaArticles(base, from);
  const c = process.cpuUsage();
  const t = performance.now();
  let n = 0;
  for (let x = it.next(); !x.done && n < count; x = it.next(), n++) {
    ing.add(x.value as RawArticle);
    if ((n + 1) % 500 === 0) ing.finish();
  }
  const report = ing.finish();
  const d = process.cpuUsage(c);
  const wall = performance.now() - t;
  store.close();
  const perArticle = (d.user + d.system) / 1000 / n;
  process.stdout.write(
    `grow: ${n} articles (${report.added} added) onto ${stored}${fromArg === undefined ? '' : ` from replica article ${from}`}: ${perArticle.toFixed(2)} ms CPU per article (user ${(d.user / 1000 / n).toFixed(2)}, system ${(d.system / 1000 / n).toFixed(2)}; wall ${(wall / n).toFixed(2)} ms; opening: ${((open.user + open.system) / 1000).toFixed(0)} ms CPU; RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB)\n`,
  );
  if (storiesFile !== undefined) {
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT article_id, story_id FROM cluster_articles ORDER BY ord').raw().all() as [string, string][];
    db.close();
    writeFileSync(storiesFile, rows.map((r) => `${r[0]} ${r[1]}\n`).join(''));
    process.stdout.write(`stories: ${rows.length} assignments written to ${storiesFile}\n`);
  }
}
