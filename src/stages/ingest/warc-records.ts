/**
 * WARC/1.0 and 1.1 record framing, incremental: bytes go in as they are read
 * (any chunking), whole records come out. Records nobody wants are skipped
 * without buffering, so memory stays at one record however big the file.
 * A record whose framing is broken (bad header, wrong Content-Length,
 * truncation) is reported once with its number and byte offset, and reading
 * resumes at the next "WARC/1." line.
 */

export interface WarcRecord {
  /** 1-based position in the file, counting broken records too. */
  readonly number: number;
  /** Byte offset of the record in the (uncompressed) stream. */
  readonly offset: number;
  /** Header fields, names lower-cased. */
  readonly headers: ReadonlyMap<string, string>;
  readonly block: Uint8Array;
}

export type WarcItem =
  | { readonly kind: 'record'; readonly record: WarcRecord }
  | { readonly kind: 'problem'; readonly number: number; readonly offset: number; readonly message: string };

export interface WarcSplitterOptions {
  /** Whether a record's block is needed; unwanted blocks are skipped unread. Default: all. */
  readonly want?: (headers: ReadonlyMap<string, string>) => boolean;
  /** Wanted blocks larger than this are skipped (a video, not a page). */
  readonly maxBlockBytes?: number;
}

const MAX_HEADER = 64 * 1024;
const MAGIC = Buffer.from('WARC/1.');
const EMPTY = Buffer.alloc(0);

function parseHeader(text: string): Map<string, string> | string {
  const lines = text.split(/\r?\n/);
  if (!/^WARC\/1\.[01]\s*$/.test(lines[0]!)) return `not a WARC record header ("${lines[0]!.slice(0, 40)}")`;
  const headers = new Map<string, string>();
  let last: string | undefined;
  for (const line of lines.slice(1)) {
    if (/^[ \t]/.test(line) && last !== undefined) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) return `malformed header line "${line.slice(0, 40)}"`;
    last = line.slice(0, colon).trim().toLowerCase();
    headers.set(last, line.slice(colon + 1).trim());
  }
  const length = headers.get('content-length');
  if (length === undefined || !/^\d+$/.test(length)) return 'missing or invalid Content-Length';
  return headers;
}

/**
 * Splits a WARC byte stream into records.
 * @example const s = new WarcSplitter(); const items = [...s.push(bytes), ...s.end()];
 */
export class WarcSplitter {
  private buf: Buffer = EMPTY;
  private queue: Buffer[] = [];
  private queued = 0;
  /** Stream offset of buf[0]. */
  private base = 0;
  private count = 0;
  /** Bytes still needed in buf before parsing can progress. */
  private need = 1;
  /** Bytes of an unwanted block still to drop. */
  private skip = 0;
  /** After a skipped block: its trailer is still to check. */
  private trailerOf: { number: number; offset: number } | undefined;
  private resyncing = false;

  constructor(private readonly opts: WarcSplitterOptions = {}) {}

  /** Feeds bytes; returns the records (and problems) completed by them. */
  push(chunk: Uint8Array): WarcItem[] {
    let data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.skip > 0) {
      const n = Math.min(this.skip, data.length);
      this.skip -= n;
      this.base += n;
      data = data.subarray(n);
      if (data.length === 0) return [];
    }
    this.queue.push(data);
    this.queued += data.length;
    if (this.buf.length + this.queued < this.need) return [];
    this.buf = this.queue.length === 1 && this.buf.length === 0 ? this.queue[0]! : Buffer.concat([this.buf, ...this.queue]);
    this.queue = [];
    this.queued = 0;
    return this.drain(false);
  }

  /** Ends the stream; whatever is left over is a truncated record. */
  end(): WarcItem[] {
    if (this.queued > 0) this.buf = Buffer.concat([this.buf, ...this.queue]);
    this.queue = [];
    this.queued = 0;
    const out = this.drain(true);
    if (this.skip > 0) out.push({ kind: 'problem', number: this.count, offset: this.base, message: 'truncated: the file ends inside the record' });
    return out;
  }

  private problem(out: WarcItem[], number: number, offset: number, message: string): void {
    out.push({ kind: 'problem', number, offset, message });
  }

  private consume(n: number): void {
    this.buf = this.buf.subarray(n);
    this.base += n;
  }

  /** Drops bytes up to the next line starting "WARC/1.". */
  private resync(from: number): boolean {
    let i = from;
    for (;;) {
      i = this.buf.indexOf(MAGIC, i);
      if (i < 0) {
        this.consume(Math.max(0, this.buf.length - MAGIC.length));
        this.resyncing = true;
        return false;
      }
      if (i === 0 || this.buf[i - 1] === 0x0a) break;
      i++;
    }
    this.consume(i);
    this.resyncing = false;
    return true;
  }

  private drain(atEnd: boolean): WarcItem[] {
    const out: WarcItem[] = [];
    this.need = 1;
    for (;;) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, this.buf.length);
        this.skip -= n;
        this.consume(n);
        if (this.skip > 0) return out;
      }
      if (this.trailerOf !== undefined) {
        if (this.buf.length < 4 && !atEnd) return out;
        const t = this.trailerOf;
        this.trailerOf = undefined;
        if (!/^\r?\n\r?\n/.test(this.buf.subarray(0, 4).toString('latin1'))) {
          this.problem(out, t.number, t.offset, 'corrupt: the record does not end where its Content-Length says');
          if (!this.resync(0)) return out;
        }
      }
      if (this.resyncing && !this.resync(0)) return out;
      // Blank lines between records are tolerated.
      let lead = 0;
      while (lead < this.buf.length && (this.buf[lead] === 0x0d || this.buf[lead] === 0x0a)) lead++;
      this.consume(lead);
      if (this.buf.length === 0) return out;
      const offset = this.base;
      let headEnd = this.buf.indexOf('\r\n\r\n');
      let sep = 4;
      if (headEnd < 0 && this.buf.indexOf('\n\n') >= 0 && this.buf.indexOf('\r\n') < 0) {
        headEnd = this.buf.indexOf('\n\n');
        sep = 2;
      }
      if (headEnd < 0 || headEnd > MAX_HEADER) {
        if (this.buf.length <= MAX_HEADER && !atEnd) {
          this.need = this.buf.length + 1;
          return out;
        }
        this.count++;
        this.problem(out, this.count, offset, atEnd ? 'truncated: the file ends inside the record header' : 'corrupt: no end of the record header');
        if (!this.resync(1)) return out;
        continue;
      }
      const parsed = parseHeader(this.buf.subarray(0, headEnd).toString('utf8'));
      this.count++;
      if (typeof parsed === 'string') {
        this.problem(out, this.count, offset, `corrupt: ${parsed}`);
        if (!this.resync(1)) return out;
        continue;
      }
      const length = Number(parsed.get('content-length'));
      const start = headEnd + sep;
      const wanted = (this.opts.want?.(parsed) ?? true) && length <= (this.opts.maxBlockBytes ?? Infinity);
      if (!wanted) {
        this.consume(start);
        this.skip = length;
        this.trailerOf = { number: this.count, offset };
        continue;
      }
      if (this.buf.length < start + length + 4 && !atEnd) {
        this.count--;
        this.need = start + length + 4;
        return out;
      }
      if (this.buf.length < start + length) {
        this.problem(out, this.count, offset, `truncated or corrupt: Content-Length ${length} but only ${this.buf.length - start} bytes left`);
        // A wrong length may have swallowed later records: look for them.
        if (!this.resync(start)) return out;
        continue;
      }
      const trailer = this.buf.subarray(start + length, start + length + 4).toString('latin1');
      if (!/^\r?\n\r?\n/.test(trailer) && !(atEnd && /^[\r\n]*$/.test(trailer))) {
        this.problem(out, this.count, offset, 'corrupt: the record does not end where its Content-Length says');
        if (!this.resync(start)) return out;
        continue;
      }
      // Copy so the record outlives this buffer without pinning it.
      const block = Buffer.from(this.buf.subarray(start, start + length));
      out.push({ kind: 'record', record: { number: this.count, offset, headers: parsed, block } });
      this.consume(start + length);
    }
  }
}
