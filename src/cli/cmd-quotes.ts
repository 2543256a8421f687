/**
 * `parallax quotes --in ARTICLES.jsonl --out OUT.jsonl`: direct quotations and
 * their speakers for a batch of `{id, text}` articles. Offsets point into the
 * text exactly as given, so this runs sentences, entities and quotes on the raw
 * text instead of on the cleaned text the rest of the pipeline uses.
 */
import { UsageError } from './args.js';
import type { Io } from './commands.js';
import { parseFlags, type CommandSpec } from './flags.js';
import { runJsonlBatch } from './jsonl-batch.js';
import { splitSentences } from '../stages/analyze/sentences.js';
import { tokenize } from '../stages/analyze/tokens.js';
import { entitiesFromTokens } from '../stages/analyze/entities.js';
import { findQuotes } from '../stages/analyze/quotes.js';

/** One output line's quote: what the benchmark format asks for. */
export interface QuoteRecord {
  readonly start: number;
  readonly end: number;
  readonly speaker: string | null;
  readonly speakerMention: { readonly start: number; readonly end: number } | null;
}

/**
 * Direct quotes of one text in the batch output shape. Pieces of one statement
 * (“A,” she said. “B.”) come out as one quote from A's start to B's end, the
 * way attribution corpora annotate them; words woven into the writer's own
 * sentence (called it “a mistake”) are not direct quotes and are left out.
 */
export function quoteRecords(text: string): QuoteRecord[] {
  const sentences = splitSentences(text);
  const tokens = tokenize(text, sentences);
  const entities = entitiesFromTokens(text, tokens);
  const out: QuoteRecord[] = [];
  let group = -1;
  for (const f of findQuotes(text, tokens, sentences, entities)) {
    if (!f.direct) continue;
    const q = f.quote;
    const last = out[out.length - 1];
    if (f.group === group && last !== undefined) {
      out[out.length - 1] = { ...last, end: q.end };
      continue;
    }
    group = f.group;
    out.push({
      start: q.start,
      end: q.end,
      speaker: q.speaker ?? null,
      speakerMention: q.speakerMention !== undefined ? { start: q.speakerMention.start, end: q.speakerMention.end } : null,
    });
  }
  return out;
}

export const QUOTES_SPEC: CommandSpec = {
  name: 'quotes',
  args: '--in ARTICLES.jsonl [--out OUT.jsonl]',
  group: 'batch',
  summary: 'direct quotations and their speakers: {id, text} → {id, quotes: [{start, end, speaker, speakerMention}]}',
  details: 'Offsets are UTF-16 code units into the text exactly as given. Reads and writes one line at a time.',
  flags: {
    in: { type: 'string', short: 'i', arg: 'FILE', help: 'input articles, JSON Lines (.gz too); - for stdin' },
    out: { type: 'string', short: 'o', arg: 'FILE', help: 'output file; - or absent: stdout' },
    strict: { type: 'boolean', help: 'exit 1 when any line was skipped' },
    quiet: { type: 'boolean', short: 'q', help: 'no problem or summary lines on stderr' },
  },
};

export async function cmdQuotes(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags(QUOTES_SPEC, argv);
  const input = (values.in as string | undefined) ?? positionals[0];
  if (input === undefined) throw new UsageError('give the input file with --in ARTICLES.jsonl (--in - reads stdin)');
  const opts = { command: 'quotes', unit: 'article', input, output: values.out as string | undefined, quiet: values.quiet === true, strict: values.strict === true };
  return runJsonlBatch(opts, io, (rec, rawId) =>
    typeof rec.text === 'string' ? { line: { id: rawId, quotes: quoteRecords(rec.text) } } : { skip: 'needs a string "text"' },
  );
}
