/**
 * One poll of a watched folder: each new `.html`/`.htm`/`.txt`/`.jsonl`/
 * `.warc`/`.warc.gz` file is read once, through the same streaming reader
 * `parallax ingest` uses (read-inputs.ts: regular files only, per-record
 * limits, WARC archives record by record in bounded memory), and its
 * articles are ingested in chunks as they are read. A file is known by path,
 * size and modification time, so an unchanged file is never read again and
 * a rewritten one is. What a file's reading reported (a malformed JSONL
 * line, a truncated or corrupt archive with its byte offset) goes into the
 * source's health as one line naming the file; the articles read before the
 * damage are kept. A file younger than `settleMs` may still be being
 * written and is left for a later poll.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, type InputProblem } from '../core/result.js';
import type { RawArticle } from '../core/types.js';
import { inputKindOf } from '../stages/ingest/parse-input.js';
import type { SourceRecord } from '../storage/source-types.js';
import { streamInputs } from './read-inputs.js';
import type { PollContext, PollOutcome } from './poll-sources.js';

/** What a folder source reads (by inputKindOf); feeds are watched as feed sources instead. */
const FOLDER_KINDS = new Set(['html', 'txt', 'jsonl', 'warc']);
/** Articles handed to the ingester at a time, so a big archive is stored as it is read. */
const CHUNK = 200;

export function isFolderInput(name: string): boolean {
  const kind = inputKindOf(name);
  return kind !== undefined && FOLDER_KINDS.has(kind) && !name.startsWith('.');
}

/** Reads one file and ingests its articles chunk by chunk; returns the counts and what the reading reported. */
async function ingestFile(path: string, ctx: PollContext): Promise<{ added: number; duplicates: number; problems: InputProblem[]; complete: boolean }> {
  let added = 0;
  let duplicates = 0;
  const problems: InputProblem[] = [];
  let chunk: RawArticle[] = [];
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const counts = await ctx.ingest(chunk);
    chunk = [];
    added += counts.added;
    duplicates += counts.duplicates;
  };
  try {
    for (const ev of streamInputs([path])) {
      if (ctx.stopped?.() === true) return { added, duplicates, problems, complete: false };
      if (ev.kind === 'problem') problems.push(ev.problem);
      else {
        chunk.push(ev.article);
        if (chunk.length >= CHUNK) await flush();
      }
    }
  } catch (err) {
    // The readers turn bad input into problems; this is a reader's bug, still kept to the file.
    problems.push({ path, message: `cannot read: ${err instanceof Error ? err.message : String(err)}` });
  }
  await flush();
  return { added, duplicates, problems, complete: true };
}

/** One health line for the problems of a poll: the first, and how many more. */
function summary(problems: readonly InputProblem[]): string | undefined {
  if (problems.length === 0) return undefined;
  const first = formatProblem(problems[0]!);
  return problems.length === 1 ? first : `${first} (and ${problems.length - 1} more problem${problems.length === 2 ? '' : 's'})`;
}

/**
 * Polls one folder source (see the file comment); the caller stores the outcome.
 * @example await pollFolder(source, ctx, 2000) // { kind: 'new', added: 2, duplicates: 0 }
 */
export async function pollFolder(s: SourceRecord, ctx: PollContext, settleMs: number): Promise<PollOutcome> {
  let names: string[];
  try {
    names = readdirSync(s.url).sort();
  } catch (err) {
    return { kind: 'error', message: `cannot list ${s.url}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  const now = ctx.clock.now().getTime();
  let added = 0;
  let duplicates = 0;
  const problems: InputProblem[] = [];
  for (const name of names) {
    if (ctx.stopped?.() === true) break;
    if (!isFolderInput(name)) continue;
    const path = join(s.url, name);
    let size: number;
    let mtimeMs: number;
    try {
      const st = statSync(path);
      if (!st.isFile() || now - st.mtimeMs < settleMs) continue;
      ({ size, mtimeMs } = st);
    } catch {
      continue; // gone between the listing and the read: nothing to ingest
    }
    if (ctx.sources.fileSeen(s.id, path, size, mtimeMs)) continue;
    const got = await ingestFile(path, ctx);
    added += got.added;
    duplicates += got.duplicates;
    problems.push(...got.problems);
    // Stopped inside the file (shutdown): read again next time, what was stored counting as duplicates.
    if (!got.complete) break;
    // Marked even when unreadable: a bad file is reported once, not every poll; marked after the ingest, so a crash reads it again.
    ctx.sources.markFile(s.id, path, size, mtimeMs);
  }
  const problem = summary(problems);
  const extra = problem !== undefined ? { problem } : {};
  return added > 0 ? { kind: 'new', added, duplicates, ...extra } : { kind: 'unchanged', duplicates, ...extra };
}
