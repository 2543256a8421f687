/**
 * Story-similarity benchmark on pairs/semeval2022-dev: Pearson correlation of
 * the model-free score with the human "overall" rating (sign-corrected: 1 =
 * same story), overall and per language pair.
 *   node --import tsx bench/similarity.ts          # defaults (the learned combination: in-sample, since
 *       # it was fitted on this set; scripts/fit-similarity.ts reports its cross-validated Pearson)
 *   node --import tsx bench/similarity.ts --weights   # the fixed weights instead of the learned combinations
 *   node --import tsx bench/similarity.ts --grid same|cross   # coarse grid over one weight set (dev tuning)
 *   node --import tsx bench/similarity.ts --lexicon PACK.json [--gloss W] [--gloss-same W]
 *       # with the optional lexicon pack (scripts/build-lexicon-pack.mjs): the gloss signal's weight
 *       # for pairs of two languages (default the params') and of one language (default 0)
 *   node --import tsx bench/similarity.ts --lexicon PACK.json --grid gloss   # its weight, with hash halves
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { combineComponents, pairBatchComponents, scorePairs, SIMILARITY_DEFAULTS, type SimilarityParams } from '../src/stages/similarity/index.js';
import { lexiconFromPack } from '../src/stages/text-model/index.js';
import { pearson } from '../src/stages/similarity/regression.js';

const DATA = join(import.meta.dirname, '../../shared/data/pairs/semeval2022-dev');
if (!existsSync(join(DATA, 'pairs.jsonl'))) {
  process.stdout.write(`skipped: ${DATA} not found\n`);
  process.exit(0);
}
const read = <T>(f: string) => readFileSync(join(DATA, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const pairs = read<{ id: string; lang1: string; lang2: string; text1: string; text2: string }>('pairs.jsonl');
const gold = new Map(read<{ id: string; overall: number }>('gold.jsonl').map((g) => [g.id, g.overall]));


const flag = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const withGloss = (p: SimilarityParams, cross: number | undefined, same: number | undefined): SimilarityParams => ({
  ...p,
  same: { ...p.same, ...(same !== undefined ? { gloss: same } : {}) },
  cross: { ...p.cross, ...(cross !== undefined ? { gloss: cross } : {}) },
  crossScript: { ...p.crossScript, ...(cross !== undefined ? { gloss: cross } : {}) },
});
let base: SimilarityParams = process.argv.includes('--weights') ? { ...SIMILARITY_DEFAULTS, learned: undefined, learnedLexicon: undefined } : SIMILARITY_DEFAULTS;
const packPath = flag('--lexicon');
if (packPath !== undefined) {
  const loaded = lexiconFromPack(JSON.parse(readFileSync(packPath, 'utf8')));
  if (!loaded.ok) {
    process.stderr.write(`bench/similarity: ${packPath}: ${loaded.reason}\n`);
    process.exit(1);
  }
  const g = flag('--gloss');
  const gs = flag('--gloss-same');
  base = withGloss({ ...base, lexicon: loaded.lexicon }, g === undefined ? undefined : Number(g), gs === undefined ? undefined : Number(gs));
}
const t0 = performance.now();
const comps = pairBatchComponents(pairs, base);
const ms = performance.now() - t0;
const ratings = pairs.map((p) => -(gold.get(p.id) ?? 2.5));
const evaluate = (params: SimilarityParams) => pearson(comps.map((c, i) => combineComponents(c, params, c.kind)), ratings);

/** Pearson of the two halves of dev split by a hash of the pair id (a change must help on both). */
function halves(scores: readonly number[]): [number, number] {
  const half = (h: number) => {
    const idx = pairs.map((_, i) => i).filter((i) => (createHash('sha1').update(pairs[i].id).digest()[0] & 1) === h);
    return +pearson(idx.map((i) => scores[i]), idx.map((i) => ratings[i])).toFixed(4);
  };
  return [half(0), half(1)];
}

if (flag('--grid') === 'gloss') {
  // The gloss signal's weight (two languages × one language) in the fixed weights, scored as `parallax similarity --lexicon` scored with them.
  for (const cross of [0, 0.1, 0.2, 0.3, 0.5])
    for (const same of [0, 0.1, 0.2]) {
      const scores = scorePairs(pairs, { ...withGloss(base, cross, same), learnedLexicon: undefined }).map((x) => x.score);
      process.stdout.write(`gloss cross ${cross} same ${same}: pearson ${pearson(scores, ratings).toFixed(4)} halves ${halves(scores).join(' / ')}\n`);
    }
} else if (process.argv.includes('--grid')) {
  // One weight set at a time, the other held at its default: `--grid same` or `--grid cross`.
  const arg = process.argv[process.argv.indexOf('--grid') + 1];
  const which = arg === 'same' || arg === 'crossScript' ? arg : 'cross';
  const results: { r: number; params: SimilarityParams }[] = [];
  for (const words of [0.2, 0.3, 0.4, 0.5])
    for (const names of [0.1, 0.2, 0.3, 0.4])
      for (const numbers of [0, 0.05, 0.1])
        for (const title of [0, 0.1, 0.2, 0.3])
          for (const grams of [0, 0.1, 0.2, 0.3, 0.5])
            for (const lead of [0, 0.2, 0.4]) {
              const params = { ...SIMILARITY_DEFAULTS, [which]: { words, names, numbers, title, grams, lead } };
              results.push({ r: evaluate(params), params });
            }
  results.sort((a, b) => b.r - a.r);
  for (const { r, params } of results.slice(0, 10)) process.stdout.write(`${r.toFixed(4)} ${JSON.stringify(params[which])}\n`);
} else {
  // What `parallax similarity` outputs: combined components with the batch's chance levels removed.
  const scores = scorePairs(pairs, base).map((s) => s.score);
  const byLang = new Map<string, number[]>();
  pairs.forEach((p, i) => {
    const k = `${p.lang1}-${p.lang2}`;
    byLang.set(k, [...(byLang.get(k) ?? []), i]);
  });
  const lang = Object.fromEntries(
    [...byLang].sort().map(([k, idx]) => [k, +pearson(idx.map((i) => scores[i]), idx.map((i) => ratings[i])).toFixed(3)]),
  );
  const comp = Object.fromEntries(
    (['words', 'names', 'numbers', 'title', 'grams', 'gloss'] as const).map((k) => [k, +pearson(comps.map((c) => c[k] ?? 0), ratings).toFixed(3)]),
  );
  // Robustness: two halves of dev split by a hash of the id (a change must help on both).
  // The learned combinations (one without, one with a pack) were fitted on this set: their figure here is in-sample.
  const combination = (base.lexicon ? base.learnedLexicon : base.learned) ? 'learned (in-sample; cross-validated: scripts/fit-similarity.ts)' : 'fixed weights';
  process.stdout.write(`${JSON.stringify({ pairs: pairs.length, lexicon: base.lexicon?.sources ?? null, combination, pearson: +pearson(scores, ratings).toFixed(4), halves: halves(scores), msPerPair: +(ms / pairs.length).toFixed(2), components: comp, byLanguagePair: lang }, null, 1)}\n`);
  // The pack is optional: its figure is named apart, the floor holds the figure without it.
  process.stdout.write(`figure similarity.pearson${base.lexicon ? 'Lexicon' : ''} ${+pearson(scores, ratings).toFixed(4)}\n`);
}
