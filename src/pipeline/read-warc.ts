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

export interface ReadWarcResult {
  readonly articles: readonly RawArticle[];
  readonly problems: readonly InputProblem[];
}

/** Bytes read per call; also the least data kept ahead of an inflate attempt. */
const CHUNK = 4 * 1024 * 1024;
/** A gzip member bigger than this is refused (the file was not compressed per record). */
const MAX_MEMBER = 256 * 1024 * 1024;
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 8]);

type InflateWithInfo = (buf: Uint8Array, opts: { info: true }) => { buffer: Buffer; engine: { bytesWritten: number } };
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

function readPlain(fd: number, onData: (b: Uint8Array) => void): void {
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    const got = readSync(fd, chunk, 0, CHUNK, null);
    if (got === 0) return;
    onData(chunk.subarray(0, got));
  }
}

function readGzip(fd: number, onData: (b: Uint8Array) => void, onProblem: (message: string) => void): void {
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
        const { buffer, engine } = inflateRaw(win.buf.subarray(p + header), { info: true });
        const trailer = p + header + engine.bytesWritten;
        if (win.buf.length < trailer + 8 && !win.eof) throw new Error('need more');
        const size = trailer + 8 <= win.buf.length ? win.buf.readUInt32LE(trailer + 4) : -1;
        const crc = trailer + 8 <= win.buf.length ? win.buf.readUInt32LE(trailer) : -1;
        if (size !== buffer.length % 2 ** 32 || (crc32 !== undefined && crc !== crc32(buffer) >>> 0)) failure = 'checksum or size mismatch';
        else {
          onData(buffer);
          p = trailer + 8;
          want = CHUNK;
          continue;
        }
      } catch (e) {
        // The member may run past the window: read more before calling it corrupt.
        if (!win.eof && want < MAX_MEMBER) {
          want *= 2;
          continue;
        }
        failure = (e as Error).message === 'need more' ? 'truncated' : `corrupt (${(e as Error).message})`;
      }
    }
    onProblem(`gzip member at compressed byte ${win.start + p}: ${failure}; skipped to the next member`);
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
 * Streams one WARC file into articles and problems.
 * @example readWarcFile('CC-NEWS-20240101.warc.gz') // { articles: [...], problems: [] }
 */
export function readWarcFile(file: string): ReadWarcResult {
  const result = { articles: [] as RawArticle[], problems: [] as InputProblem[] };
  const splitter = createWarcSplitter();
  const onData = (b: Uint8Array): void => collectWarcItems(file, splitter.push(b), result);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { articles: [], problems: [{ path: file, message: `cannot read: ${code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}` }] };
  }
  try {
    const magic = Buffer.alloc(2);
    readSync(fd, magic, 0, 2, 0);
    if (magic[0] === 0x1f && magic[1] === 0x8b) readGzip(fd, onData, (message) => result.problems.push({ path: file, message }));
    else readPlain(fd, onData);
    collectWarcItems(file, splitter.end(), result);
  } catch (e) {
    result.problems.push({ path: file, message: `cannot read: ${(e as Error).message}` });
  } finally {
    closeSync(fd);
  }
  return result;
}
