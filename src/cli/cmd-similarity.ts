/**
 * `parallax similarity --in PAIRS.jsonl --out OUT.jsonl [--model SPEC]`:
 * story similarity in [0, 1] of each `{id, lang1, lang2, text1, text2}` pair.
 * Without --model the score is model-free; with it, an embedding model
 * (`openai:URL[#name]` endpoint, a local transformers.js model folder or a
 * folder of .vec word vectors) adds the cosine of the two texts' vectors.
 */
import { EmbeddingError, embedPairs, openModel } from '../embeddings/open-model.js';
import { scorePairs, type PairVectors, type TextPair } from '../stages/similarity/index.js';
import { parseCommand, UsageError } from './args.js';
import { readJsonlFile, writeJsonl } from './cmd-cluster.js';
import type { Io } from './commands.js';

const MODEL_FLAGS = {
  in: { type: 'string' as const, short: 'i' },
  model: { type: 'string' as const, short: 'm' },
  'batch-size': { type: 'string' as const },
  timeout: { type: 'string' as const },
};

function positiveInt(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${flag} must be a whole number above 0 (got "${v}")`);
  return Number(v);
}

export async function cmdSimilarity(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand(argv, MODEL_FLAGS);
  const values = parsed.values as { in?: string; out?: string; quiet: boolean; model?: string; 'batch-size'?: string; timeout?: string };
  const input = values.in ?? parsed.positionals[0];
  if (!input) throw new UsageError('give the input file with --in FILE');
  const { out, quiet } = values;
  const batchSize = positiveInt('batch-size', values['batch-size']);
  const timeoutSec = positiveInt('timeout', values.timeout);
  const { rows, problems } = readJsonlFile(input);
  for (const p of problems) io.stderr(`parallax: ${p}`);
  const pairs: TextPair[] = rows.map((r) => ({
    id: String(r.id),
    text1: typeof r.text1 === 'string' ? r.text1 : '',
    text2: typeof r.text2 === 'string' ? r.text2 : '',
    ...(typeof r.lang1 === 'string' ? { lang1: r.lang1 } : {}),
    ...(typeof r.lang2 === 'string' ? { lang2: r.lang2 } : {}),
  }));
  let vectors: PairVectors | undefined;
  if (values.model !== undefined && pairs.length > 0) {
    try {
      const model = openModel(values.model, {
        ...(batchSize ? { batchSize } : {}),
        ...(timeoutSec ? { timeoutMs: timeoutSec * 1000 } : {}),
        ...(process.env.PARALLAX_EMBEDDINGS_KEY ? { apiKey: process.env.PARALLAX_EMBEDDINGS_KEY } : {}),
      });
      vectors = await embedPairs(pairs, model);
    } catch (err) {
      if (!(err instanceof EmbeddingError)) throw err;
      io.stderr(`parallax similarity: ${err.message}`);
      return 1;
    }
  }
  const scores = scorePairs(pairs, undefined, vectors);
  writeJsonl(out, scores, io);
  if (!quiet) io.stderr(`scored ${scores.length} pair(s)${vectors ? ` with model ${values.model}` : ''}`);
  return problems.length > 0 && scores.length === 0 ? 1 : 0;
}
