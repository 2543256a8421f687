/**
 * Clustering benchmark on the shared dev streams: assigns every article in
 * stream order and scores the stories against gold with the shared scorer.
 *   node --import tsx bench/cluster.ts                          # both sets
 *   node --import tsx bench/cluster.ts uci-headlines-dev headlineAssignThreshold=0.2
 * Prints B-cubed figures (from ../shared/eval/score.mjs), articles/second and
 * `figure cluster.<set>.bcubedF1 <value>` lines for bench/run.ts, and the
 * same run scored on halves (even/odd gold event numbers, first/second half
 * of the stream, and two halves split by a hash of the gold story id), to
 * check that a change does not help one half only. On the multilingual set,
 * where most articles stand alone, pairwise F1 is printed as a figure too.
 *   node --import tsx bench/cluster.ts semeval-multilingual-dev lexicon=PACK.json glossBoost=0.5
 * runs with the optional lexicon pack (scripts/build-lexicon-pack.mjs): each
 * article is given its gloss keys, and the figures are named `…Lexicon`.
 *   node --import tsx bench/cluster.ts entities=1
 * gives each article the analyze stage's entity names, as `ingest` and
 * `analyze` do (the batch command gives none), figures named `…Entities`.
 * After the halves, a line says what the joins across the hash halves cost
 * the whole (cluster-lib/half-split.ts); with halfRuns=1 each hash half is
 * also clustered as its own stream, and the errors only the whole run makes
 * are counted. Then the B-cubed loss by class of error (cluster-lib/loss-classes.ts: stories fused, strays in a
 * large story, parts of a split story inside another story or alone), each with the F1 without it.
 */
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { asArticleId } from '../src/core/ids.js';
import { assignArticle, createClusterState, docGlosses, stories, type ClusterParams, type ClusterState } from '../src/stages/cluster/index.js';
import { lexiconFromPack, type Lexicon } from '../src/stages/text-model/index.js';
import { clusterErrorReport } from './cluster-lib/error-report.js';
import { halfSplitReport } from './cluster-lib/half-split.js';
import { formatTranslationGold, translationGold } from './cluster-lib/translation-gold.js';
import { bcubedLossClasses, formatLossClasses } from './cluster-lib/loss-classes.js';
import { analyze } from '../src/stages/analyze/index.js';
import type { CleanArticle } from '../src/core/types.js';

const SETS: Record<string, string> = { giveme5w1h: 'giveme5w1h', 'uci-headlines-dev': 'uci', 'semeval-multilingual-dev': 'semeval' };
const args = process.argv.slice(2);
const named = args.filter((a) => !a.includes('='));
const sets = named.length > 0 ? named : Object.keys(SETS);
const ROOT = join(import.meta.dirname, '../../shared');
const packArg = args.find((a) => a.startsWith('lexicon='));
// entities=1: each article gets the analyze stage's entity names, as the pipeline (ingest, analyze) gives them.
const entitiesArg = args.find((a) => a === 'entities=1');
// halfRuns=1: each hash half also clustered alone (two more runs), to count the errors only the whole run makes.
const halfRunsArg = args.find((a) => a === 'halfRuns=1');
const params: Partial<ClusterParams> = Object.fromEntries(
  args.filter((a) => a.includes('=') && a !== packArg && a !== entitiesArg && a !== halfRunsArg).map((a) => [a.split('=')[0], Number(a.split('=')[1])]),
);
let lexicon: Lexicon | undefined;
if (packArg !== undefined) {
  const path = packArg.slice('lexicon='.length);
  const loaded = lexiconFromPack(JSON.parse(readFileSync(path, 'utf8')));
  if (!loaded.ok) {
    process.stderr.write(`bench/cluster: ${path}: ${loaded.reason}\n`);
    process.exit(1);
  }
  lexicon = loaded.lexicon;
}
type Row = { id: string; title: string; text: string; published?: string; source?: string; language?: string };
const suffix = `${lexicon ? 'Lexicon' : ''}${entitiesArg ? 'Entities' : ''}`;

for (const set of sets) {
  const data = join(ROOT, 'data/clusters', set);
  if (!existsSync(join(data, 'articles.jsonl'))) {
    process.stdout.write(`skipped ${set}: ${data} not found\n`);
    continue;
  }
  const rows = readFileSync(join(data, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const t0 = performance.now();
  const { state, merges } = cluster(rows);
  const ms = performance.now() - t0;
  const out = stories(state).flatMap((s) => s.articleIds.map((id) => JSON.stringify({ id, story: s.id })));
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cluster-'));
  writeFileSync(join(dir, 'out.jsonl'), `${out.join('\n')}\n`);
  const score = spawnSync(process.execPath, [join(ROOT, 'eval/score.mjs'), 'clusters', join(data, 'gold.jsonl'), join(dir, 'out.jsonl')], { encoding: 'utf8' });
  process.stdout.write(`${set}: ${JSON.stringify({ params, articles: rows.length, stories: stories(state).length, merges, msPerArticle: +(ms / rows.length).toFixed(3) })}\n${score.stdout}${score.stderr}`);
  try {
    const parsed = JSON.parse(score.stdout) as { bcubed: { f1: number }; pairwise: { f1: number } };
    process.stdout.write(`figure cluster.${SETS[set] ?? set}.bcubedF1${suffix} ${parsed.bcubed.f1}\n`);
    if (set === 'semeval-multilingual-dev') process.stdout.write(`figure cluster.${SETS[set]}.pairwiseF1${suffix} ${parsed.pairwise.f1}\n`);
  } catch {
    process.stdout.write(`no figure for ${set}: scorer output unreadable\n`);
  }
  // Robustness: the same run scored on halves of the set (a change should not help one half only).
  const gold = readFileSync(join(data, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; story: string });
  const eventNumber = (story: string) => Number(/\d+/.exec(story)?.[0] ?? [...story].reduce((a, c) => a + c.charCodeAt(0), 0));
  const order = new Map(rows.map((r, i) => [r.id, i]));
  const goldOf = new Map(gold.map((g) => [g.id, String(g.story)]));
  const halves: Record<string, (g: { id: string; story: string }) => boolean> = {
    evenEvents: (g) => eventNumber(g.story) % 2 === 0,
    oddEvents: (g) => eventNumber(g.story) % 2 === 1,
    firstHalf: (g) => (order.get(g.id) ?? 0) < rows.length / 2,
    secondHalf: (g) => (order.get(g.id) ?? 0) >= rows.length / 2,
    // The split the tuning rule uses: a hash of the gold story id, so every story is whole in one half.
    hashHalf0: (g) => (createHash('sha1').update(String(g.story)).digest()[0]! & 1) === 0,
    hashHalf1: (g) => (createHash('sha1').update(String(g.story)).digest()[0]! & 1) === 1,
  };
  const figures: string[] = [];
  for (const [name, keep] of Object.entries(halves)) {
    const ids = new Set(gold.filter(keep).map((g) => g.id));
    writeFileSync(join(dir, 'gold-half.jsonl'), `${gold.filter((g) => ids.has(g.id)).map((g) => JSON.stringify(g)).join('\n')}\n`);
    writeFileSync(join(dir, 'out-half.jsonl'), `${out.filter((l) => ids.has((JSON.parse(l) as { id: string }).id)).join('\n')}\n`);
    const half = spawnSync(process.execPath, [join(ROOT, 'eval/score.mjs'), 'clusters', join(dir, 'gold-half.jsonl'), join(dir, 'out-half.jsonl')], { encoding: 'utf8' });
    try {
      const h = JSON.parse(half.stdout) as { bcubed: { f1: number }; pairwise: { f1: number } };
      figures.push(`${name} ${h.bcubed.f1.toFixed(4)}${set === 'semeval-multilingual-dev' ? ` (pairwise ${h.pairwise.f1.toFixed(4)})` : ''}`);
    } catch {
      figures.push(`${name} ?`);
    }
  }
  process.stdout.write(`${set} halves (B-cubed F1 of the same run on a subset): ${figures.join(', ')}\n`);
  const halfOf = (id: string) => (halves.hashHalf1!({ id, story: goldOf.get(id)! }) ? 1 : 0);
  const languageOf = new Map(rows.map((r) => [r.id, r.language]));
  const predicted = out.map((l) => JSON.parse(l) as { id: string; story: string });
  // Each hash half as its own stream: the same articles without the other half's.
  const halfRuns = halfRunsArg ? [0, 1].flatMap((k) => stories(cluster(rows.filter((r) => goldOf.has(r.id) && halfOf(r.id) === k)).state).flatMap((s) => s.articleIds.map((id) => ({ id: String(id), story: `${k}:${s.id}` })))) : undefined;
  process.stdout.write(`${set} hash halves: ${halfSplitReport(gold, predicted.filter((x) => goldOf.has(x.id)), halfOf, (id) => languageOf.get(id), halfRuns).replace(/\n(?=.)/g, `\n${set} hash halves: `)}`);
  // Where the run loses B-cubed, by kind of error (fused stories, strays, split parts): cluster-lib/loss-classes.ts.
  process.stdout.write(`${set} loss: ${formatLossClasses(bcubedLossClasses(gold, predicted)).replace(/\n(?=.)/g, `\n${set} loss: `)}`);
  // Machine-translated copies the gold keeps apart from their originals (semeval-multilingual-dev's ids say which).
  const copies = translationGold(goldOf, new Map(predicted.map((x) => [x.id, x.story])));
  if (copies.copies > 0) process.stdout.write(`${set} translations: ${formatTranslationGold(copies).replace(/\n(?=.)/g, `\n${set} translations: `)}`);
  if (rows.some((r) => r.language)) {
    const ratings = pairRatings(join(ROOT, 'data/pairs/semeval2022-dev/gold.jsonl'));
    const report = clusterErrorReport(rows, gold, out.map((l) => JSON.parse(l) as { id: string; story: string }), ratings);
    writeFileSync(join(dir, 'errors.txt'), report);
    const head = report.slice(0, report.indexOf('\nthe ') + 1);
    process.stdout.write(`${head}full error report (largest false merges, most split gold stories) in ${join(dir, 'errors.txt')}\n`);
  }
}

/** Cluster the rows in stream order, from an empty state. */
function cluster(rows: readonly Row[]): { state: ClusterState; merges: number } {
  let state = createClusterState(params);
  let merges = 0;
  for (const r of rows) {
    const doc = {
      id: asArticleId(r.id),
      title: r.title ?? '',
      text: r.text ?? '',
      ...(r.published ? { published: r.published } : {}),
      ...(r.source ? { source: r.source } : {}),
      ...(r.language ? { language: r.language } : {}),
    };
    const entities = entitiesArg ? analyze({ id: doc.id, title: doc.title, text: doc.text, meta: { publishedFrom: 'none', headings: [], captions: [], ...(doc.published ? { published: doc.published } : {}) } } as CleanArticle).entities.map((e) => e.name) : undefined;
    const withEntities = entities ? { ...doc, entities } : doc;
    const res = assignArticle(state, lexicon ? { ...withEntities, glosses: docGlosses(doc, lexicon) } : withEntities);
    merges += res.events.filter((e) => e.kind === 'merged').length;
    state = res.state;
  }
  return { state, merges };
}

/** The raters' overall judgement of each pair the multilingual gold was built from, when the pairs set is present. */
function pairRatings(path: string): Map<string, number> | undefined {
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  return new Map(lines.map((l) => JSON.parse(l) as { id: string; overall: number }).map((r) => [r.id, r.overall]));
}
