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
import { readWarcFile } from './read-warc.js';
import { createFetcher, type Fetcher, type FetchOptions } from '../fetch/fetch-url.js';
import { followFeedItems, readUrl } from '../fetch/read-url.js';

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
  // WARC archives are gigabytes: streamed in bounded memory, no size limit.
  if (inputKindOf(file) === 'warc') return readWarcFile(file);
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

export interface ReadSourcesOptions extends Partial<IngestOptions> {
  /** Fetch each feed item's linked page and extract it (feeds by file or URL). */
  readonly follow?: boolean;
  /** How URLs are fetched; ignored when `fetcher` is given. */
  readonly fetch?: Partial<FetchOptions>;
  readonly fetcher?: Fetcher;
}

const IS_URL = /^https?:\/\//i;

/**
 * Like {@link readInputs}, but a path may also be an http(s) URL, fetched
 * politely and safely (see src/fetch), and with `follow` every feed item's
 * page is fetched and extracted. Results stay in input order.
 * @example await readSources(['https://example.com/feed.xml', 'articles/'], { follow: true })
 */
export async function readSources(paths: readonly string[], opts: ReadSourcesOptions = {}): Promise<ReadInputsResult> {
  const needsFetch = opts.follow === true || paths.some((p) => IS_URL.test(p));
  const fetcher = opts.fetcher ?? (needsFetch ? createFetcher(opts.fetch) : undefined);
  const articles: RawArticle[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    let got: ReadInputsResult = IS_URL.test(path)
      ? await readUrl(path, fetcher!, { follow: opts.follow === true })
      : readInputs([path], opts);
    if (!IS_URL.test(path) && opts.follow && got.articles.some((a) => a.format === 'feed')) {
      const followed = await followFeedItems(got.articles, fetcher!);
      got = { articles: followed.articles, problems: [...got.problems, ...followed.problems] };
    }
    articles.push(...got.articles);
    problems.push(...got.problems);
  }
  return { articles, problems };
}
