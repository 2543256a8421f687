/**
 * `parallax similarity --in PAIRS.jsonl --out OUT.jsonl [--model SPEC]`:
 * story similarity in [0, 1] of each `{id, lang1, lang2, text1, text2}` pair.
 * Without --model the score is model-free; with it, an embedding model
 * (`openai:URL[#name]` endpoint, a local transformers.js model folder or a
 * folder of .vec word vectors) adds the cosine of the two texts' vectors.
 */
import { EmbeddingError, openModel, type EmbeddingModel } from '../embeddings/open-model.js';
import { scorePairs, type PairVectors, type TextPair } from '../stages/similarity/index.js';
import { UsageError } from './args.js';
import type { Io } from './commands.js';
import { parseFlags, type CommandSpec } from './flags.js';
import { jsonlRecords } from './jsonl-io.js';
import { LEXICON_FLAG, readLexiconFlag } from './lexicon-flag.js';
import { SIMILARITY_DEFAULTS } from '../stages/similarity/similarity-params.js';
import { ProblemLines } from './problem-lines.js';
import { count, createProgress, elapsed, progressSettings } from './progress.js';
import { openOutput } from './std-streams.js';

export const SIMILARITY_SPEC: CommandSpec = {
  name: 'similarity',
  args: '--in PAIRS.jsonl [--out OUT.jsonl]',
  group: 'batch',
  summary: 'same-story score in [0, 1] for pairs of articles: {id, lang1, lang2, text1, text2} → {id, score}',
  details: `Model-free by default (ten languages). --model adds the cosine of embedding vectors:
  openai:URL[#name]   an OpenAI-style embeddings endpoint (key in PARALLAX_EMBEDDINGS_KEY)
  FOLDER              a transformers.js model folder (config.json + onnx/model.onnx; never
                      downloads); needs the opt-in runtime: npm install @huggingface/transformers@3
  FOLDER              a folder of .vec word vectors
--lexicon PACK adds the gloss signal of an optional cross-lingual lexicon pack (built on your
machine by scripts/build-lexicon-pack.mjs from installed dictionaries; see docs/DESIGN.md, "Optional cross-lingual lexicon").`,
  flags: {
    in: { type: 'string', short: 'i', arg: 'FILE', help: 'input pairs, JSON Lines (.gz too); - for stdin' },
    out: { type: 'string', short: 'o', arg: 'FILE', help: 'output file; - or absent: stdout' },
    model: { type: 'string', short: 'm', arg: 'SPEC', help: 'embedding model: openai:URL[#name], a model folder or a word-vector folder' },
    'batch-size': { type: 'string', arg: 'N', help: 'texts per embedding request (with --model)' },
    timeout: { type: 'string', arg: 'SECONDS', help: 'per embedding request (with --model openai:…)' },
    lexicon: LEXICON_FLAG,
    quiet: { type: 'boolean', short: 'q', help: 'no problem or summary lines on stderr' },
  },
};

function positiveInt(flag: string, v: string | boolean | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${flag} must be a whole number above 0 (got "${String(v)}")`);
  return Number(v);
}

/** Texts to vectors in slices, so a long run shows its progress. */
async function embedAll(pairs: readonly TextPair[], model: EmbeddingModel): Promise<PairVectors> {
  const unique = [...new Set(pairs.flatMap((p) => [p.text1, p.text2]))];
  const progress = createProgress();
  progress.start(unique.length, 'embedding');
  const vectors: Float32Array[] = [];
  const slice = 256;
  try {
    for (let i = 0; i < unique.length; i += slice) {
      const part = unique.slice(i, i + slice);
      vectors.push(...(await model.embed(part)));
      progress.tick(part.length);
    }
  } finally {
    progress.stop();
  }
  const byText = new Map(unique.map((t, i) => [t, vectors[i]!]));
  return { first: pairs.map((p) => byText.get(p.text1)!), second: pairs.map((p) => byText.get(p.text2)!) };
}

export async function cmdSimilarity(argv: readonly string[], io: Io): Promise<number> {
  const t0 = Date.now();
  const { values, positionals } = parseFlags(SIMILARITY_SPEC, argv);
  const input = (values.in as string | undefined) ?? positionals[0];
  if (input === undefined) throw new UsageError('give the input file with --in FILE (--in - reads stdin)');
  const quiet = values.quiet === true;
  progressSettings.quiet = quiet;
  const batchSize = positiveInt('batch-size', values['batch-size']);
  const timeoutSec = positiveInt('timeout', values.timeout);
  const model = values.model as string | undefined;
  // Read before any input: a bad pack is a usage error, and nothing is written.
  const lexicon = readLexiconFlag(values.lexicon);
  const out = await openOutput(values.out as string | undefined, io);
  const problems = new ProblemLines('parallax similarity', io.stderr, quiet);
  const pairs: TextPair[] = [];
  const reading = createProgress();
  reading.start(0, 'reading pairs');
  for await (const { rec: r } of jsonlRecords(input, io, problems)) {
    pairs.push({
      id: r.id,
      text1: typeof r.text1 === 'string' ? r.text1 : '',
      text2: typeof r.text2 === 'string' ? r.text2 : '',
      ...(typeof r.lang1 === 'string' ? { lang1: r.lang1 } : {}),
      ...(typeof r.lang2 === 'string' ? { lang2: r.lang2 } : {}),
    });
    reading.tick();
  }
  reading.stop();
  problems.finish();
  let vectors: PairVectors | undefined;
  if (model !== undefined && pairs.length > 0) {
    try {
      vectors = await embedAll(pairs, openModel(model, {
        ...(batchSize ? { batchSize } : {}),
        ...(timeoutSec ? { timeoutMs: timeoutSec * 1000 } : {}),
        ...(process.env.PARALLAX_EMBEDDINGS_KEY ? { apiKey: process.env.PARALLAX_EMBEDDINGS_KEY } : {}),
      }));
    } catch (err) {
      if (!(err instanceof EmbeddingError)) throw err;
      await out.close();
      io.stderr(`parallax similarity: ${err.message}`);
      return 1;
    }
  }
  const scoring = createProgress();
  scoring.start(pairs.length, 'similarity');
  const scores = scorePairs(pairs, lexicon ? { ...SIMILARITY_DEFAULTS, lexicon } : SIMILARITY_DEFAULTS, vectors, () => scoring.tick());
  scoring.stop();
  for (const s of scores) await out.write(JSON.stringify(s));
  await out.close();
  if (!quiet) {
    const bad = problems.total > 0 ? `, ${count(problems.total)} bad line(s) skipped` : '';
    io.stderr(`parallax similarity: ${count(scores.length)} pair(s) scored${vectors ? ` with model ${model}` : ''}${lexicon ? ` with lexicon pack ${values.lexicon as string}` : ''}${bad} (${elapsed(t0)})`);
  }
  return problems.total > 0 && scores.length === 0 ? 1 : 0;
}
