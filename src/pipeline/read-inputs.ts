/**
 * The IO edge of ingest: walks files and folders, reads bytes, and hands them
 * to the pure `parseInput`. Every failure becomes an InputProblem.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RawArticle } from '../core/types.js';
import type { InputProblem } from '../core/result.js';
import type { IngestOptions } from '../stages/ingest/parse-input.js';
import { INGEST_DEFAULTS, inputKindOf, parseInput } from '../stages/ingest/parse-input.js';

export interface ReadInputsResult {
  readonly articles: readonly RawArticle[];
  readonly problems: readonly InputProblem[];
}

/** Files in a folder that describe the data set rather than being data. */
const NOT_INPUT = /^(readme|expected|license|changelog)(\.|$)/i;

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file or directory'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : (e as Error).message;
}

/** Files under a folder, sorted, skipping dotfiles, docs and unknown types. */
function walk(dir: string, problems: InputProblem[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    problems.push({ path: dir, message: `cannot read folder: ${reason(e)}` });
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      problems.push({ path: p, message: `cannot read: ${reason(e)}` });
      continue;
    }
    if (isDir) out.push(...walk(p, problems));
    else if (!NOT_INPUT.test(name) && inputKindOf(name) !== undefined) out.push(p);
  }
  return out;
}

function readOne(file: string, maxBytes: number): ReadInputsResult {
  let bytes: Uint8Array;
  try {
    // Check the size first so a huge dump is refused without loading it.
    const size = statSync(file).size;
    if (size > maxBytes) return { articles: [], problems: [{ path: file, message: `file too large: ${size} bytes (limit ${maxBytes})` }] };
    bytes = readFileSync(file);
  } catch (e) {
    return { articles: [], problems: [{ path: file, message: `cannot read: ${reason(e)}` }] };
  }
  return parseInput(file, bytes, { maxBytes });
}

/**
 * Reads files and folders (recursively) into RawArticles. A file named
 * explicitly is always parsed (so an unknown extension is reported); inside
 * folders only known extensions are read.
 * @example readInputs(['examples/biden-putin-call']) // { articles: [5 × RawArticle], problems: [] }
 */
export function readInputs(paths: readonly string[], opts: Partial<IngestOptions> = {}): ReadInputsResult {
  const maxBytes = opts.maxBytes ?? INGEST_DEFAULTS.maxBytes;
  const articles: RawArticle[] = [];
  const problems: InputProblem[] = [];
  // Each path is finished before the next starts, so problems come in input order.
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (e) {
      problems.push({ path, message: `cannot read: ${reason(e)}` });
      continue;
    }
    for (const file of isDir ? walk(path, problems) : [path]) {
      const parsed = readOne(file, maxBytes);
      articles.push(...parsed.articles);
      problems.push(...parsed.problems);
    }
  }
  return { articles, problems };
}
