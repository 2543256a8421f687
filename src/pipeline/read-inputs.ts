/**
 * The IO edge of ingest: walks files and folders, reads bytes, and hands them
 * to the pure parsers. Every failure becomes an InputProblem. Inputs stream:
 * `streamInputs` yields each article and problem as it is read (JSONL and
 * WARC record by record), so a caller stores articles as they come and
 * memory does not grow with the input.
 *
 * What is read is checked first, on the file actually opened: only regular
 * files (a FIFO would block forever, `/dev/zero` never ends, a socket or
 * device is not a document), opened without blocking and measured with
 * fstat, so a symlink is judged by its target; folders are walked once each,
 * by their real path, so symlink loops end.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { RawArticle } from '../core/types.js';
import type { InputProblem } from '../core/result.js';
import type { IngestOptions } from '../stages/ingest/parse-input.js';
import { INGEST_DEFAULTS, inputKindOf, parseInput } from '../stages/ingest/parse-input.js';
import { warcEvents } from './read-warc.js';
import { jsonlEvents } from './read-jsonl.js';
import { feedEvents } from './read-feed.js';
import type { InputEvent } from './input-events.js';
import { createFetcher, type Fetcher, type FetchOptions } from '../fetch/fetch-url.js';
import { followFeedItems, readUrl } from '../fetch/read-url.js';

export type { InputEvent } from './input-events.js';

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
    : code === 'ELOOP' ? 'too many levels of symbolic links (a symlink loop)'
    : (e as Error).message;
}

const problemEvent = (path: string, message: string): InputEvent => ({ kind: 'problem', problem: { path, message } });

/** What a non-regular file is, for the problem line. */
function whatIs(st: Stats): string {
  return st.isDirectory() ? 'a folder' : st.isFIFO() ? 'a FIFO (named pipe)' : st.isSocket() ? 'a socket'
    : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : 'something else';
}

/**
 * Files under a folder, sorted, skipping dotfiles, docs and unknown types.
 * `seen` holds the real paths of folders already walked: a symlink back to
 * an ancestor is reported once, a second link to a walked folder is skipped.
 */
function* walk(dir: string, seen: Set<string>, ancestors: readonly string[]): Generator<{ file: string } | InputEvent> {
  let real: string;
  let names: string[];
  try {
    real = realpathSync(dir);
    if (ancestors.includes(real)) {
      yield problemEvent(dir, 'symlink loop (leads back to a folder it is in); skipped');
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    names = readdirSync(dir).sort();
  } catch (e) {
    yield problemEvent(dir, `cannot read folder: ${reason(e)}`);
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    let st: Stats;
    try {
      st = statSync(p);
    } catch (e) {
      yield problemEvent(p, `cannot read: ${reason(e)}`);
      continue;
    }
    if (st.isDirectory()) yield* walk(p, seen, [...ancestors, real]);
    else if (!NOT_INPUT.test(name) && inputKindOf(name) !== undefined) yield { file: p };
  }
}

/** Reads at most `limit` bytes of an open file (a file may grow while read). */
function readUpTo(fd: number, limit: number): Buffer {
  const parts: Buffer[] = [];
  let have = 0;
  while (have < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(4 * 1024 * 1024, limit - have));
    const got = readSync(fd, chunk, 0, chunk.length, null);
    if (got === 0) break;
    parts.push(chunk.subarray(0, got));
    have += got;
  }
  return Buffer.concat(parts, have);
}

/**
 * True when a file starts like UTF-8 text (no UTF-16 byte order mark, no
 * zero bytes); other files are read whole, where UTF-16 is decoded and
 * binary is told apart. Reads at offset 0 without moving the file position.
 */
function isPlainText(fd: number): boolean {
  const head = Buffer.alloc(4096);
  const n = readSync(fd, head, 0, head.length, 0);
  const bom16 = n >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  return !bom16 && !head.subarray(0, n).includes(0);
}

/**
 * One file's articles and problems. Opened without blocking (a FIFO cannot
 * hang the batch), then checked with fstat on what was opened.
 */
function* fileEvents(file: string, maxBytes: number): Generator<InputEvent> {
  const kind = inputKindOf(file);
  if (kind === undefined) {
    yield* parseInput(file, new Uint8Array(), { maxBytes }).problems.map((problem): InputEvent => ({ kind: 'problem', problem }));
    return;
  }
  let fd: number;
  try {
    // Judged before opening too: a socket cannot even be opened.
    const target = statSync(file);
    if (!target.isFile()) {
      yield problemEvent(file, `not a regular file but ${whatIs(target)}; skipped`);
      return;
    }
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    yield problemEvent(file, `cannot read: ${reason(e)}`);
    return;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      yield problemEvent(file, `not a regular file but ${whatIs(st)}; skipped`);
      return;
    }
    // WARC and JSONL stream record by record: the limit is per record.
    if (kind === 'warc') {
      yield* warcEvents(file, fd);
      return;
    }
    if (kind === 'jsonl' && isPlainText(fd)) {
      yield* jsonlEvents(file, fd, maxBytes);
      return;
    }
    // A feed over the limit is read item by item (the limit applies per item).
    if (kind === 'feed' && st.size > maxBytes && isPlainText(fd)) {
      yield* feedEvents(file, fd, maxBytes);
      return;
    }
    // Check the size first so a huge dump is refused without loading it.
    if (st.size > maxBytes) {
      yield problemEvent(file, `file too large: ${st.size} bytes (limit ${maxBytes})`);
      return;
    }
    const parsed = parseInput(file, readUpTo(fd, maxBytes + 1), { maxBytes });
    for (const problem of parsed.problems) yield { kind: 'problem', problem };
    for (const article of parsed.articles) yield { kind: 'article', article };
  } catch (e) {
    yield problemEvent(file, `cannot read: ${reason(e)}`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Files and folders (recursively) as a stream of articles and problems, in
 * input order. A file named explicitly is always parsed (so an unknown
 * extension is reported); inside folders only known extensions are read.
 * @example for (const ev of streamInputs(['articles/'])) if (ev.kind === 'article') store(ev.article)
 */
export function* streamInputs(paths: readonly string[], opts: Partial<IngestOptions> = {}): Generator<InputEvent> {
  const maxBytes = opts.maxBytes ?? INGEST_DEFAULTS.maxBytes;
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (e) {
      yield problemEvent(path, `cannot read: ${reason(e)}`);
      continue;
    }
    if (!isDir) {
      yield* fileEvents(path, maxBytes);
      continue;
    }
    for (const item of walk(path, new Set(), [])) {
      if ('file' in item) yield* fileEvents(item.file, maxBytes);
      else yield item;
    }
  }
}

/** Collects a stream into articles and problems. */
function collect(events: Iterable<InputEvent>, into: { articles: RawArticle[]; problems: InputProblem[] }): void {
  for (const ev of events) {
    if (ev.kind === 'article') into.articles.push(ev.article);
    else into.problems.push(ev.problem);
  }
}

/**
 * Reads files and folders (recursively) into RawArticles, all in memory; the
 * CLI streams instead (`streamSources`).
 * @example readInputs(['examples/biden-putin-call']) // { articles: [5 × RawArticle], problems: [] }
 */
export function readInputs(paths: readonly string[], opts: Partial<IngestOptions> = {}): ReadInputsResult {
  const out = { articles: [] as RawArticle[], problems: [] as InputProblem[] };
  collect(streamInputs(paths, opts), out);
  return out;
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
 * Like {@link streamInputs}, but a path may also be an http(s) URL, fetched
 * politely and safely (see src/fetch), and with `follow` every feed item's
 * page is fetched and extracted. Events stay in input order.
 * @example for await (const ev of streamSources(['https://example.com/feed.xml', 'articles/'], { follow: true })) …
 */
export async function* streamSources(paths: readonly string[], opts: ReadSourcesOptions = {}): AsyncGenerator<InputEvent> {
  const needsFetch = opts.follow === true || paths.some((p) => IS_URL.test(p));
  const fetcher = opts.fetcher ?? (needsFetch ? createFetcher(opts.fetch) : undefined);
  for (const path of paths) {
    if (IS_URL.test(path)) {
      const got = await readUrl(path, fetcher!, { follow: opts.follow === true });
      for (const problem of got.problems) yield { kind: 'problem', problem };
      for (const article of got.articles) yield { kind: 'article', article };
      continue;
    }
    // A feed file's items are followed together (one feed at a time), other articles pass straight on.
    let feed: RawArticle[] = [];
    let feedPath: string | undefined;
    const flush = async function* (): AsyncGenerator<InputEvent> {
      if (feed.length === 0) return;
      const followed = await followFeedItems(feed, fetcher!);
      feed = [];
      for (const problem of followed.problems) yield { kind: 'problem', problem };
      for (const article of followed.articles) yield { kind: 'article', article };
    };
    for (const ev of streamInputs([path], opts)) {
      const fromFeed = opts.follow === true && ev.kind === 'article' && ev.article.format === 'feed';
      const file = ev.kind === 'article' ? (ev.article.path ?? '').replace(/#item\d+$/, '') : ev.problem.path;
      if (feed.length > 0 && (!fromFeed || file !== feedPath)) yield* flush();
      if (fromFeed) {
        feedPath = file;
        feed.push(ev.article);
      } else yield ev;
    }
    yield* flush();
  }
}

/**
 * Like {@link streamSources}, all collected in memory.
 * @example await readSources(['https://example.com/feed.xml', 'articles/'], { follow: true })
 */
export async function readSources(paths: readonly string[], opts: ReadSourcesOptions = {}): Promise<ReadInputsResult> {
  const out = { articles: [] as RawArticle[], problems: [] as InputProblem[] };
  for await (const ev of streamSources(paths, opts)) {
    if (ev.kind === 'article') out.articles.push(ev.article);
    else out.problems.push(ev.problem);
  }
  return out;
}
