/**
 * Clustering benchmark on the giveme5w1h stream: assigns every article in
 * stream order and scores the stories against gold with the shared scorer.
 *   node --import tsx bench/cluster.ts [giveme5w1h|uci-headlines-dev] [param=value]...
 * e.g. `bench/cluster.ts uci-headlines-dev assignThreshold=0.2 minDocTerms=2`.
 * Prints B-cubed figures (from ../shared/eval/score.mjs) and articles/second.
 */
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { asArticleId } from '../src/core/ids.js';
import { assignArticle, createClusterState, stories, type ClusterParams } from '../src/stages/cluster/index.js';

const args = process.argv.slice(2);
const set = args.find((a) => !a.includes('=')) ?? 'giveme5w1h';
const DATA = join(import.meta.dirname, '../../shared/data/clusters', set);
if (!existsSync(join(DATA, 'articles.jsonl'))) {
  process.stdout.write(`skipped: ${DATA} not found\n`);
  process.exit(0);
}
const rows = readFileSync(join(DATA, 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; title: string; text: string; published?: string });

const params: Partial<ClusterParams> = Object.fromEntries(
  args.filter((a) => a.includes('=')).map((a) => [a.split('=')[0], Number(a.split('=')[1])]),
);
let state = createClusterState(params);
const t0 = performance.now();
let merges = 0;
for (const r of rows) {
  const res = assignArticle(state, { id: asArticleId(r.id), title: r.title ?? '', text: r.text ?? '', ...(r.published ? { published: r.published } : {}) });
  merges += res.events.filter((e) => e.kind === 'merged').length;
  state = res.state;
}
const ms = performance.now() - t0;
const out = stories(state).flatMap((s) => s.articleIds.map((id) => JSON.stringify({ id, story: s.id })));
const dir = mkdtempSync(join(tmpdir(), 'parallax-cluster-'));
writeFileSync(join(dir, 'out.jsonl'), `${out.join('\n')}\n`);
const score = spawnSync(process.execPath, [join(DATA, '../../../eval/score.mjs'), 'clusters', join(DATA, 'gold.jsonl'), join(dir, 'out.jsonl')], { encoding: 'utf8' });
process.stdout.write(`${JSON.stringify({ params, articles: rows.length, stories: stories(state).length, merges, msPerArticle: +(ms / rows.length).toFixed(3) })}\n${score.stdout}${score.stderr}`);
