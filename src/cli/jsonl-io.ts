/**
 * JSON Lines records for the batch commands, from a file, a .gz file or
 * stdin (`-`), read line by line. A bad line is a problem naming the file and
 * line, never a stop.
 */
import type { ProblemLines } from './problem-lines.js';
import { displayName, inputLines, type StdIo } from './std-streams.js';

/** Longest line parsed; a longer one is reported rather than risking the process. */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

export interface JsonlRecord {
  readonly line: number;
  readonly rec: Record<string, unknown> & { id: string };
  /** The id as the input gave it (a number stays a number). */
  readonly rawId: string | number;
}

/** Objects with a string or numeric `id`, in file order; other lines go to `problems`. */
export async function* jsonlRecords(path: string, io: StdIo, problems: ProblemLines): AsyncGenerator<JsonlRecord> {
  const name = displayName(path);
  let lineNo = 0;
  for await (const line of inputLines(path, io)) {
    lineNo++;
    if (line.trim() === '') continue;
    if (line.length > MAX_LINE_CHARS) {
      problems.report(name, lineNo, `line too long (${line.length} characters, limit ${MAX_LINE_CHARS}); skipped`);
      continue;
    }
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      problems.report(name, lineNo, 'not valid JSON; skipped');
      continue;
    }
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      problems.report(name, lineNo, 'not a JSON object; skipped');
      continue;
    }
    const id = (rec as { id?: unknown }).id;
    if (typeof id !== 'string' && typeof id !== 'number') {
      problems.report(name, lineNo, 'no "id" (string or number); skipped');
      continue;
    }
    yield { line: lineNo, rec: { ...(rec as Record<string, unknown>), id: String(id) }, rawId: id };
  }
}
