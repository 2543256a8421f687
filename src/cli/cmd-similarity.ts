/**
 * `parallax similarity --in PAIRS.jsonl --out OUT.jsonl`: story similarity
 * in [0, 1] of each `{id, lang1, lang2, text1, text2}` pair, without a model.
 */
import { scorePairs, type TextPair } from '../stages/similarity/index.js';
import { parseInOut, readJsonlFile, writeJsonl } from './cmd-cluster.js';
import type { Io } from './commands.js';

export function cmdSimilarity(argv: readonly string[], io: Io): number {
  const { input, out, quiet } = parseInOut(argv);
  const { rows, problems } = readJsonlFile(input);
  for (const p of problems) io.stderr(`parallax: ${p}`);
  const pairs: TextPair[] = rows.map((r) => ({
    id: String(r.id),
    text1: typeof r.text1 === 'string' ? r.text1 : '',
    text2: typeof r.text2 === 'string' ? r.text2 : '',
    ...(typeof r.lang1 === 'string' ? { lang1: r.lang1 } : {}),
    ...(typeof r.lang2 === 'string' ? { lang2: r.lang2 } : {}),
  }));
  const scores = scorePairs(pairs);
  writeJsonl(out, scores, io);
  if (!quiet) io.stderr(`scored ${scores.length} pair(s)`);
  return problems.length > 0 && scores.length === 0 ? 1 : 0;
}
