/**
 * The loop every per-record batch command shares (`quotes`, `summarize`):
 * read JSON Lines from a file or stdin, map each record to one output line or
 * to a reason it is skipped (one `file:line:` problem line), write in input
 * order, show progress at a terminal, close with a summary line.
 */
import type { Io } from './commands.js';
import { jsonlRecords } from './jsonl-io.js';
import { ProblemLines } from './problem-lines.js';
import { count, createProgress, elapsed, progressSettings } from './progress.js';
import { displayName, openOutput } from './std-streams.js';

export interface BatchOptions {
  /** The command's name in messages: "quotes". */
  readonly command: string;
  /** What one record is, plural-able with "(s)": "article", "cluster". */
  readonly unit: string;
  readonly input: string;
  readonly output: string | undefined;
  readonly quiet: boolean;
  readonly strict: boolean;
}

/** A record's output line, or why it is skipped. */
export type BatchResult = { readonly line: unknown } | { readonly skip: string };

/**
 * Runs the batch; the exit code is 1 when records were skipped and nothing
 * was written, or any was skipped under `--strict`.
 */
export async function runJsonlBatch(opts: BatchOptions, io: Io, map: (rec: Record<string, unknown>, rawId: unknown) => BatchResult): Promise<number> {
  const t0 = Date.now();
  progressSettings.quiet = opts.quiet;
  const out = await openOutput(opts.output, io);
  const problems = new ProblemLines(`parallax ${opts.command}`, io.stderr, opts.quiet);
  const progress = createProgress();
  progress.start(0, opts.command);
  let done = 0;
  try {
    for await (const { line, rec, rawId } of jsonlRecords(opts.input, io, problems)) {
      const result = map(rec as Record<string, unknown>, rawId);
      if ('skip' in result) {
        problems.report(displayName(opts.input), line, `${result.skip}; skipped`);
        continue;
      }
      await out.write(JSON.stringify(result.line));
      done++;
      progress.tick();
    }
  } finally {
    progress.stop();
    await out.close();
  }
  problems.finish();
  const bad = problems.total;
  if (!opts.quiet) io.stderr(`parallax ${opts.command}: ${count(done)} ${opts.unit}(s)${bad > 0 ? `, ${count(bad)} skipped` : ''} (${elapsed(t0)})`);
  return bad > 0 && (done === 0 || opts.strict) ? 1 : 0;
}
