/**
 * Where `parallax brief` and `parallax analyze` write briefs: rendered in
 * the chosen format, to stdout or to `--out` (checked writable before the
 * work starts).
 */
import { accessSync, constants, existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StoryBrief } from '../core/brief.js';
import { renderHtml, renderHtmlReport, renderJson, renderMarkdown } from '../stages/brief/index.js';
import type { BriefFormat } from './args.js';
import type { Io } from './commands.js';
import { CliError, fileErrorLine } from './errors.js';

export function render(briefs: readonly StoryBrief[], format: BriefFormat): string {
  // Each brief as `parallax brief` prints it (one line), so a story of this output is byte for byte that brief.
  if (format === 'json') return `{"stories":[${briefs.map((b) => renderJson(b).trimEnd()).join(',')}]}\n`;
  if (format === 'html') return briefs.length === 1 ? renderHtml(briefs[0]!) : renderHtmlReport(briefs);
  return briefs.map((b) => renderMarkdown(b)).join('\n\n---\n\n');
}

/** Fails early, before minutes of work, when --out cannot be written. */
export function checkOut(out: string | undefined): void {
  if (out === undefined || out === '-') return;
  const dir = dirname(out);
  if (!existsSync(dir)) throw new CliError(`cannot write ${out}: the folder ${dir} does not exist`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new CliError(`cannot write ${out}: is a folder`);
  try {
    accessSync(existsSync(out) ? out : dir, constants.W_OK);
  } catch (err) {
    throw new CliError(fileErrorLine(err, 'cannot write') ?? `cannot write ${out}: ${(err as Error).message}`);
  }
}

export function emit(text: string, out: string | undefined, io: Io): void {
  if (out === undefined || out === '-') {
    io.stdout(text.endsWith('\n') ? text.slice(0, -1) : text);
    return;
  }
  try {
    writeFileSync(out, text);
  } catch (err) {
    throw new CliError(fileErrorLine(err, 'cannot write') ?? `cannot write ${out}: ${(err as Error).message}`);
  }
}
