/**
 * `parallax summarize --in CLUSTERS.jsonl --out OUT.jsonl`: a short cited
 * account of each cluster of articles. Input lines `{id, articles: [{title,
 * text}]}`; output lines `{id, summary, sentences: [{text, citations: [{article,
 * start, end}]}]}` where `article` indexes the input's `articles` and
 * `start`/`end` are string offsets into that article's `text` (or into its
 * `title`, marked `"field": "title"`, for an article without text).
 */
import { UsageError } from './args.js';
import type { Io } from './commands.js';
import { parseFlags, type CommandSpec } from './flags.js';
import { runJsonlBatch } from './jsonl-batch.js';
import { summarizeCluster, type SummaryArticle } from '../stages/summarize/index.js';

/** The articles of one input record, or the reason they cannot be read. */
export function clusterArticles(rec: unknown): { articles: SummaryArticle[] } | { error: string } {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return { error: 'not a JSON object' };
  const r = rec as { id?: unknown; articles?: unknown };
  if (r.id === undefined || r.id === null) return { error: 'needs an "id"' };
  if (!Array.isArray(r.articles)) return { error: 'needs "articles", an array of {title, text}' };
  const articles: SummaryArticle[] = [];
  for (const [i, a] of r.articles.entries()) {
    const art = a as { title?: unknown; text?: unknown } | null;
    if (typeof art !== 'object' || art === null) return { error: `articles[${i}] is not an object` };
    if (art.title !== undefined && art.title !== null && typeof art.title !== 'string') return { error: `articles[${i}].title is not a string` };
    if (art.text !== undefined && art.text !== null && typeof art.text !== 'string') return { error: `articles[${i}].text is not a string` };
    articles.push({ title: typeof art.title === 'string' ? art.title : '', text: typeof art.text === 'string' ? art.text : '' });
  }
  return { articles };
}

export const SUMMARIZE_SPEC: CommandSpec = {
  name: 'summarize',
  args: '[CLUSTERS.jsonl|-]',
  group: 'batch',
  summary: 'a short cited account of each cluster: {id, articles: [{title, text}]} → {id, summary, sentences: [{text, citations}]}',
  details:
    'Each citation is {article, start, end}: an index into the input\'s articles and UTF-16 offsets into that article\'s text ' +
    '(or its title, marked "field": "title", for an article without text). About 70 words; never empty when any article has words.',
  flags: {
    in: { type: 'string', short: 'i', arg: 'FILE', help: 'input clusters, JSON Lines (.gz too); - for stdin' },
    out: { type: 'string', short: 'o', arg: 'FILE', help: 'output file; - or absent: stdout' },
    'max-words': { type: 'string', arg: 'N', help: 'hard word limit of a summary (default 100)' },
    strict: { type: 'boolean', help: 'exit 1 when any line was skipped' },
    quiet: { type: 'boolean', short: 'q', help: 'no problem or summary lines on stderr' },
  },
};

export async function cmdSummarize(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(SUMMARIZE_SPEC, argv);
  const input = (values.in as string | undefined) ?? positionals[0];
  if (input === undefined) throw new UsageError('give the input file with --in CLUSTERS.jsonl (--in - reads stdin)');
  const rawMax = values['max-words'] as string | undefined;
  let maxWords: number | undefined;
  if (rawMax !== undefined) {
    maxWords = Number(rawMax);
    if (!/^\d+$/.test(rawMax) || !Number.isSafeInteger(maxWords) || maxWords < 1) throw new UsageError(`--max-words must be a whole number above 0 (got "${rawMax}")`);
  }
  const opts = { command: 'summarize', unit: 'cluster', input, output: values.out as string | undefined, quiet: values.quiet === true, strict: values.strict === true };
  return runJsonlBatch(opts, io, (rec, rawId) => {
    const got = clusterArticles(rec);
    if ('error' in got) return { skip: got.error };
    const s = summarizeCluster({ articles: got.articles }, maxWords !== undefined ? { maxWords } : {});
    return { line: { id: rawId, summary: s.summary, sentences: s.sentences } };
  });
}
