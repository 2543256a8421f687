/**
 * `parallax quotes --in ARTICLES.jsonl --out OUT.jsonl`: direct quotations and
 * their speakers for a batch of `{id, text}` articles. Offsets point into the
 * text exactly as given, so this runs sentences, entities and quotes on the raw
 * text instead of on the cleaned text the rest of the pipeline uses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from './args.js';
import type { Io } from './commands.js';
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

export function cmdQuotes(argv: readonly string[], io: Io): number {
  let values: { in?: string; out?: string; quiet?: boolean; strict?: boolean };
  try {
    values = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        in: { type: 'string' }, out: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' }, strict: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if (values.in === undefined) throw new UsageError('--in ARTICLES.jsonl is required');
  let input: string;
  try {
    input = readFileSync(values.in, 'utf8');
  } catch (err) {
    io.stderr(`parallax quotes: cannot read ${values.in}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const lines: string[] = [];
  let bad = 0;
  input.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let rec: { id?: unknown; text?: unknown };
    try {
      rec = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      bad++;
      if (!values.quiet) io.stderr(`parallax quotes: ${values.in}:${i + 1}: not valid JSON; skipped`);
      return;
    }
    if (typeof rec.text !== 'string' || rec.id === undefined) {
      bad++;
      if (!values.quiet) io.stderr(`parallax quotes: ${values.in}:${i + 1}: needs "id" and a string "text"; skipped`);
      return;
    }
    lines.push(JSON.stringify({ id: rec.id, quotes: quoteRecords(rec.text) }));
  });
  const body = lines.length > 0 ? `${lines.join('\n')}\n` : '';
  if (values.out !== undefined) writeFileSync(values.out, body);
  else if (body !== '') io.stdout(body.trimEnd());
  if (!values.quiet) io.stderr(`parallax quotes: ${lines.length} article(s)${bad > 0 ? `, ${bad} skipped` : ''}`);
  return bad > 0 && (lines.length === 0 || values.strict === true) ? 1 : 0;
}
