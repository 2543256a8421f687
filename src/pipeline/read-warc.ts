/**
 * Reads a WARC file (plain or .gz) in bounded memory: the file is read in
 * chunks, gzip members are inflated one at a time, and the record splitter
 * buffers only page-sized response records. WARC files are often gigabytes
 * (Common Crawl's news archives are ~1 GB each), so they bypass the size
 * limit other inputs have. A damaged gzip member is reported with its
 * compressed offset and reading resumes at the next member, so one bad
 * record costs that record only.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import * as zlib from 'node:zlib';
import type { RawArticle } from '../core/types.js';
import type { InputProblem } from '../core/result.js';
import { collectWarcItems, createWarcSplitter } from '../stages/ingest/parse-warc.js';
import type { InputEvent } from './input-events.js';

export interface ReadWarcResult {
  readonly articles: readonly RawArticle[];
  readonly problems: readonly InputProblem[];
}

/** Bytes read per call; also the least data kept ahead of an inflate attempt. */
const CHUNK = 4 * 1024 * 1024;
/** A gzip member bigger than this is refused (the file was not compressed per record). */
const MAX_MEMBER = 64 * 1024 * 1024;
/**
 * Nor may one member inflate to more than this: a member of zeros inflates
 * about 1,000-fold (a 4 MB one to 4 GB), and records are page-sized.
 */
export const MAX_MEMBER_INFLATED = 64 * 1024 * 1024;
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 8]);

type InflateWithInfo = (buf: Uint8Array, opts: { info: true; maxOutputLength: number }) => { buffer: Buffer; engine: { bytesWritten: number } };
const inflateRaw = zlib.inflateRawSync as unknown as InflateWithInfo;
const crc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

/** Length of a gzip member header at `p`, or undefined when incomplete or not a header. */
function gzipHeaderLength(buf: Buffer, p: number): number | undefined {
  if (buf.length - p < 10 || buf[p] !== 0x1f || buf[p + 1] !== 0x8b || buf[p + 2] !== 8) return undefined;
  const flags = buf[p + 3]!;
  let i = p + 10;
  if (flags & 4) {
    if (buf.length < i + 2) return undefined;
    i += 2 + buf.readUInt16LE(i);
  }
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue;
    const z = buf.indexOf(0, i);
    if (z < 0) return undefined;
    i = z + 1;
  }
  if (flags & 2) i += 2;
  return i <= buf.length ? i - p : undefined;
}

class FileWindow {
  buf: Buffer = Buffer.alloc(0);
  /** File offset of buf[0]. */
  start = 0;
  eof = false;
  constructor(private readonly fd: number) {}

  /** Makes at least `n` bytes available from index `p` (fewer at end of file); returns the new index of p. */
  ensure(p: number, n: number): number {
    if (this.buf.length - p >= n || this.eof) return p;
    const keep = this.buf.subarray(p);
    const parts = [keep];
    let have = keep.length;
    while (have < n) {
      const chunk = Buffer.allocUnsafe(Math.max(CHUNK, n - have));
      const got = readSync(this.fd, chunk, 0, chunk.length, null);
      if (got === 0) {
        this.eof = true;
        break;
      }
      parts.push(chunk.subarray(0, got));
      have += got;
    }
    this.start += p;
    this.buf = Buffer.concat(parts);
    return 0;
  }
}

/** Raw bytes of a plain WARC, chunk by chunk. */
function* readPlain(fd: number): Generator<Uint8Array> {
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    const got = readSync(fd, chunk, 0, CHUNK, null);
    if (got === 0) return;
    yield chunk.subarray(0, got);
  }
}

/** Inflated bytes of each gzip member in turn, or the problem that cost a member. */
function* readGzip(fd: number): Generator<Uint8Array | { problem: string }> {
  const win = new FileWindow(fd);
  let p = 0;
  let want = CHUNK;
  for (;;) {
    p = win.ensure(p, want);
    if (p >= win.buf.length) return;
    const header = gzipHeaderLength(win.buf, p);
    let failure: string | undefined;
    if (header === undefined) failure = 'not a gzip member header';
    else {
      try {
        const { buffer, engine } = inflateRaw(win.buf.subarray(p + header), { info: true, maxOutputLength: MAX_MEMBER_INFLATED });
        const trailer = p + header + engine.bytesWritten;
        if (win.buf.length < trailer + 8 && !win.eof) throw new Error('need more');
        const size = trailer + 8 <= win.buf.length ? win.buf.readUInt32LE(trailer + 4) : -1;
        const crc = trailer + 8 <= win.buf.length ? win.buf.readUInt32LE(trailer) : -1;
        if (size !== buffer.length % 2 ** 32 || (crc32 !== undefined && crc !== crc32(buffer) >>> 0)) failure = 'checksum or size mismatch';
        else {
          p = trailer + 8;
          want = CHUNK;
          yield buffer;
          continue;
        }
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
          failure = `inflates to more than ${MAX_MEMBER_INFLATED / 1024 / 1024} MB (a gzip bomb, or a file not compressed per record)`;
        } else if (!win.eof && want < MAX_MEMBER) {
          // The member may run past the window: read more before calling it corrupt.
          want *= 2;
          continue;
        } else {
          // zlib says "unexpected end of file" when the file ends inside the member: a cut download or a copy still running.
          const message = (e as Error).message;
          failure = message === 'need more' || (win.eof && /unexpected end of file/i.test(message)) ? 'truncated (the file ends inside this member)' : `corrupt (${message})`;
        }
      }
    }
    yield { problem: `gzip member at compressed byte ${win.start + p}: ${failure}; skipped to the next member` };
    // Resume at the next gzip header.
    let q = p + 1;
    for (;;) {
      const next = win.buf.indexOf(GZIP_MAGIC, q);
      if (next >= 0) {
        p = next;
        break;
      }
      if (win.eof) return;
      q = win.ensure(Math.max(q, win.buf.length - 2), CHUNK);
    }
    want = CHUNK;
  }
}

/**
 * One WARC file as a stream of articles and problems, record by record: the
 * caller stores each article before the next record is read, so memory holds
 * one record (and one gzip member) at a time whatever the file's size.
 * @example for (const ev of warcEvents('CC-NEWS-20240101.warc.gz')) …
 */
export function* warcEvents(file: string, fd?: number): Generator<InputEvent> {
  const splitter = createWarcSplitter();
  const own = fd === undefined;
  try {
    fd ??= openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield { kind: 'problem', problem: { path: file, message: `cannot read: ${code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}` } };
    return;
  }
  const drain = function* (items: ReturnType<typeof splitter.push>): Generator<InputEvent> {
    const got = { articles: [] as RawArticle[], problems: [] as InputProblem[] };
    collectWarcItems(file, items, got);
    for (const problem of got.problems) yield { kind: 'problem', problem };
    for (const article of got.articles) yield { kind: 'article', article };
  };
  try {
    const magic = Buffer.alloc(2);
    readSync(fd, magic, 0, 2, 0);
    const gz = magic[0] === 0x1f && magic[1] === 0x8b;
    for (const data of gz ? readGzip(fd) : readPlain(fd)) {
      if (data instanceof Uint8Array) yield* drain(splitter.push(data));
      else yield { kind: 'problem', problem: { path: file, message: data.problem } };
    }
    yield* drain(splitter.end());
  } catch (e) {
    yield { kind: 'problem', problem: { path: file, message: `cannot read: ${(e as Error).message}` } };
  } finally {
    if (own) closeSync(fd);
  }
}

/**
 * Streams one WARC file into articles and problems, all collected.
 * @example readWarcFile('CC-NEWS-20240101.warc.gz') // { articles: [...], problems: [] }
 */
export function readWarcFile(file: string): ReadWarcResult {
  const result = { articles: [] as RawArticle[], problems: [] as InputProblem[] };
  for (const ev of warcEvents(file)) {
    if (ev.kind === 'article') result.articles.push(ev.article);
    else result.problems.push(ev.problem);
  }
  return result;
}
