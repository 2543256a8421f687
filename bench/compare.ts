/**
 * Compare stage, labelled evaluation (eval/compare/GUIDE.md): rebuilds the
 * corpora (giveme5w1h stories and syndicated copies of real articles), runs
 * `parallax analyze --format json` on each, matches the brief's items to the
 * judgements in eval/compare/judgements.jsonl by key, and prints per type the
 * precision over labelled items, how many items are unlabelled (the output
 * changed since labelling) and recall where the truth is known.
 *
 *   node --import tsx bench/compare.ts                       # a private work dir, removed afterwards
 *   node --import tsx bench/compare.ts --dir DIR [--keep]    # corpora and briefs in DIR (kept); --keep reuses briefs there
 *
 * A private work dir by default: two runs at once (`npm run bench` in two
 * sessions) must not rewrite each other's corpora while analyze reads them.
 * Needs ../shared/data/clusters/giveme5w1h; skips with a message without it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { buildCorpora, SHARED_G5, type CorpusEntry } from '../eval/compare/build-corpora.js';
import { ITEM_TYPES, itemsOf, readBrief, type Brief, type Item, type ItemType } from '../eval/compare/items.js';
import { knownProvenance } from '../eval/compare/truth.js';

interface Judgement {
  readonly key: string;
  readonly type: ItemType;
  readonly label: boolean;
}

const repo = join(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');
const dirArg = process.argv.indexOf('--dir');
const workDir = dirArg >= 0 && process.argv[dirArg + 1] !== undefined ? resolve(process.argv[dirArg + 1]!) : undefined;

if (!existsSync(join(SHARED_G5, 'articles.jsonl'))) {
  console.log(`compare: ${SHARED_G5} absent — skipped (the corpora are built from it)`);
  process.exit(0);
}

const base = workDir ?? mkdtempSync(join(tmpdir(), 'parallax-eval-compare-'));
const { corpora } = buildCorpora(base);
const outDir = join(base, 'out');
mkdirSync(outDir, { recursive: true });

/** One analyze run a corpus, two at a time (the machine has 2 cores). */
async function analyzeAll(list: readonly CorpusEntry[]): Promise<Map<string, Brief>> {
  const briefs = new Map<string, Brief>();
  const queue = [...list];
  const cli = join(repo, 'eval', 'compare', 'cli.ts');
  const worker = async (): Promise<void> => {
    for (let c = queue.shift(); c !== undefined; c = queue.shift()) {
      const out = join(outDir, `${c.name}.json`);
      if (!(keep && existsSync(out))) {
        const code = await new Promise<number>((resolve) => {
          const p = spawn(process.execPath, ['--import', 'tsx', cli, 'analyze', c.file, '--format', 'json', '--out', out, '--quiet'], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
          let err = '';
          p.stderr.on('data', (d: Buffer) => (err += d.toString()));
          p.on('close', (code) => {
            if (code !== 0) console.log(`compare: analyze ${c.name} exited ${code}: ${err.trim().split('\n').pop()}`);
            resolve(code ?? 1);
          });
        });
        if (code !== 0) continue;
      }
      briefs.set(c.name, readBrief(out));
    }
  };
  // The small "Sources differ" corpora (a few leads each) in two batch processes: a process apiece would cost more than the analysis.
  const small = queue.filter((c) => c.kind === 'differ');
  queue.splice(0, queue.length, ...queue.filter((c) => c.kind !== 'differ'));
  const batch = async (part: readonly CorpusEntry[]): Promise<void> => {
    const todo = part.filter((c) => !(keep && existsSync(join(outDir, `${c.name}.json`))));
    if (todo.length > 0) {
      await new Promise<void>((resolve) => {
        const p = spawn(process.execPath, ['--import', 'tsx', join(repo, 'eval', 'compare', 'analyze-batch.ts'), ...todo.flatMap((c) => [c.file, join(outDir, `${c.name}.json`)])], { cwd: repo, stdio: ['ignore', 'ignore', 'ignore'] });
        p.on('close', () => resolve());
      });
    }
    for (const c of part) {
      const out = join(outDir, `${c.name}.json`);
      if (existsSync(out)) briefs.set(c.name, readBrief(out));
    }
  };
  await Promise.all([worker(), worker()]);
  await Promise.all([batch(small.filter((_, i) => i % 2 === 0)), batch(small.filter((_, i) => i % 2 === 1))]);
  return briefs;
}

const t0 = Date.now();
const briefs = await analyzeAll(corpora);
const judgements = new Map<string, Judgement>();
for (const line of readFileSync(join(repo, 'eval', 'compare', 'judgements.jsonl'), 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const j = JSON.parse(line) as Judgement;
  judgements.set(j.key, j);
}

const items: Item[] = [];
for (const c of corpora) {
  const b = briefs.get(c.name);
  // The "Sources differ" corpora are judged for that alone (GUIDE.md).
  if (b !== undefined) items.push(...itemsOf(c.name, b).filter((i) => c.kind !== 'differ' || i.type === 'sources-differ'));
}

const fmt = (x: number) => x.toFixed(3);
console.log(`compare: ${corpora.length} corpora (${corpora.filter((c) => c.kind === 'natural').length} giveme5w1h stories, ${corpora.filter((c) => c.kind === 'built').length} built, ${corpora.filter((c) => c.kind === 'differ').length} NeuS stories where outlets may differ), ${judgements.size} judgements, analyzed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
const precision = new Map<ItemType, number>();
for (const type of ITEM_TYPES) {
  const of = items.filter((i) => i.type === type);
  const labelled = of.map((i) => judgements.get(i.key)).filter((j): j is Judgement => j !== undefined);
  const right = labelled.filter((j) => j.label).length;
  const p = labelled.length > 0 ? right / labelled.length : NaN;
  precision.set(type, p);
  // single-source claims are a labelled sample: the rest are unlabelled by design.
  const unlabelled = type === 'single-source' ? `(a sample of ${of.length})` : `${of.length - labelled.length} unlabelled`;
  // Hash halves of the stories (sha1(corpus name) first hex digit & 1): a rule is kept only when it helps both.
  const half = (h: number) => {
    const js = of.filter((i) => (parseInt(createHash('sha1').update(i.corpus).digest('hex')[0]!, 16) & 1) === h).map((i) => judgements.get(i.key)).filter((j): j is Judgement => j !== undefined);
    return `${fmt(js.filter((j) => j.label).length / js.length)} (${js.filter((j) => j.label).length}/${js.length})`;
  };
  console.log(`  ${type.padEnd(16)} precision ${fmt(p)} (${right}/${labelled.length} labelled) ${unlabelled}; halves ${half(0)} / ${half(1)}`);
}

// Recall where the truth is known: the built corpora's construction record.
let pairs = 0;
let directed = 0;
let sameLineage = 0;
let agreedBuilt = 0;
let agreedIndependent = 0;
for (const c of corpora.filter((x) => x.kind === 'built')) {
  const b = briefs.get(c.name);
  if (b === undefined) continue;
  const lines = readFileSync(c.file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { url: string });
  const k = knownProvenance(b, lines, c.truth);
  const lineageOf = new Map<string, string>();
  const entries = b.stories.flatMap((s) => (s.lineages ?? []).flatMap((l) => l.articleIds.map((a) => [a, `${s.id}/${l.id}`] as const)));
  for (const [a, l] of entries) lineageOf.set(a, l);
  const reuse = b.stories.flatMap((s) => s.reuse ?? []);
  for (const p of k.pairs) {
    pairs++;
    if (lineageOf.get(p.from) !== undefined && lineageOf.get(p.from) === lineageOf.get(p.to)) sameLineage++;
    // Found and right: an arrow into the copy from its source or an earlier link of its chain.
    if (reuse.some((r) => r.to === p.to && r.from !== null && k.ancestors.get(p.to)!.has(r.from))) directed++;
  }
  for (const s of b.stories) {
    for (const cl of s.claims ?? []) {
      if (cl.status !== 'agreed') continue;
      agreedBuilt++;
      const roots = new Set(cl.citations.map((x) => k.rootOf.get(x.articleId) ?? x.articleId));
      if (roots.size >= 2) agreedIndependent++;
    }
  }
}
// Recall of "Sources differ" over the disagreements a reader found in the corpora (eval/compare/disagreements.jsonl):
// a known one is found when a "differ" group of its corpus holds both of its values.
let known = 0;
let found = 0;
const byHalf = [[0, 0], [0, 0]];
for (const line of readFileSync(join(repo, 'eval', 'compare', 'disagreements.jsonl'), 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const d = JSON.parse(line) as { corpus: string; values: [number, number]; disagreement: boolean };
  const b = briefs.get(d.corpus);
  if (!d.disagreement || b === undefined) continue;
  known++;
  const h = parseInt(createHash('sha1').update(d.corpus).digest('hex')[0]!, 16) & 1;
  byHalf[h]![1]++;
  const groups = b.stories.flatMap((s) => (s.figures ?? []).filter((g) => g.status === 'differ'));
  if (groups.some((g) => d.values.every((x) => g.values.some((v) => v.value === x)))) {
    found++;
    byHalf[h]![0]++;
  }
}
const ss = precision.get('single-source')!;
console.log(`  recall, reuse direction: ${fmt(directed / pairs)} (${directed}/${pairs} known copy pairs with an arrow from the source or its source)`);
console.log(`  recall, lineages: ${fmt(sameLineage / pairs)} (${sameLineage}/${pairs} known copies in their source's lineage)`);
console.log(`  agreed claims of built corpora resting on two or more constructed lineages: ${fmt(agreedIndependent / agreedBuilt)} (${agreedIndependent}/${agreedBuilt})`);
console.log(`  agreed claims, miss rate: ${fmt(1 - ss)} of sampled single-source claims are stated by another independent source`);
console.log(`  recall, "Sources differ": ${fmt(found / known)} (${found}/${known} disagreements read in the corpora shown as one "differ" group holding both values; halves ${byHalf.map(([f, k]) => `${f}/${k}`).join(' / ')})`);
console.log('  not measured: recall of figure groups (no list of all true quantities)');

const figure = (name: string, v: number) => {
  if (Number.isFinite(v)) console.log(`figure ${name} ${v.toFixed(4)}`);
};
figure('compare.agreedClaim.precision', precision.get('agreed-claim')!);
figure('compare.figureGroup.precision', precision.get('figure-group')!);
figure('compare.sourcesDiffer.precision', precision.get('sources-differ')!);
figure('compare.reuseDirection.precision', precision.get('reuse-direction')!);
figure('compare.singleSource.precision', ss);
figure('compare.reuseDirection.recall', directed / pairs);
figure('compare.lineage.recall', sameLineage / pairs);
figure('compare.agreedClaim.independentShare', agreedIndependent / agreedBuilt);
figure('compare.sourcesDiffer.recall', found / known);
if (workDir === undefined) rmSync(base, { recursive: true, force: true });
